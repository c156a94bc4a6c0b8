"""Recalls in the window: a new recall shows its selection's size before it is saved; the
recall's view groups the covered pumps by where they are; the Pump and Return tabs flag a
covered pump; back from service records the recall's action done."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from app.gui.main_window import MainWindow
from app.gui.recalls import NewRecallDialog, RecallsDialog
from app.services import actions, recall_papers, recalls, staff
from app.services.recalls import SelectionInput
from tests.conftest import T34_GTIN
from tests.gui.conftest import close_demo_window, demo_window, settle
from tests.gui.test_language import english_in

ROOT = Path(__file__).resolve().parents[2]


def _lots(counter: MainWindow) -> None:
    station = counter.station
    for reg, serial, lot in (("PD-4", "A4", "L1"), ("PD-5", "A5", "L1"), ("PD-6", "A6", "L2")):
        actions.register_pump(station, reg, "T34", None,
                              udi=f"(01){T34_GTIN}(10){lot}(11)240115(21){serial}")
    # PD-1, on loan, was registered without a lot: its label's first scan records it
    actions.return_pump(station, f"(01){T34_GTIN}(10)L1(11)240110(21)A1")
    actions.clean_pump(station, "PD-1")
    actions.dispatch_pump(station, "PD-4", unit="602154")


def test_a_new_recall_shows_its_size_before_it_is_saved(qtbot, counter: MainWindow,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    _lots(counter)
    dialog = NewRecallDialog(counter.station, counter.ops, counter)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lots.setText("L1")
    qtbot.waitUntil(lambda: "3 pump" in dialog.size.text(), timeout=5000)
    dialog.ranges.setText("A1-A4")
    qtbot.waitUntil(lambda: "2 pump" in dialog.size.text(), timeout=5000)
    dialog.ranges.setText("A1-B4")
    qtbot.waitUntil(lambda: "not a serial range" in dialog.size.text(), timeout=5000)
    dialog.ranges.clear()
    assert recalls.recall_summaries(counter.station) == []  # nothing saved yet
    dialog.reference.setText("FSN-2026-014")
    dialog.title_field.setText("Occlusion sensor")
    dialog.save()
    settle(qtbot, counter)
    assert dialog.saved is not None and dialog.saved.total == 3
    view = RecallsDialog(counter.station, counter.ops, counter)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, counter)
    qtbot.waitUntil(lambda: view.view is not None)
    groups = [view.pumps.topLevelItem(i).text(0) for i in range(view.pumps.topLevelItemCount())]
    assert groups[0].startswith("In the depot") and "(2)" in groups[0]
    assert groups[1].startswith("In the stock of SUS Lund, Gastro avd 1 (602154)")
    assert "done 0 of 3" in view.heading.text()
    view.export_to(tmp_path / "list.xlsx")
    view.letters_to(tmp_path / "letters")
    settle(qtbot, counter)
    sheet = openpyxl.load_workbook(tmp_path / "list.xlsx").active
    assert sheet.max_row == 4
    assert [p.name for p in (tmp_path / "letters").iterdir()] == ["FSN-2026-014-602154.pdf"]


def test_only_an_administrator_saves_a_recall(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    _lots(counter)
    staff.add_staff(counter.station, "bo", name="Bo Ek", roles=["counter"])
    counter.station.sign_in("bo")
    dialog = NewRecallDialog(counter.station, counter.ops, counter)
    qtbot.addWidget(dialog)
    dialog.reference.setText("FSN-1")
    dialog.title_field.setText("Sensor")
    dialog.lots.setText("L1")
    dialog.save()
    settle(qtbot, counter)
    assert dialog.saved is None and "administrator role" in dialog.size.text()
    listing = RecallsDialog(counter.station, counter.ops, counter)
    qtbot.addWidget(listing)
    settle(qtbot, counter)
    assert not listing.new_button.isEnabled()
    counter.station.sign_in("anna.k")
    listing = RecallsDialog(counter.station, counter.ops, counter)
    qtbot.addWidget(listing)
    settle(qtbot, counter)
    assert listing.new_button.isEnabled()


def test_the_pump_and_return_tabs_flag_a_covered_pump(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    _lots(counter)
    recalls.define_recall(counter.station, "FSN-2026-014", title="Occlusion sensor",
                          action="inspect", selection=SelectionInput(lots=["L1"]))
    pump = counter.pump_tab
    counter.tabs.setCurrentWidget(pump)
    pump.scan("PD-1")
    settle(qtbot, counter)
    assert pump.banner.outcome == "refusal"
    assert "Recall FSN-2026-014" in pump.banner.title.text()
    assert pump.fields["production"].text().startswith("L1 · 2024-01-10")
    faults = counter.faults_tab
    counter.tabs.setCurrentWidget(faults)
    faults.scan("PD-4")
    settle(qtbot, counter)
    assert not faults.recall_done.isHidden()
    returns = counter.return_tab
    counter.tabs.setCurrentWidget(returns)
    returns.scan("PD-4")  # back from the unit's stock: to faulty, with the recall
    settle(qtbot, counter)
    assert "Recall FSN-2026-014" in returns.banner.title.text()
    assert "inspect it before it is lent again" in returns.banner.detail.text()
    actions.send_to_service(counter.station, "PD-4", reason="repair")
    counter.tabs.setCurrentWidget(faults)
    faults.scan("PD-4")
    settle(qtbot, counter)
    assert faults.recall_done.isChecked()
    faults._back()
    settle(qtbot, counter)
    assert recalls.recall_view(counter.station, "FSN-2026-014").summary.done == 1


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_recall_view_in_swedish_and_norwegian(qtbot, language: str, demo_databases,  # noqa: ANN001
                                                  tmp_path: Path) -> None:
    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        recalls.define_recall(window.station, "FSN-2026-014",
                              title="Ocklusionssensorn kanske inte larmar" if language == "sv"
                              else "Okklusjonssensoren varsler kanskje ikke",
                              action="inspect", selection=SelectionInput(models=["T34"]))
        dialog = RecallsDialog(window.station, window.ops, window)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 768)
        dialog.show()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: dialog.view is not None)
        settle(qtbot, window)
        folder = Path(os.environ.get("PUMPDESK_SCREENSHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(folder / f"recalls-{language}.png"))
        expected = {"sv": "Återkallelser", "nb": "Tilbakekallinger"}[language]
        assert dialog.windowTitle() == expected
        found = english_in(dialog)
        new = NewRecallDialog(window.station, window.ops, dialog)
        qtbot.addWidget(new)
        new.lots.setText("L2301")
        qtbot.waitUntil(lambda: any(ch.isdigit() for ch in new.size.text()), timeout=5000)
        found += english_in(new)
        assert not found, found
        new.reject()
        dialog.close()
        # a printed letter, as the unit gets it
        import pypdfium2

        letter = recall_papers.letters(window.station, "FSN-2026-014", language)[0]
        page = pypdfium2.PdfDocument(letter.pdf)[0]
        page.render(scale=110 / 72).to_pil().save(folder / f"recall-letter-{language}.png")
    finally:
        close_demo_window(window)


def test_the_pump_tab_records_a_labels_production_data_once(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    from app.services import queries

    pump = counter.pump_tab
    counter.tabs.setCurrentWidget(pump)
    label = f"(01){T34_GTIN}(10)L9(11)240301(17)340300(21)A2"
    pump.scan(label)
    settle(qtbot, counter)
    assert pump.fields["production"].text() == "L9 · 2024-03-01 · 2034-03-31"
    pump.scan(label)  # known now: nothing more recorded
    settle(qtbot, counter)
    history = [e.type for e in queries.pump_history(counter.station, "PD-2")]
    assert history == ["pump_registered", "udi_recorded"]
