"""Crash safety of sync: SIGKILL a workstation in the middle of pushing and pulling.

``app.sync.client`` promises that stopping a cycle anywhere "loses nothing and repeats
nothing". This test starts ``_sync_client.py`` — a real workstation doing random counter
actions and sync cycles with small batches against the real central PostgreSQL — and kills
it, again and again on the same database file, at each of the points where a process can
die between two durable steps:

* ``before_send``: a batch is read from the outbox, nothing is sent yet;
* ``after_central_commit``: the central database has committed the batch, the answer has
  not been recorded locally (the next run must send it again and be answered from the log);
* ``during_apply``: a pulled batch is applied locally but its transaction is not committed;

and at random wall-clock moments (inside an action, a push, a pull, anywhere). Meanwhile
another workstation, in this process, works on the same pumps and syncs, so pulls carry
foreign events and some pushes come back as conflicts. After each checkpoint kill it checks
that the kill landed where it was aimed. After the last one both workstations sync until
quiet, and then

* every event the killed workstation reported committed is still in its log;
* the central log holds every event of either workstation exactly once (the same set, the
  same count), numbered 1..N without a gap;
* both outboxes are empty, and each workstation's ``sync_log`` is the central log (number,
  event, outcome) exactly: every local event answered for or applied once;
* the workstations' tables equal each other, a replay of their logs and the central state.

Why this would catch the usual mistakes: a client that dropped the outbox row *before* the
central commit (in its own local transaction) loses the batch at a ``before_send`` kill —
the event stays in the local log but never reaches the central one, and the set comparison
fails. One that moved the pull cursor apart from applying the batch skips that batch at a
``during_apply`` kill: the local log then lacks central events. A central push that did not
answer a repeated event from its log would store it twice after an ``after_central_commit``
kill (the unique ``event_id`` refuses that, so the next run crashes instead of being killed)
or, without that constraint, the count comparison fails.

The kill points and the client's seeds come from ``PUMPDESK_SYNC_CRASH_SEED`` and the run
index: change it to explore other interleavings.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from types import TracebackType

import psycopg
import pytest

from app.services.station import Station
from app.sync.central import Central
from app.sync.client import Sync
from tests.sync.region import enroll
from tests.conftest import START, FakeClock, define_depot, make_station
from tests.sync.workload import act, assert_converged, register_pumps, sql

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

REPO_ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("_sync_client.py")

KILLED = "CRASHY"  # the workstation in the child process
OTHER = "KASSA1"  # the workstation in this process, which defined the depot
PUSH_BATCH = 3  # as _sync_client.PUSH_BATCH

POINTS = ("before_send", "after_central_commit", "during_apply")
#: Each run is killed at one of these; every one of them comes up RUNS // 4 times.
MODES = (*POINTS, "clock")
RUNS = 12
#: Which passing of the chosen checkpoint kills the child, drawn per run.
OCCURRENCE = (1, 6)
#: For ``clock`` runs: how long after the child is ready it is killed, drawn per run.
CLOCK_KILL_S = (0.02, 1.2)
CHILD_TIMEOUT_S = 30.0
#: Change to explore other kill points; each run's plan is derived from it and the index.
BASE_SEED = int(os.environ.get("PUMPDESK_SYNC_CRASH_SEED", "0"))


# -- the child process --------------------------------------------------------------------


class Client:
    """``_sync_client.py`` in its own process, its stdout read on a thread."""

    def __init__(self, db_path: Path, url: str, seed: int, point: str, occurrence: int,
                 start: dt.datetime, log_dir: Path, run: int) -> None:
        self.stderr_path = log_dir / f"client-{run}.stderr"
        self._stderr = self.stderr_path.open("w", encoding="utf-8")
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, str(CLIENT), str(db_path), KILLED, url, str(seed), point,
             str(occurrence), start.isoformat()],
            cwd=REPO_ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE, stderr=self._stderr, text=True, encoding="utf-8")
        self._reader = threading.Thread(target=self._read, name="client-stdout", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if line == "ready\n":
                self.ready.set()
        self.ready.set()  # end of file: do not keep a waiter waiting

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8")[-4000:]

    def wait_ready(self) -> None:
        if not self.ready.wait(CHILD_TIMEOUT_S) or self.proc.poll() is not None:
            pytest.fail(f"the client did not start; its stderr:\n{self.stderr()}")

    def wait_killed(self, kill: bool = False) -> list[str]:
        """Wait for the child to end (killing it first if ``kill``); it must have ended by
        SIGKILL. Returns every complete line it wrote."""
        if kill:
            os.kill(self.proc.pid, signal.SIGKILL)
        try:
            code = self.proc.wait(timeout=CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the client never reached its kill point; its last lines: "
                        f"{self.lines[-5:]}\nits stderr:\n{self.stderr()}")
        assert code == -signal.SIGKILL, f"the client ended with {code}:\n{self.stderr()}"
        self._reader.join(timeout=10)
        return [line for line in self.lines if line.endswith("\n")]

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.proc.poll() is None:  # never leave a client running behind a failed test
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()


def kill_plan() -> list[tuple[str, int, int, float]]:
    """Each run's (mode, occurrence, child seed, clock delay): the same for the same
    ``PUMPDESK_SYNC_CRASH_SEED``, every mode as often as the others."""
    rng = random.Random(f"pumpdesk-sync-crash-{BASE_SEED}")
    modes = [MODES[run % len(MODES)] for run in range(RUNS)]
    rng.shuffle(modes)
    return [(mode, rng.randint(*OCCURRENCE), rng.randrange(2**31), rng.uniform(*CLOCK_KILL_S))
            for mode in modes]


# -- the other workstation, working while the child runs ----------------------------------


class Background:
    """The in-process workstation acting on the shared pumps and syncing, on a thread."""

    def __init__(self, station: Station, sync: Sync, pumps: list[str], seed: int) -> None:
        self.station, self.sync, self.pumps = station, sync, pumps
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._work, name="other-workstation")

    def _work(self) -> None:
        try:
            while not self.stop.is_set():
                act(self.station, self.pumps, self.rng)
                if self.rng.random() < 0.3:
                    self.sync.cycle()
                time.sleep(0.05)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            self.error = error

    def __enter__(self) -> "Background":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)
        if self.error is not None:
            raise self.error


# -- reading the state the kill left -------------------------------------------------------


def local(db_path: Path, statement: str, *params: object) -> list[tuple]:
    """Plain SQLite on the child's file (no PumpDesk code, nothing written)."""
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(statement, params).fetchall()


def central(url: str, statement: str, *params: object) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as connection:
        return connection.execute(statement, params).fetchall()


def check_kill_landed(mode: str, db_path: Path, url: str) -> None:
    """The state on both sides is that of a process stopped at ``mode``'s checkpoint."""
    queued = [row[0] for row in local(
        db_path, "SELECT e.id FROM events e JOIN sync_outbox o ON o.event_id = e.id "
        "WHERE NOT o.handed_in ORDER BY e.seq LIMIT ?", PUSH_BATCH)]
    if mode == "before_send":
        assert queued, "killed before handing a batch in, yet nothing is queued"
    elif mode == "after_central_commit":
        # The batch it handed in last is the oldest not marked handed in: committed
        # centrally (waiting in the inbox, or judged already), unmarked locally.
        stored = {row[0] for row in central(
            url, "SELECT id FROM inbox WHERE id = ANY(%s) UNION "
            "SELECT event_id FROM log WHERE event_id = ANY(%s)", queued, queued)}
        assert queued and set(queued) == stored, (queued, stored)
    elif mode == "during_apply":
        cursor = local(db_path, "SELECT value FROM meta WHERE key = 'sync_cursor'")
        head = central(url, "SELECT max(seq) FROM log")[0][0]
        assert int(cursor[0][0]) < head, "killed while applying, yet the cursor moved on"


# -- the test --------------------------------------------------------------------------------


def test_a_client_killed_anywhere_in_push_and_pull_loses_and_repeats_nothing(
        tmp_path: Path, central_url: str) -> None:
    other = make_station(tmp_path / f"{OTHER}.db", FakeClock(), workstation=OTHER,
                         readable_ids=False)
    other_sync = Sync(other.db, OTHER, Central(enroll(central_url, OTHER)))
    define_depot(other)
    pumps = register_pumps(other, "PD", 6)
    other_sync.cycle()

    # The child's database: made here, with pumps of its own, and synced once.
    child_path = tmp_path / f"{KILLED}.db"
    child = make_station(child_path, FakeClock(START + dt.timedelta(hours=1)),
                         workstation=KILLED, readable_ids=False)
    child_url = enroll(central_url, KILLED)
    child_sync = Sync(child.db, KILLED, Central(child_url))
    child_sync.cycle()  # the depot, first
    pumps += register_pumps(child, "KC", 4)
    child_sync.cycle()
    child_sync.close()
    child.close()
    other_sync.cycle()

    reported: list[str] = []
    kills: Counter[str] = Counter()
    with Background(other, other_sync, pumps, seed=BASE_SEED):
        for run, (mode, occurrence, seed, delay) in enumerate(kill_plan()):
            start = START + dt.timedelta(days=run + 1)
            point = mode if mode in POINTS else "clock"
            with Client(child_path, child_url, seed, point, occurrence, start, tmp_path,
                        run) as client:
                client.wait_ready()
                if mode == "clock":
                    time.sleep(delay)
                lines = client.wait_killed(kill=mode == "clock")
            if mode in POINTS:
                assert lines[-1] == f"kill {mode} {occurrence}\n", lines[-3:]
                check_kill_landed(mode, child_path, central_url)
            kills[mode] += 1
            reported += [line.split()[1] for line in lines if line.startswith("event ")]
    assert set(kills) == set(MODES)

    # Quiet: the child's workstation starts again, here, and both sync until nothing moves.
    child = make_station(child_path, FakeClock(START + dt.timedelta(days=RUNS + 1)),
                         workstation=KILLED, readable_ids=False)
    child_sync = Sync(child.db, KILLED, Central(child_url))
    try:
        for _ in range(2):
            child_sync.cycle()
            other_sync.cycle()
        stations = [other, child]

        # Every event the child saw committed is still there, once.
        own = {station.ctx.workstation: [row[0] for row in sql(
            station, "SELECT id FROM events WHERE workstation = :w",
            w=station.ctx.workstation)] for station in stations}
        assert len(reported) == len(set(reported)), "an event was reported twice"
        assert set(reported) <= set(own[KILLED]), "a committed event is gone"
        assert len(reported) > 0

        # The central log: each workstation's events exactly once, numbered without gaps.
        log = central(central_url, "SELECT seq, event_id, workstation, outcome FROM log "
                      "ORDER BY seq")
        assert [row[0] for row in log] == list(range(1, len(log) + 1))
        assert len({row[1] for row in log}) == len(log), "an event is twice in the log"
        for workstation, ids in own.items():
            centrally = [row[1] for row in log if row[2] == workstation]
            assert len(centrally) == len(ids), workstation
            assert set(centrally) == set(ids), workstation
        assert {row[2] for row in log} == set(own)

        for station in stations:
            assert sql(station, "SELECT count(*) FROM sync_outbox") == [(0,)]
            # What the workstation knows of the central order is the central order: every
            # event (own or pulled) answered for or applied exactly once.
            known = sql(station, "SELECT central_seq, event_id, outcome FROM sync_log "
                        "ORDER BY central_seq")
            assert known == [(seq, event_id, outcome) for seq, event_id, _, outcome in log]
            ids = sql(station, "SELECT id FROM events")
            assert sorted(row[0] for row in ids) == sorted(row[1] for row in log)

        assert_converged(stations, Central(central_url), tmp_path)
        conflicts = sum(row[3] == "conflict" for row in log)
        print(f"{RUNS} kills {dict(kills)}; central log {len(log)} events, "
              f"{conflicts} conflicts; the child reported {len(reported)} events")
    finally:
        child_sync.close()
        child.close()
        other_sync.close()
        other.close()
