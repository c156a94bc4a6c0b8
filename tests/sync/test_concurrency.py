"""Twenty workstations handing in at once for a while: the central log has every event
exactly once, no reader misses one, no counter waits on another, and all converge.

Each workstation is a thread with its own SQLite file, its own clock and its own
connection to the central PostgreSQL. After one of them defined the depot and all pulled
it, they all start together and, for a fixed number of steps, do random counter actions —
mostly on their own pumps, sometimes on a set of pumps every workstation shares, so that
pushes collide and some come back as conflicts — with sync cycles in between.

Meanwhile a reader polls the central log the way a workstation's pull does
(``seq > cursor``, in order) as fast as it can. The judge is the log's only writer and
numbers it ``max + 1`` batch by batch, so numbers follow commit order: a reader can never
see number n + 1 before n has committed and skip n for good. The reader must end up having
seen every number of the log exactly once, and the numbers must run 1..N without a gap. It
also samples what the counters' sessions wait for: never a lock (no counter holds one
another waits on; they hand in to the inbox and the judge alone writes).

Then everyone syncs twice in turn, and every outbox is empty, the central log holds each
workstation's events exactly once, each workstation's ``sync_log`` is the central log, and
the workstations' tables equal each other, a replay of their own logs and the central state.

``PUMPDESK_SYNC_CONCURRENCY_SEED`` changes every workstation's random work.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

from tests.conftest import START, FakeClock, define_depot
from tests.sync.test_sync import Counter
from tests.sync.workload import act, assert_converged, register_pumps, sql

WORKSTATIONS = 20
STEPS = 30  # per workstation: an action, or (CYCLE_SHARE of the time) a sync cycle
CYCLE_SHARE = 0.3
SHARED_SHARE = 0.2  # of actions, on the shared pumps rather than the workstation's own
SHARED_PUMPS = 6
OWN_PUMPS = 3
JOIN_TIMEOUT_S = 120.0
BASE_SEED = int(os.environ.get("PUMPDESK_SYNC_CONCURRENCY_SEED", "0"))


@pytest.fixture
def desks(tmp_path: Path, central_url: str) -> Iterator[list[Counter]]:
    """Twenty workstations, each with its own FakeClock (a FakeClock is not thread-safe);
    the first defined the depot and the shared pumps, every one has pulled them and
    registered pumps of its own (not yet pushed)."""
    made = [Counter(tmp_path, f"KASSA{n:02d}", central_url,
                    FakeClock(START + dt.timedelta(minutes=n)))
            for n in range(1, WORKSTATIONS + 1)]
    try:
        define_depot(made[0].station)
        register_pumps(made[0].station, "PD", SHARED_PUMPS)
        for desk in made:
            desk.cycle()
            register_pumps(desk.station, desk.station.ctx.workstation, OWN_PUMPS)
        yield made
    finally:
        for desk in made:
            desk.close()


class Worker(threading.Thread):
    """One workstation's random work, started with all the others at once."""

    def __init__(self, desk: Counter, shared: list[str], start_line: threading.Barrier,
                 seed: str) -> None:
        super().__init__(name=desk.station.ctx.workstation, daemon=True)
        self.desk = desk
        self.own = [f"{self.name}-{n}" for n in range(1, OWN_PUMPS + 1)]
        self.shared = shared
        self.start_line = start_line
        self.rng = random.Random(seed)
        self.cycles = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.start_line.wait()
            for _ in range(STEPS):
                if self.rng.random() < CYCLE_SHARE:
                    self.desk.cycle()
                    self.cycles += 1
                else:
                    pumps = self.shared if self.rng.random() < SHARED_SHARE else self.own
                    act(self.desk.station, pumps, self.rng)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            self.error = error


class Reader(threading.Thread):
    """Polls the central log by cursor, as a pull does, and keeps every number it sees."""

    def __init__(self, url: str) -> None:
        super().__init__(name="log-reader", daemon=True)
        self.url = url
        self.seen: list[tuple[int, str]] = []
        self.polls = 0
        self.fruitful = 0  # polls that found new entries
        self.lock_waits = 0  # counter sessions seen waiting for a lock
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def _poll(self, connection: psycopg.Connection) -> None:
        cursor = self.seen[-1][0] if self.seen else 0
        rows = connection.execute("SELECT seq, event_id FROM log WHERE seq > %s ORDER BY seq",
                                  (cursor,)).fetchall()
        self.seen += [(seq, event_id) for seq, event_id in rows]
        self.polls += 1
        self.fruitful += bool(rows)
        self.lock_waits += connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND usename LIKE 'pd\\_%\\_ws\\_%'").fetchone()[0]

    def run(self) -> None:
        try:
            with psycopg.connect(self.url, autocommit=True) as connection:
                while not self.stop.is_set():
                    self._poll(connection)
                    time.sleep(0.001)
                self._poll(connection)  # once more after the last push has committed
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            self.error = error


def test_twenty_workstations_handing_in_at_once(desks: list[Counter], central_url: str,
                                             tmp_path: Path) -> None:
    shared = [f"PD-{n}" for n in range(1, SHARED_PUMPS + 1)]
    start_line = threading.Barrier(WORKSTATIONS)
    workers = [Worker(desk, shared, start_line, seed=f"{BASE_SEED}-{n}")
               for n, desk in enumerate(desks)]
    reader = Reader(central_url)
    reader.start()
    began = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(JOIN_TIMEOUT_S)
        assert not worker.is_alive(), f"{worker.name} is still working"
    busy_s = time.monotonic() - began
    reader.stop.set()
    reader.join(JOIN_TIMEOUT_S)
    for thread in (*workers, reader):
        if thread.error is not None:
            raise AssertionError(f"{thread.name} failed") from thread.error

    with psycopg.connect(central_url, autocommit=True) as connection:
        log = connection.execute("SELECT seq, event_id, workstation, outcome FROM log "
                                 "ORDER BY seq").fetchall()
    # The reader saw every number the log holds, once each, and the numbers have no gap.
    assert [row[0] for row in log] == list(range(1, len(log) + 1))
    assert reader.seen == [(seq, event_id) for seq, event_id, _, _ in log]
    # No counter ever waited for a lock another held.
    assert reader.lock_waits == 0

    # Quiet: everyone syncs twice in turn.
    for _ in range(2):
        for desk in desks:
            report = desk.cycle()
            assert report.pending == 0
    with psycopg.connect(central_url, autocommit=True) as connection:
        log = connection.execute("SELECT seq, event_id, workstation, outcome FROM log "
                                 "ORDER BY seq").fetchall()
    assert [row[0] for row in log] == list(range(1, len(log) + 1))
    assert len({row[1] for row in log}) == len(log), "an event is twice in the central log"
    central_order = [(seq, event_id, outcome) for seq, event_id, _, outcome in log]
    for desk in desks:
        me = desk.station.ctx.workstation
        assert sql(desk.station, "SELECT count(*) FROM sync_outbox") == [(0,)], me
        own = {row[0] for row in sql(desk.station,
                                     "SELECT id FROM events WHERE workstation = :w", w=me)}
        centrally = [row[1] for row in log if row[2] == me]
        assert len(centrally) == len(own) and set(centrally) == own, me
        assert sql(desk.station, "SELECT central_seq, event_id, outcome FROM sync_log "
                   "ORDER BY central_seq") == central_order, me
    assert {row[2] for row in log} == {desk.station.ctx.workstation for desk in desks}

    # All converge: equal tables everywhere, equal to a replay of each log and the center.
    assert_converged([desk.station for desk in desks], desks[0].central, tmp_path)
    conflicts = sum(row[3] == "conflict" for row in log)
    print(f"{WORKSTATIONS} workstations busy {busy_s:.1f} s: {len(log)} central events, "
          f"{conflicts} conflicts; the reader found new entries in {reader.fruitful} of "
          f"{reader.polls} polls; counters waiting for a lock: {reader.lock_waits}")
