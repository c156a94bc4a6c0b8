"""The Reports tab: a report's figures shown on sub-tabs, saved as CSV, XLSX and PDF, a
refusal said in the banner; and it fits the screen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate

from app.gui.main_window import MainWindow
from app.services import actions, register
from tests.gui.conftest import settle


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
