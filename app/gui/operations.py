"""Every service call from the window goes through here: it runs on a worker thread, in
the order asked, and its result or error comes back on the UI thread.

A refusal (``Refused``) goes to the caller's ``refused`` callback. Anything else is a
bug or a broken environment: it is logged with its traceback to the log file and the
window shows a short apology with what to do; nothing has been changed, because every
service rolls back what it did not commit.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.refusals import Refused

log = logging.getLogger("pumpdesk.gui")

Done = Callable[[Any], None]
RefusedCallback = Callable[[Refused], None]


class _Job(QRunnable):
    def __init__(self, ops: "Operations", job_id: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self.ops, self.job_id, self.call = ops, job_id, call

    def run(self) -> None:  # on the worker thread
        try:
            result = self.call()
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread
            self.ops._failed.emit(self.job_id, error, traceback.format_exc())
        else:
            self.ops._finished.emit(self.job_id, result)


class Operations(QObject):
    """The one way the window reaches the services."""

    #: An error no one expected: (short text for the user).
    unexpected = Signal(str)
    busy_changed = Signal(bool)
    _finished = Signal(int, object)
    _failed = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer, and scans handled in scan order
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, RefusedCallback | None]] = {}
        self._finished.connect(self._deliver)
        self._failed.connect(self._fail)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def run(self, function: Callable[..., Any], *args: Any, done: Done | None = None,
            refused: RefusedCallback | None = None, **kwargs: Any) -> None:
        """Call ``function(*args, **kwargs)`` off the UI thread; then ``done(result)`` or
        ``refused(error)`` on the UI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, refused)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, job_id, lambda: function(*args, **kwargs)))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _take(self, job_id: int) -> tuple[Done | None, RefusedCallback | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _deliver(self, job_id: int, result: object) -> None:
        done, _ = self._take(job_id)
        if done is not None:
            done(result)

    @Slot(int, object, str)
    def _fail(self, job_id: int, error: object, trace: str) -> None:
        _, refused = self._take(job_id)
        if isinstance(error, Refused) and refused is not None:
            refused(error)
            return
        log.error("unexpected error in a background operation:\n%s", trace)
        self.unexpected.emit(str(error))
