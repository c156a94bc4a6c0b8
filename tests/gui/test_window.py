"""The counter window on real widgets, driven as the counter drives it."""

from __future__ import annotations

import logging
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.sounds import Sounds
from app.services import actions, queries
from tests.conftest import T34_GTIN
from tests.gui.conftest import ROOT, scanner_burst, settle, type_slowly
from tests.integration.helpers import event_count


def state(window: MainWindow, reg: str) -> str:
    return queries.pump_status(window.station, reg).state


def test_a_scanner_burst_returns_the_pump_and_shows_it(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    assert counter.current_tab() is tab
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"
    assert tab.banner.outcome == "success" and tab.banner.symbol.text() == "✔"
    assert "PD-1" in tab.banner.title.text() and "BodyGuard T" in tab.banner.title.text()
    assert "Anna Berg" in tab.banner.detail.text() and "since" in tab.banner.detail.text()
    assert counter.sounds.last_played == counter.sounds.success_file
    assert tab.scan_input.text() == "" and tab.scan_input.hasFocus()
    assert tab.today.rowCount() == 1 and tab.today.cell(0, 1) == "PD-1"


def test_a_udi_scan_returns_the_pump_too(qtbot, counter: MainWindow) -> None:
    scanner_burst(qtbot, counter.return_tab.scan_input, f"]d201{T34_GTIN}21A1")
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"


def test_a_double_read_is_noticed_calmly_and_done_once(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    scanner_burst(qtbot, tab.scan_input, "]C0pd-1")  # the same label, read again at once
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"
    assert tab.banner.outcome == "success" and "PD-1" in tab.banner.title.text()
    assert "read twice" in tab.banner.remark.text() and tab.banner.remark.isVisible()
    assert counter.sounds.last_played == counter.sounds.success_file  # no error sound
    assert tab.today.rowCount() == 1


def test_scanning_it_again_says_already_returned_and_changes_nothing(
        qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    now = [100.0]
    counter.scan_desk.clock = lambda: now[0]
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    before = event_count(counter.station)
    now[0] += 3.5  # longer ago than the double-read window: a real second scan
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    assert not tab.banner.remark.isVisible()
    assert tab.banner.outcome == "refusal" and tab.banner.symbol.text() == "✘"
    assert "already returned" in tab.banner.detail.text()
    assert counter.sounds.last_played == counter.sounds.refusal_file
    assert event_count(counter.station) == before


def test_an_unknown_code_says_so_and_changes_nothing(qtbot, counter: MainWindow) -> None:
    before = event_count(counter.station)
    scanner_burst(qtbot, counter.return_tab.scan_input, "XYZ-404")
    settle(qtbot, counter)
    assert counter.return_tab.banner.outcome == "refusal"
    assert "No pump matches 'XYZ-404'" in counter.return_tab.banner.detail.text()
    assert event_count(counter.station) == before


def test_typing_a_number_by_hand_and_enter_works_too(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    type_slowly(qtbot, tab.scan_input, "pd-1")
    assert tab.scan_input.text() == "pd-1"  # a person's keys reach the field
    qtbot.keyClick(tab.scan_input, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"


def test_a_fault_noted_with_the_return(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    tab.fault_note.setFocus()
    type_slowly(qtbot, tab.fault_note, "Cracked")
    scanner_burst(qtbot, tab.fault_note, "PD-1")
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "faulty"
    assert tab.fault_note.text() == ""


def test_cleaning_station_mode(qtbot, counter: MainWindow) -> None:
    tab = counter.return_tab
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    qtbot.keyClick(tab, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert tab.cleaning
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "ready"
    assert "Cleaned and checked" in tab.banner.title.text()


def test_a_whole_issue_by_keyboard_alone(qtbot, counter: MainWindow) -> None:
    qtbot.keyClick(counter, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = counter.issue_tab
    assert counter.current_tab() is tab
    settle(qtbot, counter)
    assert tab.patient.hasFocus()
    type_slowly(qtbot, tab.patient, "19811228-9874")
    assert "personnummer" in tab.patient_status.text()
    for field, text in ((tab.name, "Anna Berg"), (tab.unit, "602154"), (tab.approval, "BL-9")):
        qtbot.keyClick(counter.focusWidget(), Qt.Key.Key_Tab)
        if counter.focusWidget() is not field:  # radio buttons between name and unit
            field.setFocus()
        type_slowly(qtbot, field, text)
    for reg in ("PD-2", "PD-3"):
        scanner_burst(qtbot, counter.focusWidget(), reg)
        settle(qtbot, counter)
    assert [p.registration for p in tab.pumps] == ["PD-2", "PD-3"]
    assert tab.approval.text() == "BL-9"  # the scans did not leak into the field
    assert tab.confirm.isEnabled()
    qtbot.keyClick(counter.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert tab.banner.outcome == "success", tab.banner.detail.text()
    assert state(counter, "PD-2") == state(counter, "PD-3") == "on_loan"
    assert tab.patient.text() == "" and tab.pump_list.count() == 0


def test_issue_refuses_a_pump_that_is_not_ready(qtbot, counter: MainWindow) -> None:
    counter.tabs.setCurrentWidget(counter.issue_tab)
    scanner_burst(qtbot, counter.issue_tab.patient, "PD-1")
    settle(qtbot, counter)
    tab = counter.issue_tab
    assert tab.banner.outcome == "refusal" and "on loan" in tab.banner.detail.text()
    assert tab.pumps == [] and tab.patient.text() == ""


def test_identity_is_checked_as_it_is_typed(qtbot, counter: MainWindow) -> None:
    tab = counter.issue_tab
    counter.tabs.setCurrentWidget(tab)
    tab.patient.setText("19811228-9875")
    assert tab.patient_status.property("valid") == "false"
    assert "check digit" in tab.patient_status.text()
    tab.patient.setText("skyddad")
    assert tab.patient_status.property("valid") == "true"
    assert "protected" in tab.patient_status.text()
    assert "skyddad" not in tab.patient_status.text()


def test_a_burst_while_a_field_has_focus_leaves_the_field_alone(
        qtbot, counter: MainWindow) -> None:
    tab = counter.issue_tab
    counter.tabs.setCurrentWidget(tab)
    tab.name.setFocus()
    type_slowly(qtbot, tab.name, "Anna")
    scanner_burst(qtbot, tab.name, "PD-2")
    settle(qtbot, counter)
    assert tab.name.text() == "Anna"
    assert [p.registration for p in tab.pumps] == ["PD-2"]


def test_faults_and_service(qtbot, counter: MainWindow) -> None:
    qtbot.keyClick(counter, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = counter.faults_tab
    settle(qtbot, counter)
    scanner_burst(qtbot, tab.scan_input, "PD-2")
    settle(qtbot, counter)
    assert tab.description.hasFocus()
    type_slowly(qtbot, tab.description, "Alarm beeps")
    qtbot.keyClick(tab.description, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert state(counter, "PD-2") == "faulty"
    assert any(tab.faults.cell(r, 0) == "PD-2" for r in range(tab.faults.rowCount()))
    tab.repair_button.click()
    settle(qtbot, counter)
    assert state(counter, "PD-2") == "in_service"
    type_slowly(qtbot, tab.repair, "New alarm board")  # the open fault's repair
    tab.back_button.click()
    settle(qtbot, counter)
    assert state(counter, "PD-2") == "ready"
    assert not any(tab.faults.cell(r, 0) == "PD-2" for r in range(tab.faults.rowCount()))


def test_pump_tab_shows_state_and_history(qtbot, counter: MainWindow) -> None:
    qtbot.keyClick(counter, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = counter.pump_tab
    type_slowly(qtbot, tab.search, "Anna")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert tab.headline.text().startswith("PD-1")
    assert "on loan" in tab.fields["state"].text()
    assert "Anna Berg" in tab.fields["patient"].text()
    assert [tab.history.cell(r, 1) for r in range(tab.history.rowCount())] == \
        ["issued to patient", "registered"]


def test_escape_cancels(qtbot, counter: MainWindow) -> None:
    tab = counter.issue_tab
    counter.tabs.setCurrentWidget(tab)
    tab.approval.setText("BL-1")
    qtbot.keyClick(tab.approval, Qt.Key.Key_Escape)
    assert tab.approval.text() == ""


def test_a_slow_service_call_leaves_the_window_responsive(qtbot, counter: MainWindow,
                                                          monkeypatch) -> None:
    release = threading.Event()
    real = actions.return_pump

    def slow_return(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        release.wait(20)  # held until the UI thread, still running, lets it go
        return real(*args, **kwargs)

    monkeypatch.setattr(actions, "return_pump", slow_return)
    scanner_burst(qtbot, counter.return_tab.scan_input, "PD-1")
    ticks: list[int] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(counter.ops.pending))
    timer.start()
    type_slowly(qtbot, counter.return_tab.fault_note, "ok")
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    assert all(pending == 1 for pending in ticks)  # the call was still running meanwhile
    assert counter.return_tab.fault_note.text() == "ok"  # and typing still worked
    release.set()
    timer.stop()
    settle(qtbot, counter)
    assert state(counter, "PD-1") == "awaiting_cleaning"


def test_an_unexpected_error_is_logged_and_met_with_an_apology(qtbot, counter: MainWindow,
                                                               monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(actions, "return_pump", broken)
    with caplog.at_level(logging.ERROR, logger="pumpdesk.gui"):
        scanner_burst(qtbot, counter.return_tab.scan_input, "PD-1")
        settle(qtbot, counter)
    assert shown and "nothing was changed" in shown[0] and "Traceback" not in shown[0]
    assert "disk on fire" in caplog.text and "Traceback" in caplog.text


def _translation(language: str, context: str, source: str) -> str:
    root = ET.parse(ROOT / "resources" / "translations" / f"pumpdesk_{language}.ts").getroot()
    for ctx in root.findall("context"):
        if ctx.findtext("name") == context:
            for message in ctx.findall("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    return ""


def test_the_window_speaks_swedish_and_norwegian(qtbot, depot) -> None:  # noqa: ANN001
    try:
        for language in ("sv", "nb"):
            assert install_language(language) == language
            window = MainWindow(depot, sounds=Sounds(enabled=False))
            qtbot.addWidget(window)
            settle(qtbot, window)
            expected = _translation(language, "ReturnTab", "Return")
            assert expected and expected != "Return"
            assert window.tabs.tabText(0).startswith(expected)
            scanner_burst(qtbot, window.return_tab.scan_input, "XYZ-404")
            settle(qtbot, window)
            detail = window.return_tab.banner.detail.text()
            assert "XYZ-404" in detail and "No pump matches" not in detail
            window.ops.wait()
            window.close()
    finally:
        install_language("en")


def test_no_subcommand_opens_the_window(tmp_path: Path, monkeypatch) -> None:
    import app.gui.app
    from app.cli import main

    opened: list[tuple[str, str, str]] = []
    monkeypatch.setattr(app.gui.app, "run_window",
                        lambda station, language, log, central, settings: opened.append(
                            (str(station.db.path), language, central)) or 0)
    assert main(["--db", str(tmp_path / "w.db"), "--lang", "nb", "--workstation", "W1",
                 "--central", "host=central.example dbname=region"]) == 0
    assert opened == [(str(tmp_path / "w.db"), "nb", "host=central.example dbname=region")]


def test_every_text_of_the_window_and_the_domain_is_translated() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import domain_texts

    wanted = {text for texts in domain_texts().values() for text in texts}
    for language in ("sv", "nb"):
        root = ET.parse(ROOT / "resources" / "translations" / f"pumpdesk_{language}.ts")
        messages = [(m.findtext("source"), m.find("translation"))
                    for m in root.getroot().iter("message")]
        live = {source: t for source, t in messages if t.get("type") not in ("vanished",
                                                                            "obsolete")}
        assert wanted <= live.keys(), "run: python scripts/translations.py update"
        unfinished = [source for source, t in live.items() if t.get("type") == "unfinished"]
        assert unfinished == [], f"{language}: translate {unfinished[:5]}"


def test_no_text_of_the_window_is_missing_from_the_translations(tmp_path: Path) -> None:
    """lupdate over the code as it is now, into copies of the .ts files: a tr() text that
    was never added (or not translated) shows up as unfinished."""
    import shutil

    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import lupdate

    copies = []
    for language in ("sv", "nb"):
        copy = tmp_path / f"pumpdesk_{language}.ts"
        shutil.copy(ROOT / "resources" / "translations" / copy.name, copy)
        copies.append(copy)
    lupdate(copies, quiet=True)
    for copy in copies:
        unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"{copy.name}: run scripts/translations.py update and " \
                                 f"translate {unfinished[:5]}"


def test_the_window_starts_without_loading_what_the_first_scan_does_not_need() -> None:
    # Printing, migrations, GS1 tables, holiday calendars, the central database's driver
    # and the password store are loaded when first used (sync loads its own on its
    # thread): the start-up budget (ready for the first scan within 1.5 s) depends on it.
    import os
    import subprocess

    probe = ("import sys, app.gui.main_window; "
             "print(sorted(m for m in ('reportlab', 'alembic', 'biip', 'holidays', 'pypdfium2',"
             " 'psycopg', 'keyring')"
             " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
