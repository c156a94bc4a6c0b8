"""The staff and prescriber registers in the window, and the Issue tab offering only the
prescribers who may prescribe for the unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.translation import install_language
from app.gui.main_window import MainWindow
from app.gui.registers import RegistersDialog
from app.services import payers, prescribers, staff
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
    dialog.prescribers.selectRow(1)
    qtbot.waitUntil(lambda: dialog.editor.name.text() == "Ssk. Maja Öberg")
    dialog.grab().save(str(shots / "registers-prescribers.png"))
    dialog.close()


def _open(qtbot, counter: MainWindow) -> RegistersDialog:  # noqa: ANN001
    counter.sign_in_bar.registers.click()
    dialog = counter.sign_in_bar.registers_dialog
    qtbot.waitUntil(lambda: dialog.editor.areas.count() > 0)
    return dialog


def test_an_administrator_changes_a_prescriber_in_the_window(
        qtbot, counter: MainWindow, shots: Path) -> None:  # noqa: ANN001
    station = counter.station
    nurse = prescribers.add_prescriber(station, "Ssk. Maja Öberg", role="forskrivare",
                                       areas=["enteral_nutrition"], units=["602154"],
                                       phone="046-17 10 00")
    dialog = _open(qtbot, counter)
    qtbot.waitUntil(lambda: dialog.prescribers.rowCount() == 1)
    dialog.tabs.setCurrentIndex(1)
    dialog.prescribers.selectRow(0)
    editor = dialog.editor
    assert editor.units.text() == "602154" and editor.phone.text() == "046-17 10 00"
    infusion = next(editor.areas.item(r) for r in range(editor.areas.count())
                    if editor.areas.item(r).data(Qt.ItemDataRole.UserRole)
                    == "subcutaneous_infusion")
    infusion.setCheckState(Qt.CheckState.Checked)
    editor.units.setText("602154, 604001")
    editor.phone.clear()
    editor.save.click()
    qtbot.waitUntil(lambda: dialog.prescribers.cell(0, 4) == "602154, 604001")
    [changed] = prescribers.list_prescribers(station)
    assert changed.areas == {"enteral_nutrition", "subcutaneous_infusion"}
    assert changed.phone is None and changed.active
    editor.activity.click()
    qtbot.waitUntil(lambda: not prescribers.list_prescribers(station)[0].active)
    qtbot.waitUntil(lambda: editor.activity.text().replace("&", "") == "Make active")
    assert dialog.prescribers.rows_model.marked == {0}
    # A refusal is said in the dialog and changes nothing.
    editor.units.setText("699999")
    editor.save.click()
    qtbot.waitUntil(lambda: "699999" in editor.message.text())
    assert prescribers.list_prescribers(station)[0].units == {"602154", "604001"}
    dialog.grab().save(str(shots / "registers-prescriber-changed.png"))
    # Without the administrator role the window is refused too.
    staff.add_staff(station, "bo", name="Bo Ek", roles=["counter"])
    station.sign_in("bo")
    editor.units.setText("602154")
    editor.save.click()
    qtbot.waitUntil(lambda: "administrator" in editor.message.text())
    assert nurse.id == changed.id
    dialog.close()


def test_the_registers_show_the_payers(qtbot, counter: MainWindow,  # noqa: ANN001
                                       shots: Path) -> None:
    station = counter.station
    payer = payers.add_payer(station, "Region Skåne, SUS",
                             invoice_address="Fakturaservice; Box 2024; 291 02 Kristianstad",
                             reference="SUS 7010")
    payers.set_unit_payer(station, "602154", payer.id)
    payers.set_unit_payer(station, "602155", payer.id, area="enteral_nutrition")
    dialog = _open(qtbot, counter)
    qtbot.waitUntil(lambda: dialog.payers.rowCount() == 1)
    assert dialog.payers.cell(0, 2) == "Fakturaservice, Box 2024, 291 02 Kristianstad"
    assert dialog.payers.cell(0, 4) == "602154 (every area); 602155 (Enteral nutrition pumps)"
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(shots / "registers-payers.png"))
    dialog.close()


def test_an_administrator_keeps_the_payers_in_the_window(qtbot, counter: MainWindow,  # noqa: ANN001
                                                         shots: Path) -> None:
    station = counter.station
    dialog = _open(qtbot, counter)
    dialog.tabs.setCurrentIndex(2)
    editor = dialog.payer_editor
    assert not editor.save.isEnabled()  # nothing chosen to change yet
    editor.name.setText("Region Skåne, Nutrition")
    editor.address.setPlainText("Fakturaservice\nBox 2024\n291 02 Kristianstad")
    editor.reference.setText("NUT 7450")
    editor.add.click()
    qtbot.waitUntil(lambda: dialog.payers.rowCount() == 1)
    [entry] = payers.list_payers(station)
    assert entry.payer.invoice_address == "Fakturaservice\nBox 2024\n291 02 Kristianstad"
    qtbot.waitUntil(lambda: editor.save.isEnabled())  # the new payer is chosen
    editor.unit.setText("602154")
    editor.area.setCurrentIndex(editor.area.findData("enteral_nutrition"))
    editor.assign.click()
    qtbot.waitUntil(lambda: "602154" in dialog.payers.cell(0, 4))
    assert payers.list_payers(station)[0].pays_for == (("602154", "enteral_nutrition"),)
    assert "SUS Lund, Gastro avd 1 (602154) is now billed to Region Skåne, Nutrition" \
        in editor.message.text()
    # In use: it cannot be made inactive, and the dialog says why.
    editor.activity.click()
    qtbot.waitUntil(lambda: "still pays for 1 unit(s)" in editor.message.text())
    editor.reference.setText("NUT 7451")
    editor.save.click()
    qtbot.waitUntil(lambda: dialog.payers.cell(0, 3) == "NUT 7451")
    editor.unit.setText("699999")
    editor.assign.click()
    qtbot.waitUntil(lambda: "699999" in editor.message.text())
    dialog.grab().save(str(shots / "registers-payer-editor.png"))
    dialog.close()


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_no_two_keys_of_the_registers_are_the_same(qtbot, counter: MainWindow,  # noqa: ANN001
                                                   language: str) -> None:
    from tests.gui.test_keyboard import assert_no_clash, shortcuts

    payers.add_payer(counter.station, "Region Skåne, SUS", invoice_address="Box 1")
    try:
        assert install_language(language) == language
        dialog = _open(qtbot, counter)
        qtbot.waitUntil(lambda: dialog.payers.rowCount() == 1)
        for active in (True, False):  # both texts of each activity button
            dialog.editor.activity.setText(dialog.editor.tr(
                "Make &inactive" if active else "Make &active"))
            dialog.payer_editor.activity.setText(dialog.payer_editor.tr(
                "&Deactivate payer" if active else "&Reactivate payer"))
            assert_no_clash(dialog, f"{language} Registers")
            assert len(shortcuts(dialog)) >= 6  # both editors' buttons are looked at
        dialog.close()
    finally:
        install_language("en")
