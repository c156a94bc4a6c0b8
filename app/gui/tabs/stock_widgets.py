"""Parts of the Stock tab: what it asks the services (through ``ops.run``, on the worker
thread), the working-day line, the plan under review, the units' requests for a larger
stock, and the form that sets a target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.stock import MAX_TARGET, ReplenishmentPlan
from app.gui.i18n import local_time, window_language
from app.gui.tabs.base import RowsTable, table
from app.services import queries, stock
from app.services.station import Station
from app.services.stock import Workday

RED = "color: #b3261e; font-weight: bold;"


# -- called through ops.read, on the reading thread -------------------------------------


def today(station: Station) -> Workday:
    """Today at the depot: a working day or not, and the next one (off the UI thread)."""
    return stock.workday(station.ctx.today(), stock.depot_country(station), window_language())


def names(station: Station) -> tuple[dict[str, str], dict[str, str]]:
    """Unit and model names to show with the numbers and codes."""
    units = {u["customer_number"]: u["name"] for u in queries.list_units(station)}
    models = {m["code"]: m["name"] for m in queries.list_models(station)}
    return units, models


def plan_next_run(station: Station) -> ReplenishmentPlan:
    """The plan for today if it is a working day, else for the next working day."""
    when = today(station)
    return stock.make_plan(station, when.day if when.working else when.next_working_day)


# -- widgets ----------------------------------------------------------------------------


def day_text(day: dt.date) -> str:
    """The day as the counter says it: "Tuesday 3 March 2026", in its language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def unit_text(number: str, units: dict[str, str]) -> str:
    return f"{number} {units.get(number, '')}".strip()


def set_choices(combo: QComboBox, choices: list[tuple[str, str]],
                first: str | None = None) -> None:
    """Replace a combo box's entries (label, data), keeping the chosen one if still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for label, data in choices:
        combo.addItem(label, data)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def fit(rows_table: RowsTable, most: int = 280) -> None:
    """Columns as wide as their text but no wider than ``most``: long names are cut
    short with "…", and the numbers beside them stay in sight."""
    rows_table.setWordWrap(False)
    for column in range(rows_table.rows_model.columnCount()):
        if rows_table.columnWidth(column) > most:
            rows_table.setColumnWidth(column, most)


def stretch(rows_table: RowsTable, column: int = 0) -> RowsTable:
    """The (unit) column takes the room left, so that the numbers beside it stay in sight."""
    rows_table.setWordWrap(False)  # cut long names with "…", not after their first word
    header = rows_table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return rows_table


def section(text: str) -> QLabel:
    return QLabel(text, objectName="sectionTitle")


class WorkdayLine(QLabel):
    """Today, whether it is a working day in the depot's country, and the next one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workdayLine")
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 13pt;")

    def show_workday(self, when: Workday) -> None:
        country = {"SE": self.tr("Sweden"), "NO": self.tr("Norway")}.get(when.country,
                                                                        when.country)
        if when.working:
            text = self.tr("Today, <b>{today}</b>, is a working day in {country}: plans are "
                           "for today. Next working day: {next}.")
            why = ""
        else:
            text = self.tr("Today, <b>{today}</b>, is <b>not a working day</b> in {country} "
                           "({why}). Plans are for <b>{next}</b>.")
            why = when.holiday or self.tr("weekend")
        self.setText(text.format(today=day_text(when.day), country=country, why=why,
                                 next=day_text(when.next_working_day)))


class PlanView(QWidget):
    """The plan under review: which pump goes to which unit, and what cannot be sent."""

    def __init__(self, plan_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The Plan button's text and key, as the summary tells the counter to press it.
        self.plan_key = plan_key
        self.title = section(self.tr("Plan"))
        self.summary = QLabel(wordWrap=True)
        self.lines = stretch(table([self.tr("Unit"), self.tr("Model"), self.tr("Pump")]))
        self.shortages = QLabel(objectName="shortages", wordWrap=True)
        self.shortages.setStyleSheet(RED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.shortages)
        layout.addWidget(self.lines, 1)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Plan"))
        self.summary.setText(self.tr("Press {plan} to see which pumps the next run would "
                                     "send.").format(plan=self.plan_key))
        self.lines.fill([])
        self.shortages.hide()

    def show_plan(self, plan: ReplenishmentPlan, units: dict[str, str],
                  models: dict[str, str], dispatch: str) -> None:
        self.title.setText(self.tr("Plan for {day}").format(day=day_text(plan.day)))
        if plan.lines:
            self.summary.setText(self.tr(
                "{pumps} pumps to {units} units. Not sent yet: check the list, then "
                "{dispatch}.").format(pumps=len(plan.lines), units=len(plan.units()),
                                      dispatch=dispatch))
        else:
            self.summary.setText(self.tr("Nothing to send: every unit has its target, or "
                                         "there are no ready pumps for what is short."))
        self.lines.fill([[unit_text(line.unit, units), models.get(line.model, line.model),
                          line.registration] for line in plan.lines])
        self.shortages.setText("\n".join(
            self.tr("Short: {unit} needs {missing} more {model} — not enough ready "
                    "pumps").format(unit=unit_text(s.unit, units), missing=s.missing,
                                    model=models.get(s.model, s.model))
            for s in plan.shortages))
        self.shortages.setVisible(bool(plan.shortages))


class RequestsBox(QWidget):
    """Units' pending requests for a larger stock, approved or rejected here."""

    decide = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.table = table([self.tr("Unit"), self.tr("Model"), self.tr("Asks for"),
                            self.tr("Why"), self.tr("Asked by"), self.tr("When")])
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.clicked.connect(lambda: self._decide(True))
        self.reject = QPushButton(self.tr("Reject"))
        self.reject.clicked.connect(lambda: self._decide(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.reject)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section(self.tr("Requests for a larger stock")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.fill([], {}, {})

    def fill(self, rows: list[dict], units: dict[str, str], models: dict[str, str]) -> None:
        self.rows = rows
        self.table.fill([[unit_text(r["unit"], units), models.get(r["model"], r["model"]),
                          str(r["requested"]), r["reason"], r["requester"],
                          local_time(r["requested_at"])] for r in rows])
        fit(self.table, 170)
        if rows:
            self.table.selectRow(0)
        for button in (self.approve, self.reject):
            button.setEnabled(bool(rows))

    def _decide(self, approve: bool) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.rows):
            self.decide.emit(self.rows[row], approve)


class TargetForm(QWidget):
    """Set how many pumps of a model a unit keeps (0: none); a click on a level fills it."""

    submitted = Signal(str, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QComboBox()
        self.model = QComboBox()
        for combo in (self.unit, self.model):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.target = QSpinBox(minimum=0, maximum=MAX_TARGET)
        self.used = False
        self.button = QPushButton(self.tr("Set target"))
        self.button.clicked.connect(self._submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Set a target:</b>")))
        layout.addWidget(self.unit, 3)
        layout.addWidget(self.model, 2)
        layout.addWidget(QLabel(self.tr("pumps:")))
        layout.addWidget(self.target)
        layout.addWidget(self.button)

    def set_names(self, units: dict[str, str], models: dict[str, str]) -> None:
        set_choices(self.unit, [(unit_text(n, units), n) for n in sorted(units)])
        set_choices(self.model, [(name, code) for code, name in sorted(models.items())])

    def choose(self, unit: str, model: str, target: int) -> None:
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
        self.model.setCurrentIndex(max(self.model.findData(model), 0))
        self.target.setValue(target)

    def _submit(self) -> None:
        if self.unit.currentData() and self.model.currentData():
            self.used = True
            self.submitted.emit(self.unit.currentData(), self.model.currentData(),
                                self.target.value())
