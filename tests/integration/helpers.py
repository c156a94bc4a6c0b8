"""Looking into a workstation database from tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from app.persistence.replay import projection
from app.services.station import Station


def event_count(station: Station) -> int:
    with station.db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM events")).scalar_one()


def snapshot(station: Station) -> tuple[dict[str, list[tuple[Any, ...]]], int]:
    """Everything a refused action must leave as it was."""
    return projection(station.db), event_count(station)


def rows(station: Station, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with station.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]
