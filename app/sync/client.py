"""One workstation's sync cycle: push what is queued, then pull what is new.

Each step is built so that stopping anywhere (a killed process, a lost network) loses
nothing and repeats nothing: the outbox row leaves only in the transaction that records the
central answer, and a pulled batch, its effects and the moved cursor commit together. A
push whose answer was lost is sent again and answered from the central log.
"""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Callable

from app.domain.sync import CentralEntry
from app.persistence.database import Database
from app.persistence.persons import PersonRegister
from app.persistence.repository import Repository
from app.persistence.sync_state import Applied, SyncState
from app.persistence.unit_of_work import UnitOfWork
from app.sync.central import Central

INSTALL_KEY = "sync_install_key"
PERSON_CURSOR = "person_cursor"  # the highest central person-register version applied
PUSH_BATCH = 1000
PULL_BATCH = 5000


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
    cursor: int = 0
    error: str | None = None
    finished_at: dt.datetime | None = None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        return data

    def add(self, done: Applied) -> None:
        self.accepted += done.confirmed
        self.conflicts += done.conflicts
        self.applied += done.applied
        self.rebuilt += len(done.rebuilt)


def status_of(db: Database, workstation: str, report: SyncReport | None = None) -> SyncReport:
    """The local side of the picture: events waiting, open conflicts, the cursor."""
    report = report or SyncReport()
    with db.reading() as connection:
        state = SyncState(connection, workstation)
        report.pending = state.pending_count()
        report.open_conflicts = state.open_conflicts()
        report.cursor = state.cursor()
    return report


def _no_checkpoint(_name: str) -> None:
    return None


class Sync:
    """Push and pull for the workstation ``workstation`` whose database is ``db``.

    ``checkpoint`` is called with a name at each point where a process may die between two
    durable steps ("before_send", "after_central_commit", "during_apply"); the crash tests
    kill the process there.
    """

    def __init__(self, db: Database, workstation: str, central: Central, *,
                 push_batch: int = PUSH_BATCH, pull_batch: int = PULL_BATCH,
                 checkpoint: Callable[[str], None] = _no_checkpoint) -> None:
        self.db = db
        self.workstation = workstation
        self.central = central
        self.push_batch = push_batch
        self.pull_batch = pull_batch
        self.checkpoint = checkpoint
        self._registered = False
        self._key: str | None = None

    def close(self) -> None:
        self.central.close()

    def _install_key(self) -> str:
        if self._key is None:
            with UnitOfWork(self.db) as uow:
                key = uow.repo.meta(INSTALL_KEY)
                if key is None:
                    key = str(uuid.uuid4())
                    uow.repo.set_meta(INSTALL_KEY, key)
                    uow.commit()
            self._key = key
        return self._key

    def status(self, report: SyncReport | None = None) -> SyncReport:
        return status_of(self.db, self.workstation, report)

    def cycle(self) -> SyncReport:
        """Push everything queued, then pull until caught up. Raises ``CentralUnavailable``
        (nothing lost, try later), ``WorkstationClash`` or ``CentralNotReady``."""
        report = SyncReport()
        key = self._install_key()
        if not self._registered:
            self.central.register(self.workstation, key)
            self._registered = True
        self._push_persons(key)
        self._push(report, key)
        self._pull(report)
        self._pull_persons()
        report.online = True
        report.finished_at = dt.datetime.now(dt.UTC)
        return self.status(report)

    def _push(self, report: SyncReport, key: str) -> None:
        while True:
            with self.db.reading() as connection:
                batch = SyncState(connection, self.workstation).pending(self.push_batch)
            if not batch:
                return
            self.checkpoint("before_send")
            answers = self.central.push(self.workstation, key, batch)
            self.checkpoint("after_central_commit")
            with UnitOfWork(self.db) as uow:
                report.add(SyncState(uow.connection, self.workstation).record_answers(answers))
                uow.commit()
            report.pushed += len(batch)
            if len(batch) < self.push_batch:
                return

    def _push_persons(self, key: str) -> None:
        """The person register's changes first: the events after them may name them."""
        while True:
            with self.db.reading() as connection:
                batch = PersonRegister(connection).pending(self.push_batch)
            if not batch:
                return
            self.central.hand_in_persons(self.workstation, key,
                                         [change for _seq, change in batch])
            with UnitOfWork(self.db) as uow:
                PersonRegister(uow.connection).handed_in([seq for seq, _change in batch])
                uow.commit()
            if len(batch) < self.push_batch:
                return

    def _pull_persons(self) -> None:
        while True:
            with self.db.reading() as connection:
                after = int(Repository(connection).meta(PERSON_CURSOR) or 0)
            records = self.central.pull_persons(after, self.pull_batch)
            if not records:
                return
            with UnitOfWork(self.db) as uow:
                PersonRegister(uow.connection).apply_central(records)
                uow.repo.set_meta(PERSON_CURSOR, str(records[-1][1]))
                uow.commit()
            if len(records) < self.pull_batch:
                return

    def _pull(self, report: SyncReport) -> None:
        with self.db.reading() as connection:
            cursor = SyncState(connection, self.workstation).cursor()
        entries = self.central.pull(cursor, self.pull_batch)
        if len(entries) < self.pull_batch:
            self._apply(report, entries)
            return
        # A long pull: fetch the next batch from the network while this one is applied.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead") as ahead:
            while entries:
                following = (ahead.submit(self.central.pull, entries[-1].seq, self.pull_batch)
                             if len(entries) == self.pull_batch else None)
                self._apply(report, entries)
                entries = following.result() if following is not None else []

    def _apply(self, report: SyncReport, entries: list[CentralEntry]) -> None:
        if not entries:
            return
        with UnitOfWork(self.db) as uow:
            report.add(SyncState(uow.connection, self.workstation).apply_pulled(entries))
            self.checkpoint("during_apply")
            uow.commit()
        report.pulled += len(entries)
