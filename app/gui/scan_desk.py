"""Where each scan goes. To the tab shown; while a dialog is open, held and acted on when it
closes — or, by a dialog that cannot wait (Settings), refused with a message; a second read
of the same code within the double-read window is noticed calmly, not refused."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.burst import Burst, DoubleReads
from app.domain.scan import restore_gs, scan_key
from app.domain.staff import is_card_code
from app.gui.scanner import ScanInterceptor, visible_code
from app.gui.settings import DOUBLE_READ, GS_SUBSTITUTE, Settings, scan_timing

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

#: A scan in a message is shown this short at most.
SHOWN_CHARS = 40


def _nothing() -> None:
    """A no-op on the operations' thread: its answer comes after those queued before."""


class ScanDesk(QObject):
    """Installs the scan detector on the application and routes what it finds. Without a
    window (the first-run setup) a scan can only be refused."""

    def __init__(self, settings: Settings, window: "MainWindow | None" = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.interceptor = ScanInterceptor(self)
        self.interceptor.scanned.connect(self._scanned)
        self.double_reads = DoubleReads()
        #: Scans made while a dialog was open: (text, when), in scan order.
        self.waiting: list[tuple[str, float]] = []
        self.apply(settings)
        if window is not None:
            window.session.release = self._act
            # A scan the place refused (a full disk, a locked database) is scanned again at
            # once when the trouble is gone: that second read is meant, not a double read.
            window.ops.unexpected.connect(lambda _: self.double_reads.forget())
        QApplication.instance().installEventFilter(self.interceptor)

    def apply(self, settings: Settings) -> None:
        """The scanner settings, at once."""
        self.interceptor.timing = scan_timing(settings)
        self.double_read_s = settings.get(DOUBLE_READ)
        self.substitute = settings.get(GS_SUBSTITUTE)

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self.interceptor)

    def _scanned(self, burst: Burst, _target: QWidget | None) -> None:
        text = restore_gs(burst.text, self.substitute)
        modal = QApplication.activeModalWidget()
        if self.window is not None and is_card_code(text) and (
                modal is None or getattr(modal, "takes_cards", False)):
            self.window.session.card(text)  # sign in, or switch to the card's holder
            return
        if modal is not None:
            self._at_dialog(modal, text)
        elif self.window is not None:
            self._act(text, self.clock())

    def _at_dialog(self, dialog: QWidget, text: str) -> None:
        refuse = getattr(dialog, "refuse_scan", None)
        if refuse is not None or self.window is None:
            if refuse is not None:
                refuse(visible_code(text, SHOWN_CHARS))
            if self.window is not None:
                self.window.sounds.refusal()
            return
        self.waiting.append((text, self.clock()))
        dialog.installEventFilter(self)
        self.window.statusBar().showMessage(self.tr(
            "Scanned {code} while a dialog is open: it is done when the dialog "
            "closes.").format(code=visible_code(text, SHOWN_CHARS)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide:  # a dialog that has scans waiting closed
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._release)
        return False

    def _release(self) -> None:
        if not self.waiting or self.window is None:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:  # another dialog came up in its place: wait for it too
            modal.installEventFilter(self)
            return
        waiting, self.waiting = self.waiting, []
        self.window.statusBar().clearMessage()
        for text, at in waiting:
            self._act(text, at)

    def _act(self, text: str, at: float) -> None:
        if self.window.session.current is None:  # type: ignore[union-attr]
            self.window.session.hold(text, at)  # type: ignore[union-attr]
            return
        tab = self.window.current_tab()  # type: ignore[union-attr]
        if self.double_reads.seen((tab, tab.scan_context()), scan_key(text), at,
                                  self.double_read_s):
            # Said after the first read's own answer: the operations answer in order.
            self.window.ops.run(_nothing, done=lambda _: tab.double_read(  # type: ignore
                visible_code(text, SHOWN_CHARS)))
            return
        tab.scan(text)
