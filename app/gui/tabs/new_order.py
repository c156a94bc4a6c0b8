"""A new order of consumables by the keyboard alone: the person (their prescription and
what is left of it this period shows as it is typed), the articles typed or scanned with
their quantities, who ordered; Enter places it, Esc starts over.

Enter with an article typed adds it as a line (its quantity beside it); Enter with no article
pending places the order. A scanned article number adds a line of one (or one more)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.consumables import OrderedBy
from app.domain.refusals import Refused
from app.gui.fitting import FitLabel
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.tabs.delivery_fields import DeliveryFields
from app.gui.tabs.base import table
from app.services import order_papers, orders
from app.services.order_papers import PrescriptionStatus
from app.services.station import Station

#: How long typing may pause before the person's prescription is looked up (ms).
LOOKUP_DELAY_MS = 250


class NewOrderForm(QWidget):
    #: An order was placed: its OrderView (the tab prints the label and says so).
    placed = Signal(object)
    #: A refusal from the services: a title and the reason (the tab's banner says it).
    refused = Signal(str, str)
    #: A word for the banner that is neither done nor refused (a line added).
    said = Signal(str, str)

    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.status: PrescriptionStatus | None = None
        #: The order's lines: article number → quantity, in the order they were added.
        self.lines: dict[str, int] = {}
        self.person = QLineEdit(objectName="orderPerson", placeholderText=self.tr(
            "Personnummer, fødselsnummer, D-nummer, or a protected identity's prescription"))
        self.person.textChanged.connect(lambda _: self._lookup.start())
        self._lookup = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up_person)
        self.prescription = FitLabel(objectName="orderPrescription")
        self.prescribed = table([self.tr("Article"), self.tr("Name"), self.tr("Per period"),
                                 self.tr("Left this period")])
        self.prescribed.setObjectName("orderPrescribed")
        self.prescribed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prescribed.setMaximumHeight(130)
        self.article = QLineEdit(objectName="orderArticle",
                                 placeholderText=self.tr("Article number (type or scan)"))
        self.quantity = QSpinBox(objectName="orderQuantity", minimum=1, maximum=999)
        self.quantity.setMinimumWidth(self.quantity.fontMetrics().horizontalAdvance("9999 ···"))
        self.order_lines = table([self.tr("Article"), self.tr("Name"), self.tr("Quantity")])
        self.order_lines.setObjectName("orderLines")
        self.order_lines.setMaximumHeight(150)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.order_lines, activated=self.drop_line,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.ordered_by = QComboBox(objectName="orderedBy")
        for who, label in ((OrderedBy.PATIENT, self.tr("The patient")),
                           (OrderedBy.RELATIVE, self.tr("A relative")),
                           (OrderedBy.STAFF, self.tr("Care staff")),
                           (OrderedBy.PRESCRIBER, self.tr("The prescriber"))):
            self.ordered_by.addItem(label, who.value)
        self.justification = QLineEdit(objectName="orderJustification", placeholderText=self.tr(
            "Only for an article outside the assortment: why it is needed"))
        self.delivery = DeliveryFields(self)
        self.place_button = QPushButton(self.tr("Place order (Enter)"), objectName="placeOrder")
        self.place_button.clicked.connect(self.enter)
        self.clear_button = QPushButton(self.tr("Start over (Esc)"))
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow("", self.prescription)
        form.addRow("", self.prescribed)
        article_row = QHBoxLayout()
        article_row.addWidget(self.article, 1)
        article_row.addWidget(self.quantity)
        form.addRow(self.tr("&Article, quantity:"), article_row)
        form.addRow(self.tr("Lines:"), self.order_lines)
        form.addRow(self.tr("Ordered &by:"), self.ordered_by)
        form.addRow(self.tr("&Justification:"), self.justification)
        form.addRow(self.tr("D&elivery:"), self.delivery.mode_row)
        form.addRow(self.tr("Address:"), self.delivery.address_row)
        form.addRow(self.tr("Contact:"), self.delivery.contact_row)
        form.addRow(self.tr("Pickup point:"), self.delivery.pickup_row)
        form.labelForField(self.delivery.mode_row).setBuddy(self.delivery.mode)
        for row, field in ((self.person, self.person), (article_row, self.article),
                           (self.ordered_by, self.ordered_by),
                           (self.justification, self.justification)):
            form.labelForField(row).setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.place_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()
        self._show_status(None, self.tr("Type or scan the person's identity"))
        self.setTabOrder(self.person, self.article)
        self.setTabOrder(self.article, self.quantity)
        self.setTabOrder(self.quantity, self.ordered_by)
        self.setTabOrder(self.ordered_by, self.justification)
        previous: QWidget = self.justification
        for widget in self.delivery.widgets():
            self.setTabOrder(previous, widget)
            previous = widget

    # -- the person and their prescription ----------------------------------------------

    def look_up_person(self) -> None:
        self._lookup.stop()
        text = self.person.text().strip()
        if not text:
            self._show_status(None, self.tr("Type or scan the person's identity"))
            return
        self.ops.read(order_papers.prescription_status, self.station, text,
                      done=lambda status, typed=text: self._found(typed, status),
                      refused=lambda refused, typed=text: self._not_found(typed, refused))

    def _found(self, typed: str, status: PrescriptionStatus) -> None:
        if typed != self.person.text().strip():
            return  # typed on since: the newer look-up answers
        valid_to = status.valid_to.isoformat() if status.valid_to else "—"
        text = self.tr("✔ Prescription {id} · {unit} {unit_name} · {prescriber} · valid "
                       "{valid_from} to {valid_to} · this period {start} to {last}").format(
            id=status.prescription_id, unit=status.unit, unit_name=status.unit_name,
            prescriber=status.prescriber or "—", valid_from=status.valid_from.isoformat(),
            valid_to=valid_to, start=status.period_start.isoformat(),
            last=status.period_last.isoformat())
        if status.person:  # who it is, to be sure of them: after the tick
            text = text.replace("✔ ", f"✔ {status.person} · ", 1)
        if status.protected:
            text += " · " + self.tr("protected identity: the unit is the recipient, one "
                                    "order only")
            if status.used:
                text += " · " + self.tr("its one order has been made")
        self._show_status(status, text)

    def _not_found(self, typed: str, refused: Refused) -> None:
        if typed == self.person.text().strip():
            self._show_status(None, refusal_text(refused))

    def _show_status(self, status: PrescriptionStatus | None, text: str) -> None:
        self.status = status
        self.prescription.setText(text)
        self.prescription.setProperty("valid", "true" if status else "false")
        self.prescription.style().unpolish(self.prescription)
        self.prescription.style().polish(self.prescription)
        self.prescribed.fill([[a.article, a.name, str(a.per_period), str(a.left)]
                              for a in (status.articles if status else ())],
                             {i for i, a in enumerate(status.articles if status else ())
                              if not a.left})
        self._show_lines()

    def _names(self) -> dict[str, str]:
        return {a.article: a.name for a in (self.status.articles if self.status else ())}

    # -- the lines -----------------------------------------------------------------------

    def add_article(self, number: str, quantity: int | None = None) -> None:
        """A line of ``quantity`` (typed), or one more of the article (scanned)."""
        article = number.strip().upper()
        if not article:
            return
        if quantity is None:
            self.lines[article] = self.lines.get(article, 0) + 1
        else:
            self.lines[article] = quantity
        self._show_lines()
        self.said.emit(self.tr("{article} × {quantity} on the order").format(
            article=article, quantity=self.lines[article]),
            self.tr("Add more articles, or press Enter to place the order"))

    def drop_line(self) -> None:
        rows = self.order_lines.selectionModel().selectedRows()
        if rows:
            article = self.order_lines.cell(rows[0].row(), 0)
            self.lines.pop(article, None)
            self._show_lines()

    def _show_lines(self) -> None:
        names = self._names()
        self.order_lines.fill([[a, names.get(a, ""), str(q)] for a, q in self.lines.items()])

    # -- Enter and Esc -------------------------------------------------------------------

    def enter(self) -> None:
        """Enter: an article typed becomes a line; with none pending the order is placed."""
        if self.article.text().strip():
            self.add_article(self.article.text(), self.quantity.value())
            self.article.clear()
            self.quantity.setValue(1)
            self.article.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.place()

    def place(self) -> None:
        if self._lookup.isActive():
            self._lookup.stop()
        if not self.place_button.isEnabled():
            return
        self.place_button.setEnabled(False)
        self.ops.run(orders.place_order, self.station, self.person.text(), dict(self.lines),
                     self.ordered_by.currentData(), justification=self.justification.text(),
                     destination=self.delivery.request(),
                     done=self._placed, refused=self._refused)

    def _placed(self, result: orders.OrderResult) -> None:
        self.place_button.setEnabled(True)
        self.clear()
        self.placed.emit(result.order)

    def _refused(self, refused: Refused) -> None:
        self.place_button.setEnabled(True)
        self.refused.emit(self.tr("Not ordered"), refusal_text(refused))

    def clear(self) -> None:
        for field in (self.person, self.article, self.justification):
            field.clear()
        self._lookup.stop()
        self.quantity.setValue(1)
        self.ordered_by.setCurrentIndex(0)
        self.delivery.clear()
        self.lines.clear()
        self._show_status(None, self.tr("Type or scan the person's identity"))
        self.person.setFocus(Qt.FocusReason.OtherFocusReason)
