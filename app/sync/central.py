"""The central PostgreSQL database: its schema, and the three things a workstation asks
of it (register, push, pull), each one transaction.

Every push takes one advisory lock for its whole transaction and draws sequence numbers
under it as ``max(seq) + 1``. Two pushes therefore commit in the order of their numbers and
leave no gaps, so a reader that polls ``seq > cursor`` can never pass over an event that
commits late. The same lock makes each verdict see every earlier verdict: the central order
is the order of the lock.
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from app.domain.events import Event, EventType
from app.domain.persons import Person
from app.domain.pump import Pump, evolve
from app.domain.states import PumpState
from app.domain.sync import (
    CentralEntry,
    Outcome,
    UsedPrescription,
    judge,
    prescription_met,
    protected_prescription,
    reason_to_json,
)
from app.sync.persons import CentralRegister

MIGRATIONS = Path(__file__).with_name("migrations")
#: The first key of the push lock; the second is the schema's, so regions (or tests)
#: sharing a server in separate schemas do not wait for each other.
PUSH_LOCK = 0x5055_4D50  # "PUMP"
CONNECT_TIMEOUT_S = 3
KEYRING_SERVICE = "PumpDesk central database"


class CentralUnavailable(Exception):
    """The central database cannot be reached now; work goes on locally."""


class CentralNotReady(Exception):
    """The central database is reachable but its schema is missing or out of date."""


class WorkstationClash(Exception):
    """Another workstation already syncs under this workstation's id."""

    def __init__(self, workstation: str) -> None:
        self.workstation = workstation
        super().__init__(f"workstation id {workstation} is already in use by another "
                         "workstation at the central database")


# -- connection ----------------------------------------------------------------------------


def _keyring_user(params: dict[str, Any]) -> str:
    return (f"{params.get('user', '')}@{params.get('host', '')}:{params.get('port', 5432)}"
            f"/{params.get('dbname', '')}")


def redact(url: str) -> str:
    """``url`` without its password, as it may be kept in settings and shown."""
    params = conninfo_to_dict(url)
    params.pop("password", None)
    return make_conninfo(**params)


def store_password(url: str, password: str) -> None:
    """Keep the password for ``url`` in the system's password store (Windows Credential
    Manager, macOS Keychain, the Secret Service on Linux), never in a settings file."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, _keyring_user(conninfo_to_dict(url)), password)


def _stored_password(params: dict[str, Any]) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(params))
    except (ImportError, KeyringError, RuntimeError):
        return None  # no password store here: libpq's PGPASSWORD or pgpass file may serve


def connection_params(url: str) -> dict[str, Any]:
    """libpq parameters for ``url`` (a ``postgresql://`` URL or ``key=value`` string, with
    any TLS settings such as ``sslmode=verify-full``), the password coming from the system's
    password store when the URL has none."""
    params = conninfo_to_dict(url)
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", "PumpDesk")
    if "password" not in params:
        password = _stored_password(params)
        if password:
            params["password"] = password
    return params


def connect(url: str, **options: Any) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(**{**connection_params(url), **options})
    except psycopg.OperationalError as error:
        raise CentralUnavailable(str(error).strip()) from error


# -- schema --------------------------------------------------------------------------------


def _alembic_config(engine: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head() or ""


def init_central(url: str) -> str:
    """Create or upgrade the central schema (in the first schema of the URL's search path,
    created if missing). Returns the revision it is at."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    with connect(url, autocommit=True) as connection:
        schema = connection.execute("SELECT current_schemas(false)").fetchone()
        if not schema or not schema[0]:
            wanted = connection.execute("SHOW search_path").fetchone()[0].split(",")[0].strip()
            connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(
                sql.Identifier(wanted.strip('"'))))
    engine = create_engine("postgresql+psycopg://", poolclass=NullPool,
                           creator=lambda: psycopg.connect(**connection_params(url)))
    try:
        command.upgrade(_alembic_config(engine), "head")
        with engine.connect() as connection:
            return str(connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar())
    finally:
        engine.dispose()


# -- the pumps' central state ----------------------------------------------------------------

_PUMP_COLUMNS = ("registration", "model", "state", "since", "serial_number", "udi_gtin",
                 "udi_serial", "responsible_unit", "loan_id", "last_maintenance",
                 "next_maintenance", "service_reason", "open_faults", "return_to")
_SELECT_PUMPS = f"SELECT {', '.join(_PUMP_COLUMNS)}, last_event FROM pumps"
_UPSERT_PUMP = (
    f"INSERT INTO pumps ({', '.join(_PUMP_COLUMNS)}, last_event, last_seq) "
    f"VALUES ({', '.join(['%s'] * (len(_PUMP_COLUMNS) + 2))}) "
    "ON CONFLICT (registration) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*_PUMP_COLUMNS[1:], "last_event", "last_seq")))


def _pump(row: Sequence[Any]) -> Pump:
    values = dict(zip(_PUMP_COLUMNS, row))
    values["state"] = PumpState(values["state"])
    return Pump(**values)


def _pump_row(pump: Pump, event_id: str, seq: int) -> tuple[Any, ...]:
    return (pump.registration, pump.model, pump.state.value, pump.since, pump.serial_number,
            pump.udi_gtin, pump.udi_serial, pump.responsible_unit, pump.loan_id,
            pump.last_maintenance, pump.next_maintenance, pump.service_reason,
            pump.open_faults, pump.return_to, event_id, seq)


# -- the log ---------------------------------------------------------------------------------

_LOG_COLUMNS = ("seq", "event_id", "type", "pump", "actor", "workstation", "occurred_at",
                "payload", "outcome", "reason", "against")
_COPY_LOG = f"COPY log ({', '.join(_LOG_COLUMNS)}) FROM STDIN"
_PULL = f"SELECT {', '.join(_LOG_COLUMNS)} FROM log WHERE seq > %s ORDER BY seq LIMIT %s"


def _entry(row: Sequence[Any]) -> CentralEntry:
    seq, event_id, type_, pump, actor, workstation, occurred_at, payload, outcome, reason, \
        against = row
    event = Event(id=event_id, type=EventType(type_), pump=pump, actor=actor,
                  workstation=workstation, occurred_at=occurred_at.astimezone(dt.UTC),
                  payload=payload)
    return CentralEntry(seq=seq, event=event, outcome=Outcome(outcome), reason=reason,
                        against=against)


@dataclass(frozen=True)
class CentralCounts:
    events: int
    conflicts: int
    head: int
    workstations: int


class Central:
    """One workstation's connection to the central database, opened on first use and
    opened again after the network comes back. Not shared between threads."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._connection: psycopg.Connection[Any] | None = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Cursor[Any]]:
        """One central transaction. A broken connection becomes ``CentralUnavailable`` and
        is dropped, so the next call connects afresh."""
        try:
            if self._connection is None or self._connection.closed:
                self._connection = connect(self.url)
            with self._connection.transaction(), self._connection.cursor() as cursor:
                yield cursor
        except psycopg.errors.UndefinedTable as error:
            raise CentralNotReady("the central schema is missing: run "
                                  "'pumpdesk central init'") from error
        except (psycopg.OperationalError, psycopg.InterfaceError) as error:
            self.close()
            raise CentralUnavailable(str(error).strip() or type(error).__name__) from error

    def register(self, workstation: str, install_key: str) -> None:
        """Claim ``workstation`` for the installation holding ``install_key``; refused with
        ``WorkstationClash`` if another installation holds it."""
        with self.transaction() as cursor:
            cursor.execute("INSERT INTO workstations (id, install_key) VALUES (%s, %s) "
                           "ON CONFLICT (id) DO NOTHING", (workstation, install_key))
            self._check_workstation(cursor, workstation, install_key)

    @staticmethod
    def _check_workstation(cursor: psycopg.Cursor[Any], workstation: str, key: str) -> None:
        cursor.execute("SELECT install_key FROM workstations WHERE id = %s", (workstation,))
        row = cursor.fetchone()
        if row is None or row[0] != key:
            raise WorkstationClash(workstation)

    def push(self, workstation: str, install_key: str,
             events: Sequence[Event]) -> list[CentralEntry]:
        """Store each event once, in order, and answer for every one of them.

        An event the log already holds is answered from the log: the same batch sent again
        changes nothing and gets the same answers.
        """
        if not events:
            return []
        with self.transaction() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))",
                           (PUSH_LOCK,))
            self._check_workstation(cursor, workstation, install_key)
            cursor.execute(f"SELECT {', '.join(_LOG_COLUMNS)} FROM log "
                           "WHERE event_id = ANY(%s)", ([e.id for e in events],))
            stored = {row[1]: _entry(row) for row in cursor.fetchall()}
            cursor.execute("SELECT coalesce(max(seq), 0) FROM log")
            seq = cursor.fetchone()[0]
            registrations = sorted({e.pump for e in events if e.pump and e.id not in stored})
            cursor.execute(_SELECT_PUMPS + " WHERE registration = ANY(%s)", (registrations,))
            state = {row[0]: (_pump(row[:-1]), row[-1]) for row in cursor.fetchall()}
            prescriptions = self._used_prescriptions(cursor, events)
            new_prescriptions: list[tuple[str, str, str, str]] = []
            answers: list[CentralEntry] = []
            rows: list[tuple[Any, ...]] = []
            changed: dict[str, tuple[Any, ...]] = {}
            for event in events:
                if event.id in stored:
                    answers.append(stored[event.id])
                    continue
                seq += 1
                pump, last = state.get(event.pump, (None, None)) if event.pump else (None, None)
                reason = judge(pump, event, prescriptions)
                if reason is None:
                    entry = CentralEntry(seq, event, Outcome.ACCEPTED)
                    key = protected_prescription(event)
                    if key and key not in prescriptions:
                        used = (event.payload["loan_id"], event.payload["loan_number"],
                                event.id)
                        prescriptions[key] = used
                        new_prescriptions.append((key, *used))
                    if event.pump is not None:
                        after = evolve(pump, event)
                        state[event.pump] = (after, event.id)
                        changed[event.pump] = _pump_row(after, event.id, seq)
                else:
                    met = prescription_met(event, prescriptions)
                    entry = CentralEntry(seq, event, Outcome.CONFLICT, reason_to_json(reason),
                                         met[2] if met else last)
                stored[event.id] = entry
                answers.append(entry)
                rows.append((seq, event.id, event.type.value, event.pump, event.actor,
                             event.workstation, event.occurred_at,
                             json.dumps(dict(event.payload)), entry.outcome.value,
                             json.dumps(entry.reason) if entry.reason else None,
                             entry.against))
            if rows:
                with cursor.copy(_COPY_LOG) as copy:
                    for row in rows:
                        copy.write_row(row)
            if changed:
                cursor.executemany(_UPSERT_PUMP, list(changed.values()))
            if new_prescriptions:
                cursor.executemany("INSERT INTO protected_prescriptions VALUES (%s, %s, %s, %s)",
                                   new_prescriptions)
            cursor.execute("UPDATE workstations SET last_seen = now() WHERE id = %s",
                           (workstation,))
        return answers

    @staticmethod
    def _used_prescriptions(cursor: psycopg.Cursor[Any],
                            events: Sequence[Event]) -> dict[str, UsedPrescription]:
        keys = sorted({key for e in events if (key := protected_prescription(e))})
        if not keys:
            return {}
        cursor.execute("SELECT approval_key, loan_id, loan_number, event_id "
                       "FROM protected_prescriptions WHERE approval_key = ANY(%s)", (keys,))
        return {key: (loan, number, event) for key, loan, number, event in cursor.fetchall()}

    def hand_in_persons(self, workstation: str, install_key: str,
                        changes: Sequence[dict[str, Any]]) -> None:
        """Apply changes to the person register, in order, under the push lock (so a
        register change and the pushes around it see one order)."""
        if not changes:
            return
        with self.transaction() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))",
                           (PUSH_LOCK,))
            self._check_workstation(cursor, workstation, install_key)
            register = CentralRegister(cursor)
            for change in changes:
                register.apply(change)

    def pull_persons(self, after: int, limit: int) -> list[tuple[Person, int]]:
        """Person records changed after version ``after``, oldest change first."""
        with self.transaction() as cursor:
            return CentralRegister(cursor).changed_since(after, limit)

    def pull(self, after: int, limit: int) -> list[CentralEntry]:
        """The log after central number ``after``, in order, at most ``limit`` entries."""
        with self.transaction() as cursor:
            cursor.execute(_PULL, (after, limit))
            return [_entry(row) for row in cursor.fetchall()]

    def pumps(self) -> dict[str, Pump]:
        """Every pump's central state."""
        with self.transaction() as cursor:
            cursor.execute(_SELECT_PUMPS)
            return {row[0]: _pump(row[:-1]) for row in cursor.fetchall()}

    def counts(self) -> CentralCounts:
        with self.transaction() as cursor:
            cursor.execute("SELECT count(*), count(*) FILTER (WHERE outcome = 'conflict'), "
                           "coalesce(max(seq), 0), (SELECT count(*) FROM workstations) "
                           "FROM log")
            return CentralCounts(*cursor.fetchone())
