"""The central judge, ``pumpdesk central serve``: the one process that writes the region's
log. Counters hand events and register changes in to the inbox; the judge takes them in
the order they arrived, decides each against the central state with the same domain rules
every counter has (``app.domain.sync.judge``), appends it to the log with the next sequence
number and its verdict, and keeps the pumps' central state and the person register.

Each batch is one transaction: the inbox rows it took, the log rows it wrote and the state
it changed commit together or not at all, so a judge killed at any moment loses nothing and
judges nothing twice. Only the judge holding the region's leader lock judges; another one
started beside it waits as a standby and takes over when the first one's session ends.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

import psycopg

from app import __version__
from app.domain.events import EVENT_FORMAT, Event, EventType
from app.domain.pump import Pump, evolve
from app.domain.refusals import RefusalCode, Refused
from app.domain.states import PumpState
from app.domain.sync import (
    Outcome,
    UsedPrescription,
    judge,
    prescription_met,
    protected_prescription,
    reason_to_json,
)
from app.sync.connection import CentralUnavailable, connect
from app.sync.persons import CentralRegister
from app.sync.staff import CentralStaff

log = logging.getLogger("pumpdesk.judge")

#: The first key of the leader lock; the second is the schema's, so regions (or tests)
#: sharing a server in separate schemas each have their own judge.
JUDGE_LOCK = 0x4A554447  # "JUDG"
BATCH = 2000


# -- the pumps' central state ----------------------------------------------------------------

PUMP_COLUMNS = ("registration", "model", "state", "since", "serial_number", "udi_gtin",
                "udi_serial", "responsible_unit", "loan_id", "last_maintenance",
                "next_maintenance", "service_reason", "open_faults", "return_to")
SELECT_PUMPS = f"SELECT {', '.join(PUMP_COLUMNS)}, last_event FROM pumps"
_UPSERT_PUMP = (
    f"INSERT INTO pumps ({', '.join(PUMP_COLUMNS)}, last_event, last_seq) "
    f"VALUES ({', '.join(['%s'] * (len(PUMP_COLUMNS) + 2))}) "
    "ON CONFLICT (registration) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*PUMP_COLUMNS[1:], "last_event", "last_seq")))


def pump_of(row: Sequence[Any]) -> Pump:
    values = dict(zip(PUMP_COLUMNS, row))
    values["state"] = PumpState(values["state"])
    return Pump(**values)


def _pump_row(pump: Pump, event_id: str, seq: int) -> tuple[Any, ...]:
    return (pump.registration, pump.model, pump.state.value, pump.since, pump.serial_number,
            pump.udi_gtin, pump.udi_serial, pump.responsible_unit, pump.loan_id,
            pump.last_maintenance, pump.next_maintenance, pump.service_reason,
            pump.open_faults, pump.return_to, event_id, seq)


# -- judging ------------------------------------------------------------------------------------

_LOG_COLUMNS = ("seq", "event_id", "type", "pump", "actor", "workstation", "occurred_at",
                "payload", "outcome", "reason", "against", "received_at", "judged_at")
_COPY_LOG = f"COPY log ({', '.join(_LOG_COLUMNS)}) FROM STDIN"


def event_of(body: dict[str, Any]) -> Event:
    return Event(id=body["id"], type=EventType(body["type"]), pump=body.get("pump"),
                 actor=body["actor"], workstation=body["workstation"],
                 occurred_at=dt.datetime.fromisoformat(body["occurred_at"]),
                 payload=body.get("payload") or {})


def not_its_own(event: Event, handed_in_by: str) -> Refused:
    return Refused(RefusalCode.ILLEGAL_MOVE,
                   "Not recorded: workstation {by} handed in an event made in the name of "
                   "workstation {workstation}.", by=handed_in_by,
                   workstation=event.workstation)


@dataclass
class _Batch:
    """What one transaction of the judge has decided so far."""

    seq: int
    state: dict[str, tuple[Pump | None, str | None]] = field(default_factory=dict)
    prescriptions: dict[str, UsedPrescription] = field(default_factory=dict)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    changed: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    new_prescriptions: list[tuple[str, str, str, str]] = field(default_factory=list)
    staff: CentralStaff = field(default_factory=CentralStaff)


def _load(cursor: psycopg.Cursor[Any], events: list[Event], batch: _Batch) -> None:
    batch.staff.load(cursor, events)
    registrations = sorted({e.pump for e in events if e.pump} - set(batch.state))
    cursor.execute(SELECT_PUMPS + " WHERE registration = ANY(%s)", (registrations,))
    for row in cursor.fetchall():
        batch.state[row[0]] = (pump_of(row[:-1]), row[-1])
    keys = sorted({key for e in events if (key := protected_prescription(e))}
                  - set(batch.prescriptions))
    if keys:
        cursor.execute("SELECT approval_key, loan_id, loan_number, event_id "
                       "FROM protected_prescriptions WHERE approval_key = ANY(%s)", (keys,))
        batch.prescriptions.update({k: (loan, number, event)
                                    for k, loan, number, event in cursor.fetchall()})


def _decide(event: Event, handed_in_by: str, received_at: Any, batch: _Batch) -> None:
    batch.seq += 1
    pump, last = batch.state.get(event.pump, (None, None)) if event.pump else (None, None)
    reason = not_its_own(event, handed_in_by) if event.workstation != handed_in_by \
        else batch.staff.refusal(event) or judge(pump, event, batch.prescriptions)
    against = None
    if reason is None:
        outcome = Outcome.ACCEPTED
        batch.staff.accept(event)
        if event.pump is not None:
            after = evolve(pump, event)
            batch.state[event.pump] = (after, event.id)
            batch.changed[event.pump] = _pump_row(after, event.id, batch.seq)
        key = protected_prescription(event)
        if key and key not in batch.prescriptions:
            used = (event.payload["loan_id"], event.payload["loan_number"], event.id)
            batch.prescriptions[key] = used
            batch.new_prescriptions.append((key, *used))
    else:
        outcome = Outcome.CONFLICT
        met = prescription_met(event, batch.prescriptions)
        against = met[2] if met else last
    batch.rows.append((
        batch.seq, event.id, event.type.value, event.pump, event.actor, event.workstation,
        event.occurred_at, json.dumps(dict(event.payload)), outcome.value,
        json.dumps(reason_to_json(reason)) if reason else None, against, received_at,
        None))


def _write(cursor: psycopg.Cursor[Any], batch: _Batch) -> None:
    if batch.rows:
        cursor.execute("SELECT now()")
        judged_at = cursor.fetchone()[0]
        with cursor.copy(_COPY_LOG) as copy:
            for row in batch.rows:
                copy.write_row((*row[:-1], judged_at))
    if batch.changed:
        cursor.executemany(_UPSERT_PUMP, list(batch.changed.values()))
    batch.staff.write(cursor)
    if batch.new_prescriptions:
        cursor.executemany("INSERT INTO protected_prescriptions VALUES (%s, %s, %s, %s)",
                           batch.new_prescriptions)
    batch.rows, batch.changed, batch.new_prescriptions = [], {}, []


def judge_inbox(cursor: psycopg.Cursor[Any], limit: int = BATCH) -> int:
    """Judge up to ``limit`` items of the inbox, in the order they arrived, in the caller's
    transaction. Returns how many were taken."""
    cursor.execute("SELECT seq, id, workstation, kind, body::text, received_at FROM inbox "
                   "WHERE format <= %s ORDER BY seq LIMIT %s",
                   (EVENT_FORMAT, limit))
    items = cursor.fetchall()
    if not items:
        return 0
    events = {item[1]: event_of(json.loads(item[4])) for item in items if item[3] == "event"}
    cursor.execute("SELECT event_id FROM log WHERE event_id = ANY(%s)", (list(events),))
    judged = {row[0] for row in cursor.fetchall()}  # handed in again: judged once already
    cursor.execute("SELECT coalesce(max(seq), 0) FROM log")
    batch = _Batch(seq=cursor.fetchone()[0])
    _load(cursor, [e for e in events.values() if e.id not in judged], batch)
    register = CentralRegister(cursor)
    for _seq, item_id, workstation, kind, body, received_at in items:
        if kind == "person":
            _write(cursor, batch)  # a protection may use prescriptions up: in order
            register.apply(json.loads(body))
            batch.prescriptions.clear()
            _load(cursor, [e for e in events.values() if e.id not in judged], batch)
        elif kind == "event" and item_id not in judged:
            _decide(events[item_id], workstation, received_at, batch)
            judged.add(item_id)
    _write(cursor, batch)
    cursor.execute("DELETE FROM inbox WHERE seq = ANY(%s)", ([item[0] for item in items],))
    return len(items)


# -- the process --------------------------------------------------------------------------------


class Judge:
    """The judge of one region (the schema the URL names). ``run`` judges until ``stop``
    is set: as the leader, or waiting as a standby until it can lead."""

    def __init__(self, url: str, *, name: str | None = None, idle_s: float = 0.05) -> None:
        self.url = url
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        #: How often the inbox is looked at while it is empty. Counters do not notify the
        #: judge: NOTIFY serialises committing transactions, and no counter may make
        #: another wait.
        self.idle_s = idle_s
        self._beat = 0.0
        self.leading = threading.Event()
        self._connection: psycopg.Connection[Any] | None = None
        self.schema = ""

    def _connect(self) -> psycopg.Connection[Any]:
        connection = connect(self.url, autocommit=True)
        self.schema = connection.execute("SELECT current_schema()").fetchone()[0]
        return connection

    def try_to_lead(self) -> bool:
        """Take the region's leader lock if no other judge holds it (held until this
        judge's session ends: a judge that dies or is cut off lets the standby lead)."""
        if self._connection is None or self._connection.closed:
            self._connection = self._connect()
        held = self._connection.execute(
            "SELECT pg_try_advisory_lock(%s, hashtext(current_schema()))",
            (JUDGE_LOCK,)).fetchone()[0]
        if held and not self.leading.is_set():
            self._connection.execute(
                "INSERT INTO judge_status (id, format, version, leader, started_at, heartbeat)"
                " VALUES (1, %s, %s, %s, now(), now()) ON CONFLICT (id) DO UPDATE SET "
                "format = EXCLUDED.format, version = EXCLUDED.version, "
                "leader = EXCLUDED.leader, started_at = now(), heartbeat = now()",
                (EVENT_FORMAT, __version__, self.name))
            self.leading.set()
            log.info("judge %s leads region %s", self.name, self.schema)
        return bool(held)

    def run_once(self) -> int:
        """Judge what waits, batch by batch, as the leader. Returns how many were taken."""
        assert self._connection is not None
        taken = 0
        while True:
            with self._connection.transaction(), self._connection.cursor() as cursor:
                done = judge_inbox(cursor)
            taken += done
            if done < BATCH:
                return taken

    def heartbeat(self) -> None:
        """Say the judge is alive, once a second at most (counters read it)."""
        assert self._connection is not None
        if time.monotonic() - self._beat < 1.0:
            return
        self._connection.execute("UPDATE judge_status SET heartbeat = now() WHERE id = 1 "
                                 "AND leader = %s", (self.name,))
        self._beat = time.monotonic()

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                if not self.try_to_lead():
                    stop.wait(self.idle_s)  # a standby: another judge leads
                    continue
                if not self.run_once():
                    stop.wait(self.idle_s)
                self.heartbeat()
            except (psycopg.OperationalError, psycopg.InterfaceError, CentralUnavailable) as \
                    error:
                log.warning("judge %s lost the central database: %s", self.name, error)
                self.close()
                stop.wait(self.idle_s)
        self.close()

    def close(self) -> None:
        self.leading.clear()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def judge_until_quiet(url: str, timeout_s: float = 10.0) -> int:
    """Judge everything waiting now (for tests and the command line's one-off use)."""
    judge_ = Judge(url, name="once")
    deadline = time.monotonic() + timeout_s
    try:
        while not judge_.try_to_lead():
            if time.monotonic() > deadline:
                raise CentralUnavailable("another judge leads the region")
            time.sleep(0.05)
        return judge_.run_once()
    finally:
        judge_.close()
