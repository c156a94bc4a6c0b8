"""Recalls in the window: every recall with its progress, one recall's covered pumps
grouped by where they are now (with export and the units' letters), and a new recall,
whose selection's size is shown as it is typed, before it is saved (administrators)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.recalls import ACTION_LABELS, RecallAction
from app.domain.refusals import Refused
from app.domain.staff import Role
from app.gui.i18n import phrase, refusal_text, state_label
from app.gui.operations import Operations
from app.gui.tabs.base import table
from app.services import recall_papers, recalls, staff
from app.services.recalls import RecallSummary, RecallView, SelectionInput
from app.services.station import Station


def _split(text: str) -> list[str]:
    """Several values typed in one field, separated by commas, semicolons or spaces."""
    return [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part]


class RecallsDialog(QDialog):
    """Every recall, open ones first; the chosen one's pumps by where they are now."""

    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.setWindowTitle(self.tr("Recalls"))
        self.summaries: list[RecallSummary] = []
        self.view: RecallView | None = None
        self.list = table([self.tr("Reference"), self.tr("Title"), self.tr("Action"),
                           self.tr("Done"), self.tr("State")])
        self.list.setMaximumHeight(130)
        self.list.clicked.connect(lambda index: self.open_recall(
            self.summaries[index.row()].reference))
        self.heading = QLabel(self.tr("Choose a recall"))
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pumps = QTreeWidget()
        self.pumps.setHeaderLabels([self.tr("Pump"), self.tr("Model"), self.tr("Serial no."),
                                    self.tr("Lot"), self.tr("State"), self.tr("Patient"),
                                    self.tr("Loan")])
        self.pumps.setAlternatingRowColors(True)
        self.new_button = QPushButton(self.tr("&New recall …"))
        self.new_button.clicked.connect(self.new_recall)
        self.export_button = QPushButton(self.tr("&Export list …"))
        self.export_button.clicked.connect(self._ask_export)
        self.letters_button = QPushButton(self.tr("&Letters to the units …"))
        self.letters_button.clicked.connect(self._ask_letters)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.new_button, self.export_button, self.letters_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(buttons)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.pumps, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setStretchFactor(1, 1)
        split.setSizes([120, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(980, 660)
        self._enable()
        self.new_button.setEnabled(False)  # for administrators: enabled once known
        self.new_button.setToolTip(self.tr("Recording a recall needs the administrator role"))
        ops.read(staff.signed_in_member, station, station.staff_number,
                 done=lambda member: self.new_button.setEnabled(
                     member.holds(Role.ADMINISTRATOR)),
                 refused=lambda _refused: None)
        self.reload()

    def _enable(self) -> None:
        for button in (self.export_button, self.letters_button):
            button.setEnabled(self.view is not None)

    def reload(self) -> None:
        self.ops.read(recalls.recall_summaries, self.station, done=self._show_list,
                      refused=self._refused)

    def _show_list(self, found: list[RecallSummary]) -> None:
        self.summaries = found
        open_, closed = self.tr("open"), self.tr("closed")
        self.list.fill([[s.reference, s.title, phrase(ACTION_LABELS[RecallAction(s.action)]),
                         f"{s.done}/{s.total}", closed if s.closed else open_]
                        for s in found], {i for i, s in enumerate(found) if not s.closed})
        if found and self.view is None:
            self.open_recall(found[0].reference)

    def open_recall(self, reference: str) -> None:
        self.ops.read(recalls.recall_view, self.station, reference, done=self.show_recall,
                      refused=self._refused)

    def _group_title(self, where: str, unit: str | None, name: str | None,
                     contact: str | None) -> str:
        titles = {"depot": self.tr("In the depot"),
                  "unit_stock": self.tr("In the stock of {unit}"),
                  "patient": self.tr("With patients of {unit}"),
                  "lost": self.tr("Lost, answered for by {unit}"),
                  "done": self.tr("Done or retired")}
        title = titles[where].format(unit=f"{name} ({unit})")
        if contact:
            title += " · " + self.tr("contact: {person}").format(person=contact)
        return title

    def show_recall(self, view: RecallView) -> None:
        self.view = view
        s = view.summary
        state = self.tr("closed") if s.closed else self.tr("open")
        self.heading.setText(self.tr(
            "{reference} · {title} · {action} · done {done} of {total} · {state}").format(
                reference=s.reference, title=s.title,
                action=phrase(ACTION_LABELS[RecallAction(s.action)]), done=s.done,
                total=s.total, state=state))
        self.pumps.clear()
        protected = self.tr("protected identity")
        for group in view.groups:
            top = QTreeWidgetItem([self._group_title(group.where, group.unit, group.unit_name,
                                                     group.contact)
                                   + f"  ({len(group.pumps)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for pump in group.pumps:
                top.addChild(QTreeWidgetItem([
                    pump.registration, pump.model, pump.serial or "", pump.lot or "",
                    state_label(pump.state),
                    protected if pump.protected else pump.holder or "",
                    pump.loan_number or ""]))
            self.pumps.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # once in the tree: the title has the row
            top.setExpanded(group.where != "done")
        for column in range(1, self.pumps.columnCount()):
            self.pumps.resizeColumnToContents(column)
        # The groups' titles span the row: the first column is as wide as the pumps' numbers.
        metrics = self.pumps.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.registration) for p in view.pumps), default=80)
        self.pumps.setColumnWidth(0, widest + 60)
        self._enable()

    def _ask_export(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), f"{self.view.summary.reference}.xlsx",
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.view is not None:
            self.ops.read(recall_papers.export_recall, self.station,
                          self.view.summary.reference, path,
                          done=lambda count: self.message.setText(
                              self.tr("%n pump(s) written to {path}", "", count).format(
                                  path=path)),
                          refused=self._refused)

    def _ask_letters(self) -> None:
        if self.view is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        if folder:
            self.letters_to(Path(folder))

    def letters_to(self, folder: Path) -> None:
        if self.view is not None:
            self.ops.read(recall_papers.write_letters, self.station,
                          self.view.summary.reference, folder,
                          done=lambda written: self.message.setText(
                              self.tr("%n letter(s) written to {path}", "", len(written))
                              .format(path=folder)),
                          refused=self._refused)

    def new_recall(self) -> None:
        dialog = NewRecallDialog(self.station, self.ops, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.view = None
            self.reload()
            self.open_recall(dialog.saved.reference)

    def _refused(self, refused: Refused) -> None:
        self.message.setText(refusal_text(refused))


class NewRecallDialog(QDialog):
    """A field safety notice: reference, title, action and the pumps it covers. How many
    pumps the selection covers is shown as it is typed, before anything is saved."""

    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.saved: RecallSummary | None = None
        self.setWindowTitle(self.tr("New recall"))
        self.reference = QLineEdit(placeholderText="FSN-2026-014")
        self.title_field = QLineEdit(placeholderText=self.tr("What the notice is about"))
        self.action = QComboBox()
        for action in RecallAction:
            self.action.addItem(phrase(ACTION_LABELS[action]), action.value)
        hint = self.tr("several: separate with commas")
        self.models = QLineEdit(placeholderText=hint)
        self.gtins = QLineEdit(placeholderText=hint)
        self.lots = QLineEdit(placeholderText=hint)
        self.serials = QLineEdit(placeholderText=hint)
        self.ranges = QLineEdit(placeholderText="SN1000-SN1999, …")
        self.produced_from = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.produced_to = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.size = QLabel(objectName="recallSize")
        self.size.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reference (FSN):"), self.reference)
        form.addRow(self.tr("Title:"), self.title_field)
        form.addRow(self.tr("Action:"), self.action)
        form.addRow(self.tr("Models:"), self.models)
        form.addRow(self.tr("GTINs:"), self.gtins)
        form.addRow(self.tr("Lots:"), self.lots)
        form.addRow(self.tr("Serial numbers:"), self.serials)
        form.addRow(self.tr("Serial ranges:"), self.ranges)
        dates = QHBoxLayout()
        dates.addWidget(self.produced_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.produced_to)
        form.addRow(self.tr("Produced:"), dates)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.size)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.preview)
        for field in (self.models, self.gtins, self.lots, self.serials, self.ranges,
                      self.produced_from, self.produced_to):
            field.textChanged.connect(lambda _text: self._timer.start())
        self.size.setText(self.tr("Say which pumps the recall covers."))

    def selection(self) -> SelectionInput:
        return SelectionInput(
            models=_split(self.models.text()), gtins=_split(self.gtins.text()),
            lots=_split(self.lots.text()), serials=_split(self.serials.text()),
            serial_ranges=_split(self.ranges.text()),
            produced_from=self.produced_from.text().strip() or None,
            produced_to=self.produced_to.text().strip() or None)

    def preview(self) -> None:
        self.ops.read(recalls.preview_recall, self.station, self.selection(),
                      done=self._show_size, refused=self._refused)

    def _show_size(self, count: int) -> None:
        self.size.setText(self.tr("The selection covers %n pump(s) now.", "", count))

    def save(self) -> None:
        self.ops.run(recalls.define_recall, self.station, self.reference.text(),
                     title=self.title_field.text(), action=self.action.currentData(),
                     selection=self.selection(), done=self._saved, refused=self._refused)

    def _saved(self, summary: RecallSummary) -> None:
        self.saved = summary
        self.accept()

    def _refused(self, refused: Refused) -> None:
        self.size.setText(refusal_text(refused))

