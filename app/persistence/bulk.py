"""Reading many rows fast: a statement's rows as the SQLite driver gives them (plain
tuples), for the reports that read half a million rows, where building SQLAlchemy's row
objects would cost more than SQLite's reading them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql import Select


def plain_rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """``statement``'s rows, in ``connection``'s transaction, as plain tuples (values as
    SQLite stores them: a datetime is its ISO text)."""
    compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
    return connection.connection.driver_connection.execute(str(compiled)).fetchall()
