"""What every tab has: the station it works on, the operations helper, the sounds, and
a ``scan`` action that the window's scanner hands each scan to."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from app.gui.operations import Operations
from app.gui.sounds import Sounds
from app.services.station import Station


class CounterTab(QWidget):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ops = ops
        self.sounds = sounds

    def title(self) -> str:
        raise NotImplementedError

    def scan(self, text: str) -> None:
        """A scan arrived while this tab is shown."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Esc: drop what is half done and go back to waiting for a scan."""

    def refresh(self) -> None:
        """Reload what the tab lists (after the tab is shown, or another tab acted)."""

    def focus_scan(self) -> None:
        """Put the focus where the next thing will be typed."""


def scan_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("scanField")
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def table(headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.verticalHeader().setVisible(False)
    widget.setAlternatingRowColors(True)
    return widget
