"""The returns desk: one scan returns one pump. In cleaning-station mode a scan marks a
returned pump cleaned and checked instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.banner import Banner
from app.gui.keys import key_button
from app.gui.i18n import local_time, phrase, refusal_text, state_label
from app.gui.operations import Operations
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, scan_field, table
from app.services import actions, views
from app.services.results import ActionResult
from app.services.station import Station


class ReturnTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.returns_mode = QPushButton(checkable=True, checked=True)
        self.cleaning_mode = QPushButton(checkable=True)
        key_button(self.returns_mode, self.tr("&Returns desk"), self)
        key_button(self.cleaning_mode, self.tr("&Cleaning station"), self)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        for button in (self.returns_mode, self.cleaning_mode):
            button.setObjectName("modeButton")
            modes.addButton(button)
        modes.buttonToggled.connect(lambda *_: self._mode_changed())

        self.scan_input = scan_field(self.tr("Scan a pump, or type its number and press Enter"), self.scan)
        self.fault_note = QLineEdit(placeholderText=self.tr(
            "Fault noted with the next return (leave empty if none)"))
        self.fault_note.setObjectName("faultNote")
        self.fault_label = QLabel(self.tr("&Fault:"))
        self.fault_label.setBuddy(self.fault_note)
        self.banner = Banner()
        self.today = table([self.tr("Time"), self.tr("Pump"), self.tr("Model"),
                            self.tr("From unit"), self.tr("Now"), self.tr("Fault")])
        self.today_label = QLabel()
        self._loading = self._reload = False

        top = QHBoxLayout()
        top.addWidget(self.returns_mode)
        top.addWidget(self.cleaning_mode)
        top.addStretch()
        fault = QHBoxLayout()
        fault.addWidget(self.fault_label)
        fault.addWidget(self.fault_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan_input)
        layout.addLayout(fault)
        layout.addWidget(self.banner)
        layout.addWidget(self.today_label)
        layout.addWidget(self.today, 1)
        self._mode_changed()

    def title(self) -> str:
        return self.tr("Return")

    @property
    def cleaning(self) -> bool:
        return self.cleaning_mode.isChecked()

    def scan_context(self) -> object:
        return "cleaning" if self.cleaning else "returns"

    def _mode_changed(self) -> None:
        self.fault_note.setEnabled(not self.cleaning)
        self.fault_label.setEnabled(not self.cleaning)
        self.banner.show_idle(
            self.tr("Cleaning station: scan a cleaned and checked pump") if self.cleaning
            else self.tr("Returns desk: scan a pump to return it"))
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self.scan_input.clear()
        self.fault_note.clear()
        self.focus_scan()

    def scan(self, text: str) -> None:
        if self.cleaning:
            self.ops.run(actions.clean_pump, self.station, text, done=self._cleaned,
                         refused=self._refused)
            return
        fault = self.fault_note.text().strip() or None
        self.ops.run(actions.return_pump, self.station, text, fault=fault,
                     done=self._returned, refused=self._refused)

    def _returned(self, result: ActionResult) -> None:
        self.fault_note.clear()
        title = self.tr("Returned: {pump} · {model}").format(pump=result.registration,
                                                            model=result.model_name)
        if result.event_type == "received_back":
            title = self.tr("Received back: {pump} · {model}").format(
                pump=result.registration, model=result.model_name)
        elif result.state == "faulty":
            title = self.tr("Returned with a fault: {pump} · {model}").format(
                pump=result.registration, model=result.model_name)
        detail = self.tr("Was with {holder}").format(holder=result.holder or "—")
        if result.holder_unit and result.holder_unit != result.holder:
            detail += f", {result.holder_unit}"
        if result.held_since:
            detail += " · " + self.tr("since {date}").format(
                date=local_time(result.held_since, with_date=True))
        detail += "\n" + self.tr("Now: {state}").format(state=state_label(result.state))
        if result.send_back_to:
            detail += "\n" + self.tr("Send it back to counter {counter}, which lent it."
                                      ).format(counter=result.send_back_to)
        if result.recall:
            title = self.tr("Recall {reference}: {pump} · {model}").format(
                reference=result.recall, pump=result.registration, model=result.model_name)
            detail += "\n" + self.tr("Recall {reference}: {todo} before it is lent again."
                                      ).format(reference=result.recall,
                                               todo=phrase(result.recall_todo or ""))
        self.banner.show_success(title, detail)
        self.sounds.success()
        self.refresh()
        self.focus_scan()

    def _cleaned(self, result: ActionResult) -> None:
        self.banner.show_success(
            self.tr("Cleaned and checked: {pump} · {model}").format(
                pump=result.registration, model=result.model_name),
            self.tr("Ready to be lent again."))
        self.sounds.success()
        self.focus_scan()

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(
            self.tr("Not cleaned") if self.cleaning else self.tr("Not returned"),
            refusal_text(refused))
        self.sounds.refusal()
        self.focus_scan()

    def refresh(self) -> None:
        # Scans may come faster than the list loads (a scanner emptying its memory): one
        # load at a time, and one more after it if asked meanwhile, not one per scan.
        if self._loading:
            self._reload = True
            return
        self._loading, self._reload = True, False
        self.ops.read(views.todays_returns, self.station, done=self._show_today,
                     refused=lambda _: self._loaded())

    def _loaded(self) -> None:
        self._loading = False
        if self._reload:
            self.refresh()

    def _show_today(self, rows: list[dict]) -> None:
        self._loaded()
        if self._loading:  # already stale: the next load is on its way
            return
        self.today_label.setText(self.tr("Returned today: %n pump(s)", "", len(rows)))
        self.today.fill([[local_time(r["at"], with_date=False), r["registration"],
                                 r["model"], r["from_unit"] or "", state_label(r["state"]),
                                 r["fault"] or ""] for r in rows])
