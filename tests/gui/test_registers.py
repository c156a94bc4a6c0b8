"""The staff and prescriber registers in the window, and the Issue tab offering only the
prescribers who may prescribe for the unit."""

from __future__ import annotations

from pathlib import Path

from app.gui.main_window import MainWindow
from app.gui.registers import RegistersDialog
from app.services import prescribers, staff
from tests.gui.conftest import settle


def test_the_issue_tab_offers_those_who_may_prescribe(qtbot, counter: MainWindow,  # noqa: ANN001
                                                      shots: Path) -> None:
    station = counter.station
    doctor = prescribers.add_prescriber(station, "Dr. Eva Lind", role="lakare",
                                        units=["602154"])
    prescribers.add_prescriber(station, "Ssk. Maja Öberg", role="forskrivare",
                               areas=["enteral_nutrition"], units=["602154"])
    prescribers.add_prescriber(station, "Lena Berg", role="bestallare", units=["602154"])
    prescribers.add_prescriber(station, "Dr. Aisha Karim", role="lakare", units=["604001"])
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    issue.patient.setText("19811228-9874")
    issue.approval.setText("BL-7")
    issue.unit.setText("602154")
    settle(qtbot, counter)
    offered = issue.prescriber_names.stringList()
    assert offered == ["Dr. Eva Lind (DESK1-P1)", "Ssk. Maja Öberg (DESK1-P2)"]
    issue.scan("PD-2")  # a T34: subcutaneous infusion, which the nurse may not prescribe
    settle(qtbot, counter)
    assert issue.prescriber_names.stringList() == ["Dr. Eva Lind (DESK1-P1)"]
    issue.prescriber.setFocus()
    qtbot.keyClicks(issue.prescriber, "eva")
    popup = issue.prescriber.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    counter.grab().save(str(shots / "issue-prescriber.png"))
    issue.prescriber.setText(doctor.shown())
    issue.submit()
    settle(qtbot, counter)
    assert issue.banner.outcome == "success", issue.banner.detail.text()


def test_the_registers_show_staff_and_prescribers(qtbot, counter: MainWindow,  # noqa: ANN001
                                                  shots: Path) -> None:
    station = counter.station
    staff.add_staff(station, "bo", name="Bo Ek", roles=["counter"])
    staff.add_staff(station, "cy", name="Cy Holm", roles=["technician", "counter"])
    staff.change_staff(station, "cy", active=False)
    prescribers.add_prescriber(station, "Ssk. Maja Öberg", role="forskrivare",
                               areas=["enteral_nutrition", "nutrition"], units=["602154"])
    prescribers.add_prescriber(station, "Dr. Eva Lind", role="lakare",
                               units=["602154", "602155"])
    counter.sign_in_bar.registers.click()
    dialog = counter.sign_in_bar.registers_dialog
    assert isinstance(dialog, RegistersDialog)
    qtbot.waitUntil(lambda: dialog.prescribers.rowCount() == 2 and dialog.staff.rowCount() == 3)
    assert [dialog.staff.cell(r, 1) for r in range(3)] == ["Bo Ek", "Cy Holm", "anna.k"]
    assert dialog.staff.cell(1, 3) == "no" and dialog.staff.cell(0, 2) == "counter"
    assert dialog.staff.cell(0, 4).startswith("%S")
    assert [dialog.prescribers.cell(r, 2) for r in range(2)] == ["Läkare", "Förskrivare"]
    assert dialog.prescribers.cell(0, 3) == "every product area"
    assert dialog.prescribers.cell(1, 3) == "Enteral nutrition pumps, Nutrition"
    dialog.grab().save(str(shots / "registers-staff.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(shots / "registers-prescribers.png"))
    dialog.close()
