"""One pump: find it by registration, serial, UDI or patient, and see its state, who
answers for it, and its whole history as a timeline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QTabWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.domain.scan import read_scan
from app.gui.banner import Banner
from app.gui.i18n import event_label, local_time, phrase, refusal_text, state_label
from app.gui.operations import Operations
from app.gui.printing import Printing
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, scan_field, table
from app.gui.tabs.lookback_view import LookbackView
from app.services import actions, lookback, printouts, queries, views
from app.services.queries import HistoryEntry, PumpStatus
from app.services.station import Station


class PumpTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.printing = printing
        self.status: PumpStatus | None = None
        self.history_loans: list[str | None] = []
        #: The last search found a person: their lookback stays shown.
        self.person_found = False
        self.search = scan_field(self.tr(
            "Scan a pump, or search by registration, serial number, UDI or patient"))
        self.search.returnPressed.connect(self._search)
        self.results = table([self.tr("Pump"), self.tr("State"), self.tr("Model"),
                              self.tr("Serial number"), self.tr("Unit")])
        self.results.setMaximumHeight(160)
        self.results.activated.connect(self._open_result)
        self.results.clicked.connect(self._open_result)
        self.banner = Banner()
        self.banner.setMinimumHeight(80)
        self.headline = QLabel(objectName="pumpHeadline")
        self.fields = {name: QLabel() for name in
                       ("state", "unit", "patient", "loan", "serial", "udi", "production",
                        "maintenance", "faults")}
        details = QFormLayout()
        labels = {"state": self.tr("State:"), "unit": self.tr("Responsible unit:"),
                  "patient": self.tr("Patient:"), "loan": self.tr("Loan:"),
                  "serial": self.tr("Serial number:"), "udi": self.tr("UDI:"),
                  "production": self.tr("Lot, made, expires:"),
                  "maintenance": self.tr("Next maintenance:"),
                  "faults": self.tr("Open faults:")}
        for name, label in labels.items():
            self.fields[name].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, self.fields[name])
        self.history = table([self.tr("When"), self.tr("What"), self.tr("Who"),
                              self.tr("Workstation"), self.tr("Details")])
        self.history.doubleClicked.connect(self._reprint_from_history)
        self.receipt_button = QPushButton(self.tr("&Receipt …"))
        self.receipt_button.clicked.connect(lambda: self._preview(printouts.receipt))
        self.form_button = QPushButton(self.tr("Loan &form …"))
        self.form_button.clicked.connect(lambda: self._preview(printouts.loan_form))
        self.label_button = QPushButton(self.tr("&Label …"))
        self.label_button.clicked.connect(
            lambda: self.status and self.printing.preview(
                printouts.label, self.status.registration, parent=self))
        self.person_button = QPushButton(self.tr("P&erson …"))
        self.person_button.setToolTip(self.tr(
            "Find a person by any identity number they have had; convert or protect them"))
        self.person_button.clicked.connect(self.open_person)
        prints = QHBoxLayout()
        prints.addWidget(QLabel(self.tr("Print:")))
        for button in (self.receipt_button, self.form_button, self.label_button):
            prints.addWidget(button)
        prints.addStretch()
        prints.addWidget(self.person_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.headline)
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(details)
        details_layout.addLayout(prints)
        top_layout.addWidget(self.details)
        self.lookback_view = LookbackView(station, ops)
        self.below = QTabWidget()
        self.below.addTab(self.history, self.tr("History"))
        self.below.addTab(self.lookback_view, self.tr("Lookback"))
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        self.split_sizes: list[int] = []
        split.addWidget(top)
        split.addWidget(self.below)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.below.currentChanged.connect(lambda _index: self._lookback_shown())
        top_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.results.hide()
        self.banner.show_idle(self.tr("Scan or search for a pump"))
        self._enable_prints()

    def title(self) -> str:
        return self.tr("Pump")

    def focus_scan(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self.search.clear()
        self.results.hide()
        self.focus_scan()

    def scan(self, text: str) -> None:
        self.person_found = False
        self.show_pump(text)

    def double_read(self, code: str) -> None:
        self.banner.show_idle(code)  # the banner makes way for the pump: back for this
        super().double_read(code)

    def _search(self) -> None:
        text = self.search.text().strip()
        self.person_found = False
        if text:
            self.ops.read(views.search_pumps, self.station, text, done=self._show_results,
                         refused=self._refused)
            # A person's identity number: also every pump they ever had.
            self.ops.read(lookback.person_lookback_if_any, self.station, text,
                          done=lambda found: self._show_person(found, text))

    def _show_person(self, found: lookback.PersonLookback | None, identity: str) -> None:
        if found is not None:
            self.person_found = True  # the person's pump, shown next, stays second
            self.lookback_view.show_person(found, identity)
            self.below.setCurrentWidget(self.lookback_view)

    def _lookback_shown(self) -> None:
        """The lookback takes the height the pump's details had."""
        looking_back = self.below.currentWidget() is self.lookback_view
        if looking_back and self.details.isVisible():
            self.split_sizes = self.split.sizes()
            self.details.hide()
            headline = self.headline.sizeHint().height()
            self.split.setSizes([headline, sum(self.split_sizes) - headline])
        elif not looking_back and not self.details.isVisible():
            self.details.show()
            if self.split_sizes:
                self.split.setSizes(self.split_sizes)
        if looking_back:
            self.lookback_view.load_models()

    def _show_results(self, rows: list[dict]) -> None:
        if len(rows) == 1:
            self.results.hide()
            self.show_pump(rows[0]["registration"])
            return
        self.results.fill([[r["registration"], state_label(r["state"]), r["model_code"],
                                   r["serial_number"] or "", r["responsible_unit"] or ""]
                                  for r in rows])
        self.results.setVisible(True)
        self.banner.show_idle(self.tr("%n pump(s) found", "", len(rows)) if rows
                              else self.tr("Nothing found"))

    def _open_result(self, index: QModelIndex) -> None:
        self.show_pump(self.results.cell(index.row(), 0))

    def show_pump(self, scan: str) -> None:
        try:
            production = read_scan(scan).production
        except Refused:
            production = None
        if production:  # a UDI label with a lot or dates: recorded if the pump lacks them
            self.ops.run(actions.record_label, self.station, scan,
                         done=lambda _recorded: self._look_up(scan),
                         refused=lambda _refused: self._look_up(scan))
            return
        self._look_up(scan)

    def _look_up(self, scan: str) -> None:
        self.ops.read(queries.pump_status, self.station, scan, done=self._show_status,
                     refused=self._refused)
        self.ops.read(queries.pump_history, self.station, scan, done=self._show_history,
                     refused=lambda _refused: None)

    def open_person(self) -> None:
        from app.gui.person_dialog import PersonDialog  # loaded when first wanted

        self.person_dialog = PersonDialog(self.station, self.ops, self)
        self.person_dialog.open()

    def _enable_prints(self) -> None:
        on_loan = self.status is not None and self.status.loan_number is not None
        self.receipt_button.setEnabled(on_loan)
        self.form_button.setEnabled(on_loan)
        self.label_button.setEnabled(self.status is not None)

    def _preview(self, make, loan: str | None = None) -> None:  # noqa: ANN001
        loan = loan or (self.status.loan_number if self.status else None)
        if loan:
            self.printing.preview(make, loan, parent=self)

    def _reprint_from_history(self, index: QModelIndex) -> None:
        """A loan's receipt again, from any line of the history that names the loan."""
        loan = self.history_loans[index.row()] if index.row() < len(self.history_loans) else None
        self._preview(printouts.receipt, loan)

    def _show_status(self, status: PumpStatus) -> None:
        self.status = status
        self.lookback_view.set_pump(status.registration, select=not self.person_found)
        if not self.person_found and self.below.currentWidget() is self.lookback_view:
            self.lookback_view.look_back()
        self._enable_prints()
        self.banner.hide()
        if status.recall:  # the flag: not lent until the recall's action is done
            self.banner.show_refusal(
                self.tr("Recall {reference}").format(reference=status.recall),
                self.tr("Not lent until this is done: {todo} ({title}).").format(
                    todo=phrase(status.recall_todo or ""), title=status.recall_title))
            self.banner.show()
        self.headline.setText(f"{status.registration} · {status.model_name}")
        self.fields["state"].setText(self.tr("{state} since {since}").format(
            state=state_label(status.state), since=local_time(status.since)))
        self.fields["unit"].setText(f"{status.unit_name} ({status.unit})" if status.unit
                                    else "—")
        self.fields["patient"].setText(self.tr("protected") if status.patient == "protected"
                                       else status.patient or "—")
        self.fields["loan"].setText(status.loan_number or "—")
        self.fields["serial"].setText(status.serial_number or "—")
        self.fields["udi"].setText(status.udi or "—")
        self.fields["production"].setText(" · ".join((
            status.udi_lot or "—",
            status.udi_produced.isoformat() if status.udi_produced else "—",
            status.udi_expires.isoformat() if status.udi_expires else "—")))
        self.fields["maintenance"].setText(status.next_maintenance.isoformat()
                                           if status.next_maintenance else "—")
        self.fields["faults"].setText(str(status.open_faults))

    def _history_detail(self, entry: HistoryEntry) -> str:
        p = entry.payload
        reasons = {"repair": self.tr("repair"), "maintenance": self.tr("maintenance")}
        parts = [p.get("loan_number"),
                 p.get("to_unit") or p.get("responsible_unit") or p.get("unit"),
                 reasons.get(p.get("reason") or ""), (p.get("fault") or {}).get("description")]
        return " · ".join(str(part) for part in parts if part)

    def _show_history(self, entries: list[HistoryEntry]) -> None:
        # No receipt of a refused loan: its line names the loan, but there is none.
        self.history_loans = [e.loan_number for e in reversed(entries)]
        self.history.fill([[local_time(e.occurred_at), event_label(e.type), e.actor_name,
                            e.workstation, self._history_mark(e) + self._history_detail(e)]
                           for e in reversed(entries)])

    def _history_mark(self, entry: HistoryEntry) -> str:
        """Refused centrally (and why), or still waiting for the central database."""
        if entry.refused:
            why = refusal_text(entry.reason) if entry.reason else ""
            return self.tr("REFUSED: {why}").format(why=why) + " · "
        if entry.status == "waiting":
            return self.tr("waiting for the central database") + " · "
        return ""

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not found"), refusal_text(refused))
        self.banner.show()
        self.sounds.refusal()
