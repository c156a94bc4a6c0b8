"""Issue: lend one or more ready pumps to a patient (or for a transport), by keyboard
and scanner alone. The patient identity is checked as it is typed; each scanned pump is
checked before it joins the loan; Enter confirms, Esc starts over."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.identity import KIND_LABELS, parse_identity
from app.domain.refusals import Refused
from app.gui.banner import Banner
from app.gui.fitting import FitLabel
from app.gui.keys import CompletionKeys
from app.gui.i18n import phrase, refusal_text
from app.gui.operations import Operations
from app.gui.printing import Printing
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab
from app.services import actions, consumables, prescribers, queries, views
from app.services.consumables import UsualConsumables
from app.services.queries import PumpStatus
from app.services.station import Station

PACK = "14-day pack"


class IssueTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.printing = printing
        self.pumps: list[PumpStatus] = []
        self.units: dict[str, str] = {}

        self.patient = QLineEdit(placeholderText=self.tr(
            "Personnummer, fødselsnummer, D-nummer, 'LMA …', '… - UT' or 'protected'"))
        self.patient.setObjectName("patientField")
        self.patient.textChanged.connect(self._check_patient)
        # A refusal of what is typed can be long (and so can what is typed): it wraps.
        self.patient_status = FitLabel(objectName="identityStatus")
        self.name = QLineEdit(placeholderText=self.tr("Name (optional)"))
        self.patient_loan = QRadioButton(self.tr("&Patient loan"), checked=True)
        self.transport_loan = QRadioButton(self.tr("&Transport loan"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.patient_loan)
        kinds.addButton(self.transport_loan)
        self.unit = QLineEdit(placeholderText=self.tr("Customer number or name"))
        self.unit.setObjectName("unitField")
        self.unit.textChanged.connect(self._update_confirm)
        self.completion_keys = CompletionKeys(self.unit)
        self.approval = QLineEdit(placeholderText=self.tr("Signed loan form or referral"))
        self.approval.textChanged.connect(self._update_confirm)
        self.prescriber = QLineEdit(placeholderText=self.tr(
            "Type a name: those who may prescribe for the unit are offered"))
        self.prescriber.setObjectName("prescriberField")
        self.prescriber_names = QStringListModel(self)
        prescriber_list = QCompleter(self.prescriber_names, self)
        prescriber_list.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        prescriber_list.setFilterMode(Qt.MatchFlag.MatchContains)
        self.prescriber.setCompleter(prescriber_list)
        self.unit.textChanged.connect(self._load_prescribers)
        self.packs = QSpinBox(minimum=0, maximum=9)
        #: The scanned pumps' usual consumables, as the assortment has them (with no
        #: assortment kept, the packs are counted as free text, as before it).
        self.usual = UsualConsumables(False)
        self.usual_label = FitLabel(objectName="usualConsumables")
        self.pump_list = QListWidget()
        self.pump_list.setMaximumHeight(130)
        self.banner = Banner()
        self.confirm = QPushButton(self.tr("Lend (Enter)"), objectName="confirmButton")
        self.confirm.clicked.connect(self.submit)
        self.clear_button = QPushButton(self.tr("Start over (Esc)"))
        self.clear_button.clicked.connect(self.cancel)

        form = QFormLayout()
        form.addRow(self.tr("P&atient:"), self.patient)
        form.addRow("", self.patient_status)
        form.addRow(self.tr("&Name:"), self.name)
        loan_kind = QHBoxLayout()
        loan_kind.addWidget(self.patient_loan)
        loan_kind.addWidget(self.transport_loan)
        loan_kind.addStretch()
        form.addRow(self.tr("Loan type:"), loan_kind)
        form.addRow(self.tr("Responsible &unit:"), self.unit)
        form.addRow(self.tr("Appro&val reference:"), self.approval)
        form.addRow(self.tr("Pre&scriber:"), self.prescriber)
        form.addRow(self.tr("Pumps (scan):"), self.pump_list)
        form.addRow(self.tr("&Consumables, 14-day packs:"), self.packs)
        form.addRow("", self.usual_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addStretch()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, activated=self.submit,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._check_patient("")
        self.banner.show_idle(self.tr("Fill in the loan and scan the pumps"))

    def title(self) -> str:
        return self.tr("Issue")

    def focus_scan(self) -> None:
        if not self.patient.text():
            self.patient.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if not self.units:
            self.ops.read(queries.list_units, self.station, done=self._set_units)

    def _set_units(self, units: list[dict]) -> None:
        self.units = {f"{u['customer_number']} {u['name']}": u["customer_number"]
                      for u in units if u["kind"] != "asylum"}
        completer = QCompleter(sorted(self.units), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        self.completion_keys.watch(completer)

    # -- checking as you type -----------------------------------------------------------

    def _check_patient(self, text: str) -> None:
        valid = False
        if not text.strip():
            message = self.tr("Type or scan the patient's identity")
        else:
            try:
                identity = parse_identity(text, self.name.text() or None)
            except Refused as refused:
                message = refusal_text(refused)
            else:
                valid = True
                if identity.is_protected:
                    message = self.tr("✔ protected identity — no patient data is stored; the "
                                      "unit stands as recipient")
                else:
                    message = "✔ " + phrase(KIND_LABELS[identity.kind])
                    if identity.birth_date:
                        message += " · " + self.tr("born {date}").format(
                            date=identity.birth_date.isoformat())
        self.patient_status.setText(message)
        self.patient_status.setProperty("valid", "true" if valid else "false")
        self.patient_status.style().unpolish(self.patient_status)
        self.patient_status.style().polish(self.patient_status)
        self._update_confirm()

    def _load_prescribers(self) -> None:
        """Offer, as the prescriber is typed, those who may prescribe the scanned pumps'
        product areas for the unit (everyone who prescribes, before a unit is given)."""
        unit = self.unit_number()
        self.ops.read(prescribers.candidates, self.station,
                      unit if unit.isdigit() and len(unit) == 6 else None,
                      [p.model for p in self.pumps],
                      done=lambda found: self.prescriber_names.setStringList(
                          [c.shown for c in found]))

    def unit_number(self) -> str:
        text = self.unit.text().strip()
        return self.units.get(text, text.split(" ", 1)[0])

    def _update_confirm(self) -> None:
        ready = (self.patient_status.property("valid") == "true" and bool(self.unit_number())
                 and bool(self.approval.text().strip()) and bool(self.pumps))
        self.confirm.setEnabled(ready)

    # -- pumps into the loan ------------------------------------------------------------

    def scan(self, text: str) -> None:
        self.ops.run(views.issuable, self.station, text,  # in scan order, like the loan
                     transport=self.transport_loan.isChecked(),
                     done=self._add_pump, refused=self._pump_refused)

    def _add_pump(self, status: PumpStatus) -> None:
        if any(p.registration == status.registration for p in self.pumps):
            self._pump_refused(None, self.tr("{pump} is already in this loan.").format(
                pump=status.registration))
            return
        self.pumps.append(status)
        self._load_prescribers()
        self._load_usual()
        self.pump_list.addItem(f"{status.registration}   {status.model_name}")
        if not self.packs.value():
            self.packs.setValue(1)
        self.banner.show_idle(self.tr("{pump} added to the loan").format(
            pump=status.registration))
        self.sounds.success()
        self._update_confirm()

    def _load_usual(self) -> None:
        """The consumables handed out with the pumps: their models' usual ones."""
        self.ops.read(consumables.usual_consumables, self.station,
                      [p.model for p in self.pumps], done=self._set_usual)

    def _set_usual(self, usual: UsualConsumables) -> None:
        self.usual = usual
        if not usual.kept:
            self.usual_label.setText("")
        elif usual.articles:
            self.usual_label.setText(self.tr("Each of: {articles} — prescribed with the loan")
                                     .format(articles=", ".join(
                                         f"{name} ({number})" for number, name in usual.articles)))
        else:
            self.usual_label.setText(self.tr("No usual consumables of these pumps are in the "
                                             "assortment"))

    def packs_given(self) -> dict[str, int]:
        """The consumables handed out: so many 14-day packs of each of the pumps' usual
        articles (prescribed with the loan), or free-text packs with no assortment kept."""
        count = self.packs.value()
        if not count:
            return {}
        if self.usual.kept:
            return {number: count for number, _name in self.usual.articles}
        return {PACK: count}

    def _pump_refused(self, refused: Refused | None, text: str = "") -> None:
        self.banner.show_refusal(self.tr("Not added to the loan"),
                                 refusal_text(refused) if refused else text)
        self.sounds.refusal()

    # -- confirming ---------------------------------------------------------------------

    def submit(self) -> None:
        if not self.confirm.isEnabled():
            return
        self.confirm.setEnabled(False)
        self.ops.run(
            actions.issue_pumps, self.station, [p.registration for p in self.pumps],
            patient=self.patient.text(), patient_name=self.name.text() or None,
            unit=self.unit_number(), approval=self.approval.text(),
            prescriber=self.prescriber.text() or None,
            transport=self.transport_loan.isChecked(),
            consumables=self.packs_given(),
            done=self._lent, refused=self._loan_refused)

    def _lent(self, results: list) -> None:
        first = results[0]
        self.banner.show_success(
            self.tr("Lent: loan {number}").format(number=first.loan_number),
            self.tr("%n pump(s): ", "", len(results))
            + ", ".join(r.registration for r in results))
        self.sounds.success()
        self._clear_form()
        self.printing.after_issue(first.loan_number)

    def _loan_refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not lent"), refusal_text(refused))
        self.sounds.refusal()
        self._update_confirm()

    def _clear_form(self) -> None:
        for field in (self.patient, self.name, self.unit, self.approval, self.prescriber):
            field.clear()
        self.pumps.clear()
        self.pump_list.clear()
        self.packs.setValue(0)
        self._set_usual(UsualConsumables(False))
        self.patient_loan.setChecked(True)
        self.patient.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_confirm()

    def cancel(self) -> None:
        self._clear_form()
        self.banner.show_idle(self.tr("Fill in the loan and scan the pumps"))
