"""The central judge, ``pumpdesk central serve``: the one process that writes the region's
log. Counters hand events and register changes in to the inbox; the judge takes them in
the order they arrived, decides each against the central state with the same domain rules
every counter has (``app.domain.sync.judge``), appends it to the log with the next sequence
number and its verdict, and keeps the pumps' central state and the person register.

Each batch is one transaction: the inbox rows it took, the log rows it wrote and the state
it changed commit together or not at all, so a judge killed at any moment loses nothing and
judges nothing twice.

Only the judge holding the region's lease judges. The lease is the one row of
``judge_status``, which only the judge's role may write (an advisory lock, which any role may
take, would let a counter stop every judge): the leader renews it every second, and every
batch starts by locking the row and checking that the lease is still this judge's (its
``epoch``) and still running. Another judge started beside it waits as a standby and takes
over a lease that has run out — the leader died, was frozen or lost the network — with the
next epoch; the old leader, if it wakes, finds another epoch and writes nothing. The server
ends a frozen judge's session (``idle_session_timeout`` and friends, set on its role by
``central init``), so its row lock cannot outlive it either.
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
    Copies,
    Outcome,
    UsedNumber,
    UsedPrescription,
    copy_clash,
    copy_verdict,
    judge,
    loan_number_met,
    loan_number_of,
    prescription_met,
    protected_prescription,
    reason_to_json,
)
from app.sync.connection import CentralUnavailable, connect
from app.sync.orders import CentralOrders
from app.sync.persons import CentralRegister
from app.sync.recalls import CentralRecalls
from app.sync.staff import CentralStaff

#: Is anything waiting in the inbox? Asked many times a second by an idle judge (and by
#: a counter waiting for its verdicts, which may read only the ids of its own items):
#: through an index, since a plain ``EXISTS`` reads the whole table, and after a large
#: hand-in that is every dead row until (auto)vacuum has been by (5 ms a time, 100,000 rows).
ANY_WAITING = "SELECT id FROM inbox ORDER BY id LIMIT 1"
#: What the judge says after each batch it committed (``pg_notify``, its region's schema
#: as the payload): a counter waiting for its verdicts listens, rather than asking again
#: and again. A hint only: the counter asks the inbox before it believes it, and asks
#: anyway every so often, so a lost or forged notification costs at most a moment.
JUDGED_CHANNEL = "pumpdesk_judged"

log = logging.getLogger("pumpdesk.judge")

BATCH = 2000
#: A lease not renewed for this long has run out: a standby may take it.
LEASE_S = 5.0
#: How often the leader renews its lease (and beats its heartbeat).
RENEW_S = 1.0
#: How often a standby looks whether the lease has run out.
STANDBY_POLL_S = 0.25


class LostLead(Exception):
    """Another judge holds the lease now: this one must write nothing more."""


# -- the pumps' central state ----------------------------------------------------------------

PUMP_COLUMNS = ("registration", "model", "state", "since", "serial_number", "udi_gtin",
                "udi_serial", "udi_lot", "udi_produced", "udi_expires", "responsible_unit", "loan_id", "last_maintenance",
                "next_maintenance", "service_reason", "open_faults", "return_to")
SELECT_PUMPS = f"SELECT {', '.join(PUMP_COLUMNS)}, last_event FROM pumps"
# One statement for a batch's pumps (not executemany: a session frozen inside a pipeline
# is not "idle in transaction" to the server, whose timeout would then never end it).
_UPSERT_PUMPS = (
    f"INSERT INTO pumps ({', '.join(PUMP_COLUMNS)}, last_event, last_seq) "
    f"SELECT {', '.join(PUMP_COLUMNS)}, last_event, last_seq "
    "FROM jsonb_populate_recordset(NULL::pumps, %s::jsonb) "
    "ON CONFLICT (registration) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*PUMP_COLUMNS[1:], "last_event", "last_seq")))
_INSERT_PRESCRIPTIONS = (
    "INSERT INTO protected_prescriptions (approval_key, loan_id, loan_number, event_id) "
    "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[])")
_INSERT_NUMBERS = ("INSERT INTO loan_numbers (number, loan_id, event_id) "
                   "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[])")


def pump_of(row: Sequence[Any]) -> Pump:
    values = dict(zip(PUMP_COLUMNS, row))
    values["state"] = PumpState(values["state"])
    return Pump(**values)


def _pump_row(pump: Pump, event_id: str, seq: int) -> dict[str, Any]:
    row = {column: getattr(pump, column) for column in PUMP_COLUMNS}
    row.update(state=pump.state.value, last_event=event_id, last_seq=seq)
    for column in ("since", "last_maintenance", "next_maintenance", "udi_produced",
                   "udi_expires"):
        if row[column] is not None:
            row[column] = row[column].isoformat()
    return row


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
    changed: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_prescriptions: list[tuple[str, str, str, str]] = field(default_factory=list)
    numbers: dict[str, UsedNumber] = field(default_factory=dict)
    new_numbers: list[tuple[str, str, str]] = field(default_factory=list)
    #: Orders of consumables: withdrawal numbers, series, protected prescriptions.
    orders: CentralOrders = field(default_factory=CentralOrders)
    staff: CentralStaff = field(default_factory=CentralStaff)
    #: Each workstation's database copies, and the workstations whose copies this batch
    #: changed: True for a clash, False for a takeover alone.
    copies: dict[str, Copies] = field(default_factory=dict)
    copies_changed: dict[str, bool] = field(default_factory=dict)

    def copy_refusal(self, workstation: str, token: str | None,
                     replaces: str | None) -> Refused | None:
        """A clash if the item comes from a superseded copy of ``workstation``'s database
        (or from a second one); a takeover is noted."""
        before = self.copies.get(workstation, Copies())
        after, clash = copy_verdict(before, token, replaces)
        if clash:
            self.copies_changed[workstation] = True
            return copy_clash(workstation)
        if after != before:
            self.copies[workstation] = after
            self.copies_changed.setdefault(workstation, False)
        return None
    recalls: CentralRecalls = field(default_factory=CentralRecalls)


def _load(cursor: psycopg.Cursor[Any], events: list[Event], batch: _Batch) -> None:
    batch.staff.load(cursor, events)
    batch.recalls.load(cursor, events)
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
    numbers = sorted({n for e in events if (n := loan_number_of(e))} - set(batch.numbers))
    if numbers:
        cursor.execute("SELECT number, loan_id, event_id FROM loan_numbers "
                       "WHERE number = ANY(%s)", (numbers,))
        batch.numbers.update({n: (loan, event) for n, loan, event in cursor.fetchall()})
    batch.orders.load(cursor, events)


def _decide(event: Event, handed_in_by: str, received_at: Any, batch: _Batch,
            clash: Refused | None = None) -> None:
    batch.seq += 1
    pump, last = batch.state.get(event.pump, (None, None)) if event.pump else (None, None)
    reason = not_its_own(event, handed_in_by) if event.workstation != handed_in_by \
        else clash or batch.staff.refusal(event) \
        or judge(pump, event, batch.prescriptions, batch.numbers)
    ordered = batch.orders.refusal(event) if reason is None else None
    if ordered is not None:
        reason = ordered[0]
    recall = batch.recalls.refusal(pump, event) if reason is None else None
    if recall is not None:
        reason = recall[0]
    against = None
    number = loan_number_of(event) if event.workstation == handed_in_by else None
    if number and number not in batch.numbers:  # used from now on, accepted or not
        batch.numbers[number] = (str(event.payload.get("loan_id")), event.id)
        batch.new_numbers.append((number, *batch.numbers[number]))
    if event.workstation == handed_in_by:  # used from now on, accepted or not, as loans'
        batch.orders.note_number(event)
    if reason is None:
        outcome = Outcome.ACCEPTED
        batch.staff.accept(event)
        batch.recalls.accept(event)
        batch.orders.accept(event)
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
        number_met = loan_number_met(event, batch.numbers)
        against = recall[1] if recall else met[2] if met else \
            number_met[1] if number_met else ordered[1] if ordered else last
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
        cursor.execute(_UPSERT_PUMPS, (json.dumps(list(batch.changed.values())),))
    batch.staff.write(cursor)
    batch.recalls.write(cursor)
    if batch.new_prescriptions:
        cursor.execute(_INSERT_PRESCRIPTIONS, [list(column) for column in
                                               zip(*batch.new_prescriptions)])
    if batch.new_numbers:
        cursor.execute(_INSERT_NUMBERS, [list(column) for column in zip(*batch.new_numbers)])
    batch.orders.write(cursor)
    if batch.copies_changed:
        cursor.execute(_UPSERT_COPIES, (json.dumps([
            {"workstation": ws, "current": batch.copies.get(ws, Copies()).current,
             "superseded": sorted(batch.copies.get(ws, Copies()).superseded), "clash": clash}
            for ws, clash in batch.copies_changed.items()]),))
    batch.rows, batch.changed, batch.new_prescriptions, batch.new_numbers = [], {}, [], []
    batch.copies_changed = {}


# The current copy and those superseded, as the batch left them; when a clash was met.
_UPSERT_COPIES = (
    "INSERT INTO workstation_copies AS w (workstation, current, superseded, taken_over_at, "
    "clash_at) SELECT workstation, current, superseded, now(), "
    "CASE WHEN clash THEN now() END FROM json_to_recordset(%s::json) "
    "AS t(workstation text, current text, superseded text[], clash bool) "
    "ON CONFLICT (workstation) DO UPDATE SET current = EXCLUDED.current, "
    "superseded = EXCLUDED.superseded, "
    "taken_over_at = CASE WHEN EXCLUDED.current IS DISTINCT FROM w.current "
    "THEN now() ELSE w.taken_over_at END, "
    "clash_at = coalesce(EXCLUDED.clash_at, w.clash_at)")


def _load_copies(cursor: psycopg.Cursor[Any], workstations: set[str], batch: _Batch) -> None:
    wanted = sorted(workstations - set(batch.copies))
    if wanted:
        cursor.execute("SELECT workstation, current, superseded FROM workstation_copies "
                       "WHERE workstation = ANY(%s)", (wanted,))
        batch.copies.update({ws: Copies(current, frozenset(superseded))
                             for ws, current, superseded in cursor.fetchall()})


def _claim(cursor: psycopg.Cursor[Any], workstation: str, body: dict[str, Any]) -> None:
    """The day's replenishment run goes to the first claim taken; later ones change
    nothing (their counters read whose the day is)."""
    cursor.execute("INSERT INTO replenishment_claims (day, workstation, claim_id, actor) "
                   "VALUES (%s, %s, %s, %s) ON CONFLICT (day) DO NOTHING",
                   (body["day"], workstation, body["claim_id"], str(body.get("actor", ""))))


def judge_inbox(cursor: psycopg.Cursor[Any], limit: int = BATCH) -> int:
    """Judge up to ``limit`` items of the inbox, in the order they arrived, in the caller's
    transaction. Returns how many were taken."""
    cursor.execute("SELECT seq, id, workstation, kind, body::text, received_at, copy, "
                   "replaces FROM inbox WHERE format <= %s ORDER BY seq LIMIT %s",
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
    _load_copies(cursor, {item[2] for item in items if item[3] == "event"}, batch)
    register = CentralRegister(cursor)
    for _seq, item_id, workstation, kind, body, received_at, copy, replaces in items:
        if kind == "person":
            change = json.loads(body)
            if change.get("op") != "protect":  # a new record, a conversion, a merge
                register.apply(change)
                continue
            # A protection uses the person's prescriptions up, the loans judged before it
            # in this batch included: they are written first, and what the batch knows of
            # prescriptions is read again. (Done for every person item, that was the whole
            # batch's state read again for each new patient.)
            _write(cursor, batch)
            register.apply(change)
            batch.prescriptions.clear()
            _load(cursor, [e for e in events.values() if e.id not in judged], batch)
        elif kind == "event" and item_id not in judged:
            _decide(events[item_id], workstation, received_at, batch,
                    batch.copy_refusal(workstation, copy, replaces))
            judged.add(item_id)
        elif kind == "claim":
            _claim(cursor, workstation, json.loads(body))
    _write(cursor, batch)
    cursor.execute("DELETE FROM inbox WHERE seq = ANY(%s)", ([item[0] for item in items],))
    return len(items)


# -- the process --------------------------------------------------------------------------------


class Judge:
    """The judge of one region (the schema the URL names). ``run`` judges until ``stop``
    is set: as the leader, or waiting as a standby until the lease runs out."""

    def __init__(self, url: str, *, name: str | None = None, idle_s: float = 0.02) -> None:
        self.url = url
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        #: How often the inbox is looked at while it is empty. Counters do not notify the
        #: judge: NOTIFY serialises committing transactions, and no counter may make
        #: another wait.
        self.idle_s = idle_s
        self.epoch: int | None = None  # the lease's epoch while this judge leads
        self._renewed = 0.0
        self.leading = threading.Event()
        self._connection: psycopg.Connection[Any] | None = None
        self.schema = ""

    def _connect(self) -> psycopg.Connection[Any]:
        connection = connect(self.url, autocommit=True)
        self.schema = connection.execute("SELECT current_schema()").fetchone()[0]
        return connection

    def _lose(self, why: str) -> None:
        if self.leading.is_set():
            log.warning("judge %s no longer leads region %s: %s", self.name, self.schema, why)
        self.leading.clear()
        self.epoch = None

    def try_to_lead(self) -> bool:
        """Renew this judge's lease, or take the lease if it has run out. False while
        another judge holds it (or is writing a batch under its lock)."""
        if self._connection is None or self._connection.closed:
            self._connection = self._connect()
        connection = self._connection
        if self.epoch is None:  # a standby: a plain read first, no lock taken
            row = connection.execute("SELECT lease_until > now() FROM judge_status "
                                     "WHERE id = 1").fetchone()
            if row is not None and row[0]:
                return False
        took = False
        with connection.transaction():
            connection.execute(
                "INSERT INTO judge_status (id, format, version, leader, started_at, "
                "heartbeat) VALUES (1, %s, %s, '', now(), now()) ON CONFLICT (id) DO NOTHING",
                (EVENT_FORMAT, __version__))
            row = connection.execute(
                "SELECT epoch, lease_until > now() FROM judge_status WHERE id = 1 "
                "FOR UPDATE SKIP LOCKED").fetchone()
            if row is None:  # the leader is writing a batch: its lease is alive
                return self.epoch is not None
            epoch, alive = row
            if self.epoch == epoch and alive:
                connection.execute(
                    "UPDATE judge_status SET lease_until = now() + %s * interval '1 second', "
                    "heartbeat = now() WHERE id = 1", (LEASE_S,))
            elif alive:
                self._lose(f"judge epoch {epoch} holds the lease")
                return False
            else:
                connection.execute(
                    "UPDATE judge_status SET epoch = %s, leader = %s, format = %s, "
                    "version = %s, started_at = now(), heartbeat = now(), "
                    "lease_until = now() + %s * interval '1 second' WHERE id = 1",
                    (epoch + 1, self.name, EVENT_FORMAT, __version__, LEASE_S))
                took = True
        # Said once committed: a reader who hears "leading" finds the new lease in place.
        if took:
            self.epoch = epoch + 1
            self.leading.set()
            log.info("judge %s leads region %s (epoch %s)", self.name, self.schema,
                     self.epoch)
        self._renewed = time.monotonic()
        return True

    def _lead(self) -> bool:
        if self.epoch is not None and time.monotonic() - self._renewed < RENEW_S:
            return True
        return self.try_to_lead()

    def _check_lease(self, cursor: psycopg.Cursor[Any]) -> None:
        """At the start of a batch, under the lease row's lock: is the lease still ours?"""
        cursor.execute("SELECT epoch, lease_until > now() FROM judge_status WHERE id = 1 "
                       "FOR UPDATE")
        row = cursor.fetchone()
        if row is None or row[0] != self.epoch or not row[1]:
            raise LostLead(f"the lease is at epoch {row[0] if row else None}")

    def run_once(self) -> int:
        """Judge what waits, batch by batch, as the leader. Returns how many were taken;
        raises ``LostLead`` (having written nothing) if the lease is no longer this
        judge's."""
        assert self._connection is not None
        connection = self._connection
        taken = 0
        while True:
            if connection.execute(ANY_WAITING).fetchone() is None:
                return taken
            with connection.transaction(), connection.cursor() as cursor:
                self._check_lease(cursor)
                done = judge_inbox(cursor)
            self._announce(connection)
            taken += done
            if done < BATCH:
                return taken

    def _announce(self, connection: psycopg.Connection[Any]) -> None:
        """Tell the listening counters that a batch is judged: after the commit, on its own,
        so that a full notification queue (any role may fill it) never stops a batch."""
        try:
            connection.execute("SELECT pg_notify(%s, %s)", (JUDGED_CHANNEL, self.schema))
        except psycopg.errors.ProgramLimitExceeded as error:
            log.warning("judge %s could not tell the counters (%s): they ask instead",
                        self.name, error)

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                if not self._lead():
                    stop.wait(STANDBY_POLL_S)  # a standby: another judge leads
                    continue
                if not self.run_once():
                    stop.wait(self.idle_s)
            except LostLead as lost:
                self._lose(str(lost))
            except (psycopg.OperationalError, psycopg.InterfaceError, CentralUnavailable) as \
                    error:
                log.warning("judge %s lost the central database: %s", self.name, error)
                self.close()
                stop.wait(self.idle_s)
        self.close()

    def close(self) -> None:
        """Stop: a leader hands its lease back, so a standby takes over at once."""
        connection, self._connection = self._connection, None
        if connection is not None and not connection.closed:
            if self.epoch is not None:
                try:
                    connection.execute("UPDATE judge_status SET lease_until = '-infinity' "
                                       "WHERE id = 1 AND epoch = %s", (self.epoch,))
                except psycopg.Error:
                    pass  # the connection is gone: the lease runs out on its own
            connection.close()
        self.leading.clear()
        self.epoch = None


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
