"""The central database as a counter sees it, through its own role: hand events and
register changes in to the inbox, read the central judge's status and verdicts, and pull
the log and the person register. A counter writes nothing else there: the judge
(``app/sync/judge.py``) decides and writes, and no counter holds a lock another waits on.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import psycopg
from psycopg import sql
from psycopg.types.string import TextLoader

from app.domain.events import EVENT_FORMAT, Event, EventType
from app.domain.persons import Person
from app.domain.pump import Pump
from app.domain.sync import CentralEntry, Outcome
from app.sync.connection import (
    BOUND_S,
    CentralNotReady,
    CentralUnavailable,
    Deadline,
    WorkstationClash,
    connect,
    redact,
    scrub,
    store_password,
)
from app.sync.judge import JUDGED_CHANNEL, SELECT_PUMPS, pump_of
from app.sync.persons import CentralRegister

__all__ = ["Central", "CentralCounts", "CentralNotReady", "CentralUnavailable",
           "CopyStatus", "Heads", "JudgeStatus", "WorkstationClash", "redact", "store_password"]

#: A judge whose heartbeat is older than this is not running.
JUDGE_SILENT_AFTER = dt.timedelta(seconds=15)
#: A connection left idle this long is opened afresh rather than used: the server ends a
#: counter's sessions idle for longer (``COUNTER_SETTINGS`` in ``app.sync.admin``).
REUSE_IDLE_S = 240.0
#: While a counter waits for its verdicts it listens for the judge's word that a batch is
#: judged (``JUDGED_CHANNEL``), and asks the inbox again at the latest after this long
#: without one (a judge between its commit and its word, a full notification queue) …
RECHECK_S = 0.25
#: … and at the soonest after this long, however many notifications come: any role may
#: send them, and a flood of them must not turn into a flood of questions.
RECHECK_GAP_S = 0.02

_LOG_COLUMNS = ("seq", "event_id", "type", "pump", "actor", "workstation", "occurred_at",
                "payload", "outcome", "reason", "against")
_PULL = f"SELECT {', '.join(_LOG_COLUMNS)} FROM log WHERE seq > %s ORDER BY seq LIMIT %s"
# One statement for the whole hand-in, in autocommit: one round trip, not three (BEGIN,
# INSERT, COMMIT), and no transaction a frozen counter could leave open. Not executemany:
# a counter frozen inside a pipeline would hold a transaction the server sees as busy.
_HAND_IN = ("INSERT INTO inbox (id, kind, format, body, copy, replaces) "
            "SELECT id, kind, format, body::json, %s, %s "
            "FROM unnest(%s::text[], %s::text[], %s::int[], %s::text[]) "
            "AS t(id, kind, format, body) "
            "ON CONFLICT (id) DO NOTHING")


#: What every cycle asks first, in one round trip. Each side of the joins is at most one
#: row, and says so: estimated at the planner's defaults (a thousand rows for a function,
#: hundreds for a table not yet analysed) the join cost enough to be JIT-compiled, 4 ms of
#: every idle cycle where the statement itself takes 0.4 ms.
JUDGE_STATUS = ("SELECT extract(epoch FROM clock_timestamp()), c.current, c.clash_at, "
                "my_series(), (SELECT max(seq) FROM log), (SELECT max(version) FROM persons), "
                "s.format, s.version, s.leader, s.heartbeat, now() "
                "FROM (SELECT 1) AS one LEFT JOIN judge_status AS s ON s.id = 1 "
                "LEFT JOIN (SELECT * FROM my_copy() LIMIT 1) AS c ON true")

#: A waiting counter's look: the first of its own items still in the inbox (a counter
#: sees only its own), and with it the heads (see ``Heads``), so that a cycle whose
#: verdicts are in asks for the person register only if it has moved.
VERDICTS_IN = ("SELECT (SELECT id FROM inbox ORDER BY id LIMIT 1), "
               "(SELECT max(seq) FROM log), (SELECT max(version) FROM persons)")


@dataclass(frozen=True)
class Heads:
    """The newest central log number and person register version: a cycle that handed
    nothing in and waits for nothing pulls only when they are past what it has (an idle
    counter's cycle is one round trip, not three)."""

    log: int
    persons: int


_TYPES = {t.value: t for t in EventType}
_OUTCOMES = {o.value: o for o in Outcome}


def _entry(row: Sequence[Any]) -> CentralEntry:
    """A pulled row (read with ``json`` columns as their text) as an entry."""
    seq, event_id, type_, pump, actor, workstation, occurred_at, payload, outcome, reason, \
        against = row
    if isinstance(reason, str):  # json since central migration 0005 (jsonb before it)
        reason = json.loads(reason)
    event = Event(id=event_id, type=_TYPES.get(type_) or EventType(type_), pump=pump,
                  actor=actor, workstation=workstation,
                  occurred_at=occurred_at.astimezone(dt.UTC), payload=json.loads(payload))
    return CentralEntry(seq=seq, event=event, outcome=_OUTCOMES.get(outcome)
                        or Outcome(outcome), reason=reason, against=against,
                        payload_json=payload)


def event_body(event: Event) -> str:
    """An event as the counter hands it in."""
    return json.dumps({"id": event.id, "type": event.type.value, "pump": event.pump,
                       "actor": event.actor, "workstation": event.workstation,
                       "occurred_at": event.occurred_at.isoformat(),
                       "payload": dict(event.payload)})


@dataclass(frozen=True)
class JudgeStatus:
    format: int
    version: str
    leader: str
    heartbeat: dt.datetime
    now: dt.datetime

    @property
    def running(self) -> bool:
        return self.now - self.heartbeat < JUDGE_SILENT_AFTER

    @property
    def reads_ours(self) -> bool:
        """Whether the judge reads the events this counter writes."""
        return self.format >= EVENT_FORMAT


@dataclass(frozen=True)
class CopyStatus:
    """This workstation's database copies as the judge sees them: the copy it takes events
    from, and when it last refused one from another copy (two databases running as one
    workstation)."""

    current: str | None
    clash_at: dt.datetime | None


@dataclass(frozen=True)
class DayClaim:
    """Whose a day's replenishment run is, as the judge gave it."""

    day: dt.date
    workstation: str
    claim_id: str
    actor: str
    claimed_at: dt.datetime


@dataclass(frozen=True)
class CentralCounts:
    events: int
    conflicts: int
    head: int
    workstations: int


class Central:
    """One workstation's connection to the central database, opened on first use and
    opened again after the network comes back. Not shared between threads."""

    def __init__(self, url: str, bound_s: float = BOUND_S) -> None:
        self.url = url
        self._connection: psycopg.Connection[Any] | None = None
        self._used = 0.0
        self.clock_offset_s: float | None = None
        self.copy_status = CopyStatus(None, None)
        #: This counter's order series, as the region gave it (read with the judge's status).
        self.order_series: int | None = None
        #: The log's and the person register's newest numbers (read with the judge's status).
        self.heads: Heads | None = None
        #: No transaction waits longer than this on the network (see ``Deadline``).
        self.deadline = Deadline(bound_s)
        #: The connection that listens for the judge's word, and the region it names.
        self._listening: psycopg.Connection[Any] | None = None
        self._region = ""

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _open(self) -> psycopg.Connection[Any]:
        if self._connection is not None and (
                self._connection.closed or time.monotonic() - self._used > REUSE_IDLE_S):
            self.close()
        if self._connection is None:
            self._connection = connect(self.url, autocommit=True)
            self._used = time.monotonic()
        return self._connection

    @contextmanager
    def transaction(self, *, single: bool = False) -> Iterator[psycopg.Cursor[Any]]:
        """One central transaction, bounded in time. A broken (or timed-out) connection
        becomes ``CentralUnavailable`` and is dropped, so the next call connects afresh.
        ``single``: one statement, its own transaction (no BEGIN and COMMIT, one round
        trip instead of three: what reads the log, polls and checks)."""
        try:
            connection = self._open()
            with self.deadline.over(connection), \
                    (nullcontext() if single else connection.transaction()), \
                    connection.cursor() as cursor:
                yield cursor
            self._used = time.monotonic()
        except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedFunction) as error:
            raise CentralNotReady("the central schema is missing or older than this "
                                  "PumpDesk: run 'pumpdesk central init'") from error
        except psycopg.errors.InsufficientPrivilege as error:
            raise WorkstationClash("", "this counter's role may not do that at the central "
                                       "database: enroll it with 'pumpdesk central "
                                       "add-workstation'") from error
        except (psycopg.OperationalError, psycopg.InterfaceError) as error:
            self.close()
            if self.deadline.cut:
                raise CentralUnavailable(f"no answer within {self.deadline.seconds:g} s")  \
                    from error
            raise CentralUnavailable(scrub(str(error).strip(), self.url)
                                     or type(error).__name__) from error

    # -- who, and who judges --------------------------------------------------------------

    def whoami(self) -> str | None:
        """The workstation this counter's role is enrolled as (None: not enrolled)."""
        with self.transaction(single=True) as cursor:
            cursor.execute("SELECT my_workstation()")
            return cursor.fetchone()[0]

    def check_workstation(self, workstation: str) -> None:
        enrolled = self.whoami()
        if enrolled != workstation:
            raise WorkstationClash(workstation, (
                f"these central credentials are workstation {enrolled}'s, not {workstation}'s"
                if enrolled else f"workstation {workstation} is not enrolled at the central "
                "database, or was removed: ask for 'pumpdesk central add-workstation'"))

    def judge_status(self) -> JudgeStatus | None:
        """The judge's status row (None before any judge ran), and, from the same round
        trip, ``clock_offset_s``: seconds this computer's clock is ahead of the server's,
        taken against the middle of the round trip (the network's delay does not count),
        ``copy_status``, this workstation's database copies, ``order_series``, the two
        digits its withdrawal numbers carry, and ``heads``, how far the log and the person
        register go."""
        with self.transaction(single=True) as cursor:
            before = time.time()
            cursor.execute(JUDGE_STATUS)
            server, current, clash_at, series, log_head, persons_head, *row = \
                cursor.fetchone()
            after = time.time()
            self._forget_heard(cursor.connection)
        self.clock_offset_s = (before + after) / 2 - float(server)
        self.copy_status = CopyStatus(current, clash_at)
        self.order_series = series
        self.heads = Heads(log_head or 0, persons_head or 0)
        return JudgeStatus(*row) if row[0] is not None else None

    # -- handing in -------------------------------------------------------------------------

    def hand_in(self, events: Sequence[Event], changes: Sequence[tuple[str, dict[str, Any]]],
                copy: tuple[str | None, str | None] = (None, None)) -> None:
        """Register changes (each with its own id), then events, into the inbox in one
        transaction, under ``copy``: the database's copy token and the one it replaces (see
        ``app.domain.sync.Copies``). Handed in again, an item is taken once."""
        rows = [(change_id, "person", EVENT_FORMAT, json.dumps(change))
                for change_id, change in changes]
        rows += [(event.id, "event", EVENT_FORMAT, event_body(event)) for event in events]
        if not rows:
            return
        with self.transaction(single=True) as cursor:
            cursor.execute(_HAND_IN, [*copy, *(list(column) for column in zip(*rows))])

    def claim_day(self, day: dt.date, claim_id: str, actor: str,
                  timeout_s: float = 10.0) -> DayClaim | None:
        """Hand in a claim on ``day``'s replenishment run and wait for the judge to give
        the day to a claim (this one or an earlier one). None if no judge answered within
        ``timeout_s``."""
        body = json.dumps({"day": day.isoformat(), "claim_id": claim_id, "actor": actor})
        with self.transaction(single=True) as cursor:
            cursor.execute(_HAND_IN, [None, None, [claim_id], ["claim"], [EVENT_FORMAT],
                                      [body]])
        deadline = time.monotonic() + timeout_s
        while True:
            with self.transaction(single=True) as cursor:
                cursor.execute("SELECT workstation, claim_id, actor, claimed_at "
                               "FROM replenishment_claims WHERE day = %s", (day,))
                row = cursor.fetchone()
            if row is not None:
                return DayClaim(day, *row)
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)

    def wait_for_judge(self, timeout_s: float) -> bool:
        """Until the judge has taken everything this counter handed in (True: its verdicts
        are in the log, and ``heads`` are read anew), or ``timeout_s`` has passed. A
        counter sees only its own items in the inbox; between two looks it listens for the
        judge's word (``RECHECK_S``)."""
        deadline = time.monotonic() + timeout_s
        self._listen()
        while True:
            asked = time.monotonic()
            with self.transaction(single=True) as cursor:
                cursor.execute(VERDICTS_IN)
                waiting, log_head, persons_head = cursor.fetchone()
                if waiting is None:
                    self.heads = Heads(log_head or 0, persons_head or 0)
                    return True
            if time.monotonic() >= deadline:
                return False
            self._hear_judge(min(RECHECK_S, deadline - time.monotonic()))
            time.sleep(max(0.0, asked + RECHECK_GAP_S - time.monotonic()))

    def _listen(self) -> None:
        """Listen for the judge's word on this connection (once per connection), and set
        aside what was heard since the last wait: it is about earlier batches."""
        with self.transaction(single=True) as cursor:
            connection = cursor.connection
            if self._listening is not connection:
                cursor.execute(sql.SQL("LISTEN {}").format(sql.Identifier(JUDGED_CHANNEL)))
                cursor.execute("SELECT current_schema()")
                self._region = cursor.fetchone()[0]
                self._listening = connection
            self._forget_heard(connection)

    def _forget_heard(self, connection: psycopg.Connection[Any]) -> None:
        """What the judge said while this counter was not waiting is about batches already
        past: dropped at every cycle's first question, so it never piles up."""
        if self._listening is connection:
            for _past in connection.notifies(timeout=0):
                pass

    def _hear_judge(self, timeout_s: float) -> None:
        """Until the judge says it judged a batch of this region's, or ``timeout_s``."""
        with self.transaction(single=True) as cursor:
            for notice in cursor.connection.notifies(timeout=max(0.0, timeout_s)):
                if notice.payload == self._region:
                    return

    # -- pulling ----------------------------------------------------------------------------

    def pull(self, after: int, limit: int) -> list[CentralEntry]:
        """The log after central number ``after``, in order, at most ``limit`` entries."""
        with self.transaction(single=True) as cursor:
            # The payload as the log's text: parsed here, and stored as it is (see
            # ``CentralEntry.payload_json``) rather than written out again.
            cursor.adapters.register_loader("json", TextLoader)
            cursor.execute(_PULL, (after, limit))
            return [_entry(row) for row in cursor.fetchall()]

    def pull_persons(self, after: int, limit: int) -> list[tuple[Person, int]]:
        """Person records changed after version ``after``, oldest change first."""
        with self.transaction(single=True) as cursor:
            return CentralRegister(cursor).changed_since(after, limit)

    # -- for the region's administrator and the tests -----------------------------------------

    def pumps(self) -> dict[str, Pump]:
        """Every pump's central state (the judge's and the owner's to read)."""
        with self.transaction(single=True) as cursor:
            cursor.execute(SELECT_PUMPS)
            return {row[0]: pump_of(row[:-1]) for row in cursor.fetchall()}

    def counts(self) -> CentralCounts:
        with self.transaction() as cursor:
            cursor.execute("SELECT count(*), count(*) FILTER (WHERE outcome = 'conflict'), "
                           "coalesce(max(seq), 0) FROM log")
            events, conflicts, head = cursor.fetchone()
            cursor.execute("SELECT count(DISTINCT workstation) FROM log")
            return CentralCounts(events, conflicts, head, cursor.fetchone()[0])
