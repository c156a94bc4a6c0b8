"""The Stock tab on real widgets: levels, plan, review, dispatch, past runs, targets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.gui.main_window import MainWindow
from app.gui.tabs.stock_tab import StockTab
from app.services import actions, queries, stock
from tests.conftest import FakeClock
from app.gui.i18n import install_language
from tests.gui.conftest import scanner_burst, settle


def show_stock(qtbot, counter: MainWindow) -> StockTab:  # noqa: ANN001
    qtbot.keyClick(counter, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, counter)
    assert counter.current_tab() is counter.stock_tab
    return counter.stock_tab


def column(tab_table, index: int) -> list[str]:  # noqa: ANN001
    return [tab_table.cell(row, index) for row in range(tab_table.rowCount())]


def plan(qtbot, counter: MainWindow) -> StockTab:  # noqa: ANN001
    tab = counter.stock_tab
    tab.focus_scan()
    qtbot.keyClick(tab.unit_filter, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, counter)
    return tab


@pytest.fixture(autouse=True)
def no_apology(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """An unexpected error fails the test instead of waiting on a modal apology."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    yield
    assert shown == []


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    return asked


def test_levels_mark_the_shortfalls_and_filter_by_unit_and_model(qtbot,
                                                                counter: MainWindow) -> None:
    stock.set_target(counter.station, "602154", "T34", 2)
    stock.set_target(counter.station, "602155", "JOEY", 0)  # no stock of it: no line
    stock.set_target(counter.station, "602155", "T34", 1)
    actions.register_pump(counter.station, "PD-J1", "JOEY", "SN-J1")
    stock.set_target(counter.station, "602154", "JOEY", 1)
    tab = show_stock(qtbot, counter)
    levels = tab.levels_table
    assert column(levels, 0) == ["602154 SUS Lund, Gastro avd 1"] * 2 + [
        "602155 SUS Malmö, Onkologimottagningen"]
    assert column(levels, 1) == ["Kangaroo Joey", "BodyGuard T",
                                 "BodyGuard T"]
    # target 2, none in stock, 2 short, PD-1 out with one of its patients
    assert [levels.cell(1, c) for c in (2, 3, 4, 5)] == ["2", "0", "2", "1"]
    assert levels.rows_model.marked == {0, 1, 2}
    assert "3 short by 4 pumps" in tab.levels_title.text()

    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData("602154"))
    assert levels.rowCount() == 2
    tab.model_filter.setCurrentIndex(tab.model_filter.findData("T34"))
    assert levels.rowCount() == 1 and levels.cell(0, 1) == "BodyGuard T"
    tab.unit_filter.setCurrentIndex(0)
    assert tab.unit_filter.currentText() == "All units"
    assert column(levels, 0) == ["602154 SUS Lund, Gastro avd 1",
                                 "602155 SUS Malmö, Onkologimottagningen"]

    tab.target_form.choose("602154", "JOEY", 0)  # the filter is kept through a refresh
    tab.target_form.button.click()
    settle(qtbot, counter)
    assert tab.model_filter.currentData() == "T34" and levels.rowCount() == 2
    tab.model_filter.setCurrentIndex(0)
    assert levels.rowCount() == 2 and "every unit" not in tab.levels_title.text()


def test_the_day_line_says_whether_today_is_a_working_day(qtbot, counter: MainWindow) -> None:
    tab = show_stock(qtbot, counter)
    text = tab.workday.text()
    assert "Monday 2 March 2026" in text and "is a working day in Sweden" in text
    assert "Tuesday 3 March 2026" in text


def test_on_a_holiday_the_plan_is_for_the_next_working_day(qtbot, counter: MainWindow,
                                                           clock: FakeClock) -> None:
    clock.now = dt.datetime(2026, 4, 3, 9, 0, tzinfo=dt.UTC)  # Good Friday
    stock.set_target(counter.station, "602154", "T34", 1)
    tab = show_stock(qtbot, counter)
    text = tab.workday.text()
    assert "not a working day" in text and "Good Friday" in text
    assert "Tuesday 7 April 2026" in text  # Easter Monday is a holiday too
    plan(qtbot, counter)
    assert tab.plan.day == dt.date(2026, 4, 7)
    assert "Tuesday 7 April 2026" in tab.plan_view.title.text()


def test_the_day_line_names_the_holiday_in_the_windows_language(
        qtbot, counter: MainWindow, clock: FakeClock) -> None:  # noqa: ANN001
    clock.now = dt.datetime(2026, 4, 3, 9, 0, tzinfo=dt.UTC)  # Good Friday
    install_language("sv")
    try:
        text = show_stock(qtbot, counter).workday.text()
    finally:
        install_language("en")
    assert "Långfredagen" in text and "Good Friday" not in text


def test_plan_review_dispatch_and_the_past_run(qtbot, counter: MainWindow,
                                               say_yes: list[str]) -> None:
    stock.set_target(counter.station, "602154", "T34", 2)
    tab = show_stock(qtbot, counter)
    assert not tab.dispatch_button.isEnabled()
    plan(qtbot, counter)
    lines = tab.plan_view.lines
    assert sorted(column(lines, 2)) == ["PD-2", "PD-3"]
    assert column(lines, 0) == ["602154 SUS Lund, Gastro avd 1"] * 2
    assert tab.plan_view.shortages.isHidden()
    assert tab.dispatch_button.isEnabled()
    assert queries.pump_status(counter.station, "PD-2").state == "ready"  # not sent yet

    tab.dispatch_button.click()
    settle(qtbot, counter)
    assert len(say_yes) == 1 and "2 pumps to 1 units" in say_yes[0]
    for reg in ("PD-2", "PD-3"):
        assert queries.pump_status(counter.station, reg).state == "in_unit_stock"
    assert tab.banner.outcome == "success"
    assert "Dispatched 2 pumps to 1 units" in tab.banner.title.text()
    # no printer for the packing slip: a refusal of its own, and its sound, last
    assert counter.paper_banner.isVisible() and counter.paper_banner.outcome == "refusal"
    assert counter.sounds.last_played == counter.sounds.refusal_file
    assert "not printed" in counter.statusBar().currentMessage()  # the packing slip
    assert tab.runs.rowCount() == 1
    assert [tab.runs.cell(0, c) for c in (0, 1, 2, 4)] == ["2026-03-02", "2", "", "anna.k"]
    assert tab.levels_table.rows_model.marked == set()
    assert tab.levels_table.cell(0, 3) == "2"  # in stock
    assert "every unit at its target" in tab.levels_title.text()
    assert not tab.dispatch_button.isEnabled()

    plan(qtbot, counter)  # again: the shortfall is filled, nothing is sent twice
    assert tab.plan_view.lines.rowCount() == 0
    assert "Nothing to send" in tab.plan_view.summary.text()
    assert not tab.dispatch_button.isEnabled()


def test_saying_no_dispatches_nothing(qtbot, counter: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    stock.set_target(counter.station, "602154", "T34", 1)
    tab = show_stock(qtbot, counter)
    plan(qtbot, counter)
    tab.dispatch_button.click()
    settle(qtbot, counter)
    assert queries.pump_status(counter.station, "PD-2").state == "ready"
    assert tab.runs.rowCount() == 0 and tab.dispatch_button.isEnabled()


def test_a_shortage_is_shown_not_hidden(qtbot, counter: MainWindow,
                                               say_yes: list[str]) -> None:
    actions.register_pump(counter.station, "PD-J1", "JOEY", "SN-J1")
    stock.set_target(counter.station, "602155", "JOEY", 3)
    tab = show_stock(qtbot, counter)
    plan(qtbot, counter)
    assert column(tab.plan_view.lines, 2) == ["PD-J1"]
    shortages = tab.plan_view.shortages
    assert not shortages.isHidden()
    assert "2 pumps short" in tab.banner.detail.text()
    assert ("Short: 602155 SUS Malmö, Onkologimottagningen needs 2 more Kangaroo Joey — "
            "not enough ready pumps") in shortages.text()
    tab.dispatch_button.click()
    settle(qtbot, counter)
    assert "2 pumps are still missing" in tab.banner.detail.text()
    assert tab.runs.cell(0, 2) == "2" and tab.runs.rows_model.marked == {0}


def test_a_primary_care_unit_cannot_get_a_target(qtbot, counter: MainWindow) -> None:
    tab = show_stock(qtbot, counter)
    tab.target_form.choose("604001", "T34", 2)
    tab.target_form.button.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "refusal"
    assert "cannot hold a buffer stock" in tab.banner.detail.text()
    assert counter.sounds.last_played == counter.sounds.refusal_file
    assert stock.levels(counter.station) == []


def test_setting_a_target_from_a_level_row(qtbot, counter: MainWindow) -> None:
    stock.set_target(counter.station, "602155", "T34", 1)
    tab = show_stock(qtbot, counter)
    rect = tab.levels_table.visualRect(tab.levels_table.model().index(0, 0))
    qtbot.mouseClick(tab.levels_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.target_form.unit.currentData() == "602155"
    assert tab.target_form.target.value() == 1
    tab.target_form.target.setValue(3)
    tab.target_form.button.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success" and "keeps 3" in tab.banner.title.text()
    assert tab.levels_table.cell(0, 2) == "3" and tab.levels_table.cell(0, 4) == "3"


def test_a_request_for_a_larger_stock_is_approved(qtbot, counter: MainWindow) -> None:
    stock.set_target(counter.station, "602154", "T34", 1)
    stock.request_target(counter.station, "602154", "T34", 4, requester="Karin Ek",
                         reason="Four more beds")
    stock.request_target(counter.station, "602155", "T34", 2, requester="Lars Nilsson",
                         reason="More patients at home")
    tab = show_stock(qtbot, counter)
    requests = tab.requests.table
    assert requests.rowCount() == 2
    assert [requests.cell(0, c) for c in (2, 3, 4)] == ["4", "Four more beds", "Karin Ek"]
    tab.requests.approve.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success" and "approved" in tab.banner.title.text()
    assert requests.rowCount() == 1
    assert tab.levels_table.cell(0, 2) == "4"
    tab.requests.reject.click()
    settle(qtbot, counter)
    assert requests.rowCount() == 0 and not tab.requests.approve.isEnabled()
    assert tab.levels_table.rowCount() == 1  # the rejected one set no target


def test_scanning_a_pump_here_shows_its_state(qtbot, counter: MainWindow) -> None:
    tab = show_stock(qtbot, counter)
    assert tab.unit_filter.hasFocus()
    scanner_burst(qtbot, tab.unit_filter, "PD-1")
    settle(qtbot, counter)
    assert tab.banner.title.text() == "PD-1: on loan"
    assert "602154" in tab.banner.detail.text()
    scanner_burst(qtbot, tab.unit_filter, "XYZ-404")
    settle(qtbot, counter)
    assert tab.banner.outcome == "refusal"
