"""The Reports tab: a report's figures shown on sub-tabs, saved as CSV, XLSX and PDF, a
refusal said in the banner; and it fits the screen."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate

from app.gui.main_window import MainWindow
from app.services import actions, counts, register
from tests.gui.conftest import close_demo_window, demo_window, settle
from tests.gui.test_language import english_in


def test_a_report_is_shown_and_saved(qtbot, counter: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    register.define_model(counter.station, "T34", make="BD", name="BodyGuard T",
                          product_area="subcutaneous_infusion", maintenance_interval_days=365,
                          replacement_cost=18500)
    actions.report_lost(counter.station, "PD-1")
    tab = counter.reports_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    assert tab.unit.count() > 1  # every unit to choose from
    tab.report.setCurrentIndex(tab.report.findData("lost"))
    tab.show_report()
    settle(qtbot, counter)
    assert [tab.sections.tabText(i) for i in range(tab.sections.count())] == [
        "Lost pumps (1)", "Charged per unit (1)", "Total per payer (1)"]
    per_unit = tab.sections.widget(1)
    assert per_unit.cell(0, 0) == "602154" and per_unit.cell(0, 3) == "18\u202f500"
    for fmt in ("csv", "xlsx", "pdf"):
        path = tmp_path / f"lost.{fmt}"
        tab.save_to(path, fmt)
        settle(qtbot, counter)
        assert tab.banner.outcome == "success" and path.stat().st_size > 0
    book = openpyxl.load_workbook(tmp_path / "lost.xlsx")
    assert book.worksheets[1]["D2"].value == 18500


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    tab = counter.reports_tab
    counter.tabs.setCurrentWidget(tab)
    tab.report.setCurrentIndex(tab.report.findData("loans"))
    tab.start.setDate(QDate(2026, 5, 2))
    tab.end.setDate(QDate(2026, 5, 1))
    tab.show_report()
    settle(qtbot, counter)
    assert tab.banner.outcome == "refusal" and tab.banner.isVisible()
    assert "2026-05-02" in tab.banner.detail.text()


def test_the_stocktake_differences_are_offered(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    station = counter.station
    actions.register_pump(station, "PD-4", "T34")
    actions.dispatch_pump(station, "PD-4", unit="602154")
    count = counts.start_count(station, "602154")
    counts.finish_count(station, count.id)
    counts.report_missing_lost(station, count.id, "PD-4")
    tab = counter.reports_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    tab.report.setCurrentIndex(tab.report.findData("counts"))
    assert tab.report.currentText() == "Stocktake differences" and tab.unit.isEnabled()
    tab.unit.setCurrentIndex(tab.unit.findData("602154"))
    tab.show_report()
    settle(qtbot, counter)
    assert [tab.sections.tabText(i) for i in range(tab.sections.count())] == [
        "Counts finished in the period (1)", "Differences and how they were resolved (1)"]
    differences = tab.sections.widget(1)
    assert [differences.cell(0, c) for c in (2, 4, 7, 8)] == [
        "PD-4", "Missing", "Reported lost, charged to the unit", "602154"]


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_stocktake_differences_in_the_depots_language(qtbot, language: str,  # noqa: ANN001
                                                           demo_databases,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        station = window.station
        unit = max(counts.count_schedule(station), key=lambda d: d.pumps).unit
        count = counts.start_count(station, unit)
        expected = counts.count_view(station, count.id).missing
        for line in expected[:-2]:
            counts.scan_into_count(station, count.id, line.registration)
        counts.finish_count(station, count.id)
        counts.report_missing_lost(station, count.id, expected[-1].registration)
        tab = window.reports_tab
        window.tabs.setCurrentWidget(tab)
        settle(qtbot, window)
        tab.report.setCurrentIndex(tab.report.findData("counts"))
        tab.show_report()
        settle(qtbot, window)
        tab.sections.setCurrentIndex(1)
        assert tab.sections.widget(1).rowCount() == 2
        folder = Path(os.environ.get("PUMPDESK_SCREENSHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        window.resize(1024, 768)
        settle(qtbot, window)
        qtbot.wait(200)  # painted after the resize, before it is grabbed
        window.grab().save(str(folder / f"reports-counts-{language}.png"))
        found = english_in(tab)
        assert not found, found
    finally:
        close_demo_window(window)
