"""The conflicts list: events the central database refused because another counter's
event came first, with both sides, and a way to say what was done about each."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.fitting import fit_to_screen
from app.gui.i18n import local_time, phrase, refusal_text
from app.gui.operations import Operations
from app.gui.tabs.base import RowsTable
from app.services import sync
from app.services.station import Station


def _brief(side: sync.ConflictSide | None) -> str:
    if side is None:
        return "—"
    return f"{phrase(side.label)} · {side.workstation} · {local_time(side.occurred_at)}"


def _full(side: sync.ConflictSide | None) -> str:
    if side is None:
        return "—"
    text = f"{phrase(side.label)} — {side.workstation}, {side.actor}, " \
           f"{local_time(side.occurred_at)}"
    return f"{text} ({side.detail})" if side.detail else text


class ConflictsDialog(QDialog):
    """Open conflicts first. Resolving one records an event every counter receives."""

    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None,
                 on_change=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.station, self.ops, self.on_change = station, ops, on_change
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.found: list[sync.ConflictView] = []
        intro = QLabel(self.tr(
            "The same pump was handled at two counters before they could sync. The central "
            "database kept the event that reached it first; the other was not carried out. "
            "Check where the pump really is, put it right with the usual actions (for "
            "instance return it and issue it again), then write here what was done."))
        intro.setWordWrap(True)
        self.table = RowsTable([self.tr("Pump"), self.tr("Not carried out"),
                                self.tr("Kept (came first)"), self.tr("Resolved")])
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QLabel()
        self.details.setObjectName("conflictDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Four lines: why, the side not carried out, the side kept, the resolution.
        self.details.setMinimumHeight(5 * self.details.fontMetrics().lineSpacing())
        self.note = QLineEdit()
        self.note.setObjectName("resolutionNote")
        self.note.setPlaceholderText(self.tr("What was done, e.g. 'pump is with the patient "
                                             "of the kept loan; nothing else to do'"))
        self.resolve = QPushButton(self.tr("Mark as resolved"))
        self.resolve.setObjectName("resolveConflict")
        self.resolve.clicked.connect(self._resolve)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.resolve)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 460))
        self._selected()
        self.refresh()

    def refresh(self) -> None:
        self.ops.read(sync.conflicts, self.station, done=self._show)

    def _show(self, found: list[sync.ConflictView]) -> None:
        self.found = found
        rows = [[c.pump or "", _brief(c.refused), _brief(c.stood),
                 self.tr("{actor}, {time}").format(actor=c.resolved_by,
                                                   time=local_time(c.resolved_at))
                 if not c.open else self.tr("open")] for c in found]
        self.table.fill(rows, marked={n for n, c in enumerate(found) if c.open})
        if found and found[0].open:
            self.table.selectRow(0)
        self._selected()

    def _current(self) -> sync.ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.found):
            return None
        return self.found[rows[0].row()]

    def _selected(self, *_args: object) -> None:
        current = self._current()
        self.details.setText("" if current is None else "\n".join(filter(None, [
            refusal_text(current.reason),
            self.tr("Not carried out: {side}").format(side=_full(current.refused)),
            self.tr("Kept: {side}").format(side=_full(current.stood)),
            self.tr("Resolved by {actor}: {note}").format(actor=current.resolved_by,
                                                         note=current.resolution)
            if not current.open else ""])))
        self.resolve.setEnabled(current is not None and current.open)
        self.note.setEnabled(current is not None and current.open)

    def _resolve(self) -> None:
        current = self._current()
        if current is None:
            return
        self.ops.run(sync.resolve_conflict, self.station, current.refused.event_id,
                     self.note.text(), done=self._resolved, refused=self._refused)

    def _resolved(self, _result: object) -> None:
        self.note.clear()
        self.message.setText(self.tr("Resolved. The other counters see it after their next "
                                     "sync."))
        self.refresh()
        if self.on_change is not None:
            self.on_change()

    def _refused(self, refused: Refused) -> None:
        self.message.setText(refusal_text(refused))

