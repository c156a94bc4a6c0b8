"""Every service call from the window goes through here: it runs on a worker thread, in
the order asked, and its result or error comes back on the UI thread.

A refusal (``Refused``) goes to the caller's ``refused`` callback. Anything else is a
broken environment or a bug: it is logged with its traceback to the log file, and
``unexpected`` carries one sentence (``app.services.failures.explain``) that says what is
wrong and what to do — "the disk is full", or an apology naming the log; nothing has been
changed, because every service rolls back what it did not commit.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.refusals import Refused, Unworkable
from app.services.failures import explain

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

    #: A failure of the environment, or an error no one expected: its ``Unworkable``.
    unexpected = Signal(object)
    busy_changed = Signal(bool)
    _finished = Signal(int, object)
    _failed = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None, database: Path | None = None,
                 log_path: Path | None = None) -> None:
        super().__init__(parent)
        #: Named in the sentences: the database file, and where the details go.
        self.database, self.log_path = database, log_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer, and scans handled in scan order
        self._readers = QThreadPool(self)  # reads, also in the order asked, beside it
        self._readers.setMaxThreadCount(1)
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
        ``refused(error)`` on the UI thread. Actions run one at a time, in the order
        asked."""
        self._start(self._pool, function, args, kwargs, done, refused)

    def read(self, function: Callable[..., Any], *args: Any, done: Done | None = None,
             refused: RefusedCallback | None = None, **kwargs: Any) -> None:
        """As ``run``, for a service that only reads (a search, a pump's status, a list):
        on a thread of its own, so reads never wait for a write — not even for a
        replenishment dispatch that holds the write lock for many seconds. Reads keep
        their order among themselves (a list's names before the list)."""
        self._start(self._readers, function, args, kwargs, done, refused)

    def _start(self, pool: QThreadPool, function: Callable[..., Any], args: tuple[Any, ...],
               kwargs: dict[str, Any], done: Done | None,
               refused: RefusedCallback | None) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, refused)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        pool.start(_Job(self, job_id, lambda: function(*args, **kwargs)))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs) and self._readers.waitForDone(msecs)

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
        problem = explain(error, database=self.database, log=self.log_path)
        if problem is not error:  # the traceback, never what was typed
            log.error("a background operation failed: %s\n%s", type(error).__name__, trace)
        if refused is not None and not isinstance(problem, Unworkable):
            refused(problem)
            return
        if not isinstance(problem, Unworkable):  # a refusal no one waits for
            problem = Unworkable(problem.code, problem.template, **problem.params)
        self.unexpected.emit(problem)
