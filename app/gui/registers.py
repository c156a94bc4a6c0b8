"""The staff, prescriber and payer registers. An administrator changes a prescriber or
makes them inactive here, and adds, changes and assigns payers (``app.gui.payer_editor``);
staff and new prescribers are added with ``pumpdesk staff`` and ``pumpdesk prescriber``.
Every change reaches every counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.payers import EVERY_AREA
from app.domain.prescribers import PRESCRIBER_ROLE_LABELS, Prescriber, PrescriberRole
from app.domain.refusals import Refused
from app.domain.staff import ROLE_LABELS
from app.gui.fitting import FitLabel
from app.gui.i18n import phrase, refusal_text
from app.gui.operations import Operations
from app.gui.payer_editor import PayerEditor
from app.gui.tabs.base import table
from app.services import payers, prescribers, staff
from app.services.station import Station


class PrescriberEditor(QWidget):
    """The selected prescriber's name, role, product areas, units and contact details, to
    change; or to make inactive (or active again)."""

    def __init__(self, station: Station, ops: Operations, changed) -> None:  # noqa: ANN001
        super().__init__()
        self.station, self.ops, self.changed = station, ops, changed
        self.current: Prescriber | None = None
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in PrescriberRole:
            self.role.addItem(phrase(PRESCRIBER_ROLE_LABELS[role]), role.value)
        self.units = QLineEdit(placeholderText=self.tr("Customer numbers, e.g. 602154, 604001"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.areas = QListWidget()
        self.save = QPushButton(self.tr("&Save changes"))
        self.save.clicked.connect(lambda: self._change(None))
        self.activity = QPushButton(self.tr("Make &inactive"))
        self.activity.clicked.connect(
            lambda: self._change(not self.current.active if self.current else None))
        self.message = FitLabel(objectName="setupMessage")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Units:"), self.units)
        form.addRow(self.tr("Direct phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        fields = QHBoxLayout()
        fields.addLayout(form, 1)
        fields.addWidget(self.areas, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.activity)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        self.show_prescriber(None)

    def set_areas(self, areas: dict[str, str]) -> None:
        self.areas.clear()
        for code, name in sorted(areas.items(), key=lambda a: phrase(a[1])):
            item = QListWidgetItem(phrase(name))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)

    def show_prescriber(self, prescriber: Prescriber | None) -> None:
        self.current = prescriber
        for widget in (self.name, self.role, self.units, self.phone, self.email, self.areas,
                       self.save, self.activity):
            widget.setEnabled(prescriber is not None)
        if prescriber is None:
            return
        self.name.setText(prescriber.name)
        self.role.setCurrentIndex(self.role.findData(prescriber.role.value))
        self.units.setText(", ".join(sorted(prescriber.units)))
        self.phone.setText(prescriber.phone or "")
        self.email.setText(prescriber.email or "")
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in prescriber.areas
                               else Qt.CheckState.Unchecked)
        self.activity.setText(self.tr("Make &inactive") if prescriber.active
                              else self.tr("Make &active"))

    def _change(self, active: bool | None) -> None:
        if self.current is None:
            return
        areas = [self.areas.item(r).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.areas.count())
                 if self.areas.item(r).checkState() == Qt.CheckState.Checked]
        units = [u for u in self.units.text().replace(";", ",").replace(" ", ",").split(",")
                 if u]
        self.ops.run(prescribers.change_prescriber, self.station, self.current.id,
                     name=self.name.text(), role=self.role.currentData(), areas=areas,
                     units=units, phone=self.phone.text(), email=self.email.text(),
                     active=active, done=self._done, refused=self._refused)

    def _done(self, prescriber: Prescriber) -> None:
        self.message.setText(self.tr("Saved: {prescriber}").format(
            prescriber=prescriber.shown()))
        self.changed(prescriber.id)

    def _refused(self, refused: Refused) -> None:
        self.message.setText(refusal_text(refused))


class RegistersDialog(QDialog):
    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.setWindowTitle(self.tr("Staff, prescribers and payers"))
        self.staff = table([self.tr("Number"), self.tr("Name"), self.tr("Roles"),
                            self.tr("Active"), self.tr("Card code")])
        self.prescribers = table([self.tr("Id"), self.tr("Name"), self.tr("Role"),
                                  self.tr("Product areas"), self.tr("Units")])
        self.editor = PrescriberEditor(station, ops, self._reload_prescribers)
        self.prescribers.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row()))
        prescriber_page = QWidget()
        page = QVBoxLayout(prescriber_page)
        page.addWidget(self.prescribers, 1)
        page.addWidget(self.editor)
        self.payers = table([self.tr("Id"), self.tr("Payer"), self.tr("Invoice address"),
                             self.tr("Reference"), self.tr("Pays for")])
        self.payer_editor = PayerEditor(station, ops, self._reload_payers)
        self.payers.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select_payer(current.row()))
        payer_page = QWidget()
        page = QVBoxLayout(payer_page)
        page.addWidget(self.payers, 1)
        page.addWidget(self.payer_editor)
        tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)
        tabs.addTab(self.staff, self.tr("Staff"))
        tabs.addTab(prescriber_page, self.tr("Prescribers"))
        tabs.addTab(payer_page, self.tr("Payers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(960, 640)
        self.tabs = tabs
        self.area_names: dict[str, str] = {}
        self.found: list[Prescriber] = []
        self._selected_id: str | None = None
        self.payers_found: list[payers.PayerEntry] = []
        self._selected_payer: str | None = None
        # Reads keep their order: the areas' names before the prescribers who use them.
        ops.read(prescribers.list_areas, station, done=self._keep_areas)
        ops.read(staff.list_staff, station, done=self._show_staff)
        ops.read(prescribers.list_prescribers, station, done=self._show_prescribers)
        ops.read(payers.list_payers, station, done=self._show_payers)

    def _keep_areas(self, areas: dict[str, str]) -> None:
        self.area_names = areas
        self.editor.set_areas(areas)
        self.payer_editor.set_areas(areas)

    def _show_staff(self, members) -> None:  # noqa: ANN001 - list[StaffMember]
        yes, no = self.tr("yes"), self.tr("no")
        self.staff.fill([[m.number, m.name,
                          ", ".join(phrase(ROLE_LABELS[r]) for r in sorted(m.roles)),
                          yes if m.active else no, m.card_code or ""] for m in members],
                        {i for i, m in enumerate(members) if not m.active})
        self.staff.resizeColumnsToContents()

    def _show_prescribers(self, found: list[Prescriber]) -> None:
        every = self.tr("every product area")
        self.found = found
        self.prescribers.fill([
            [p.id, p.name, phrase(PRESCRIBER_ROLE_LABELS[p.role]).split(" (")[0],
             every if p.role.value == "lakare"
             else ", ".join(phrase(self.area_names.get(a, a)) for a in sorted(p.areas)),
             ", ".join(sorted(p.units))] for p in found],
            {i for i, p in enumerate(found) if not p.active})
        self.prescribers.resizeColumnsToContents()
        rows = [i for i, p in enumerate(found) if p.id == self._selected_id]
        if rows:
            self.prescribers.selectRow(rows[0])
        self._select(rows[0] if rows else -1)

    def _select(self, row: int) -> None:
        chosen = self.found[row] if 0 <= row < len(self.found) else None
        self._selected_id = chosen.id if chosen else None
        self.editor.show_prescriber(chosen)

    def _reload_prescribers(self, prescriber_id: str) -> None:
        self._selected_id = prescriber_id
        self.ops.read(prescribers.list_prescribers, self.station,
                      done=self._show_prescribers)

    def _show_payers(self, found: list[payers.PayerEntry]) -> None:
        every = self.tr("every area")

        def area(code: str) -> str:
            return every if code == EVERY_AREA else phrase(self.area_names.get(code, code))
        self.payers_found = found
        self.payers.fill([
            [e.payer.id, e.payer.name, ", ".join(e.payer.invoice_address.splitlines()),
             e.payer.reference or "",
             "; ".join(f"{unit} ({area(code)})" for unit, code in e.pays_for)]
            for e in found], {i for i, e in enumerate(found) if not e.payer.active})
        self.payers.resizeColumnsToContents()
        rows = [i for i, e in enumerate(found) if e.payer.id == self._selected_payer]
        if rows:
            self.payers.selectRow(rows[0])
        self._select_payer(rows[0] if rows else -1)

    def _select_payer(self, row: int) -> None:
        chosen = self.payers_found[row].payer if 0 <= row < len(self.payers_found) else None
        self._selected_payer = chosen.id if chosen else None
        self.payer_editor.show_payer(chosen)

    def _reload_payers(self, payer_id: str) -> None:
        self._selected_payer = payer_id or self._selected_payer
        self.ops.read(payers.list_payers, self.station, done=self._show_payers)
