"""A unit of work: one write transaction. Leaving it without ``commit()`` rolls back, so
every change the program keeps was committed on purpose, event and state together."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import insert
from sqlalchemy.exc import OperationalError

from app.domain.events import Event
from app.domain.pump import Pump
from app.persistence.database import Database, DatabaseBusy, execute_rows, is_busy
from app.persistence.projector import Projector
from app.persistence.repository import Repository
from app.persistence.tables import sync_outbox

_queue = insert(sync_outbox)


class UnitOfWork:
    def __init__(self, db: Database) -> None:
        self.db = db

    def __enter__(self) -> "UnitOfWork":
        self.connection = self.db.writing()
        try:
            self.connection.begin()  # BEGIN IMMEDIATE: wait for the write lock up front
        except OperationalError as error:
            self.connection.close()
            if is_busy(error):
                raise DatabaseBusy() from error
            raise
        self.repo = Repository(self.connection)
        self._projector = Projector(self.connection)
        return self

    def record(self, event: Event, before: Pump | None = None) -> Pump | None:
        """Apply ``event`` to the tables, append it to the log and queue it for the central
        database (not yet committed: all three happen together or not at all)."""
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

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.connection.in_transaction():
            self.connection.rollback()
        self.connection.close()
        if isinstance(error, OperationalError) and is_busy(error):
            raise DatabaseBusy() from error
