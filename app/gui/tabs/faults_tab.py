"""Faults and service: scan a pump, log a fault or send it to service or take it back;
see the open faults, the pumps whose maintenance is due within 30 days or overdue, and
everything that falls due (a line opens its pump on the Pump tab)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.banner import Banner
from app.gui.i18n import local_time, refusal_text, state_label
from app.gui.operations import Operations
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, scan_field, table
from app.gui.tabs.stock_widgets import stretch
from app.services import actions, due, queries, views
from app.services.queries import PumpStatus
from app.services.results import ActionResult
from app.services.station import Station


class FaultsTab(CounterTab):
    #: A line of a list was opened: show this pump on the Pump tab.
    open_pump = Signal(str)

    def __init__(self, station: Station, ops: Operations, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.current: PumpStatus | None = None
        self.scan_input = scan_field(self.tr("Scan the pump"), self.scan)
        self.pump_label = QLabel(self.tr("No pump scanned yet"), objectName="pumpHeadline")
        self.category = QComboBox()
        self.categories = {
            "alarm": self.tr("Alarm"), "display": self.tr("Display"),
            "battery": self.tr("Battery or charging"), "mechanical": self.tr("Mechanical"),
            "damage": self.tr("Damaged or dirty"), "other": self.tr("Other")}
        for key, label in self.categories.items():
            self.category.addItem(label, key)
        self.description = QLineEdit(placeholderText=self.tr("What is wrong?"))
        self.description.returnPressed.connect(self.log_fault)
        self.log_button = QPushButton(self.tr("&Log fault"))
        self.log_button.clicked.connect(self.log_fault)
        self.repair_button = QPushButton(self.tr("Send to &repair"))
        self.repair_button.clicked.connect(lambda: self._service("repair"))
        self.maintenance_button = QPushButton(self.tr("Send to &maintenance"))
        self.maintenance_button.clicked.connect(lambda: self._service("maintenance"))
        self.back_button = QPushButton(self.tr("&Back from service"))
        self.back_button.clicked.connect(self._back)
        self.repair = QLineEdit(placeholderText=self.tr(
            "What was repaired (needed when a fault is open)"))
        self.repair.setObjectName("repairNote")
        self.repair.returnPressed.connect(self._back)
        self.no_fault = QCheckBox(self.tr("No &fault found"))
        # Shown for a pump a recall covers: back from service with the recall's action done.
        self.recall_done = QCheckBox()
        self.recall_done.setVisible(False)
        self.recalls_button = QPushButton(self.tr("Re&calls …"))
        self.recalls_button.clicked.connect(self.open_recalls)
        self.banner = Banner()
        self.banner.setMinimumHeight(110)
        self.faults = table([self.tr("Pump"), self.tr("Model"), self.tr("State"),
                             self.tr("Reported"), self.tr("By"), self.tr("Category"),
                             self.tr("Fault")])
        self.due = table([self.tr("Pump"), self.tr("Model"), self.tr("State"),
                          self.tr("Maintenance due"), self.tr("Unit")])
        self.due_list = table([self.tr("What"), self.tr("Pump"), self.tr("Falls due"),
                               self.tr("Unit"), self.tr("Contact"), self.tr("About")])
        self.due_list.setObjectName("dueList")
        # Long unit names are cut with "…" so that what the line is about stays in sight.
        self.due_list.horizontalHeader().setMaximumSectionSize(230)
        self.due_items: list[due.DueItem] = []
        self.due_kinds = {
            due.DueKind.TRANSPORT: self.tr("Transport loan overdue"),
            due.DueKind.MAINTENANCE: self.tr("Call in for maintenance"),
            due.DueKind.COUNT: self.tr("Count due"),
            due.DueKind.RECALL: self.tr("Recall open"),
            due.DueKind.FAULT: self.tr("Fault open over a week")}
        for rows, pump_column in ((self.faults, 0), (self.due, 0), (self.due_list, 1)):
            rows.activated.connect(
                lambda index, rows=rows, column=pump_column: self._open(rows, index, column))

        fault_row = QHBoxLayout()
        fault_row.addWidget(self.category)
        fault_row.addWidget(self.description, 1)
        fault_row.addWidget(self.log_button)
        service_row = QHBoxLayout()
        for button in (self.repair_button, self.maintenance_button, self.back_button):
            service_row.addWidget(button)
        service_row.addWidget(self.repair, 1)
        service_row.addWidget(self.no_fault)
        service_row.addWidget(self.recall_done)
        head_row = QHBoxLayout()
        head_row.addWidget(self.pump_label, 1)
        head_row.addWidget(self.recalls_button)
        # One list at a time with the whole width, so that every column is in sight at
        # 1024×768; each list's title says how many lines it has.
        stretch(self.faults, 6)
        stretch(self.due, 4)
        stretch(self.due_list, 5)
        self.lists = QTabWidget(objectName="faultLists")
        for rows in (self.faults, self.due, self.due_list):
            self.lists.addTab(rows, "")
        self._list_titles()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_input)
        layout.addLayout(head_row)
        layout.addLayout(fault_row)
        layout.addLayout(service_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.lists, 1)
        self.banner.show_idle(self.tr("Scan a pump to log a fault or send it to service"))
        self._enable_actions()

    def title(self) -> str:
        return self.tr("Faults and service")

    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enable_actions(self) -> None:
        for widget in (self.log_button, self.repair_button, self.maintenance_button,
                       self.back_button, self.description, self.category, self.repair,
                       self.no_fault):
            widget.setEnabled(self.current is not None)

    def scan(self, text: str) -> None:
        self.ops.read(queries.pump_status, self.station, text, done=self._show_pump,
                     refused=self._refused)

    def _show_pump(self, status: PumpStatus) -> None:
        self._show_status(status)
        self.banner.show_idle(self.tr("{pump} selected").format(pump=status.registration))
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, status: PumpStatus) -> None:
        """The scanned pump's headline, as it is now (after an action, the banner keeps
        saying what was done)."""
        self.current = status
        headline = f"{status.registration} · {status.model_name} · {state_label(status.state)}"
        if status.open_faults:
            headline += " · " + self.tr("%n open fault(s)", "", status.open_faults)
        if status.recall:
            headline += " · " + self.tr("recall {reference}").format(reference=status.recall)
        self.pump_label.setText(headline)
        self.recall_done.setText(self.tr("Recall {reference} done").format(
            reference=status.recall or ""))
        self.recall_done.setChecked(bool(status.recall) and status.state == "in_service")
        self.recall_done.setVisible(bool(status.recall))
        self._enable_actions()

    def log_fault(self) -> None:
        if self.current is None:
            return
        self.ops.run(actions.report_fault, self.station, self.current.registration,
                     self.description.text(), self.category.currentData(),
                     done=self._done, refused=self._refused)

    def _service(self, reason: str) -> None:
        if self.current is not None:
            self.ops.run(actions.send_to_service, self.station, self.current.registration,
                         reason=reason, done=self._done, refused=self._refused)

    def _back(self) -> None:
        if self.current is not None:
            self.ops.run(actions.back_from_service, self.station, self.current.registration,
                         repair=self.repair.text(), no_fault_found=self.no_fault.isChecked(),
                         recall=self.current.recall if not self.recall_done.isHidden()
                         and self.recall_done.isChecked() else None,
                         done=self._done, refused=self._refused)

    def _done(self, result: ActionResult) -> None:
        self.description.clear()
        self.repair.clear()
        self.no_fault.setChecked(False)
        detail = self.tr("Now: {state}").format(state=state_label(result.state))
        if result.event_type == "fault_reported" and result.state != "faulty":
            detail += "\n" + self.tr(
                "The fault is recorded as open and the pump stays where it is; when it comes "
                "back it goes to faulty.")
        self.banner.show_success(f"{result.registration} · {result.model_name}", detail)
        self.sounds.success()
        self.ops.run(queries.pump_status, self.station, result.registration,
                     done=self._show_status, refused=self._refused)
        self.refresh()
        self.focus_scan()

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not done"), refusal_text(refused))
        self.sounds.refusal()
        self.focus_scan()

    def open_recalls(self) -> None:
        from app.gui.recalls import RecallsDialog  # its own module, loaded when opened

        RecallsDialog(self.station, self.ops, self).exec()
        self.refresh()

    def cancel(self) -> None:
        self.current = None
        self.recall_done.setVisible(False)
        self.description.clear()
        self.pump_label.setText(self.tr("No pump scanned yet"))
        self._enable_actions()
        self.focus_scan()

    def refresh(self) -> None:
        self.ops.read(views.open_faults, self.station, done=self._show_faults)
        self.ops.read(views.maintenance_due, self.station, done=self._show_due)
        self.ops.read(due.due_list, self.station, done=self._show_due_list)

    def _list_titles(self) -> None:
        counts = [rows.rowCount() for rows in (self.faults, self.due, self.due_list)]
        titles = [self.tr("Open faults ({count})"),
                  self.tr("Maintenance due in 30 days or overdue ({count})"),
                  self.tr("What falls due ({count})")]
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.lists.setTabText(index, title.format(count=count))

    def _show_due_list(self, items: list[due.DueItem]) -> None:
        """Each line says what is due and for which pump; the unit with its contact for a
        pump to call in; the loan, the recall or the fault it is about."""
        self.due_items = items
        rows = []
        for item in items:
            about = item.detail
            if item.kind is due.DueKind.MAINTENANCE:
                about = state_label(item.detail)
            elif item.kind is due.DueKind.RECALL:
                about = self.tr("recall {reference}").format(reference=item.detail)
            elif item.kind is due.DueKind.TRANSPORT:
                about = self.tr("loan {loan}").format(loan=item.detail)
            when = item.due.isoformat() if item.due else ""
            if item.kind is due.DueKind.MAINTENANCE and item.overdue:
                when += "  " + self.tr("OVERDUE")
            unit = f"{item.unit_name} ({item.unit})" if item.unit else ""
            rows.append([self.due_kinds[item.kind], item.registration or "", when, unit,
                         item.contact or "", about])
        self.due_list.fill(rows, marked={index for index, item in enumerate(items)
                                         if item.overdue})
        self._list_titles()

    def _open(self, rows, index: QModelIndex, column: int) -> None:  # noqa: ANN001
        registration = rows.cell(index.row(), column)
        if registration:
            self.open_pump.emit(registration)

    def _show_faults(self, rows: list[dict]) -> None:
        self.faults.fill([[r["registration"], r["model"], state_label(r["state"]),
                                  local_time(r["reported_at"]), r["reported_by"],
                                  self.categories.get(r["category"] or "", r["category"] or ""),
                                  r["description"]] for r in rows])
        self._list_titles()

    def _show_due(self, rows: list[dict]) -> None:
        self.due.fill([[r["registration"], r["model"], state_label(r["state"]),
                        r["due"].isoformat() + ("  " + self.tr("OVERDUE") if r["overdue"] else ""),
                        r["unit"] or ""] for r in rows],
                      marked={index for index, r in enumerate(rows) if r["overdue"]})
        self._list_titles()
