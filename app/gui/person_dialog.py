"""A person in the register: find them by any identity number they have had, see their
loans, convert them to a fuller identity (merging two records of one person only when the
counter confirms it), or protect their data."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import RefusalCode, Refused
from app.gui.fitting import FitLabel, fit_to_screen
from app.gui.i18n import local_time, refusal_text
from app.gui.operations import Operations
from app.gui.tabs.base import table
from app.services import persons
from app.services.persons import PersonView
from app.services.station import Station


class PersonDialog(QDialog):
    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None,
                 identity: str = "") -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.view: PersonView | None = None
        #: Said under the person when they are shown next (what was just done).
        self._note = ""
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Person"))
        self.identity = QLineEdit(identity, placeholderText=self.tr(
            "Any identity number the person has had"))
        self.identity.setObjectName("personIdentity")
        self.identity.returnPressed.connect(self.find)
        find = QPushButton(self.tr("&Find"))
        find.clicked.connect(self.find)
        self.shown = FitLabel(objectName="pumpHeadline")
        self.earlier = FitLabel()
        self.loans = table([self.tr("Loan"), self.tr("Pump"), self.tr("From"), self.tr("To")])
        self.new_identity = QLineEdit(placeholderText=self.tr("The fuller identity"))
        self.new_identity.setObjectName("newIdentity")
        self.new_name = QLineEdit(placeholderText=self.tr("Name (if it changes)"))
        self.convert_button = QPushButton(self.tr("&Convert"))
        self.convert_button.clicked.connect(lambda: self.convert(same_person=False))
        self.protect_button = QPushButton(self.tr("&Protect personal data …"))
        self.protect_button.clicked.connect(self.protect)
        self.message = FitLabel(objectName="setupMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        search = QHBoxLayout()
        search.addWidget(self.identity, 1)
        search.addWidget(find)
        convert = QFormLayout()
        convert.addRow(self.tr("New identity:"), self.new_identity)
        convert.addRow(self.tr("Name:"), self.new_name)
        actions = QHBoxLayout()
        actions.addWidget(self.convert_button)
        actions.addStretch()
        actions.addWidget(self.protect_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.shown)
        layout.addWidget(self.earlier)
        layout.addWidget(self.loans, 1)
        layout.addLayout(convert)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._enable()
        fit_to_screen(self, QSize(640, 480))
        if identity:
            self.find()

    def _enable(self) -> None:
        for widget in (self.new_identity, self.new_name, self.convert_button,
                       self.protect_button):
            widget.setEnabled(self.view is not None)

    def find(self) -> None:
        text = self.identity.text().strip()
        if text:
            self.ops.run(persons.person_view, self.station, text, done=self._show,
                         refused=self._refused)

    def _show(self, view: PersonView) -> None:
        self.view = view
        self.shown.setText(view.shown if view.kind != "protected"
                           else self.tr("protected identity"))
        self.earlier.setText(self.tr("Earlier identities: {keys}").format(
            keys=", ".join(view.earlier)) if view.earlier else "")
        self.loans.fill([[number, pump, local_time(start), local_time(end) if end else "—"]
                         for number, pump, start, end in view.loans])
        self.message.setText(self._note)
        self._note = ""
        self._enable()

    def convert(self, same_person: bool) -> None:
        if self.view is None or not self.new_identity.text().strip():
            return
        self.ops.run(persons.convert_identity, self.station, self.identity.text(),
                     self.new_identity.text(), name=self.new_name.text() or None,
                     same_person=same_person, done=self._converted,
                     refused=self._convert_refused)

    def _converted(self, shown: str) -> None:
        self.identity.setText(self.new_identity.text())
        self.new_identity.clear()
        self.new_name.clear()
        self._note = self.tr("Converted: {person}").format(person=shown)
        self.find()

    def _convert_refused(self, refused: Refused) -> None:
        if refused.code is not RefusalCode.SAME_PERSON_UNCONFIRMED:
            self._refused(refused)
            return
        answer = QMessageBox.question(
            self, self.tr("The same person?"),
            refusal_text(refused) + "\n\n" + self.tr(
                "Merge the two records into one person? Their loans and identities are kept "
                "together from now on."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.convert(same_person=True)

    def protect(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Protect personal data"), self.tr(
                "Erase this person's name, identity numbers and birth date here and at every "
                "counter? This cannot be undone. Their loans go on with the responsible unit "
                "as recipient, and a new loan or an order of consumables needs a new "
                "prescription."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(persons.protect_person, self.station, self.identity.text(),
                     done=self._protected, refused=self._refused)

    def _protected(self, _person_id: str) -> None:
        self.identity.clear()
        self.view = None
        self.shown.setText(self.tr("protected identity"))
        self.earlier.clear()
        self.loans.fill([])
        self.message.setText(self.tr("The person's data is erased."))
        self._enable()

    def _refused(self, refused: Refused) -> None:
        self.message.setText(refusal_text(refused))
        self.identity.setFocus(Qt.FocusReason.OtherFocusReason)
