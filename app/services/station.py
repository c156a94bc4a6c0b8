"""A workstation: its database, who is at the counter, and which workstation this is.

Who is at the counter is the staff member signed in (``sign_in``), by staff number: every
event names them. Signed out (the number empty) nothing that changes data can be recorded.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from app.domain.events import Context
from app.domain.refusals import RefusalCode, Refused
from app.persistence.database import Database
from app.persistence.repository import Repository
from app.persistence.unit_of_work import UnitOfWork

APP_NAME = "PumpDesk"


def default_database_path() -> Path:
    """``PUMPDESK_DB``, else ``pumpdesk.db`` in the user's data folder."""
    if os.environ.get("PUMPDESK_DB"):
        return Path(os.environ["PUMPDESK_DB"])
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "pumpdesk.db"


def _default_workstation() -> str:
    name = os.environ.get("PUMPDESK_WORKSTATION") or socket.gethostname() or "WS"
    return re.sub(r"[^A-Z0-9]", "", name.upper())[:12] or "WS"


@dataclass(eq=False)
class Station:
    db: Database
    ctx: Context

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.db)

    @property
    def staff_number(self) -> str:
        """The staff number of whoever is signed in ("" when nobody is)."""
        return self.ctx.actor

    def sign_in(self, number: str) -> None:
        """From now on, events name this staff member (checked against the register by the
        caller: ``app.services.staff``)."""
        self.ctx = replace(self.ctx, actor=number)

    def sign_out(self) -> None:
        self.ctx = replace(self.ctx, actor="")

    def acting_as(self, number: str) -> "Station":
        """This workstation with another staff member at it, leaving this one as it is."""
        return Station(self.db, replace(self.ctx, actor=number))

    def close(self) -> None:
        self.db.dispose()


def open_station(path: Path | str | None = None, *, staff: str | None = None,
                 workstation: str | None = None, ctx: Context | None = None) -> Station:
    """Open (creating and upgrading as needed) the database and name this workstation.

    The workstation id is fixed the first time a database is opened and kept in it.
    ``staff`` is the staff number the events will name (signed out without one); the
    register checks it when an event is recorded.
    """
    db = Database(path or default_database_path())
    try:
        with db.reading() as connection:  # a read: opening never waits for a writer
            stored = Repository(connection).meta("workstation_id")
        if stored is None:
            with UnitOfWork(db) as uow:
                stored = uow.repo.meta("workstation_id")  # another process may have been first
                if stored is None:
                    stored = workstation or (ctx.workstation if ctx else None) \
                        or _default_workstation()
                    uow.repo.set_meta("workstation_id", stored)
                    uow.commit()
        if workstation and workstation.strip().upper() != stored.upper():
            raise Refused(RefusalCode.INVALID_INPUT,
                          "This database belongs to workstation {stored}, not {asked}: use "
                          "--workstation {stored} (or that setting), or another database "
                          "(--db) for {asked}.", stored=stored, asked=workstation)
    except BaseException:
        db.dispose()
        raise
    if ctx is None:
        ctx = Context(actor=staff or "", workstation=stored)
    return Station(db, ctx)
