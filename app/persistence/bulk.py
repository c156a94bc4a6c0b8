"""Many rows fast. Reading: a statement's rows as the SQLite driver gives them (plain
tuples), for the reports that read half a million rows, where building SQLAlchemy's row
objects would cost more than SQLite's reading them. Writing: Python's cycle collector held
off while a pulled batch is applied."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Any, Iterator

from sqlalchemy import Connection
from sqlalchemy.sql import Select


def plain_rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """``statement``'s rows, in ``connection``'s transaction, as plain tuples (values as
    SQLite stores them: a datetime is its ISO text)."""
    compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
    return connection.connection.driver_connection.execute(str(compiled)).fetchall()


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector off (process-wide) for a bounded piece of bulk work.

    Applying a pulled batch makes hundreds of thousands of short-lived objects while tens of
    thousands of long-lived ones (the batch's entries, the pumps carried over) stay: the
    collector's passes over the survivors cost a fifth of the work and free nothing, since
    that work makes no reference cycles. Objects without cycles are freed as always; what
    cycles there are wait for the next pass after this block. Left as it was found, so a
    nested or concurrent use never turns the collector on early for good.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
