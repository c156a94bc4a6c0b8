"""The Pump tab's lookback: who had the pump shown between two dates, with its faults,
services and cleanings; every pump the person searched for had; everyone who had a pump
of a model. Each exports to CSV."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.lookback import LOAN_TYPE_LABELS
from app.domain.refusals import Phrase, Refused
from app.gui.fitting import FitLabel
from app.gui.i18n import local_time, phrase, refusal_text
from app.gui.operations import Operations
from app.gui.tabs.base import table
from app.services import lookback, queries
from app.services.lookback import Lookback, PersonLookback, PumpLookback
from app.services.station import Station

#: What the subject list holds besides the models: the pump shown, the person found.
PUMP, PERSON, MODEL = "pump", "person", "model"


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _data(kind: str, key: str) -> str:
    """What a subject's item keeps: its kind and key, "pump:PD-1"."""
    return f"{kind}:{key}"


def _kind(data: str | None) -> str | None:
    return data.split(":", 1)[0] if data else None


def _text(value: str) -> str:
    return phrase(value) if isinstance(value, Phrase) else value


def shown_rows(found: Lookback, still_out: str) -> tuple[list[list[str]], list[list[str]]]:
    """The lookback's loans and events as the tables show them, in the counter's language
    (Qt's translations may be read from any thread)."""
    loans = [[local_time(loan.started_at),
              local_time(loan.ended_at) if loan.ended_at else still_out, loan.pump,
              _text(loan.holder), loan.unit, loan.prescriber or "", loan.approval or "",
              f"{loan.loan_number} · {phrase(LOAN_TYPE_LABELS[loan.loan_type])}"]
             for loan in found.loans]
    events = [[local_time(event.occurred_at), phrase(event.label),
               " · ".join(_text(part) for part in event.details), event.actor_name]
              for event in getattr(found, "events", ())]
    return loans, events


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LookbackView(QWidget):
    def __init__(self, station: Station, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station, self.ops = station, ops
        self.found: Lookback | None = None
        self.subject = QComboBox()
        self.subject.setMinimumContentsLength(24)
        self.subject.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.currentIndexChanged.connect(self._subject_changed)
        today = station.ctx.today()
        self.first = QDateEdit(_date(today).addYears(-2), calendarPopup=True)
        self.last = QDateEdit(_date(today), calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.look_button = QPushButton(self.tr("Look &back"))
        self.look_button.clicked.connect(self.look_back)
        self.export_button = QPushButton(self.tr("E&xport CSV …"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(self.subject, 1)
        controls.addWidget(QLabel(self.tr("From")))
        controls.addWidget(self.first)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.last)
        controls.addWidget(self.look_button)
        controls.addWidget(self.export_button)
        self.summary = FitLabel(objectName="lookbackSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loans = table([self.tr("From"), self.tr("To"), self.tr("Pump"),
                            self.tr("Patient"), self.tr("Responsible unit"),
                            self.tr("Prescriber"), self.tr("Approval"), self.tr("Loan")])
        self.events = table([self.tr("When"), self.tr("What"), self.tr("Details"),
                             self.tr("Who")])
        # As little height as the history's list asks: the window fits a 1024×768 screen.
        self.loans.setMinimumHeight(48)
        self.events.setMinimumHeight(32)
        self.events.hide()  # until a pump's lookback has events to list
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.loans)
        split.addWidget(self.events)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.models_loaded = False

    # -- what to look back over ---------------------------------------------------------

    def load_models(self) -> None:
        """The models, once, for a lookback by model (off the UI thread)."""
        if not self.models_loaded:
            self.models_loaded = True
            self.ops.read(queries.list_models, self.station, done=self._add_models)

    def _add_models(self, models: list[dict[str, Any]]) -> None:
        for model in models:
            self.subject.addItem(self.tr("Every pump of {model} ({name})").format(
                model=model["code"], name=f"{model['make']} {model['name']}"),
                _data(MODEL, model["code"]))

    def _set_subject(self, kind: str, key: str, text: str, select: bool = True) -> None:
        """Put the person first in the list and the pump next, each in place of the
        earlier one; the models follow."""
        for index in range(self.subject.count()):
            if _kind(self.subject.itemData(index)) == kind:
                self.subject.removeItem(index)
                break
        after_person = self.subject.count() > 0 and _kind(self.subject.itemData(0)) == PERSON
        self.subject.insertItem(0 if kind == PERSON else int(after_person), text,
                                _data(kind, key))
        if select:
            self.subject.setCurrentIndex(self.subject.findData(_data(kind, key)))

    def set_pump(self, registration: str, select: bool = True) -> None:
        self._set_subject(PUMP, registration, self.tr("Pump {registration}").format(
            registration=registration), select)

    def show_person(self, found: PersonLookback | None, identity: str) -> None:
        """The search named a person: every pump they had, under every identity."""
        if found is None:
            return
        self._set_subject(PERSON, identity, self.tr("Person {person}").format(
            person=found.shown))
        self._show(found)

    def _subject_changed(self) -> None:
        every_loan = _kind(self.subject.currentData()) == PERSON
        self.first.setEnabled(not every_loan)
        self.last.setEnabled(not every_loan)

    # -- looking back -------------------------------------------------------------------

    def look_back(self) -> None:
        data = self.subject.currentData()
        if not data:
            return
        kind, key = data.split(":", 1)
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        service = {PUMP: lookback.pump_lookback, MODEL: lookback.model_lookback}
        self.summary.setText(self.tr("Looking back …"))
        if kind == PERSON:
            self.ops.read(lookback.person_lookback, self.station, key, done=self._show,
                          refused=self._refused)
        else:
            self.ops.read(service[kind], self.station, key, first, last, done=self._show,
                          refused=self._refused)

    def _refused(self, refused: Refused) -> None:
        self.found = None
        self.export_button.setEnabled(False)
        self.summary.setText(refusal_text(refused))

    def _show(self, found: Lookback) -> None:
        """A model's hundred thousand lines are made ready off the UI thread too."""
        self.ops.read(shown_rows, found, self.tr("still out"),
                      done=lambda rows: self._fill(found, *rows))

    def _fill(self, found: Lookback, loans: list[list[str]],
              events: list[list[str]]) -> None:
        self.found = found
        self.export_button.setEnabled(True)
        self.summary.setText(self._summary(found))
        self.loans.fill(loans)
        self.loans.setColumnHidden(2, isinstance(found, PumpLookback))  # one pump: said above
        self.events.setVisible(isinstance(found, PumpLookback))
        self.events.fill(events)

    def _summary(self, found: Lookback) -> str:
        loans = self.tr("%n loan period(s)", "", len(found.loans))
        if isinstance(found, PersonLookback):
            identities = ", ".join(found.identities)
            return self.tr("{person}: {loans}, every loan under every identity they have "
                           "had ({identities}).").format(person=found.shown, loans=loans,
                                                         identities=identities)
        span = self.tr("{first} to {last}").format(first=found.period.first,
                                                   last=found.period.last)
        if isinstance(found, PumpLookback):
            events = self.tr("%n fault(s), service(s) and cleaning(s)", "",
                             len(found.events))
            return self.tr("Pump {registration}, {span}: {loans}; {events}.").format(
                registration=found.registration, span=span, loans=loans, events=events)
        return self.tr("Every pump of {model}, {span}: {loans}.").format(
            model=found.selection.model, span=span, loans=loans)

    # -- export -------------------------------------------------------------------------

    def export(self) -> None:
        if self.found is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), "lookback.csv",
                                              "CSV (*.csv)")
        if path:
            self.ops.read(lookback.write_csv, self.found, path, _translate,
                          done=lambda rows: self.summary.setText(
                              self.tr("%n row(s) exported to {path}", "", rows)
                              .format(path=path)),
                          refused=self._refused)
