"""The window when the world fails it: broken and endless text in its fields, a long
write in another process, a disk that fills up, an exception no one caught. Each ends in
one sentence in the counter's language; none in a traceback."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.gui.app import _errors_to_the_window
from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.sounds import Sounds
from app.services import actions, queries, views
from app.services.station import open_station
from tests.conftest import define_depot
from tests.conftest import signed_in
from tests.gui.conftest import scanner_burst, settle
from tests.hostile import fill, write_lock_held
from tests.hostile import small_disk as mounted
from tests.integration.helpers import snapshot


@pytest.fixture
def apologies(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.mark.parametrize("text", ["PD\udc80-1", "\ud83d", "x" * 50_000, "PD-1 " * 10_000])
def test_the_pump_search_takes_broken_and_endless_text(qtbot, counter: MainWindow,
                                                       apologies, text: str) -> None:
    tab = counter.pump_tab
    counter.tabs.setCurrentWidget(tab)
    before = snapshot(counter.station)
    tab.search.setText(text)  # typed (a QLineEdit keeps 32,767 characters, no surrogates)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    # … and as the search hands it on when it comes from elsewhere (a paste, a driver)
    counter.ops.run(views.search_pumps, counter.station, text, done=tab._show_results,
                    refused=tab._refused)
    settle(qtbot, counter)
    assert apologies == []  # no exception reached the window
    if tab.banner.isVisible() and tab.banner.outcome == "refusal":
        assert len(tab.banner.detail.text()) < 300
    assert snapshot(counter.station) == before


def test_the_window_opens_and_reads_while_another_process_writes(qtbot, tmp_path: Path,
                                                                  clock, apologies) -> None:
    """A replenishment dispatch holds the write lock for many seconds: the window opens
    on the database meanwhile and the Pump tab shows a pump and its history."""
    path = tmp_path / "counter.db"
    station = define_depot(signed_in(open_station(path, workstation="DESK1")))
    actions.register_pump(station, "PD-1", "T34")
    station.close()
    with write_lock_held(path):
        station = open_station(path)  # as the window does at its start
        install_language("en")
        window = MainWindow(station, sounds=Sounds(enabled=False))
        qtbot.addWidget(window)
        settle(qtbot, window)
        window.tabs.setCurrentWidget(window.pump_tab)
        window.pump_tab.scan("PD-1")
        settle(qtbot, window)
        assert window.pump_tab.headline.text().startswith("PD-1")
        assert window.pump_tab.history.rowCount() == 1
        assert apologies == []
    window.ops.wait()
    station.close()


def test_the_pump_tab_answers_while_the_window_itself_writes_for_long(
        qtbot, counter: MainWindow, apologies) -> None:
    """A dispatch in the Stock tab holds the write lane (and the write lock) for long: a
    search and a pump's status in the Pump tab come back meanwhile."""
    release = threading.Event()

    def long_dispatch(station) -> None:  # noqa: ANN001
        with station.unit_of_work():  # the write lock, held
            release.wait(60)

    counter.ops.run(long_dispatch, counter.station)
    try:
        tab = counter.pump_tab
        counter.tabs.setCurrentWidget(tab)
        tab.scan("PD-1")
        qtbot.waitUntil(lambda: tab.headline.text().startswith("PD-1"), timeout=5000)
        qtbot.waitUntil(lambda: tab.history.rowCount() == 2, timeout=5000)
        tab.search.setText("PD")
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.results.rowCount() == 3, timeout=5000)
        assert counter.ops.pending == 1  # the write still runs
    finally:
        release.set()
    settle(qtbot, counter)
    assert apologies == []


def test_an_exception_no_one_caught_is_logged_and_met_with_an_apology(
        qtbot, counter: MainWindow, apologies, caplog, capfd) -> None:
    hooks = sys.excepthook, threading.excepthook
    try:
        _errors_to_the_window(counter)
        with caplog.at_level(logging.ERROR, logger="pumpdesk"):
            QTimer.singleShot(0, lambda: {}["a key no dict has"])  # a bug in a slot
            qtbot.waitUntil(lambda: bool(apologies), timeout=5000)
            thread = threading.Thread(target=lambda: 1 / 0, name="a worker")
            thread.start()
            thread.join()
    finally:
        sys.excepthook, threading.excepthook = hooks
    (title, text), = apologies
    assert title == "Something went wrong" and "nothing was changed" in text
    assert "KeyError" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "Traceback" not in capfd.readouterr().err


# -- a disk that fills up under the window ----------------------------------------------------


def event_ids(station) -> set[str]:  # noqa: ANN001
    with station.db.reading() as connection:
        return {row[0] for row in connection.exec_driver_sql("SELECT id FROM events")}


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    with mounted(tmp_path / "disk", size="16m") as disk:
        yield disk


def test_a_full_disk_at_the_counter(qtbot, small_disk: Path, apologies) -> None:
    station = define_depot(signed_in(open_station(small_disk / "counter.db", workstation="DESK1")))
    pumps = [f"PD-{n}" for n in range(1, 61)]
    for reg in pumps:
        actions.register_pump(station, reg, "T34")
    actions.issue_pumps(station, pumps, patient="19811228-9874", unit="602154",
                        approval="BL-1")
    try:
        install_language("sv")
        window = MainWindow(station, sounds=Sounds(enabled=False),
                            log_path=str(small_disk / "pumpdesk.log"))
        qtbot.addWidget(window)
        settle(qtbot, window)
        committed_ids = event_ids(station)
        with closing(sqlite3.connect(station.db.path)) as connection:  # an empty WAL file,
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # which must grow again
        filler = fill(small_disk)
        returned = []
        for reg in pumps:  # the WAL may have room for some returns yet
            scanner_burst(qtbot, window.return_tab.scan_input, reg)
            settle(qtbot, window)
            if apologies:
                break
            returned.append(reg)
        assert apologies, "the disk never filled up"
        title, text = apologies[0]
        assert title == "PumpDesk kan inte göra det här"
        assert text.startswith(f"Disken där databasen {station.db.path} ligger är full: "
                               "inget ändrades."), text
        assert "Traceback" not in text
        refused = pumps[len(returned)]
        assert queries.pump_status(station, refused).state == "on_loan"  # nothing changed
        filler.unlink()
        apologies.clear()
        scanner_burst(qtbot, window.return_tab.scan_input, refused)
        settle(qtbot, window)
        assert apologies == []
        assert queries.pump_status(station, refused).state == "awaiting_cleaning"
        assert all(queries.pump_status(station, reg).state == "awaiting_cleaning"
                   for reg in returned)
        assert event_ids(station) >= committed_ids  # nothing committed before was lost
        window.ops.wait()
    finally:
        install_language("en")
        station.close()


def test_a_window_that_cannot_open_its_database_says_so_in_a_dialog(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    """Started from a menu no one sees stderr: the sentence is in a dialog as well."""
    from app.cli import main

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append((title, text)))
    (tmp_path / "counter.db").mkdir()
    try:
        code = main(["--db", str(tmp_path / "counter.db"), "--workstation", "W1",
                     "--lang", "nb"])
    finally:
        install_language("en")
    assert code == 3
    (title, text), = shown
    assert title == "PumpDesk kan ikke gjøre det her"
    assert text.startswith(f"{tmp_path / 'counter.db'} er en mappe, ikke en databasefil")
    assert capsys.readouterr().err.strip() == text
