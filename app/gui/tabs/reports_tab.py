"""Reports: choose a report, its period and perhaps one unit, see its figures, and save it
as CSV, XLSX or PDF (in the depot's language) to hand on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.banner import Banner
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, table
from app.gui.tabs.stock_widgets import set_choices
from app.services import queries, reports
from app.services.station import Station

if TYPE_CHECKING:
    from app.services.report_files import TitledReport


def _make(station: Station, name: str, start: dt.date, end: dt.date,
          unit: str | None) -> TitledReport:
    """The report with its words in the window's language (the files' module, with
    reportlab and openpyxl, is loaded when a report is first asked for)."""
    from app.services import report_files

    return report_files.titled(station, reports.make_report(station, name, start, end, unit))


def _write(station: Station, *args: object, **kw: object) -> object:
    from app.services import report_files

    return report_files.write_report(station, *args, **kw)


class ReportsTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.shown: TitledReport | None = None
        self.report = QComboBox(objectName="reportChoice")
        names = {
            "out": self.tr("Pumps out now"), "loans": self.tr("Loans started and ended"),
            "lost": self.tr("Lost pumps charged per unit"),
            "faults": self.tr("Faults and time in service"),
            "maintenance": self.tr("Preventive maintenance done and due"),
            "replenishment": self.tr("Replenishment runs and shortages"),
            "counts": self.tr("Stocktake differences")}
        for name in reports.REPORTS:
            self.report.addItem(names[name], name)
        self.start = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        today = station.ctx.today()
        self.end.setDate(QDate(today.year, today.month, today.day))
        first = today - dt.timedelta(days=364)
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.unit = QComboBox(objectName="reportUnit")
        self.unit.addItem(self.tr("All units"), None)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.show_report)
        self.save_buttons = {}
        for fmt, label in (("csv", self.tr("Save as &CSV …")),
                           ("xlsx", self.tr("Save as &XLSX …")),
                           ("pdf", self.tr("Save as &PDF …"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, fmt=fmt: self._ask_save(fmt))
            self.save_buttons[fmt] = button
        self.about = QLabel(objectName="reportAbout")
        self.sections = QTabWidget(objectName="reportSections")
        # Says what was saved, or why not; the figures need the room otherwise.
        self.banner = Banner()
        self.banner.hide()

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Report")))
        choose.addWidget(self.report, 2)
        choose.addWidget(QLabel(self.tr("From")))
        choose.addWidget(self.start)
        choose.addWidget(QLabel(self.tr("To")))
        choose.addWidget(self.end)
        choose.addWidget(QLabel(self.tr("Unit")))
        choose.addWidget(self.unit, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        for button in self.save_buttons.values():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(buttons)
        layout.addWidget(self.about)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.banner)
        self.about.setText(self.tr("Choose a report and its period, then Show or Save"))
        self.report.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def title(self) -> str:
        return self.tr("Reports")

    def scan(self, text: str) -> None:
        self.banner.show_idle(self.tr("Scans are taken on the counter's tabs, not here."))
        self.banner.show()

    def focus_scan(self) -> None:
        self.report.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.ops.read(queries.list_units, self.station, done=self._show_units)

    def _show_units(self, units: list[dict]) -> None:
        set_choices(self.unit, [(f"{u['customer_number']} {u['name']}", u["customer_number"])
                                for u in units], first=self.tr("All units"))

    def _choice_changed(self) -> None:
        name = self.report.currentData()
        self.start.setEnabled(name not in reports.NOW_REPORTS)
        self.unit.setEnabled(name in reports.UNIT_REPORTS)

    def _asked(self) -> tuple[str, dt.date, dt.date, str | None]:
        name = self.report.currentData()
        unit = self.unit.currentData() if name in reports.UNIT_REPORTS else None
        return name, self.start.date().toPython(), self.end.date().toPython(), unit

    def show_report(self) -> None:
        self.ops.read(_make, self.station, *self._asked(), done=self._show,
                      refused=self._refused)

    def _show(self, report: TitledReport) -> None:
        from app.printing.report import cell_text

        self.shown = report
        self.banner.hide()
        lines = self.tr("%n line(s)", "", sum(len(s.rows) for s in report.sections))
        self.about.setText(f"{report.title} · " + " · ".join([*report.about, lines]))
        # A new set of sub-tabs each time: built whole before it is shown, its tab bar
        # takes the width it needs.
        sections = QTabWidget(objectName="reportSections")
        for section in report.sections:
            rows = table(section.columns)
            rows.setWordWrap(False)
            rows.horizontalHeader().setMaximumSectionSize(170)  # long names end in "…"
            rows.fill([[cell_text(value) for value in row] for row in section.rows])
            sections.addTab(rows, f"{section.title} ({len(section.rows)})")
        # The tab shown is in bold (the style), wider than the bar was measured for: room
        # for that, so that no tab hides behind the bar's arrows.
        bar = sections.tabBar()
        bar.ensurePolished()
        bar.setMinimumWidth(min(int(bar.sizeHint().width() * 1.12), self.width() - 24))
        self.layout().replaceWidget(self.sections, sections)
        self.sections.deleteLater()
        self.sections = sections

    def _ask_save(self, fmt: str) -> None:
        name = self.report.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), f"{name}.{fmt}",
            {"csv": "CSV (*.csv)", "xlsx": self.tr("Spreadsheet (*.xlsx)"),
             "pdf": "PDF (*.pdf)"}[fmt])
        if path:
            self.save_to(Path(path), fmt)

    def save_to(self, path: Path, fmt: str) -> None:
        """Write the report chosen to ``path`` as ``fmt``, in the depot's language."""
        name, start, end, unit = self._asked()
        self.ops.read(_write, self.station, name, path, fmt, start=start,
                      end=end, unit=unit,
                      done=lambda _report: self._saved(path), refused=self._refused)

    def _saved(self, path: Path) -> None:
        self.banner.show_success(self.tr("Report saved"), str(path))
        self.banner.show()
        self.sounds.success()

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not done"), refusal_text(refused))
        self.banner.show()
        self.sounds.refusal()
