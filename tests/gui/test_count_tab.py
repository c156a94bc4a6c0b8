"""Stocktake in the window: scans go into the count whatever has the focus, the tally
follows each one, a double read is calm, and a finished count's differences are resolved
from its lists; screenshots of a count in progress in Swedish and Norwegian."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.gui.main_window import MainWindow
from app.services import actions, counts
from tests.gui.conftest import close_demo_window, demo_window, settle, stamped_keys
from tests.gui.test_language import english_in


def quiet(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.scan_desk.interceptor.holding, timeout=2000)
    settle(qtbot, window)


def test_scanning_into_a_count_updates_its_tally(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    station = counter.station
    actions.register_pump(station, "PD-4", "T34")
    actions.dispatch_pump(station, "PD-4", unit="602155")
    tab = counter.count_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    stamped_keys(tab.scan_input, "PD-2", 3, start=1000)  # no count yet: refused, says so
    quiet(qtbot, counter)
    assert tab.banner.outcome == "refusal" and "start a count" in tab.banner.detail.text()
    tab.place.setText("depot")
    tab.start()
    settle(qtbot, counter)
    assert tab.view is not None and tab.view.expected == 2  # PD-2 and PD-3 ready
    assert "Expected 2   Found 0   Missing 2" in tab.tally.text()
    tab.missing.setFocus()  # the focus anywhere: a scan still counts
    stamped_keys(tab.missing, "PD-2", 3, start=2000)
    quiet(qtbot, counter)
    assert tab.banner.outcome == "success" and "PD-2" in tab.banner.title.text()
    assert "Found 1   Missing 1" in tab.tally.text()
    assert tab.found.cell(0, 0) == "PD-2" and tab.missing.cell(0, 0) == "PD-3"
    stamped_keys(tab.scan_input, "PD-2", 3, start=2100)  # the scanner read it twice
    quiet(qtbot, counter)
    assert "read twice" in tab.banner.remark.text() and "Found 1" in tab.tally.text()
    stamped_keys(tab.scan_input, "PD-4", 3, start=4000)  # in another unit's stock
    quiet(qtbot, counter)
    assert tab.banner.outcome == "refusal" and "Unexpected: PD-4" in tab.banner.title.text()
    assert "602155" in tab.unexpected.cell(0, 2)
    tab.finish()
    settle(qtbot, counter)
    assert not tab.view.info.open and tab.lost_button.isEnabled()
    tab.missing.selectRow(0)
    tab.report_lost()
    settle(qtbot, counter)
    assert "At the depot's cost" in tab.banner.detail.text()
    tab.unexpected.selectRow(0)
    tab.resolve("return")
    settle(qtbot, counter)
    assert tab.banner.outcome == "success"
    view = counts.count_view(station, tab.view.id)
    assert [line.resolved for line in view.missing + view.unexpected] == [True, True]


def test_an_open_count_is_resumed_from_the_list(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    started = counts.start_count(counter.station, "DEPOT")
    counts.scan_into_count(counter.station, started.id, "PD-3")
    tab = counter.count_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    assert tab.open_counts.count() == 1 and tab.view is None
    tab.resume()
    settle(qtbot, counter)
    assert tab.view.id == started.id and "Found 1" in tab.tally.text()


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_a_count_in_progress_in_swedish_and_norwegian(qtbot, language: str,  # noqa: ANN001
                                                      demo_databases, tmp_path: Path) -> None:
    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        schedule = counts.count_schedule(window.station)
        unit = max(schedule, key=lambda d: d.pumps).unit
        tab = window.count_tab
        window.tabs.setCurrentWidget(tab)
        tab.place.setText(unit)
        tab.start()
        settle(qtbot, window)
        expected = [line for line in counts.count_view(window.station, tab.view.id).missing]
        for n, line in enumerate(expected[:-1]):
            stamped_keys(tab.scan_input, line.registration, 3, start=1000 + 1000 * n)
            quiet(qtbot, window)
        elsewhere = next(p for p in actions_ready(window))
        stamped_keys(tab.scan_input, elsewhere, 3, start=90000)
        quiet(qtbot, window)
        assert tab.banner.outcome == "refusal"
        folder = Path(os.environ.get("PUMPDESK_SCREENSHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        window.resize(1024, 768)
        settle(qtbot, window)
        window.grab().save(str(folder / f"stocktake-{language}.png"))
        found = english_in(tab)
        assert not found, found
    finally:
        close_demo_window(window)


def actions_ready(window: MainWindow) -> list[str]:
    from app.services import queries

    return [p["registration"] for p in queries.list_pumps(window.station, state="ready")]


def test_reporting_a_counted_pump_lost_is_offered_to_an_administrator_only(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    from tests.conftest import signed_in

    started = counts.start_count(counter.station, "DEPOT")
    counts.finish_count(counter.station, started.id)  # PD-2 and PD-3 missing
    signed_in(counter.station, "bo.n", ("counter",))
    tab = counter.count_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    tab.view = started
    tab.refresh()
    settle(qtbot, counter)
    assert tab.view.missing and not tab.lost_button.isEnabled()
    assert tab.return_button.isEnabled() is False  # nothing unexpected to return
    signed_in(counter.station, "anna.k")
    tab.refresh()
    settle(qtbot, counter)
    assert tab.lost_button.isEnabled()
