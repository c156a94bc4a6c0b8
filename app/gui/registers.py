"""The staff and prescriber registers, to look at (an administrator changes them with
``pumpdesk staff`` and ``pumpdesk prescriber``; every change reaches every counter)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from app.domain.prescribers import PRESCRIBER_ROLE_LABELS
from app.domain.staff import ROLE_LABELS
from app.gui.i18n import phrase
from app.gui.operations import Operations
from app.gui.tabs.base import table
from app.services import prescribers, staff
from app.services.station import Station


class RegistersDialog(QDialog):
    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff and prescribers"))
        self.staff = table([self.tr("Number"), self.tr("Name"), self.tr("Roles"),
                            self.tr("Active"), self.tr("Card code")])
        self.prescribers = table([self.tr("Id"), self.tr("Name"), self.tr("Role"),
                                  self.tr("Product areas"), self.tr("Units")])
        tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)
        tabs.addTab(self.staff, self.tr("Staff"))
        tabs.addTab(self.prescribers, self.tr("Prescribers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.tabs = tabs
        self.area_names: dict[str, str] = {}
        # Reads keep their order: the areas' names before the prescribers who use them.
        ops.read(prescribers.list_areas, station, done=self._keep_areas)
        ops.read(staff.list_staff, station, done=self._show_staff)
        ops.read(prescribers.list_prescribers, station, done=self._show_prescribers)

    def _keep_areas(self, areas: dict[str, str]) -> None:
        self.area_names = areas

    def _show_staff(self, members) -> None:  # noqa: ANN001 - list[StaffMember]
        yes, no = self.tr("yes"), self.tr("no")
        self.staff.fill([[m.number, m.name,
                          ", ".join(phrase(ROLE_LABELS[r]) for r in sorted(m.roles)),
                          yes if m.active else no, m.card_code or ""] for m in members],
                        {i for i, m in enumerate(members) if not m.active})
        self.staff.resizeColumnsToContents()

    def _show_prescribers(self, found) -> None:  # noqa: ANN001 - list[Prescriber]
        every = self.tr("every product area")
        self.prescribers.fill([
            [p.id, p.name, phrase(PRESCRIBER_ROLE_LABELS[p.role]).split(" (")[0],
             every if p.role.value == "lakare"
             else ", ".join(phrase(self.area_names.get(a, a)) for a in sorted(p.areas)),
             ", ".join(sorted(p.units))] for p in found],
            {i for i, p in enumerate(found) if not p.active})
        self.prescribers.resizeColumnsToContents()
