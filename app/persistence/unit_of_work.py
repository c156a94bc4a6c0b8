"""A unit of work: one write transaction. Leaving it without ``commit()`` rolls back, so
every change the program keeps was committed on purpose, event and state together."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import insert
from sqlalchemy.exc import OperationalError

from app.domain.events import Event, EventType
from app.domain.pump import Pump
from app.domain.refusals import Refused
from app.domain.staff import StaffMember, may_record
from app.persistence.database import Database, DatabaseBusy, execute_rows, is_busy
from app.persistence.projector import Projector
from app.persistence.repository import Repository
from app.persistence.staff import StaffRegister
from app.persistence.tables import sync_outbox

_queue = insert(sync_outbox)


class UnitOfWork:
    """``refetchable=True`` is for a transaction that writes only what can be fetched
    again: a batch pulled from the central log, with the cursor that says how far the pull
    got. It commits without waiting for the disk (WAL with ``synchronous=NORMAL``): a power
    cut may take back the last such batches whole, never part of one, and the next pull
    fetches them again. The counter's own work always waits for the disk, and its commit
    makes whatever came before it durable too."""

    def __init__(self, db: Database, *, refetchable: bool = False) -> None:
        self.db = db
        self.refetchable = refetchable

    def _synchronous(self, level: str) -> None:
        # Outside a transaction: SQLite refuses to change it inside one.
        self.connection.connection.driver_connection.execute(f"PRAGMA synchronous={level}")

    def __enter__(self) -> "UnitOfWork":
        self.connection = self.db.writing()
        try:
            if self.refetchable:
                self._synchronous("NORMAL")
            self.connection.begin()  # BEGIN IMMEDIATE: wait for the write lock up front
        except OperationalError as error:
            self._close()
            if is_busy(error):
                raise DatabaseBusy() from error
            raise
        self.repo = Repository(self.connection)
        self._projector = Projector(self.connection)
        self._members: dict[str, StaffMember | None] = {}
        return self

    def check_actor(self, event: Event) -> None:
        """Refuse ``event`` unless its staff member may record it (signed in, in the
        register, active, holding the role the event needs)."""
        register = StaffRegister(self.connection)
        if event.actor not in self._members:
            self._members[event.actor] = register.member(event.actor) if event.actor else None
        member = self._members[event.actor]
        refused: Refused | None = may_record(
            member, event, any_administrator=register.any_administrator()
            if event.type is EventType.STAFF_DEFINED else True)
        if refused is not None:
            raise refused

    def record(self, event: Event, before: Pump | None = None) -> Pump | None:
        """Apply ``event`` to the tables, append it to the log and queue it for the central
        database (not yet committed: all three happen together or not at all). Refused,
        changing nothing, if the event's staff member may not record it."""
        self.check_actor(event)
        after = self._projector.apply(event, before)
        execute_rows(self.connection, _queue, [{"event_id": event.id}])
        return after

    def commit(self) -> None:
        try:
            self.connection.commit()
        except OperationalError as error:
            if is_busy(error):
                raise DatabaseBusy() from error
            raise
        self.db.committed()

    def _close(self) -> None:
        """Back to the pool as every other connection is: waiting for the disk."""
        try:
            if self.refetchable:
                self._synchronous("FULL")
        finally:
            self.connection.close()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.connection.in_transaction():
            self.connection.rollback()
        self._close()
        if isinstance(error, OperationalError) and is_busy(error):
            raise DatabaseBusy() from error
