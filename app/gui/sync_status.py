"""Sync in the background: a thread of its own runs a cycle every few seconds and soon
after each action, and the status bar shows where the workstation stands. The counter never
waits for the network: actions commit locally and go out with the next cycle."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QToolButton, QWidget

from app.domain.refusals import Refused
from app.domain.sync import copy_clash_notice
from app.gui.i18n import local_time, refusal_text
from app.services.station import Station

if TYPE_CHECKING:
    from app.services.sync import SyncReport

log = logging.getLogger("pumpdesk.gui")

INTERVAL_MS = 5000
#: After an action, wait this long for more before syncing: a scan burst goes out at once.
SOON_MS = 150
#: A cycle that has not answered for this long is shown as such, not as "online": the
#: network may hang up to the connection's bound (``app.sync.connection.BOUND_S``).
HANG_MS = 8000


class SyncRunner(QObject):
    """Lives on its own thread; ``report`` carries each cycle's outcome to the window."""

    report = Signal(object)
    #: A cycle begins (from the sync thread), with how many events wait to go out: the
    #: status bar watches for its answer.
    started = Signal(int)
    _nudged = Signal()
    _stopping = Signal()

    def __init__(self, station: Station, url: str, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self.station, self.url, self.interval_ms = station, url, interval_ms
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._start)
        self._nudged.connect(self._soon_please)
        self._stopping.connect(self._stop)
        self._link: object | None = None

    def start(self) -> None:
        self._thread.start()

    def nudge(self) -> None:
        """Sync soon (from any thread): something was just recorded."""
        self._nudged.emit()

    def stop(self, msecs: int = 10000) -> None:
        if self._thread.isRunning():
            self._stopping.emit()
            self._thread.quit()
            self._thread.wait(msecs)

    # -- on the sync thread ------------------------------------------------------------

    @Slot()
    def _start(self) -> None:
        from app.services import sync  # psycopg loads on this thread, not at the start

        self._sync = sync
        try:
            self._link = sync.open_sync(self.station, self.url)
        except Refused as refused:  # an address no cycle can use: said once, work goes on
            self.report.emit(sync.SyncReport(error=f"not usable: {refused.message}"))
            return
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._cycle)
        self._timer.start(self.interval_ms)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._cycle)
        self._cycle()

    @Slot()
    def _soon_please(self) -> None:
        if self._link is not None and not self._soon.isActive():
            self._soon.start(SOON_MS)

    @Slot()
    def _cycle(self) -> None:
        try:
            self.started.emit(self._sync.local_status(self.station).pending)
        except Exception:  # noqa: BLE001 - the local database is busy: the cycle says so
            self.started.emit(-1)
        try:
            report = self._sync.run_cycle(self._link)
        except Exception:  # a bug: logged, and the next cycle tries again
            log.exception("sync cycle failed")
            report = self._sync.SyncReport(error="internal error (see the log)")
        if report.error and not report.error.startswith("offline"):
            log.warning("sync: %s", report.error)
        self.report.emit(report)

    @Slot()
    def _stop(self) -> None:
        for timer in (getattr(self, "_timer", None), getattr(self, "_soon", None)):
            if timer is not None:
                timer.stop()
        if self._link is not None:
            self._link.close()


class SyncIndicator(QToolButton):
    """The status bar's sync state; a click opens the conflicts list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.last_sync: dt.datetime | None = None
        self.offline_since: dt.datetime | None = None
        self._pending = 0
        self._hanging = QTimer(self)
        self._hanging.setSingleShot(True)
        self._hanging.setInterval(HANG_MS)
        self._hanging.timeout.connect(self._show_hanging)
        self.show_local_only()

    def watch(self, runner: SyncRunner) -> None:
        runner.report.connect(self.show_report)
        runner.started.connect(self._cycle_started)

    @Slot(int)
    def _cycle_started(self, pending: int) -> None:
        if pending >= 0:
            self._pending = pending
        if not self._hanging.isActive():
            self._hanging.start()

    def _show_hanging(self) -> None:
        """The cycle has not answered: the central database is not reached, whatever the
        last cycle said."""
        if self.offline_since is None:
            self.offline_since = dt.datetime.now(dt.UTC)
        self.setText(self.tr("Central: no answer since {time} · {pending} waiting").format(
            time=local_time(self.offline_since, with_date=False), pending=self._pending))
        self.setToolTip(self.tr("The central database has not answered since {time}. Work goes "
                                "on here; what waits goes out when it answers.").format(
            time=local_time(self.offline_since, with_date=False)))
        self.setProperty("outcome", "offline")
        self._repolish()

    def show_local_only(self) -> None:
        self.setProperty("outcome", "local")
        self.setText(self.tr("Central: not set up (this workstation works alone)"))
        self._repolish()

    def show_report(self, report: "SyncReport") -> None:
        self._hanging.stop()
        self._pending = report.pending
        if (report.error is None or report.error.startswith("busy")) \
                and not report.judge_running:
            self.last_sync = report.finished_at or self.last_sync
            self.offline_since = None
            text = self.tr("Central: reached, but the central judge is not running · "
                           "{pending} waiting — work goes on here").format(
                pending=report.pending)
            outcome = "offline"
        elif report.error is None or report.error.startswith("busy"):
            self.last_sync = report.finished_at or self.last_sync
            self.offline_since = None
            text = self.tr("Central: online · {pending} waiting · last sync {time}").format(
                pending=report.pending, time=local_time(self.last_sync, with_date=False))
            outcome = "online"
        elif report.error.startswith("offline"):
            if self.offline_since is None:
                self.offline_since = dt.datetime.now(dt.UTC)
            text = self.tr("Central: offline since {time} · {pending} waiting — work goes on "
                           "here").format(time=local_time(self.offline_since, with_date=False),
                                          pending=report.pending)
            outcome = "offline"
        elif report.error.startswith("clash"):
            text = self.tr("Central: this workstation is not enrolled as itself — ask "
                           "your technician · {pending} waiting").format(pending=report.pending)
            outcome = "error"
        elif report.error.startswith("version"):
            text = self.tr("Central: {error} · {pending} waiting — work goes on here").format(
                error=report.error.split(":", 1)[1].strip(), pending=report.pending)
            outcome = "error"
        else:
            text = self.tr("Central: cannot sync ({error}) · {pending} waiting").format(
                error=report.error, pending=report.pending)
            outcome = "error"
        clash = None
        if report.clash_since is not None:  # what the rest says matters less
            text = self.tr("Central: two databases are working as {workstation} — point "
                           "here for what to do · {pending} waiting").format(
                workstation=report.workstation, pending=report.pending)
            clash = refusal_text(copy_clash_notice(report.workstation, report.clash_here,
                                                   local_time(report.clash_since)))
            outcome = "error"
        if report.open_conflicts:
            text += self.tr(" · {count} conflicts to resolve").format(
                count=report.open_conflicts)
            outcome = "conflict" if outcome == "online" else outcome
        tip = text if clash is None else text + "\n" + clash
        if report.clock_off:
            minutes = round(report.clock_offset_s / 60)
            text += (self.tr(" · clock %n min ahead", "", minutes) if minutes > 0 else
                     self.tr(" · clock %n min behind", "", -minutes))
            tip = tip + "\n" + self.tr("This computer's clock is off the central server's, so "
                                        "events get wrong times: ask your technician to set "
                                        "it.")
            outcome = "error" if outcome in ("online", "conflict") else outcome
        self.setText(text)
        self.setToolTip(tip)
        self.setProperty("outcome", outcome)
        self._repolish()

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
