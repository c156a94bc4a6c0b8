"""Telling a barcode scanner from a person, wherever the focus is, in every window.

A keyboard-wedge scanner types its characters and Enter within a few milliseconds, with a
Shift (AltGr, Caps Lock) press wherever the keyboard layout needs one. Every key that types
something is held back until it is clear whose it is, judged by the keys' own timestamps
(``QKeyEvent.timestamp()``: the window system's clock, not the moment a busy window got
round to the key; ``app/domain/burst.py`` decides). A burst ending in Enter is a scan: it is
handed to ``scanned`` and nothing of it reaches a widget — no field, no default button, no
shortcut. Keys a person types are passed on to the widgets they were meant for, in order, a
few milliseconds late.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.domain.burst import (
    CHAR,
    END,
    MODIFIER,
    OTHER,
    Burst,
    Key,
    Run,
    Timing,
)

_MODIFIER_KEYS = {
    Qt.Key.Key_Shift: "Shift", Qt.Key.Key_Control: "Ctrl", Qt.Key.Key_Alt: "Alt",
    Qt.Key.Key_AltGr: "AltGr", Qt.Key.Key_Meta: "Meta", Qt.Key.Key_CapsLock: "Caps Lock",
    Qt.Key.Key_NumLock: "Num Lock", Qt.Key.Key_ScrollLock: "Scroll Lock",
    Qt.Key.Key_Mode_switch: "Mode switch", Qt.Key.Key_Super_L: "Super",
    Qt.Key.Key_Super_R: "Super", Qt.Key.Key_Hyper_L: "Hyper", Qt.Key.Key_Hyper_R: "Hyper",
}
_ENDS = {Qt.Key.Key_Return: "Enter", Qt.Key.Key_Enter: "Enter", Qt.Key.Key_Tab: "Tab"}
_CTRL, _ALT, _META = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                      Qt.KeyboardModifier.MetaModifier)
#: The group separator of GS1 data, typed as Ctrl+] on every layout.
GS = "\x1d"
#: A person's input that reaches widgets without being a key press.
_PERSON_ONLY = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod)
#: Qt's dead keys (´ ¨ ^ ~ on Nordic layouts) type nothing themselves.
_DEAD_KEYS = range(0x01001250, 0x01001270)


def now_ms() -> int:
    return int(time.monotonic() * 1000) & 0xFFFFFFFF


def key_from_event(event: QKeyEvent) -> Key:
    """What a key press is to the burst detector."""
    stamp = event.timestamp()
    at, stamped = (stamp & 0xFFFFFFFF, True) if stamp else (now_ms(), False)
    key, text, modifiers = event.key(), event.text(), event.modifiers()
    name = _MODIFIER_KEYS.get(key)
    if name is not None or key in _DEAD_KEYS:
        return Key(at, MODIFIER, "", name or "dead key", stamped)
    chord = modifiers & (_CTRL | _ALT | _META)
    if key in _ENDS and not chord:
        return Key(at, END, "", _ENDS[key], stamped)
    if text == GS:
        return Key(at, CHAR, GS, "Ctrl+]", stamped)
    # AltGr is Ctrl+Alt on Windows: it types; Ctrl or Alt alone makes a shortcut.
    if text and text.isprintable() and chord in (Qt.KeyboardModifier.NoModifier, _CTRL | _ALT):
        return Key(at, CHAR, text, text, stamped)
    return Key(at, OTHER, "", QKeySequence(event.keyCombination()).toString(), stamped)


def visible_code(text: str, limit: int = 0) -> str:
    """Scanned text for people: GS and other control characters named, perhaps shortened
    to ``limit`` characters."""
    shown = "".join(ch if ch.isprintable() else ("⟨GS⟩" if ch == GS else f"⟨{ord(ch):02X}⟩")
                    for ch in text)
    return shown if not limit or len(shown) <= limit else shown[:limit - 1] + "…"


class FirstSight:
    """A key its widget ignores goes on to the widget's parents, through the application's
    event filters each time: this tells its first arrival from those."""

    def __init__(self) -> None:
        self._last: tuple[tuple, QWidget] | None = None

    def first(self, receiver: QWidget, event: QKeyEvent) -> bool:
        seen = (event.type(), event.timestamp(), event.key(), event.modifiers(), event.text())
        last, self._last = self._last, (seen, receiver)
        return not (last is not None and last[0] == seen and isValid(last[1])
                    and receiver is not last[1] and receiver.isAncestorOf(last[1]))


class _Held:
    """A key press kept from its widget until it is known to be a person's."""

    def __init__(self, receiver: QWidget, event: QKeyEvent) -> None:
        self.receiver = receiver
        self.key, self.modifiers, self.text = event.key(), event.modifiers(), event.text()

    def deliver(self) -> None:
        receiver = self.receiver
        if not isValid(receiver) or not receiver.isVisible():  # its popup closed meanwhile
            receiver = QApplication.focusWidget()
            if receiver is None:
                return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(receiver, QKeyEvent(kind, self.key, self.modifiers,
                                                       self.text))


class ScanInterceptor(QObject):
    """Install on the QApplication: it watches the keys of every window."""

    #: A scan: the Burst, and the widget its keys were aimed at.
    scanned = Signal(object, object)

    def __init__(self, parent: QObject | None = None, timing: Timing | None = None) -> None:
        super().__init__(parent)
        self.timing = timing or Timing()
        self._run = Run()
        self._held: list[_Held] = []
        self._target: QWidget | None = None
        self._replaying = False
        self._seen = FirstSight()
        self._settling = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._quiet)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    # -- the filter ----------------------------------------------------------------------

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _PERSON_ONLY and self._held and not self._run.proven(self.timing):
            self.flush()  # a click, a composed é: what the person typed before goes first
            return False
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(receiver, QWidget):  # the window itself: its widget comes next
            return False
        if not self._seen.first(receiver, event):  # type: ignore[arg-type]
            return False
        key = key_from_event(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ShortcutOverride:
            return self._override(key, event)
        return self._press(receiver, event, key)  # type: ignore[arg-type]

    def _override(self, key: Key, event: QEvent) -> bool:
        """Qt offers a key to the shortcuts before it is a key press. Keys that may be a
        scanner's must not trigger any (a tab's "Enter lends", a dialog's mnemonics): they
        are claimed, and arrive as key presses, handled below."""
        if key.kind == MODIFIER:
            return False
        self._catch_up(key)
        if self._mine(key):
            event.accept()
            return True
        self.flush()  # a person's shortcut: what they typed before it goes first
        return False

    def _press(self, receiver: QWidget, event: QKeyEvent, key: Key) -> bool:
        self._catch_up(key)
        if key.kind == END and self._mine(key):
            self._emit(end=key)
            return True
        if key.kind != MODIFIER and not self._mine(key):
            self.flush()  # Enter, Tab, an arrow … after a person's keys: theirs, in order
            return False
        if event.isAutoRepeat() and not self._run:
            return False  # a person holding a key down
        self._run.add(key)
        self._arm()
        if key.kind == MODIFIER:
            return False  # types nothing: the widget may have it at once
        if not self._held:
            self._target = receiver
        # A character, or an odd key inside a proven burst: kept from the widgets.
        self._held.append(_Held(receiver, event))
        return True

    def _catch_up(self, key: Key) -> None:
        """A key too late to belong to the run: the run was a person's typing, or a burst
        without Enter (auto-typing, a scanner set to send none): the widgets have it."""
        if self._run and not self._run.continues(key, self.timing):
            self.flush()

    def _mine(self, key: Key) -> bool:
        """Whether a key (after ``_catch_up``) is kept from widgets and shortcuts."""
        if key.kind == CHAR:
            return True
        if key.kind == END:
            return self._run.ends_scan(key, self.timing)
        return key.kind == OTHER and bool(self._run) and self._run.proven(self.timing)

    # -- deciding ------------------------------------------------------------------------

    def _arm(self) -> None:
        self._settling = 0
        self._timer.start(self._run.allowed_gap(self.timing) + 1)

    def _quiet(self) -> None:
        """No key for as long as a burst may pause. Keys the window system had already sent
        may still be queued behind this timer (a busy window): let them in first."""
        if self._settling < 2:
            self._settling += 1
            self._timer.start(0)
            return
        self.flush()

    def _emit(self, end: Key) -> None:
        burst = Burst(tuple(self._run.keys), end)
        target = self._target
        self._reset()
        popup = QApplication.activePopupWidget()
        if popup is not None:  # a completer's list: the scan is no choice in it
            popup.close()
        self.scanned.emit(burst, target)

    def _reset(self) -> None:
        self._timer.stop()
        self._run.clear()
        self._held = []
        self._target = None

    def flush(self) -> None:
        """Give held keys to the widgets they were meant for: a person typed them."""
        held = self._held
        self._reset()
        self._replaying = True
        try:
            for key in held:
                key.deliver()
        finally:
            self._replaying = False
