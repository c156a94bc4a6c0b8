"""Replaying the event log from empty, and comparing what it gives with the tables.

The event log is the record; the tables are what it says. ``replay`` rebuilds the tables
of one database from another's log through the same projector live actions use, and
``projection`` reads the tables as plain rows so two databases can be compared.
"""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import select, text

from app.persistence.database import Database
from app.persistence.models import PROJECTED_TABLES, EventRow
from app.persistence.projector import Projector, event_from_row
from app.persistence.repository import Repository
from app.domain.events import Event


def events(db: Database, batch: int = 5000) -> Iterator[Event]:
    """The log in recorded order, read in batches so any length fits in memory."""
    last = 0
    while True:
        with db.reading() as session:
            rows = session.scalars(
                select(EventRow).where(EventRow.seq > last).order_by(EventRow.seq).limit(batch)
            ).all()
        if not rows:
            return
        for row in rows:
            yield event_from_row(row)
        last = rows[-1].seq


def replay(source: Database, target: Database) -> int:
    """Apply every event of ``source``'s log to the empty ``target``. Returns the count."""
    count = 0
    session = target.writing()
    try:
        projector = Projector(session)
        repo = Repository(session)
        for event in events(source):
            before = repo.pump(event.pump) if event.pump and event.type != "pump_registered" \
                else None
            projector.apply(event, before)
            count += 1
            if count % 5000 == 0:
                session.flush()
                session.expunge_all()
        session.commit()
    finally:
        session.close()
    return count


def projection(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every projected table's rows, sorted, as plain tuples."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in PROJECTED_TABLES:
            rows = connection.execute(text(f"SELECT * FROM {table}")).fetchall()
            tables[table] = sorted((tuple(row) for row in rows), key=repr)
    return tables
