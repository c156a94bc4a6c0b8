"""Telling a barcode scanner from a person, wherever the focus is.

A keyboard-wedge scanner types its characters and Enter within a few milliseconds. Every
printable key is held back for ``gap_ms``; if the next arrives sooner, the keys are a
burst. A burst ending in Enter is a scan: it is handed to ``scanned`` and never reaches
the focused widget. Keys a person types (slower than ``gap_ms`` apart) are passed on to
the widget they were meant for, a few milliseconds late.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class _Held:
    receiver: QObject
    key: int
    text: str
    modifiers: Qt.KeyboardModifier
    at: float


class ScanInterceptor(QObject):
    """Install on the QApplication; only keys aimed at ``window`` are watched."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, gap_ms: int = 35, min_length: int = 3) -> None:
        super().__init__(window)
        self.window = window
        self.gap = gap_ms / 1000
        self.min_length = min_length
        self._held: list[_Held] = []
        self._replaying = False
        self._flush_timer = QTimer(self, singleShot=True, interval=gap_ms)
        self._flush_timer.timeout.connect(self.flush)

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(receiver, QWidget) or not self._ours(receiver):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        if kind == QEvent.Type.ShortcutOverride:
            # Qt offers a key to shortcuts before it is a key press. The Enter that ends a
            # scan must not trigger one (e.g. a tab's "Enter confirms"): claim it, so that
            # it arrives as a key press, which is handled below.
            if key_event.key() in _ENTER and self._is_scan(now):
                event.accept()
                return True
            return False
        if key_event.key() in _ENTER:
            if self._is_scan(now):
                text = "".join(h.text for h in self._held)
                self._held.clear()
                self._flush_timer.stop()
                popup = QApplication.activePopupWidget()
                if popup is not None:  # a completer's list: the scan is not a choice in it
                    popup.close()
                self.scanned.emit(text)
                return True
            self.flush()
            return False
        text = key_event.text()
        plain = key_event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if not text or not text.isprintable() or plain != Qt.KeyboardModifier.NoModifier:
            self.flush()  # a shortcut, arrow or Tab: whatever was held goes first
            return False
        if self._held and now - self._held[-1].at > self.gap:
            self.flush()
        self._held.append(_Held(receiver, key_event.key(), text, key_event.modifiers(), now))
        self._flush_timer.start()
        return True

    def _ours(self, widget: QWidget) -> bool:
        """In our window, or in a popup (a completer's list) opened over it."""
        top = widget.window()
        return top is self.window or (
            top.windowType() == Qt.WindowType.Popup
            and QApplication.activeWindow() is self.window)

    def _is_scan(self, now: float) -> bool:
        if len(self._held) < self.min_length or now - self._held[-1].at > self.gap:
            return False
        times = [h.at for h in self._held]
        return all(b - a <= self.gap for a, b in zip(times, times[1:]))

    def flush(self) -> None:
        """Give held keys to the widgets they were meant for (a person was typing)."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for h in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(h.receiver, QKeyEvent(kind, h.key, h.modifiers, h.text))
        finally:
            self._replaying = False
