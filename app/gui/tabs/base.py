"""What every tab has: the station it works on, the operations helper, the sounds, and
a ``scan`` action that the window's scanner hands each scan to."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from app.domain.staff import is_card_code
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

    def scan_context(self) -> object:
        """What a scan does here now (a tab with modes says which): the same code scanned
        again in the same context within the double-read window is a double read."""
        return None

    def double_read(self, code: str) -> None:
        """The scanner read ``code`` twice: the first read was acted on, the second not."""
        banner = getattr(self, "banner", None)
        if banner is not None:
            banner.note(self.tr("{code} was read twice in a moment: it was done once, "
                                "nothing more to do.").format(code=code))
            banner.show()

    def cancel(self) -> None:
        """Esc: drop what is half done and go back to waiting for a scan."""

    def refresh(self) -> None:
        """Reload what the tab lists (after the tab is shown, or another tab acted)."""

    def focus_scan(self) -> None:
        """Put the focus where the next thing will be typed."""


def scan_field(placeholder: str, on_typed: Callable[[str], None] | None = None) -> QLineEdit:
    """The large field a person types a number into; Enter hands it to ``on_typed`` (or, a
    staff card's code, to signing in)."""
    field = QLineEdit()
    field.setObjectName("scanField")
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    if on_typed is not None:
        def typed() -> None:
            text = field.text()
            field.clear()
            session = getattr(field.window(), "session", None)
            if session is not None and is_card_code(text):  # a card's code typed by hand
                session.card(text)
            elif text.strip():
                on_typed(text)
        field.returnPressed.connect(typed)
    return field


class RowsModel(QAbstractTableModel):
    """Rows of text for a read-only list; the whole list is replaced at each refresh."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.marked: set[int] = set()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.marked:
            return QBrush(QColor("#b3261e"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def replace(self, rows: list[list[str]], marked: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.marked = rows, marked or set()
        self.endResetModel()


class RowsTable(QTableView):
    """A read-only table of text rows, marked rows in red."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)

    def rowCount(self) -> int:  # noqa: N802
        return self.rows_model.rowCount()

    def cell(self, row: int, column: int) -> str:
        return self.rows_model.rows[row][column]

    def fill(self, rows: list[list[str]], marked: set[int] | None = None, *,
             fit_columns: bool = True) -> None:
        """Show ``rows``; ``fit_columns`` sizes the columns to them (which reads every
        row: a list refilled at every scan keeps the widths it was given instead)."""
        self.rows_model.replace(rows, marked)
        if fit_columns:
            self.resizeColumnsToContents()


def table(headers: list[str]) -> RowsTable:
    return RowsTable(headers)
