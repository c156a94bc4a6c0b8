"""The scanner at the window: keys carry their own times (as the window system stamps them),
with Shift presses, handled late by a busy window; scans in dialogs; the scanner settings
and the scanner test. The same with real X key events: ``test_real_keys.py``."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.main_window import MainWindow
from app.gui.scan_desk import ScanDesk
from app.gui.scanner_test import ScannerTestDialog
from app.gui.settings import DEPOT_NAME, DOUBLE_READ, GS_SUBSTITUTE, SCAN_GAP, Settings
from app.gui.operations import Operations
from app.gui.setup_dialog import FirstRunDialog
from app.services import actions, queries
from tests.conftest import T34_GTIN
from tests.gui.conftest import settle, stamped_keys

BUSY_MS = 45  # what a window refreshing its lists takes between two keys


def state(window: MainWindow, reg: str) -> str:
    return queries.pump_status(window.station, reg).state


def quiet(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Until no key is held back and every operation has answered."""
    qtbot.waitUntil(lambda: not window.scan_desk.interceptor.holding, timeout=2000)
    settle(qtbot, window)


def test_capitals_with_shift_presses_are_one_scan(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    stamped_keys(tab.scan_input, "PD-1", 3, start=1000)
    quiet(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"
    assert tab.scan_input.text() == "" and tab.fault_note.text() == ""


def test_a_burst_handled_late_by_a_busy_window_is_still_a_burst(
        qtbot, counter: MainWindow) -> None:
    """The keys came 3 ms apart; the window got to each 45 ms after the last. Their own
    times say burst."""
    tab = counter.return_tab
    tab.fault_note.setFocus()
    stamped_keys(tab.fault_note, "PD-1", 3, start=5000,
                 handle=lambda: time.sleep(BUSY_MS / 1000))
    quiet(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"  # not faulty: nothing in the note
    assert tab.fault_note.text() == ""


def test_keys_queued_behind_an_overdue_timer_still_join_their_burst(
        qtbot, counter: MainWindow) -> None:
    """The first key is handled; the window is then busy while the rest queue up, and the
    timer that would give the first key to the field is long overdue when it is free."""
    tab = counter.return_tab
    tab.fault_note.setFocus()
    stamped_keys(tab.fault_note, "P", 3, start=7000, enter=False)
    assert counter.scan_desk.interceptor.holding
    stamped_keys(tab.fault_note, "D-1", 3, start=7003, post=True)
    time.sleep(BUSY_MS / 1000)
    quiet(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"
    assert tab.fault_note.text() == ""


def test_typing_handled_all_at_once_stays_typing_in_order(qtbot, counter: MainWindow) -> None:
    """A person's keys 30 ms apart, handled in one go after a busy spell, and Enter."""
    tab = counter.return_tab
    tab.scan_input.setFocus()
    stamped_keys(tab.scan_input, "pd-1", 30, start=9000, enter=False)
    quiet(qtbot, counter)
    assert tab.scan_input.text() == "pd-1"
    assert state(counter, "PD-1") == "on_loan"


def test_a_scan_in_the_settings_is_refused_there_and_presses_nothing(
        qtbot, counter: MainWindow) -> None:
    counter.show_settings()
    settle(qtbot, counter)
    dialog = counter.settings_dialog
    field = dialog.form.fields["depot/name"]
    field.setFocus()
    before = field.text()
    stamped_keys(field, "PD-1", 3, start=1000)
    quiet(qtbot, counter)
    assert dialog.isVisible() and dialog.result() == 0  # Save, the default, not pressed
    assert field.text() == before
    assert "Not taken: PD-1" in dialog.message.text()
    assert state(counter, "PD-1") == "on_loan"
    dialog.close()


def test_a_scan_while_a_question_is_open_waits_for_the_answer(
        qtbot, counter: MainWindow) -> None:
    """Letters are buttons in a message box (Y for Yes, N for No): none is pressed; the
    scan is done once the box is answered."""
    actions.register_pump(counter.station, "NY-7", "T34", "SN-NY7")
    actions.issue_pump(counter.station, "NY-7", patient="19811228-9874", unit="602154",
                       approval="BL-2")
    box = QMessageBox(QMessageBox.Icon.Question, "Dispatch", "Send them?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      counter)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    stamped_keys(box.focusWidget() or box, "NY-7", 3, start=1000)
    quiet(qtbot, counter)
    assert box.isVisible() and box.clickedButton() is None
    assert state(counter, "NY-7") == "on_loan"
    assert "NY-7" in counter.statusBar().currentMessage()
    box.reject()
    qtbot.waitUntil(lambda: "NY-7" in counter.return_tab.banner.title.text(), timeout=5000)
    assert state(counter, "NY-7") == "awaiting_cleaning"


def test_the_unit_completer_open_takes_no_scan_as_its_choice(qtbot, counter: MainWindow) -> None:
    tab = counter.issue_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    tab.unit.setFocus()
    tab.unit.setText("60")
    tab.unit.completer().complete()
    qtbot.waitUntil(lambda: tab.unit.completer().popup().isVisible())
    stamped_keys(tab.unit.completer().popup(), "PD-2", 3, start=1000)
    quiet(qtbot, counter)
    assert tab.unit.text() == "60" and not tab.unit.completer().popup().isVisible()
    assert [p.registration for p in tab.pumps] == ["PD-2"]


def test_udi_forms_are_taken_whole(qtbot, counter: MainWindow) -> None:
    counter.settings.set(DOUBLE_READ, 0)
    counter.settings.set(GS_SUBSTITUTE, "#")
    counter.scan_desk.apply(counter.settings)
    tab = counter.issue_tab
    counter.tabs.setCurrentWidget(tab)
    tab.approval.setFocus()
    tab.approval.setText("BL-9")
    for number, code in enumerate((f"(01){T34_GTIN}(21)A2", f"]d201{T34_GTIN}21A3",
                                   f"]C101{T34_GTIN}17300101\x1d21A2",
                                   f"01{T34_GTIN}10LOT#21A3")):
        stamped_keys(tab.approval, code, 3, start=1000 + 1000 * number)
        quiet(qtbot, counter)
        assert "not" not in tab.banner.title.text().lower() or "already" in \
            tab.banner.detail.text(), (code, tab.banner.detail.text())
    assert [p.registration for p in tab.pumps] == ["PD-2", "PD-3"]
    assert tab.approval.text() == "BL-9"


def test_scanner_settings_apply_at_once(qtbot, counter: MainWindow) -> None:
    counter.show_settings()
    settle(qtbot, counter)
    dialog = counter.settings_dialog
    dialog.form.set_value(DEPOT_NAME, "Hjälpmedel Skåne")
    dialog.form.set_value(SCAN_GAP, 12)
    dialog.form.set_value(DOUBLE_READ, 5)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot, counter)
    assert counter.settings.get(SCAN_GAP) == 12
    assert counter.scan_desk.interceptor.timing.gap_ms == 12
    assert counter.scan_desk.double_read_s == 5


def test_the_first_run_setup_refuses_a_scan_in_its_message(qtbot, tmp_path: Path) -> None:
    settings = Settings(path=str(tmp_path / "settings.ini"))
    dialog = FirstRunDialog(settings, Operations(), None)
    qtbot.addWidget(dialog)
    desk = ScanDesk(settings)
    try:
        dialog.open()
        field = dialog.form.fields["general/workstation"]
        field.setFocus()
        stamped_keys(field, "HS-000007", 3, start=1000)
        qtbot.waitUntil(lambda: not desk.interceptor.holding)
        assert field.text() == "" and "Not taken: HS-000007" in dialog.message.text()
        assert dialog.isVisible()
    finally:
        desk.uninstall()


def test_the_scanner_test_shows_what_arrived_and_suggests_a_timing(
        qtbot, counter: MainWindow, shots: Path) -> None:
    counter.show_settings()
    settle(qtbot, counter)
    form = counter.settings_dialog.form
    qtbot.mouseClick(form.scanner_test, Qt.MouseButton.LeftButton)
    test: ScannerTestDialog = form.scanner_dialog
    qtbot.waitUntil(test.isVisible)
    target = test.focusWidget() or test
    stamped_keys(target, f"]d201{T34_GTIN}10LOT1\x1d21A1", 4, start=1000)
    fields = test.fields
    assert test.text.toPlainText() == f"]d201{T34_GTIN}10LOT1⟨GS⟩21A1"
    assert fields["symbology"].text() == "]d2 — GS1 DataMatrix"
    assert f"GTIN {T34_GTIN}, serial number A1" in fields["reading"].text()
    assert "Ctrl pressed 1×" in fields["keys"].text() and "Enter" in fields["keys"].text()
    assert fields["gaps"].text().startswith("4 4 4")
    assert "taken as a scan" in fields["verdict"].text()
    # A slow scanner: 24 ms between keys, slower than the 20 ms set, almost a person.
    stamped_keys(target, "HS-000007", 24, start=5000)
    assert "NOT taken" in fields["verdict"].text()
    assert "Shift pressed 2×" in fields["keys"].text()
    assert "Suggested pause: 25 ms" in test.suggestion.text()
    assert "set it to send its keys faster" in test.suggestion.text()
    assert test.use_button.isVisible() and "25 ms" in test.use_button.text()
    qtbot.wait(50)  # the layout follows the longer texts
    test.grab().save(str(shots / "scanner-test.png"))
    qtbot.mouseClick(test.use_button, Qt.MouseButton.LeftButton)
    assert form.value(SCAN_GAP) == 25
    assert "taken as a scan" in fields["verdict"].text()
    assert state(counter, "PD-1") == "on_loan"  # nothing scanned here was acted on
    test.close()
    counter.settings_dialog.close()
