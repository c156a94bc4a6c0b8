"""Replaying the event log from empty, and comparing what it gives with the tables.

The event log is the record; the tables are what it says. ``replay`` rebuilds the tables
of one database from another's log through the same projector live actions use, and
``projection`` reads the tables as plain rows so two databases can be compared.
"""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import text

from app.domain.events import Event, EventType
from app.persistence.database import Database
from app.persistence.models import PROJECTED_TABLES
from app.persistence.projector import Projector
from app.persistence.repository import Repository
from app.persistence.sync_state import effective_events


def events(db: Database, batch: int = 5000) -> Iterator[Event]:
    """The log in effective order (see ``sync_state``), read in batches so any length fits
    in memory. For a workstation that has never synced this is the recorded order."""
    return effective_events(db.reading, batch)


#: The person register is not a projection of the log (events name people by id only):
#: a replay takes it as it is.
REGISTER_TABLES = ("persons", "person_keys")


def replay(source: Database, target: Database) -> int:
    """Apply every event of ``source``'s log to the empty ``target``, beside a copy of its
    person register. Returns the count of events."""
    count = 0
    with source.reading() as reader:
        register = {table: [dict(row._mapping) for row in reader.execute(
            text(f"SELECT * FROM {table}"))] for table in REGISTER_TABLES}
    with target.writing() as connection, connection.begin():
        for table, rows in register.items():
            if rows:
                columns = ", ".join(rows[0])
                connection.execute(text(
                    f"INSERT INTO {table} ({columns}) VALUES "
                    f"({', '.join(':' + c for c in rows[0])})"), rows)
        projector = Projector(connection)
        repo = Repository(connection)
        for event in events(source):
            registered = event.pump is None or event.type is EventType.PUMP_REGISTERED
            projector.apply(event, None if registered else repo.pump(event.pump))
            count += 1
    return count


def projection(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every projected table's rows, sorted, as plain tuples."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in PROJECTED_TABLES:
            rows = connection.execute(text(f"SELECT * FROM {table}")).fetchall()
            tables[table] = sorted((tuple(row) for row in rows), key=repr)
    return tables
