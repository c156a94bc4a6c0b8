"""One workstation's sync cycle: hand in what is queued, then pull what is new.

Each step is built so that stopping anywhere (a killed process, a lost network) loses
nothing and repeats nothing: an event leaves the outbox only in the transaction that
applies its verdict, pulled from the log with everything else, and a pulled batch, its
effects and the moved cursor commit together. An item handed in again is taken once.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from app.domain.sync import CentralEntry
from app.persistence.bulk import cycle_collector_paused
from app.persistence.database import Database, DatabaseBusy
from app.persistence.orders import ORDER_SERIES, OrderStore, series_of
from app.persistence.persons import PersonRegister
from app.persistence.repository import Repository
from app.persistence.sync_state import (
    COPY_REPLACES,
    COPY_TOKEN,
    Applied,
    PumpMemo,
    SyncState,
    copy_identity_of,
)
from app.persistence.unit_of_work import UnitOfWork
from app.sync.central import Central, JudgeStatus

PERSON_CURSOR = "person_cursor"  # the highest central person-register version applied
PUSH_BATCH = 1000
#: Events per pulled batch, each applied in one transaction. Every batch rewrites the rows
#: of the pumps it touched (in a first pull, nearly all of them), so fewer, larger batches
#: write less; two batches are in memory at once (one applied, the next fetched).
PULL_BATCH = 20000
#: A counter's clock further than this from the central server's is shown as wrong: its
#: events' times (a loan's start and end) would be out of order with other counters'.
CLOCK_TOLERANCE_S = 120.0

log = logging.getLogger("pumpdesk.sync")


def _why(error: Exception) -> str:
    """What failed, in the database's own words without the statement (no data in it)."""
    cause = getattr(error, "orig", None) if isinstance(error, SQLAlchemyError) else error
    return (str(cause).splitlines() or [""])[0] or type(error).__name__


@dataclass
class SyncReport:
    """What one cycle moved, and where the workstation stands after it."""

    online: bool = False
    pushed: int = 0
    accepted: int = 0
    conflicts: int = 0  # conflicts learnt of in this cycle, own or others'
    pulled: int = 0
    applied: int = 0
    rebuilt: int = 0
    pending: int = 0  # own events still waiting for the central database
    open_conflicts: int = 0
    #: Pulled events that could not be applied here and were set aside as conflicts of
    #: this counter's, so that the pull went on.
    set_aside: int = 0
    cursor: int = 0
    #: False when the central judge has not been heard from lately: events handed in wait
    #: in the central inbox until it runs again.
    judge_running: bool = True
    #: How far this computer's clock is ahead of the central server's (seconds; negative:
    #: behind), measured this cycle. Events carry the counter's time.
    clock_offset_s: float | None = None
    #: Since when the central judge has met two databases running as this workstation (a
    #: copy, or a restored backup beside the original), refusing what the superseded one
    #: hands in; ``clash_here``: this database is the superseded one.
    clash_since: dt.datetime | None = None
    clash_here: bool = False
    workstation: str = ""
    error: str | None = None
    finished_at: dt.datetime | None = None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        for moment in ("finished_at", "clash_since"):
            value = getattr(self, moment)
            data[moment] = value.isoformat() if value else None
        return data

    @property
    def clock_off(self) -> bool:
        """Whether the clock is off by more than ``CLOCK_TOLERANCE_S``."""
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_TOLERANCE_S

    def add(self, done: Applied) -> None:
        self.accepted += done.confirmed
        self.conflicts += done.conflicts
        self.applied += done.applied
        self.rebuilt += len(done.rebuilt)


def status_of(db: Database, workstation: str, report: SyncReport | None = None) -> SyncReport:
    """The local side of the picture: events waiting, open conflicts, the cursor."""
    report = report or SyncReport()
    report.workstation = workstation
    with db.reading() as connection:
        report.pending, report.open_conflicts, report.cursor = \
            SyncState(connection, workstation).standing()
    return report


def _no_checkpoint(_name: str) -> None:
    return None


class VersionMismatch(Exception):
    """The central judge cannot read the events this counter writes."""

    def __init__(self, status: JudgeStatus) -> None:
        self.status = status
        super().__init__(f"the central judge runs PumpDesk {status.version}, which cannot "
                         f"read this counter's events: install PumpDesk {status.version} "
                         "here (or upgrade the judge)")


class Sync:
    """Hand in and pull for the workstation ``workstation`` whose database is ``db``.

    ``checkpoint`` is called with a name at each point where a process may die between two
    durable steps ("before_send", "after_central_commit", "during_apply"); the crash tests
    kill the process there. ``verdict_wait_s`` is how long a cycle waits for the judge to
    judge what it handed in before it pulls (the rest comes with a later cycle).
    """

    def __init__(self, db: Database, workstation: str, central: Central, *,
                 push_batch: int = PUSH_BATCH, pull_batch: int = PULL_BATCH,
                 checkpoint: Callable[[str], None] = _no_checkpoint,
                 verdict_wait_s: float = 3.0) -> None:
        self.db = db
        self.workstation = workstation
        self.central = central
        self.push_batch = push_batch
        self.pull_batch = pull_batch
        self.checkpoint = checkpoint
        self.verdict_wait_s = verdict_wait_s
        self._checked = False

    def close(self) -> None:
        self.central.close()

    def status(self, report: SyncReport | None = None) -> SyncReport:
        return status_of(self.db, self.workstation, report)

    def cycle(self) -> SyncReport:
        """Hand in everything queued, wait briefly for the verdicts, then pull until caught
        up. Raises ``CentralUnavailable`` (nothing lost, try later), ``WorkstationClash``,
        ``CentralNotReady`` or ``VersionMismatch`` (work goes on here)."""
        report = SyncReport()
        try:
            if not self._checked:
                self.central.check_workstation(self.workstation)
                self._checked = True
            judge = self.central.judge_status()
            report.clock_offset_s = self.central.clock_offset_s
            if judge is not None and not judge.reads_ours:
                raise VersionMismatch(judge)
            report.judge_running = judge is not None and judge.running
            self._note_region(report)
            self._hand_in(report)
            # What was handed in just now waits for its verdict; else ask what waits.
            waited = report.judge_running and (report.pushed > 0 or self._awaiting())
            judged = waited and self.central.wait_for_judge(self.verdict_wait_s)
            # The heads say whether there is anything to pull at all: read with the
            # judge's status when nothing was handed in or waited for, else with the look
            # that found the verdicts in. A wait that timed out leaves them behind.
            fresh = judged or not (report.pushed or waited)
            heads = self.central.heads if fresh else None
            self._pull(report, None if heads is None else heads.log)
            self._pull_persons(None if heads is None else heads.persons)
        except Exception:
            self._checked = False  # a new connection is asked again who it is
            raise
        report.online = True
        report.finished_at = dt.datetime.now(dt.UTC)
        return self.status(report)

    def _note_region(self, report: SyncReport) -> None:
        """Keep what the judge's status said of this counter: the order series the region
        gave it (its withdrawal numbers' two digits; written only when it changes), and
        whether the judge takes this database's events or another copy's (a clash). One
        snapshot for both, and a write only when something changed: every cycle asks."""
        series, status = self.central.order_series, self.central.copy_status
        with self.db.reading() as connection:
            kept = Repository(connection).metas(ORDER_SERIES, COPY_TOKEN, COPY_REPLACES)
        token, replaces = copy_identity_of(kept)
        new_series = series is not None and (
            ORDER_SERIES not in kept or series_of(kept[ORDER_SERIES]) != series)
        taken_over = replaces is not None and status.current == token
        if new_series or taken_over:
            with UnitOfWork(self.db) as uow:
                if new_series:
                    OrderStore(uow.connection).set_series(series)
                if taken_over:
                    SyncState(uow.connection, self.workstation).copy_confirmed()
                uow.commit()
        report.clash_since = status.clash_at
        report.clash_here = status.clash_at is not None and status.current not in (None, token)

    def _hand_in(self, report: SyncReport) -> None:
        """Register changes, then events, into the central inbox, under this database's
        copy token."""
        while True:
            with self.db.reading() as connection:
                changes = PersonRegister(connection).pending(self.push_batch)
                state = SyncState(connection, self.workstation)
                events = state.pending(self.push_batch)
                copy = state.copy_identity()
            if not changes and not events:
                return
            self.checkpoint("before_send")
            self.central.hand_in(events, [(change_id, change)
                                          for _seq, change_id, change in changes], copy)
            self.checkpoint("after_central_commit")
            with UnitOfWork(self.db) as uow:
                PersonRegister(uow.connection).handed_in([seq for seq, _id, _c in changes])
                SyncState(uow.connection, self.workstation).handed_in(events)
                uow.commit()
            report.pushed += len(events)
            if len(events) < self.push_batch and len(changes) < self.push_batch:
                return

    def _awaiting(self) -> bool:
        """Whether own events handed in wait for their verdict."""
        with self.db.reading() as connection:
            return bool(SyncState(connection, self.workstation).awaiting(1))

    def _pull_persons(self, head: int | None = None) -> None:
        """The person register's changes; none to ask for when ``head``, the newest
        version, is one this counter has."""
        while True:
            with self.db.reading() as connection:
                after = int(Repository(connection).meta(PERSON_CURSOR) or 0)
            if head is not None and head <= after:
                return
            records = self.central.pull_persons(after, self.pull_batch)
            if not records:
                return
            with UnitOfWork(self.db) as uow:
                PersonRegister(uow.connection).apply_central(records)
                uow.repo.set_meta(PERSON_CURSOR, str(records[-1][1]))
                uow.commit()
            if len(records) < self.pull_batch:
                return

    def _pull(self, report: SyncReport, head: int | None = None) -> None:
        """The log after this counter's cursor; nothing to ask for when ``head``, the
        log's newest number, is one it has."""
        with self.db.reading() as connection:
            cursor = SyncState(connection, self.workstation).cursor()
        if head is not None and head <= cursor:
            return
        entries = self.central.pull(cursor, self.pull_batch)
        if len(entries) < self.pull_batch:
            self._apply(report, entries)
            return
        memo = PumpMemo()
        # A long pull: fetch the next batch from the network while this one is applied.
        with cycle_collector_paused(), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead") as ahead:
            while entries:
                following = (ahead.submit(self.central.pull, entries[-1].seq, self.pull_batch)
                             if len(entries) == self.pull_batch else None)
                self._apply(report, entries, memo)
                entries = following.result() if following is not None else []

    def _apply(self, report: SyncReport, entries: list[CentralEntry],
               memo: PumpMemo | None = None) -> None:
        """Apply a pulled batch in one transaction. A pull never stops for good: if the
        batch cannot be applied as it stands, its entries are applied one by one, those that
        fail are tried again after the rest, and one that still fails is set aside as a
        conflict of this counter's (shown with the others), so the cursor moves on."""
        if not entries:
            return
        try:
            self._apply_batch(report, entries, memo)
        except DatabaseBusy:
            raise
        except Exception as error:  # noqa: BLE001 - whatever the log holds, the pull goes on
            log.warning("a pulled batch could not be applied as a whole (%s): one by one",
                        _why(error))
            if memo is not None:
                memo.clear()
            failed = [e for e in entries if not self._applied_alone(report, e)]
            for entry in failed:  # after the rest: what stood in their way may be gone
                self._applied_alone(report, entry, set_aside_on_failure=True)
        report.pulled += len(entries)

    def _apply_batch(self, report: SyncReport, entries: list[CentralEntry],
                     memo: PumpMemo | None) -> None:
        with cycle_collector_paused(), UnitOfWork(self.db, refetchable=True) as uow:
            report.add(SyncState(uow.connection, self.workstation).apply_pulled(entries, memo))
            self.checkpoint("during_apply")
            uow.commit()

    def _applied_alone(self, report: SyncReport, entry: CentralEntry,
                       set_aside_on_failure: bool = False) -> bool:
        """Apply ``entry`` alone; False if it failed (or, ``set_aside_on_failure``, set it
        aside instead and say True)."""
        try:
            self._apply_batch(report, [entry], None)
            return True
        except DatabaseBusy:
            raise
        except Exception as error:  # noqa: BLE001 - see ``_apply``
            if not set_aside_on_failure:
                return False
            why = _why(error)
        log.error("central event %s (number %s) set aside: %s", entry.event.id, entry.seq, why)
        with UnitOfWork(self.db) as uow:
            report.add(SyncState(uow.connection, self.workstation).set_aside(entry, why))
            uow.commit()
        report.set_aside += 1
        return True
