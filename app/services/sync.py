"""Sync as the window and the command line see it: one cycle with its outcome, the local
status, the conflicts list and their resolution."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import select

from app.domain.events import EVENT_LABELS, EventType
from app.domain.refusals import Notice, Phrase, RefusalCode, Refused
from app.domain.text import LONG, typed
from app.domain.sync import copy_clash_notice, reason_from_json
from app.persistence.projector import event_from_row
from app.persistence.tables import care_units, events, sync_conflicts
from app.services.station import Station
from app.sync.central import Central, DayClaim
from app.sync.client import Sync, SyncReport, VersionMismatch, status_of
from app.sync.connection import (
    CentralNotReady,
    SECRETS,
    CentralUnavailable,
    WorkstationClash,
    connect,
    connection_params,
    is_loopback,
    redact,
    scrub,
    store_password,
)

__all__ = ["ConflictSide", "ConflictView", "Reached", "SyncReport", "conflicts", "copy_clash", "keep_password", "keep_secrets",
           "local_status", "open_sync", "resolve_conflict", "run_cycle", "test_connection",
           "without_password"]


def open_sync(station: Station, url: str) -> Sync:
    """The workstation's link to the central database at ``url``; ``Refused`` (its secrets
    not echoed) when the address itself is not usable."""
    without_password(url)
    return Sync(station.db, station.ctx.workstation, Central(url))


def day_claimer(station: Station, url: str) -> Callable[[dt.date], DayClaim]:
    """What ``stock.dispatch_plan`` asks before it dispatches a day's run at a counter that
    syncs: the central judge's claim on the day. Refused (nothing sent) when the central
    database or its judge cannot be reached."""
    def claim(day: dt.date) -> DayClaim:
        without_password(url)  # refuses a malformed address, not echoing it
        central = Central(url)
        try:
            claimed = central.claim_day(day, str(uuid.uuid4()), station.ctx.actor)
        except (CentralUnavailable, CentralNotReady, WorkstationClash) as error:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "The replenishment for {day} is dispatched only with the central "
                          "database's claim on the day, and it cannot be reached ({why}): "
                          "plan now, and dispatch when this counter is online.",
                          day=day.isoformat(), why=str(error)) from error
        finally:
            central.close()
        if claimed is None:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "The replenishment for {day} is dispatched only with the central "
                          "judge's claim on the day, and the judge did not answer: nothing "
                          "was sent. Try again in a moment.", day=day.isoformat())
        return claimed
    return claim


def run_cycle(sync: Sync) -> SyncReport:
    """One cycle; never raises for the network or the central side: the report says what
    went wrong (``error``) and the local status, and the next cycle tries again."""
    try:
        return sync.cycle()
    except CentralUnavailable as error:
        report = SyncReport(error=f"offline: {error}")
    except WorkstationClash as error:
        report = SyncReport(error=f"clash: {error}")
    except CentralNotReady as error:
        report = SyncReport(error=f"not ready: {error}")
    except VersionMismatch as error:
        report = SyncReport(error=f"version: {error}")
    except Refused as refused:  # the local database was busy: the next cycle goes on
        report = SyncReport(online=True, error=f"busy: {refused.message}")
    return sync.status(report)


def copy_clash(report: SyncReport) -> Notice | None:
    """What to do about two databases running as this workstation, if the last cycle met
    them (``SyncReport.clash_since``)."""
    if report.clash_since is None:
        return None
    return copy_clash_notice(report.workstation, report.clash_here,
                             report.clash_since.astimezone().strftime("%Y-%m-%d %H:%M"))


def local_status(station: Station) -> SyncReport:
    """What waits and what conflicts, without asking the central database."""
    return status_of(station.db, station.ctx.workstation)


def bad_address(error: Exception, url: str = "") -> Refused:
    """A central database address that cannot be read (not echoed, and its secrets blanked
    from the reason: it may hold a password)."""
    return Refused(RefusalCode.INVALID_INPUT,
                   "The central database address is not usable ({why}): write it as "
                   "postgresql://USER@HOST/DATABASE?sslmode=verify-full.",
                   why=scrub(" ".join(str(error).split()).rstrip("."), url)
                   or type(error).__name__)


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def without_password(url: str) -> str:
    """``url`` as it may be kept in settings: without a password. Refused when libpq
    could not use it (a port that is no number, an unknown ``sslmode``)."""
    try:
        shown = redact(url)
        params = conninfo_to_dict(url)
    except Exception as error:  # a malformed URL
        raise bad_address(error, url) from error
    ports = [p for p in str(params.get("port") or "").split(",") if p]
    if any(not p.strip().isdigit() for p in ports):
        raise bad_address(ValueError("the port is not a number"))
    if params.get("sslmode") not in (None, *SSL_MODES):
        raise bad_address(ValueError(f"sslmode must be one of {', '.join(SSL_MODES)}"))
    return shown


def keep_password(url: str, password: str, secret: str = "password") -> str:
    """The central database's password (or ``sslpassword``, a client key's passphrase)
    into the system's password store (else a file only this user can read). Returns where
    it went."""
    try:
        return store_password(url, password, secret)
    except Exception as error:  # no password store, and no file for one
        raise Refused(RefusalCode.INVALID_INPUT,
                      "There is no password store on this computer ({why}): use a client "
                      "certificate or libpq's password file instead.",
                      why=str(error)) from error


@dataclass(frozen=True)
class Reached:
    """What ``test_connection`` found."""

    version: str
    #: None when the connection is safe as it is (TLS with the server's name verified, or
    #: a connection that stays on this computer); else a warning to show beside it.
    warning: Notice | None


def keep_secrets(url: str) -> str:
    """The secrets written into ``url`` (a password, a client key's passphrase) into the
    password store; returns ``url`` without them, as settings may keep it."""
    shown = without_password(url)  # refuses a malformed address first
    given = conninfo_to_dict(url)
    for secret in SECRETS:
        if given.get(secret):
            keep_password(url, given[secret], secret)
    return shown


def test_connection(url: str, password: str | None = None) -> Reached:
    """Reach the central database at ``url`` (with ``password`` if given, else the stored
    one): its server version and how safe the connection is, or ``Refused`` saying why
    not, in the counter's words."""
    try:
        params = connection_params(url)
        with connect(url, **({"password": password} if password else {})) as connection:
            version = connection.execute("SHOW server_version").fetchone()[0]
            ready = connection.execute("SELECT to_regclass('inbox') IS NOT NULL").fetchone()[0]
            encrypted = bool(connection.pgconn.ssl_in_use)
    except CentralUnavailable as error:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Cannot reach the central database at {url}: {why}",
                      url=redact(url), why=str(error)) from error
    except Exception as error:  # a malformed URL, among others
        raise bad_address(error, url) from error
    if not ready:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The central database at {url} is reachable but has no PumpDesk schema "
                      "yet: run 'pumpdesk central init' once.", url=redact(url))
    return Reached(str(version), _unsafe(params, encrypted))


def _unsafe(params: dict[str, Any], encrypted: bool) -> Notice | None:
    if is_loopback(params) or params.get("sslmode") == "verify-full":
        return None
    if not encrypted:
        return Notice("The connection is not encrypted (sslmode={mode}): passwords and "
                      "patients' data cross the network in plain text. Use "
                      "sslmode=verify-full.", mode=params.get("sslmode") or "prefer")
    return Notice("The connection is encrypted, but the server's name is not verified "
                  "(sslmode={mode}): another machine could pose as it. Use "
                  "sslmode=verify-full.", mode=params.get("sslmode"))


# -- conflicts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictSide:
    """One of the two events that met: who, where, when, what."""

    event_id: str
    label: str  # a Phrase: what was done
    workstation: str
    actor: str
    occurred_at: dt.datetime
    #: The loan number and unit it concerned, where it had them.
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {"event": self.event_id, "what": str(self.label), "workstation": self.workstation,
                "actor": self.actor, "at": self.occurred_at.isoformat(),
                "detail": self.detail}


@dataclass(frozen=True)
class ConflictView:
    pump: str | None
    reason: Refused
    refused: ConflictSide
    #: The accepted event the refused one met (None for an unknown pump).
    stood: ConflictSide | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    resolution: str | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    def as_json(self) -> dict[str, Any]:
        return {"pump": self.pump, "reason": self.reason.message,
                "refused": self.refused.as_json(),
                "stood": self.stood.as_json() if self.stood else None,
                "resolved_by": self.resolved_by,
                "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
                "resolution": self.resolution}


def _side(row: Any, unit_names: dict[str, str]) -> ConflictSide:
    event = event_from_row(row)
    p = event.payload
    unit = p.get("responsible_unit") or p.get("unit") or p.get("to_unit")
    parts = [p["loan_number"]] if p.get("loan_number") else []
    if unit:
        parts.append(f"{unit_names.get(unit, unit)} ({unit})")
    return ConflictSide(event.id, EVENT_LABELS[event.type], event.workstation, event.actor,
                        event.occurred_at, ", ".join(parts))


def conflicts(station: Station, include_resolved: bool = True) -> list[ConflictView]:
    """The conflicts this workstation knows of, open ones first, newest first."""
    with station.db.reading() as connection:
        query = select(sync_conflicts).order_by(sync_conflicts.c.resolved_at.is_not(None),
                                                sync_conflicts.c.central_seq.desc())
        if not include_resolved:
            query = query.where(sync_conflicts.c.resolved_by.is_(None))
        found = connection.execute(query).all()
        ids = {r.event_id for r in found} | {r.against_event_id for r in found} - {None}
        by_id = {row.id: row for row in connection.execute(
            select(events).where(events.c.id.in_(ids))).all()}
        names = {number: name for number, name in connection.execute(
            select(care_units.c.customer_number, care_units.c.name))}
    return [ConflictView(
        pump=row.pump, reason=reason_from_json(row.reason),
        refused=_side(by_id[row.event_id], names),
        stood=_side(by_id[row.against_event_id], names) if row.against_event_id in by_id
        else None,
        resolved_by=row.resolved_actor, resolved_at=row.resolved_at,
        resolution=row.resolution) for row in found]


def resolve_conflict(station: Station, event_id: str, note: str) -> None:
    """A person has put a conflict right (with whatever counter actions it took) and says
    what was done: recorded as an event, so every counter sees it resolved."""
    note = typed(note, Phrase("The note"), LONG).strip()
    if not note:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Write what was done about the conflict, for the other counters.")
    with station.unit_of_work() as uow:
        row = uow.connection.execute(select(sync_conflicts).where(
            sync_conflicts.c.event_id == event_id)).first()
        if row is None:
            raise Refused(RefusalCode.UNKNOWN_CODE, "No such sync conflict.")
        if row.resolved_by is not None:
            raise Refused(RefusalCode.ALREADY_DONE,
                          "{actor} already resolved this conflict: {note}",
                          actor=row.resolved_actor, note=row.resolution)
        uow.record(station.ctx.event(EventType.CONFLICT_RESOLVED, None, conflict=event_id,
                                     registration=row.pump, note=note))
        uow.commit()

