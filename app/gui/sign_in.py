"""Who is at the counter: signing in by scanning a staff card (from anywhere in the window,
like any scan) or by name and PIN, the name shown in the tab bar's corner, signing out
after an idle time or when another card is scanned.

Signing in and out go through the operations' action queue, in order with the actions:
an action asked for before another card was scanned is recorded under the person who asked
for it. Signed out, a pump scan answers "sign in first" and is kept for a few seconds: it
is done if someone signs in meanwhile.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.settings import IDLE_SIGN_OUT, Settings
from app.services import staff
from app.services.staff import SignedIn
from app.services.station import Station

#: How long a pump scanned while nobody is signed in waits for someone to sign in.
HOLD_S = 10.0


class CounterSession(QObject):
    """Who is signed in at this counter, and what waits for them."""

    #: The staff member now signed in, or None.
    changed = Signal(object)
    #: A sentence for the window to show (refused card, "sign in first" …), and whether it
    #: is a refusal.
    said = Signal(str, bool)

    def __init__(self, station: Station, ops: Operations, settings: Settings,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station, self.ops, self.clock = station, ops, clock
        self.current: SignedIn | None = None
        #: Pump scans made while signed out: (text, when), done on sign-in if still fresh.
        self.held: list[tuple[str, float]] = []
        self.release: Callable[[str, float], None] | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.idle_sign_out)
        self.apply(settings)
        QApplication.instance().installEventFilter(self)
        if station.staff_number:  # opened for someone already (the tests, a kiosk start)
            self.ops.run(staff.signed_in_member, station, station.staff_number,
                         done=self._signed_in_as, refused=lambda _r: self.sign_out())

    def apply(self, settings: Settings) -> None:
        self.idle_ms = settings.get(IDLE_SIGN_OUT) * 60_000
        if self.current is not None:
            self.idle.start(self.idle_ms)

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()

    # -- signing in and out -------------------------------------------------------------

    def card(self, code: str) -> None:
        """A staff card was scanned: sign its holder in (switching from whoever was)."""
        self.ops.run(staff.sign_in_by_card, self.station, code, done=self._signed_in,
                     refused=self._card_refused)

    def pin(self, number: str, pin: str, done: Callable[[], None],
            refused: Callable[[Refused], None]) -> None:
        def signed_in(who: SignedIn) -> None:
            self._signed_in(who)
            done()
        self.ops.run(staff.sign_in_with_pin, self.station, number, pin, done=signed_in,
                     refused=refused)

    def sign_out(self) -> None:
        self.ops.run(self.station.sign_out, done=lambda _: self._set(None))

    def idle_sign_out(self) -> None:
        if self.current is not None:
            self.sign_out()
            self.said.emit(self.tr("Signed out after {minutes} min without use.").format(
                minutes=max(1, round(self.idle_ms / 60_000))), False)

    def _signed_in_as(self, member) -> None:  # noqa: ANN001 - a StaffMember
        self._set(SignedIn(member.number, member.name, member.roles))

    def _signed_in(self, who: SignedIn) -> None:
        self._set(who)
        self.said.emit(self.tr("Signed in: {name}").format(name=who.name), False)
        held, self.held = self.held, []
        now = self.clock()
        for text, at in held:
            if now - at <= HOLD_S and self.release is not None:
                self.release(text, at)

    def _card_refused(self, refused: Refused) -> None:
        self.said.emit(refusal_text(refused), True)

    def _set(self, who: SignedIn | None) -> None:
        self.current = who
        if who is None:
            self.idle.stop()
        else:
            self.idle.start(self.idle_ms)
        self.changed.emit(who)

    # -- scans while signed out ---------------------------------------------------------

    def hold(self, text: str, at: float) -> None:
        """A pump scan while nobody is signed in: kept, and done if someone signs in
        within ``HOLD_S`` seconds."""
        self.held = [(t, a) for t, a in self.held if self.clock() - a <= HOLD_S]
        self.held.append((text, at))
        self.said.emit(self.tr(
            "Sign in first: scan your staff card, or choose your name and type your PIN. "
            "The scan is done if you sign in within {seconds} seconds.").format(
                seconds=int(HOLD_S)), True)

    # -- activity keeps the counter signed in -------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.current is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.idle.start(self.idle_ms)
        return False


class SignInBar(QWidget):
    """The tab bar's corner: who is signed in, and the button to sign in or out."""

    def __init__(self, session: CounterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.who = QLabel(objectName="signedIn")
        bold = self.who.font()
        bold.setBold(True)
        self.who.setFont(bold)
        self.button = QToolButton(objectName="signInButton")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self._clicked)
        # Who is signed in is never squeezed: the status line beside it gives way.
        for widget in (self, self.who, self.button):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        self.registers = QToolButton(objectName="registersButton")
        self.registers.setAutoRaise(True)
        self.registers.setText(self.tr("Registers"))
        self.registers.clicked.connect(self._show_registers)
        self.registers.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row.addWidget(self.who)
        row.addWidget(self.button)
        row.addWidget(self.registers)
        session.changed.connect(self.show_who)
        self.show_who(session.current)

    def show_who(self, who: SignedIn | None) -> None:
        if who is None:
            self.who.setText(self.tr("Nobody signed in — scan your staff card"))
            self.who.setStyleSheet("color: #a40000;")
            self.button.setText(self.tr("Sign in…"))
        else:
            self.who.setText(self.tr("Signed in: {name}").format(name=who.name))
            self.who.setStyleSheet("")
            self.button.setText(self.tr("Sign out"))

    def _show_registers(self) -> None:
        from app.gui.registers import RegistersDialog  # loaded when first wanted

        self.registers_dialog = RegistersDialog(self.session.station, self.session.ops,
                                                self.window())
        self.registers_dialog.open()

    def _clicked(self) -> None:
        if self.session.current is not None:
            self.session.sign_out()
            return
        self.dialog = SignInDialog(self.session, self.window())
        self.dialog.open()


class SignInDialog(QDialog):
    """Sign in by choosing one's name and typing one's PIN (or by scanning one's card while
    it is open)."""

    #: A staff card scanned while this is open signs in (``ScanDesk``).
    takes_cards = True

    def __init__(self, session: CounterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Sign in"))
        self.name = QComboBox(objectName="staffName")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pin = QLineEdit(objectName="staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a40000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scan your staff card, or choose your name and type "
                                        "your PIN."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        session.changed.connect(lambda who: who is not None and self.accept())
        session.ops.read(staff.list_staff, session.station, done=self._fill)

    def _fill(self, members) -> None:  # noqa: ANN001 - list[StaffMember]
        for member in members:
            if member.active:
                self.name.addItem(f"{member.name} ({member.number})", member.number)
        self.name.setCurrentIndex(-1)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sign_in(self) -> None:
        index = self.name.findText(self.name.currentText())
        number = self.name.itemData(index) if index >= 0 else self.name.currentText().strip()
        self.message.clear()
        self.session.pin(number or "", self.pin.text(), done=self.accept,
                         refused=self._refused)

    def _refused(self, refused: Refused) -> None:
        self.pin.clear()
        self.message.setText(refusal_text(refused))
