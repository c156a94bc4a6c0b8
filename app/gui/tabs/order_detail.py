"""One order: its lines and payers, its history with who and when, the moves it may make
now (picked, dispatched, delivered, collected, returned, cancelled) and its paper."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.consumables import ORDER_MOVES, OrderState
from app.domain.orders import ORDER_STATE_LABELS
from app.domain.refusals import Refused
from app.gui.fitting import FitLabel
from app.gui.i18n import local_time, phrase, refusal_text
from app.gui.keys import key_button
from app.gui.operations import Operations
from app.gui.printing import Printing
from app.gui.tabs.base import table
from app.gui.tabs.order_list import person_shown
from app.services import order_papers, orders
from app.services.orders import OrderView
from app.services.printouts import LABEL_ROLLS
from app.services.station import Station

#: The moves in the order their buttons stand.
MOVES = (OrderState.PICKED, OrderState.DISPATCHED, OrderState.DELIVERED,
         OrderState.COLLECTED, OrderState.RETURNED, OrderState.CANCELLED)


class OrderDetail(QWidget):
    #: The order moved on: its new view (the tab refreshes the list and says so).
    moved = Signal(object)
    #: A refusal from the services: a title and the reason.
    refused = Signal(str, str)

    def __init__(self, station: Station, ops: Operations, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station, self.ops, self.printing = station, ops, printing
        self.view: OrderView | None = None
        self.heading = FitLabel(objectName="orderHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.about = FitLabel(objectName="orderAbout")
        self.lines = table([self.tr("Article"), self.tr("Name"), self.tr("Quantity"),
                            self.tr("Payer")])
        self.lines.setObjectName("orderDetailLines")
        self.history = table([self.tr("State"), self.tr("When"), self.tr("Who")])
        self.history.setObjectName("orderHistory")
        labels = {OrderState.PICKED: self.tr("Pic&ked"),
                  OrderState.DISPATCHED: self.tr("&Dispatched"),
                  OrderState.DELIVERED: self.tr("Deli&vered"),
                  OrderState.COLLECTED: self.tr("&Collected"),
                  OrderState.RETURNED: self.tr("&Returned"),
                  OrderState.CANCELLED: self.tr("Ca&ncel order")}
        self.move_buttons: dict[OrderState, QPushButton] = {}
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("Move to:")))
        for state in MOVES:
            button = QPushButton(objectName=f"move_{state.value}")
            key_button(button, labels[state], self)
            button.clicked.connect(lambda _=False, to=state: self.move(to))
            self.move_buttons[state] = button
            moves.addWidget(button)
        moves.addStretch()
        self.roll = QComboBox(objectName="labelRoll")
        for roll in LABEL_ROLLS:
            self.roll.addItem(self.tr("{width} × {height} mm").format(
                width=roll.split("x")[0], height=roll.split("x")[1]), roll)
        self.picking_button = QPushButton(objectName="printPicking")
        key_button(self.picking_button, self.tr("Picking lis&t …"), self)
        self.picking_button.clicked.connect(self.print_picking_list)
        self.label_button = QPushButton(objectName="printLabel")
        key_button(self.label_button, self.tr("Address &label …"), self)
        self.label_button.clicked.connect(self.print_label)
        paper = QHBoxLayout()
        paper.addWidget(self.picking_button)
        paper.addStretch()
        paper.addWidget(QLabel(self.tr("Label roll:")))
        paper.addWidget(self.roll)
        paper.addWidget(self.label_button)
        tables = QHBoxLayout()
        tables.addWidget(self.lines, 3)
        tables.addWidget(self.history, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(tables, 1)
        layout.addLayout(moves)
        layout.addLayout(paper)
        self.show_order(None)

    def show_order(self, view: OrderView | None) -> None:
        self.view = view
        if view is None:
            self.heading.setText(self.tr("Choose an order in the list, or scan its number"))
            self.about.setText("")
            self.lines.fill([])
            self.history.fill([])
        else:
            who = person_shown(view, self.tr("Protected identity — {unit}"))
            self.heading.setText(f"{view.number} · {phrase(view.state_label)} · {who}")
            by = {"patient": self.tr("the patient"), "relative": self.tr("a relative"),
                  "staff": self.tr("care staff"), "prescriber": self.tr("the prescriber")}
            about = self.tr("{unit} {unit_name} · ordered by {who} at {at}, taken by {actor} "
                            "· delivery: {delivery}").format(
                unit=view.unit, unit_name=view.unit_name,
                who=by.get(view.ordered_by, view.ordered_by), at=local_time(view.ordered_at),
                actor=view.actor, delivery=self._delivery(view))
            about += self._promise(view)
            if view.justification:
                about += " · " + self.tr("justification: {text}").format(
                    text=view.justification)
            if view.extra_cost:
                about += " · " + self.tr("outside the assortment: an extra cost for the "
                                         "payer, never returnable")
            self.about.setText(about)
            self.lines.fill([[line.article, line.name, str(line.quantity),
                              line.payer_name or view.unit_name] for line in view.lines],
                            {i for i, line in enumerate(view.lines) if line.extra_cost})
            self.history.fill([[phrase(ORDER_STATE_LABELS[OrderState(m.state)]),
                                local_time(m.at), m.actor] for m in view.history])
        allowed = ORDER_MOVES.get(OrderState(view.state), frozenset()) if view else frozenset()
        for state, button in self.move_buttons.items():
            button.setVisible(state in allowed)
        for button in (self.picking_button, self.label_button):
            button.setEnabled(view is not None)

    def _delivery(self, view: OrderView) -> str:
        words = {"standard": self.tr("standard"), "outside": self.tr("left outside the door"),
                 "pickup": self.tr("to the pickup point"), "urgent": self.tr("urgent"),
                 "express": self.tr("express"), "joint": self.tr("joint delivery"),
                 "route": self.tr("on the route's day"),
                 "counter": self.tr("collected at the counter")}
        return words.get(view.delivery, view.delivery)

    def _promise(self, view: OrderView) -> str:
        """What the order promises (issue 24), after its delivery mode."""
        trip = view.shipping
        if trip is None:
            return ""
        parts = [self.tr("promised {date}").format(date=trip.promised.isoformat())
                 if trip.promised else self.tr("no day promised (outside the region)")]
        if trip.to_unit:
            parts.append(self.tr("to the prescribing unit, c/o {name}").format(
                name=trip.care_of))
        if trip.pickup_point:
            parts.append(self.tr("pickup point {point}").format(point=trip.pickup_point))
        if trip.last_pickup:
            parts.append(self.tr("collect by {date}").format(
                date=trip.last_pickup.isoformat()))
        parts.extend(self.tr("extra cost: {what}").format(what=phrase(cost))
                     for cost in trip.extra_costs)
        if trip.contact_prescriber:
            parts.append(self.tr("expected after more than 10 days: contact the prescriber "
                                 "and the patient"))
        return " · " + " · ".join(parts)

    def load(self, number: str) -> None:
        self.ops.read(orders.order, self.station, number, done=self.show_order,
                      refused=self._refused)

    def move(self, to: OrderState) -> None:
        if self.view is None or not self.move_buttons[to].isVisible():
            return
        self.ops.run(orders.set_order_state, self.station, self.view.number, to.value,
                     done=self._moved, refused=self._refused)

    def _moved(self, view: OrderView) -> None:
        self.show_order(view)
        self.moved.emit(view)

    def print_picking_list(self) -> None:
        if self.view is not None:
            self.printing.preview(order_papers.picking_list, self.view.number, parent=self)

    def print_label(self) -> None:
        if self.view is not None:
            self.printing.preview(order_papers.order_label, self.view.number,
                                  self.roll.currentData(), parent=self)

    def _refused(self, refused: Refused) -> None:
        self.refused.emit(self.tr("Not done"), refusal_text(refused))
