"""Finding orders: by withdrawal number or person (one field), unit and day (today unless
told otherwise), listed newest first. A protected identity's order never shows a name in the
list: the unit stands in its place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.consumables import parse_withdrawal_number
from app.domain.orders import ORDER_STATE_LABELS
from app.domain.refusals import Refused
from app.gui.i18n import phrase, refusal_text
from app.gui.operations import Operations
from app.gui.tabs.base import table
from app.gui.tabs.stock_widgets import set_choices
from app.services import orders
from app.services.orders import OrderView
from app.services.station import Station

#: How many rows the columns' widths are measured on.
SIZED_BY_ROWS = 100


def person_shown(view: OrderView, protected_text: str) -> str:
    """The person as the list shows them: for a protected identity the unit, never more."""
    if view.protected:
        return protected_text.format(unit=view.unit_name or view.unit)
    return view.person


def articles_shown(view: OrderView) -> str:
    return ", ".join(f"{line.article} × {line.quantity}" for line in view.lines)


@dataclass(frozen=True)
class Words:
    protected: str
    who: dict[str, str]
    states: dict[str, str]


@dataclass(frozen=True)
class Listed:
    found: list[OrderView]
    rows: list[list[str]]


def _listed(station: Station, asked: dict, words: Words, with_date: bool) -> Listed:
    """On the worker thread: the orders asked for and the list's rows of text."""
    found = orders.find_orders(station, **asked)

    def when(moment: dt.datetime) -> str:  # local_time's text, without strftime's cost
        at = moment.astimezone()
        hours = f"{at.hour:02d}:{at.minute:02d}"
        return f"{at.year}-{at.month:02d}-{at.day:02d} {hours}" if with_date else hours

    return Listed(found, [[v.number, when(v.ordered_at),
                           person_shown(v, words.protected), f"{v.unit} {v.unit_name}",
                           articles_shown(v), words.states.get(v.state, v.state),
                           words.who.get(v.ordered_by, v.ordered_by)] for v in found])


class OrderFinder(QWidget):
    #: The order chosen in the list (its withdrawal number).
    chosen = Signal(str)
    #: A search was refused: the reason, for the tab's banner.
    refused = Signal(str, str)

    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.found: list[OrderView] = []
        #: Called with the list each time it is filled (benchmarks and tests wait on it).
        self.on_filled: Callable[[list[OrderView]], None] | None = None
        self.query = QLineEdit(objectName="orderQuery", placeholderText=self.tr(
            "Withdrawal number or person"))
        self.query.setClearButtonEnabled(True)
        self.unit = QComboBox(objectName="orderUnit")
        self.unit.addItem(self.tr("All units"), None)
        self.unit.setMinimumContentsLength(12)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.on_day = QCheckBox(self.tr("Da&y"), objectName="orderOnDay", checked=True)
        self.day = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd",
                             objectName="orderDay")
        self.set_day(station.ctx.today())
        self.on_day.toggled.connect(self.day.setEnabled)
        self.find_button = QPushButton(self.tr("&Find"), objectName="findOrders")
        self.find_button.clicked.connect(self.search)
        self.about = QLabel(objectName="ordersAbout")
        self.list = table([self.tr("Number"), self.tr("Time"), self.tr("Person"),
                           self.tr("Unit"), self.tr("Articles"), self.tr("State"),
                           self.tr("Ordered by")])
        self.list.setObjectName("ordersList")
        self.list.setWordWrap(False)
        # Columns sized by the first rows, not by reading a day's 2,000 rows each time; the
        # person, unit and articles share what is left of the width (long ones end in "…").
        header = self.list.horizontalHeader()
        header.setResizeContentsPrecision(SIZED_BY_ROWS)
        header.setStretchLastSection(False)
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (2, 3, 4) else
                                        QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._chose(current.row()))
        self.list.activated.connect(lambda index: self._chose(index.row()))

        find = QHBoxLayout()
        label = QLabel(self.tr("F&ind:"))
        label.setBuddy(self.query)
        find.addWidget(label)
        find.addWidget(self.query, 3)
        find.addWidget(self.unit, 2)
        find.addWidget(self.on_day)
        find.addWidget(self.day)
        find.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)

    def set_day(self, day: dt.date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def set_units(self, units: list[dict]) -> None:
        set_choices(self.unit, [(f"{u['customer_number']} {u['name']}", u["customer_number"])
                                for u in units], first=self.tr("All units"))

    def criteria(self) -> dict:
        """What the search asks for: a withdrawal number alone, or a person, unit and day."""
        text = self.query.text().strip()
        if text and parse_withdrawal_number(text) is not None:
            return {"number": text}
        return {"person": text or None, "unit": self.unit.currentData(),
                "day": self.day.date().toPython() if self.on_day.isChecked() else None}

    def _words(self) -> Words:
        """The list's words in the counter's language, looked up once per search."""
        return Words(self.tr("Protected identity — {unit}"),
                     {"patient": self.tr("patient"), "relative": self.tr("relative"),
                      "staff": self.tr("staff"), "prescriber": self.tr("prescriber")},
                     {state.value: phrase(label) for state, label in
                      ORDER_STATE_LABELS.items()})

    def search(self) -> None:
        asked = self.criteria()
        with_date = not self.on_day.isChecked() or "number" in asked
        self.ops.read(_listed, self.station, asked, self._words(), with_date, done=self.show,
                      refused=self._refused)

    def open_number(self, number: str) -> None:
        """Show the order ``number`` alone (a scan or a number typed), and choose it."""
        self.query.setText(number.strip().upper())
        self.search()

    def show(self, listed: Listed) -> None:
        """The orders found, their rows made on the worker thread: the UI thread only puts
        them in the table (a day's 2,000 orders)."""
        found = listed.found
        self.found = found
        self.list.fill(listed.rows, {i for i, v in enumerate(found)
                                     if v.state == "awaiting_prescriber"}, fit_columns=False)
        self.about.setText(self.tr("%n order(s)", "", len(found)))
        if len(found) == 1:
            self.list.selectRow(0)
        if self.on_filled is not None:
            self.on_filled(found)

    def _chose(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.chosen.emit(self.found[row].number)

    def _refused(self, refused: Refused) -> None:
        self.refused.emit(self.tr("Not found"), refusal_text(refused))
