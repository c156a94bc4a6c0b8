"""WAL checkpoints off the counter's path.

SQLite's automatic checkpoint runs inside the commit that takes the WAL past a thousand
pages: about one commit in a hundred copied the log into the database file and waited for
the disk, a stall of 15–20 ms at the counter. Here a background thread with a connection of
its own runs ``PRAGMA wal_checkpoint(PASSIVE)`` a moment after writes: PASSIVE never waits
for a reader or a writer and holds no one up, and what it has not copied yet stays safely in
the WAL for the next round. Once it has copied everything, the next commit starts the WAL
from its beginning again, so the WAL stays small and no commit finds work to do.

A bulk write (a first pull of the central log, a replenishment dispatch) commits without a
pause, so no PASSIVE round catches up with it: past ``RESTART_PAGES`` the thread makes the
writer wait once for a RESTART, which copies what little is left and lets the WAL start
over. The program's connections keep SQLite's own automatic checkpoint only as a last
safety net, at ``SAFETY_NET_PAGES``. Nothing committed depends on any of this: a commit is durable in the WAL
(``synchronous=FULL``) before it returns.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger("pumpdesk")

#: After a commit, wait this long for a pause in the writes (a scan comes every few
#: seconds; a bulk operation commits many times a second) and then checkpoint …
QUIET_S = 0.05
#: … but never let written pages wait longer than this, however busy the writers are.
AT_MOST_S = 0.25
#: While writes follow each other without a pause (a bulk write), a PASSIVE round never
#: catches up with the last commit and the WAL cannot start over; past this many pages the
#: thread waits for the writer once and restarts it (``RESTART``: a pause of one fsync for
#: that writer, as most pages are copied already). A counter never gets here.
RESTART_PAGES = 2_000
#: The automatic checkpoint left to the program's connections, in pages: far above what
#: the thread lets the WAL reach, so it only bounds a WAL the thread could not keep up with.
SAFETY_NET_PAGES = 10_000
#: How long the thread waits for a writer before a RESTART (it tries again next round).
RESTART_WAIT_MS = 1000
#: How long closing the database waits for the thread's last round.
STOP_WAIT_S = 10.0
#: Without any commit of this process, look every so often anyway: other processes (the
#: command line beside the window) write with their automatic checkpoints off as well.
IDLE_S = 10.0


class Checkpointer:
    """One background thread per database file and process, started at the first commit
    and stopped (with a last checkpoint) when the database is disposed of."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._written = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.rounds = self.restarts = 0

    def committed(self) -> None:
        """A write transaction of this process committed: checkpoint soon."""
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._stopping:
                    self._thread = threading.Thread(target=self._run, daemon=True,
                                                    name=f"checkpoints {self.path.name}")
                    self._thread.start()
        self._written.set()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            thread = self._thread
        if thread is not None:
            self._written.set()
            thread.join(STOP_WAIT_S)  # a disk that hangs must not hang the program's end

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False)
            connection.execute(f"PRAGMA busy_timeout={RESTART_WAIT_MS}")
        except sqlite3.Error:
            log.warning("background checkpoints cannot open %s", self.path, exc_info=True)
            return
        try:
            while not self._stopping:
                if self._written.wait(IDLE_S):
                    self._settle()
                self._checkpoint(connection)
            self._checkpoint(connection)
        except Exception:  # noqa: BLE001 - SQLite's own checkpoint takes over; no console
            log.exception("background checkpoints of %s stopped", self.path)
        finally:
            connection.close()

    def _settle(self) -> None:
        """Wait until writes pause for ``QUIET_S``, or ``AT_MOST_S`` has passed."""
        until = time.monotonic() + AT_MOST_S
        while not self._stopping and time.monotonic() < until:
            self._written.clear()
            if not self._written.wait(QUIET_S):
                return

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        try:
            _busy, pages, _copied = connection.execute(
                "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if pages >= RESTART_PAGES:
                connection.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()
                self.restarts += 1
            self.rounds += 1
        except sqlite3.Error:  # a full disk, a removed file: the WAL keeps everything
            log.debug("background checkpoint of %s failed", self.path, exc_info=True)
