"""The Payers tab's editor: an administrator adds a payer, changes its name, invoice
address or reference, makes it inactive, and sets it as a unit's payer (for every area or
one product area). Every change is an event that reaches every counter."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.payers import EVERY_AREA, Payer
from app.domain.refusals import Refused
from app.gui.fitting import FitLabel
from app.gui.i18n import phrase, refusal_text
from app.gui.operations import Operations
from app.services import payers
from app.services.station import Station


class PayerEditor(QWidget):
    def __init__(self, station: Station, ops: Operations,
                 changed: Callable[[str], None]) -> None:
        super().__init__()
        self.station, self.ops, self.changed = station, ops, changed
        self.current: Payer | None = None
        self.name = QLineEdit()
        self.address = QPlainTextEdit(placeholderText=self.tr("One line per address line"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reference = QLineEdit()
        self.add = QPushButton(self.tr("Add as &new payer"))
        self.add.clicked.connect(self._add)
        self.save = QPushButton(self.tr("Save &payer"))
        self.save.clicked.connect(lambda: self._change(None))
        self.activity = QPushButton(self.tr("&Deactivate payer"))
        self.activity.clicked.connect(
            lambda: self._change(not self.current.active if self.current else None))
        self.unit = QLineEdit(placeholderText=self.tr("Customer number"))
        self.area = QComboBox()
        self.assign = QPushButton(self.tr("Set for the &unit"))
        self.assign.clicked.connect(self._assign)
        self.message = FitLabel(objectName="setupMessage")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Invoice address:"), self.address)
        form.addRow(self.tr("Reference:"), self.reference)
        unit = QHBoxLayout()
        unit.addWidget(self.unit, 1)
        unit.addWidget(self.area, 2)
        unit.addWidget(self.assign)
        form.addRow(self.tr("Unit:"), unit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.activity)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_payer(None)

    def set_areas(self, areas: dict[str, str]) -> None:
        self.area.clear()
        self.area.addItem(self.tr("every area"), EVERY_AREA)
        for code, name in sorted(areas.items(), key=lambda a: phrase(a[1])):
            self.area.addItem(phrase(name), code)

    def show_payer(self, payer: Payer | None) -> None:
        self.current = payer
        for widget in (self.save, self.activity, self.assign):
            widget.setEnabled(payer is not None)
        if payer is None:
            return
        self.name.setText(payer.name)
        self.address.setPlainText(payer.invoice_address)
        self.reference.setText(payer.reference or "")
        self.activity.setText(self.tr("&Deactivate payer") if payer.active
                              else self.tr("&Reactivate payer"))

    def _add(self) -> None:
        self.ops.run(payers.add_payer, self.station, self.name.text(),
                     invoice_address=self.address.toPlainText(),
                     reference=self.reference.text(), done=self._done, refused=self._refused)

    def _change(self, active: bool | None) -> None:
        if self.current is not None:
            self.ops.run(payers.change_payer, self.station, self.current.id,
                         name=self.name.text(), invoice_address=self.address.toPlainText(),
                         reference=self.reference.text(), active=active, done=self._done,
                         refused=self._refused)

    def _assign(self) -> None:
        if self.current is not None:
            area = self.area.currentData()
            self.ops.run(payers.set_unit_payer, self.station, self.unit.text(),
                         self.current.id, area=None if area == EVERY_AREA else area,
                         done=self._assigned, refused=self._refused)

    def _done(self, payer: Payer) -> None:
        self.message.setText(self.tr("Saved: {payer}").format(payer=payer.shown()))
        self.changed(payer.id)

    def _assigned(self, done: payers.UnitPayerSet) -> None:
        self.message.setText(self.tr("{unit} is now billed to {payer} ({area}).").format(
            unit=f"{done.unit.name} ({done.unit.customer_number})",
            payer=done.payer.shown() if done.payer else "", area=self.area.currentText()))
        self.changed(done.payer.id if done.payer else "")

    def _refused(self, refused: Refused) -> None:
        self.message.setText(refusal_text(refused))
