"""Central sync at full size: a big hand-in judged by the central judge, a first pull and
the idle cycle, each against a floor of bare ``psycopg`` measured in the same run.

    python benchmarks/bench_sync.py [--url postgresql://postgres@127.0.0.1:5432/test]
                                    [--push 10000] [--pull 100000] [--idle 200]

Everything happens in a throw-away database made on the server of ``--url`` (one region
per part, each made by ``central init`` with its roles, its judge running as
``pumpdesk central serve`` in a process of its own, and every workstation enrolled with its
own role) and dropped at the end, roles included; the workstations' SQLite files live under
``.benchmarks/sync-<pid>/`` and are removed too (``--keep`` keeps both).

1. **Push.** A workstation defines the depot's register and registers ``--pumps`` pumps
   through ``app.services`` and syncs them (not timed). Offline it then runs ``--push``
   counter actions through ``app.services.actions`` (issue, dispatch, prescribe, move,
   return, clean, fault, service, lost — each chosen to suit the pump's state, so every
   one is recorded), which queues exactly ``--push`` events. Timed: one ``Sync.cycle()``
   on its connected ``Sync``: the hand-in (batches of ``PUSH_BATCH``), the wait until the
   judge has judged them all, and the pull that reads the verdicts back, shown apart.
   Floor: the same rows, as the central log stored them, written with plain ``COPY`` (and
   with ``executemany``) into a copy of the ``log`` table in one transaction. Budget:
   handed in and judged under 3 s.

2. **First pull.** A realistic log is made the fast way: ``benchmarks.build_db`` decides
   the lives of ``--pull / 20`` pumps over two years with ``app.domain.rules`` (the
   register from the services), and its events, in time order, go into the inbox (as the
   administrator, each in its workstation's name) and through the judge, so each is judged
   and accepted by the central code itself. A brand-new workstation (an empty SQLite file made by ``open_station``,
   random event ids) then runs ``Sync.cycle()`` until its cursor reaches the head, in a
   child process that reports its resident memory before the pull and its peak during it
   (``VmHWM`` after resetting it through ``/proc/self/clear_refs``; the child's
   ``ru_maxrss`` cannot serve, as Linux carries the parent's high-water mark over
   ``exec``). The same is run on a log ``--compare-factor`` times as long (default half)
   to show the peak does not grow with the log. Floor: reading the same rows with plain
   ``psycopg`` — the app's own SELECT in the same batches, one SELECT of everything, and
   ``COPY … TO STDOUT``. Budgets: under 8 s, peak under 300 MB.

3. **Idle cycle.** On the workstation that has just pulled the whole log, with nothing
   queued: ``--idle`` cycles, each against one round trip of the same pull SELECT on an
   open autocommit connection, taken in turn. Budget: p95 under 20 ms.

``--profile FILE`` adds one more pull of the main log under ``cProfile`` (slower, not
counted) and prints its top costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from psycopg.conninfo import conninfo_to_dict, make_conninfo  # noqa: E402

from app.domain.events import Context, Event  # noqa: E402
from app.domain.refusals import Refused  # noqa: E402
from app.services import actions  # noqa: E402
from app.services.station import Station, open_station  # noqa: E402
from app.sync.admin import Roles, add_workstation, init_central  # noqa: E402
from app.sync.central import _LOG_COLUMNS, _PULL, Central, event_body  # noqa: E402
from app.sync.client import PULL_BATCH, PUSH_BATCH, Sync  # noqa: E402
from app.sync.connection import connect  # noqa: E402

DEFAULT_URL = os.environ.get("PUMPDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BUDGET_PUSH_S = 3.0
BUDGET_PULL_S = 8.0
BUDGET_PULL_RSS_MB = 300.0
BUDGET_IDLE_P95_MS = 20.0
FLOOR_RUNS = 3
IDLE_WARMUP = 5
LOG_PUSH_BATCH = 5000  # events per COPY into the inbox while building the central log
EVENTS_PER_PUMP = 20
PUSH_WORKSTATION = "LUNDHMC1"
PULL_WORKSTATION = "NEWDESK"  # + a number: each pull is a workstation of its own
RESULT_PREFIX = "RESULT "


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- figures ------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def figures_ms(seconds: Sequence[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {"median": percentile(ms, 50), "p95": percentile(ms, 95),
            "p99": percentile(ms, 99), "max": ms[-1], "mean": sum(ms) / len(ms)}


def _status_kb(*keys: str) -> dict[str, int]:
    """Fields of /proc/self/status in kB (Linux)."""
    found: dict[str, int] = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in keys:
                    found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def rss_mb() -> float | None:
    kb = _status_kb("VmRSS").get("VmRSS")
    return kb / 1024 if kb is not None else None


def reset_peak_rss() -> bool:
    """Start the kernel's peak-RSS count (VmHWM) afresh from the current RSS (Linux)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float | None:
    kb = _status_kb("VmHWM").get("VmHWM")
    if kb is not None:
        return kb / 1024
    try:  # no /proc: the process' lifetime peak (kB on Linux, bytes on macOS)
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:
        return None


# -- the throw-away central database -------------------------------------------------------


def _with(url: str, **changes: Any) -> str:
    params = conninfo_to_dict(url)
    params.update(changes)
    return make_conninfo(**params)


class Scratch:
    """A database of its own on the server (or, without the right to make one, schemas of
    its own in the given database), removed by ``drop``."""

    def __init__(self, url: str) -> None:
        self.admin_url = url
        self.name = f"pumpdesk_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.schemas: list[str] = []
        self.judges: list[subprocess.Popen[bytes]] = []
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as admin:
            self.server = admin.execute("SHOW server_version").fetchone()[0]
            try:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))
                self.database_url: str | None = _with(url, dbname=self.name)
            except psycopg.errors.InsufficientPrivilege:
                self.database_url = None

    @property
    def where(self) -> str:
        return (f"database {self.name}" if self.database_url
                else f"schemas {self.name}_* in {conninfo_to_dict(self.admin_url)['dbname']}")

    def central(self, part: str) -> str:
        """The administrator's URL of a fresh region for ``part``, its judge started."""
        schema = f"{self.name}_{part}"
        self.schemas.append(schema)
        url = _with(self.database_url or self.admin_url, options=f"-csearch_path={schema}")
        done = init_central(url)
        assert done.judge is not None
        self.judges.append(subprocess.Popen(
            [sys.executable, "-m", "app.cli", "central", "serve", "--url", done.judge.url,
             "--name", f"bench-{part}"], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 30
        with connect(url, autocommit=True) as connection:
            while not connection.execute("SELECT count(*) FROM judge_status").fetchone()[0]:
                if time.monotonic() > deadline:
                    raise SystemExit("the judge did not start")
                time.sleep(0.05)
        return url

    def drop(self) -> None:
        for judge in self.judges:
            judge.terminate()
            judge.wait(10)
        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as admin:
            roles = []
            for schema in self.schemas:
                roles += [row[0] for row in admin.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                    (Roles(schema).prefix + "\\_%",))]
            if self.database_url:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                              .format(sql.Identifier(self.name)))
            else:
                for schema in self.schemas:
                    admin.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE")
                                  .format(sql.Identifier(schema)))
                for role in roles:
                    admin.execute(sql.SQL("DROP OWNED BY {} CASCADE")
                                  .format(sql.Identifier(role)))
            for role in sorted(roles, key=lambda r: r.endswith("_owner")):
                admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def enroll(admin_url: str, workstation: str) -> str:
    """A workstation's own URL (the bench's server may trust local connections; the
    password is in the URL either way)."""
    return add_workstation(admin_url, workstation).url


# -- 1. push -------------------------------------------------------------------------------


class SimClock:
    """Counter time: starts a week ago and moves ``step`` seconds per reading."""

    def __init__(self, start: dt.datetime, step: float = 20.0) -> None:
        self.now = start
        self.step = dt.timedelta(seconds=step)

    def __call__(self) -> dt.datetime:
        self.now += self.step
        return self.now


class CounterWork:
    """Counter actions through ``app.services.actions``, each picked to suit the state the
    pump is in (as a counter would), so every action records exactly one event."""

    def __init__(self, station: Station, rng: random.Random, register: Any,
                 pumps: list[str]) -> None:
        from benchmarks import depot

        self.station = station
        self.rng = rng
        self.hospital = list(register.hospital)
        self.community = list(register.community)
        #: Loans go to units someone may prescribe for, with one of them as prescriber.
        self.prescribers = register.prescribers
        self.lending_hospital = [u for u in self.hospital if u in self.prescribers]
        self.lending_community = [u for u in self.community if u in self.prescribers]
        self.pumps = pumps
        self.state = {p: "ready" for p in pumps}
        self.unit: dict[str, str | None] = {p: None for p in pumps}
        people = [identity for _id, identity in depot.patients(rng, 400)
                  if identity.kind.value.startswith("se_")]
        self.people = [(identity.key, identity.name) for identity in people]
        self.done = Counter[str]()
        self.refused = 0

    def _patient(self) -> dict[str, Any]:
        if self.rng.random() < 0.01:
            return {"patient": "protected"}
        key, name = self.rng.choice(self.people)
        return {"patient": key, "patient_name": name}

    def _lending_unit(self) -> str:
        """A unit to lend to, as the counter sees them come (hospitals more often)."""
        return self.rng.choice(self.lending_hospital if self.rng.random() < 0.6
                               else self.lending_community)

    def _loan(self, unit: str) -> dict[str, Any]:
        """A loan's terms for ``unit``, with a prescriber of that unit's."""
        return {"prescriber": self.rng.choice(self.prescribers[unit]),
                "approval": f"BL-{self.rng.randrange(100000, 999999)}", **self._patient()}

    def _issue(self, pump: str, unit: str, transport: bool = False) -> Any:
        return actions.issue_pump(self.station, pump, unit=unit, transport=transport,
                                  **self._loan(unit))

    def _other(self, among: list[str], not_: str | None) -> str:
        while True:
            unit = self.rng.choice(among)
            if unit != not_:
                return unit

    def _choices(self, pump: str) -> list[tuple[float, str, Callable[[], Any]]]:
        s, rng, st = self.station, self.rng, self.state[pump]
        fault = lambda: rng.choice(  # noqa: E731
            ["Occlusion alarm does not clear", "Display cracked", "Battery will not charge"])
        if st == "ready":
            return [
                (45, "issue", lambda: self._issue(pump, self._lending_unit())),
                (5, "issue_transport", lambda: self._issue(
                    pump, rng.choice(self.lending_hospital), transport=True)),
                (30, "dispatch", lambda: actions.dispatch_pump(
                    s, pump, unit=rng.choice(self.hospital))),
                (3, "service", lambda: actions.send_to_service(s, pump, reason="maintenance")),
                (2, "fault", lambda: actions.report_fault(s, pump, fault())),
            ]
        if st == "on_loan":
            return [
                (63, "return", lambda: actions.return_pump(s, pump)),
                (7, "return_faulty", lambda: actions.return_pump(s, pump, fault=fault())),
                (15, "move", lambda: actions.move_pump(
                    s, pump, unit=self._other(self.hospital + self.community,
                                              self.unit[pump]))),
                (2, "lost", lambda: actions.report_lost(s, pump)),
                (5, "fault", lambda: actions.report_fault(s, pump, fault())),
            ]
        if st == "on_transport_loan":
            return [(1, "return", lambda: actions.return_pump(s, pump))]
        if st == "in_unit_stock":
            return [
                (50, "prescribe", lambda: actions.prescribe_pump(
                    s, pump, **self._loan(self.unit[pump]))),
                (15, "stock_move", lambda: actions.move_pump(
                    s, pump, unit=self._other(self.hospital, self.unit[pump]))),
                (30, "return", lambda: actions.return_pump(s, pump)),
                (1, "lost", lambda: actions.report_lost(s, pump)),
            ]
        if st == "awaiting_cleaning":
            return [(95, "clean", lambda: actions.clean_pump(s, pump)),
                    (5, "service", lambda: actions.send_to_service(s, pump,
                                                                   reason="maintenance"))]
        if st == "faulty":
            return [(1, "service", lambda: actions.send_to_service(s, pump, reason="repair"))]
        if st == "in_service":
            return [(1, "back", lambda: actions.back_from_service(s, pump, repair="Repaired"))]
        if st == "lost":
            return [(1, "return", lambda: actions.return_pump(s, pump))]
        return []

    def act(self) -> Any:
        """One action on a random pump (its ``ActionResult``); tries other pumps if one is
        refused."""
        for _ in range(50):
            pump = self.rng.choice(self.pumps)
            choices = self._choices(pump)
            if not choices:
                continue
            weights = [w for w, _n, _a in choices]
            _w, name, action = self.rng.choices(choices, weights)[0]
            try:
                result = action()
            except Refused:
                self.refused += 1
                continue
            self.state[pump] = result.state
            self.unit[pump] = result.responsible_unit
            self.done[name] += 1
            return result
        raise RuntimeError("no pump would take an action")


class Phases:
    """Wraps callables to add up the seconds spent in each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = Counter()
        self.calls: dict[str, int] = Counter()

    def wrap(self, name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1
        return timed


def _log_rows(url: str, after: int) -> list[tuple[Any, ...]]:
    """The central log's rows after ``after``, as ``COPY`` takes them (JSON as text)."""
    columns = ", ".join(f"{c}::text" if c in ("payload", "reason") else c
                        for c in _LOG_COLUMNS)
    with connect(url) as connection:
        return connection.execute(f"SELECT {columns} FROM log WHERE seq > %s ORDER BY seq",
                                  (after,)).fetchall()


def push_floor(url: str, rows: list[tuple[Any, ...]]) -> dict[str, float]:
    """Seconds to write ``rows`` into a copy of the log table in one transaction, with
    COPY and with executemany (median of ``FLOOR_RUNS``)."""
    names = ", ".join(_LOG_COLUMNS)
    copy_sql = f"COPY floor_log ({names}) FROM STDIN"
    insert_sql = (f"INSERT INTO floor_log ({names}) "
                  f"VALUES ({', '.join(['%s'] * len(_LOG_COLUMNS))})")
    times: dict[str, list[float]] = {"copy": [], "executemany": []}
    with connect(url) as connection:
        with connection.transaction():
            connection.execute("CREATE TABLE floor_log (LIKE log INCLUDING ALL)")
        for _ in range(FLOOR_RUNS):
            for how in ("copy", "executemany"):
                with connection.transaction():
                    connection.execute("TRUNCATE floor_log")
                started = time.perf_counter()
                with connection.transaction(), connection.cursor() as cursor:
                    if how == "copy":
                        with cursor.copy(copy_sql) as copy:
                            for row in rows:
                                copy.write_row(row)
                    else:
                        cursor.executemany(insert_sql, rows)
                times[how].append(time.perf_counter() - started)
        with connection.transaction():
            connection.execute("DROP TABLE floor_log")
    return {how: statistics.median(seconds) for how, seconds in times.items()}


def bench_push(url: str, folder: Path, events: int, pumps: int, seed: int) -> dict[str, Any]:
    from benchmarks import depot

    rng = random.Random(seed)
    started = time.perf_counter()
    clock = SimClock(dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=7))
    station = open_station(folder / "push.db",
                           ctx=Context("anna.k", PUSH_WORKSTATION, clock=clock))
    sync = Sync(station.db, PUSH_WORKSTATION, Central(enroll(url, PUSH_WORKSTATION)),
                verdict_wait_s=60.0)
    try:
        register = depot.define_register(station)
        models = list(register.models.values())
        registrations = []
        for i in range(1, pumps + 1):
            model = models[i % len(models)]
            serial = f"{model.code[:2]}{i:08d}"
            udi = f"01{model.gtin}21{serial}" if model.gtin and rng.random() < 0.85 else None
            registrations.append(actions.register_pump(station, f"LD-{i:05d}", model.code,
                                                       serial, udi).registration)
        setup = sync.cycle()
        assert setup.pending == 0 and setup.conflicts == 0, setup
        say(f"push: depot and {pumps:,} pumps synced ({setup.pushed:,} events); "
            f"recording {events:,} counter actions …")
        work = CounterWork(station, rng, register, registrations)
        for n in range(events):
            work.act()
            if (n + 1) % 2500 == 0:
                say(f"  {n + 1:,} actions ({time.perf_counter() - started:.0f} s)")
        queued = sync.status().pending
        assert queued == events, (queued, events)
        build_seconds = time.perf_counter() - started

        phases = Phases()
        sync._hand_in = phases.wrap("hand_in_loop", sync._hand_in)  # type: ignore
        sync._pull = phases.wrap("pull_loop", sync._pull)  # type: ignore[method-assign]
        sync.central.hand_in = phases.wrap("central_hand_in", sync.central.hand_in)  # type: ignore
        sync.central.wait_for_judge = phases.wrap(  # type: ignore[method-assign]
            "judged", sync.central.wait_for_judge)
        started = time.perf_counter()
        report = sync.cycle()
        cycle_seconds = time.perf_counter() - started
    finally:
        sync.close()
        station.close()
    if (report.pushed, report.accepted, report.conflicts, report.pending) != (
            events, events, 0, 0):
        raise SystemExit(f"push went wrong: {report}")
    rows = _log_rows(url, setup.cursor)
    assert len(rows) == events, len(rows)
    say(f"push: cycle {cycle_seconds:.2f} s; floor …")
    floor = push_floor(url, rows)
    push_seconds = phases.seconds["hand_in_loop"] + phases.seconds["judged"]
    return {
        "events": events, "pumps": pumps, "batch": PUSH_BATCH,
        "actions": dict(work.done.most_common()), "refused_tries": work.refused,
        "build_seconds": build_seconds,
        "cycle_seconds": cycle_seconds,
        "push_loop_seconds": push_seconds,
        "hand_in_seconds": phases.seconds["hand_in_loop"],
        "central_hand_in_seconds": phases.seconds["central_hand_in"],
        "central_hand_in_calls": phases.calls["central_hand_in"],
        "judged_seconds": phases.seconds["judged"],
        "pull_back_seconds": phases.seconds["pull_loop"],
        "pulled_back": report.pulled,
        "floor_seconds": floor,
        "ratio": push_seconds / floor["copy"],
        "budget_s": BUDGET_PUSH_S,
        "pass": push_seconds < BUDGET_PUSH_S,
    }


# -- 2. the central log and the first pull ------------------------------------------------


def source_events(folder: Path, count: int, seed: int) -> tuple[list[Event], float]:
    """The first ``count`` events (register first, then pump lives in time order) of a
    database ``benchmarks.build_db`` builds."""
    from sqlalchemy import select

    from app.persistence.database import Database
    from app.persistence.projector import event_from_row
    from app.persistence.tables import events
    from benchmarks.build_db import build

    started = time.perf_counter()
    path = folder / "log-source.db"
    summary = build(path, pumps=count // EVENTS_PER_PUMP + 1, events_per_pump=EVENTS_PER_PUMP,
                    seed=seed)
    db = Database(path, migrate=False)
    try:
        with db.reading() as connection:
            rows = connection.execute(select(events).order_by(events.c.seq).limit(count))
            found = [event_from_row(row) for row in rows]
    finally:
        db.dispose()
    if len(found) < count:
        raise SystemExit(f"the builder made {summary.events:,} events, {count:,} wanted")
    return found, time.perf_counter() - started


def fill_central(url: str, log: Sequence[Event]) -> float:
    """``log`` into the inbox (as the administrator, each event in its workstation's name)
    and through the judge; every event must be accepted."""
    from benchmarks import depot

    started = time.perf_counter()
    for workstation in depot.WORKSTATIONS:
        add_workstation(url, workstation)
    with connect(url, autocommit=True) as connection:
        for start in range(0, len(log), LOG_PUSH_BATCH):
            with connection.transaction(), connection.cursor() as cursor, cursor.copy(
                    "COPY inbox (id, workstation, kind, format, body) FROM STDIN") as copy:
                for event in log[start:start + LOG_PUSH_BATCH]:
                    copy.write_row((event.id, event.workstation, "event", 2,
                                    event_body(event)))
        while connection.execute("SELECT count(*) FROM inbox").fetchone()[0]:
            time.sleep(0.2)
        head, refused = connection.execute(
            "SELECT count(*), count(*) FILTER (WHERE outcome <> 'accepted') FROM log"
        ).fetchone()
    if refused or head != len(log):
        raise SystemExit(f"the judge refused {refused} built events ({head} judged)")
    return time.perf_counter() - started


def pull_floor(url: str, head: int) -> dict[str, float]:
    """Seconds to read the whole log with plain psycopg (median of ``FLOOR_RUNS``)."""
    whole = f"SELECT {', '.join(_LOG_COLUMNS)} FROM log WHERE seq > %s ORDER BY seq"
    copy = f"COPY ({whole.replace('%s', '0')}) TO STDOUT"
    times: dict[str, list[float]] = {"batched_select": [], "one_select": [], "copy": []}
    with connect(url, autocommit=True) as connection:
        for _ in range(FLOOR_RUNS):
            started = time.perf_counter()
            cursor, rows = 0, 0
            while True:  # the app's statement in the app's batches
                batch = connection.execute(_PULL, (cursor, PULL_BATCH)).fetchall()
                rows += len(batch)
                if len(batch) < PULL_BATCH:
                    break
                cursor = batch[-1][0]
            times["batched_select"].append(time.perf_counter() - started)
            assert rows == head, (rows, head)

            started = time.perf_counter()
            rows = len(connection.execute(whole, (0,)).fetchall())
            times["one_select"].append(time.perf_counter() - started)
            assert rows == head

            started = time.perf_counter()
            size = 0
            with connection.cursor() as cur, cur.copy(copy) as data:
                for block in data:
                    size += len(block)
            times["copy"].append(time.perf_counter() - started)
    return {how: statistics.median(seconds) for how, seconds in times.items()}


def run_child(url: str, folder: Path, workstation: str, idle: int,
              profile: Path | None = None) -> dict[str, Any]:
    """A first pull (and idle cycles) by a new workstation in a process of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child-pull", url,
               "--child-dir", str(folder), "--child-workstation", workstation,
               "--idle", str(idle)]
    if profile:
        command += ["--profile", str(profile)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"the pull's child process failed ({done.returncode})")
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise SystemExit("the pull's child process gave no result")


def child_pull(url: str, folder: Path, workstation: str, idle: int,
               profile: Path | None) -> dict[str, Any]:
    """In the child: a brand-new workstation pulls the whole log; then idle cycles."""
    import gc

    from sqlalchemy import text

    central = Central(url)
    head = central.counts().head
    central_states = dict(Counter(p.state.value for p in central.pumps().values()))
    central.close()

    station = open_station(folder / "workstation.db", ctx=Context("bench", workstation))
    counter_url = enroll(url, workstation)
    sync = Sync(station.db, workstation, Central(counter_url))
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    gc.collect()
    before = rss_mb()
    peak_reset = reset_peak_rss()
    cycles, pulled, applied, conflicts = 0, 0, 0, 0
    if profiler:
        profiler.enable()
    started = time.perf_counter()
    while True:
        report = sync.cycle()
        cycles += 1
        pulled += report.pulled
        applied += report.applied
        conflicts += report.conflicts
        if report.cursor >= head or cycles > 100:
            break
    seconds = time.perf_counter() - started
    if profiler:
        profiler.disable()
    peak = peak_rss_mb()
    after = rss_mb()

    with station.db.reading() as connection:
        local_states = dict(connection.execute(text(
            "SELECT state, count(*) FROM pumps GROUP BY state")).all())
        local_events = connection.execute(text("SELECT count(*) FROM events")).scalar_one()
        logged = connection.execute(text("SELECT count(*) FROM sync_log")).scalar_one()
    consistent = (report.cursor == head and pulled == applied == head and conflicts == 0
                  and local_events == logged == head and local_states == central_states)
    if not consistent:
        say(f"pull went wrong: {report}; {local_states} vs {central_states}")

    result: dict[str, Any] = {
        "events": head, "seconds": seconds, "cycles": cycles, "batch": PULL_BATCH,
        "rss_before_mb": before, "peak_rss_mb": peak, "rss_after_mb": after,
        "peak_is_of_pull": peak_reset, "consistent": consistent,
        "pumps": sum(local_states.values()),
    }
    if profiler:
        import pstats

        profiler.dump_stats(str(profile))
        for order in ("tottime", "cumulative"):
            print(f"\n-- cProfile of the first pull, by {order} --", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats(order).print_stats(30)

    if idle:
        floor = connect(counter_url, autocommit=True)
        try:
            for _ in range(IDLE_WARMUP):
                sync.cycle()
                floor.execute(_PULL, (head, PULL_BATCH)).fetchall()
            cycle_s: list[float] = []
            floor_s: list[float] = []
            moved = 0
            for _ in range(idle):
                started = time.perf_counter()
                report = sync.cycle()
                cycle_s.append(time.perf_counter() - started)
                moved += report.pushed + report.pulled
                started = time.perf_counter()
                floor.execute(_PULL, (head, PULL_BATCH)).fetchall()
                floor_s.append(time.perf_counter() - started)
        finally:
            floor.close()
        assert moved == 0, moved
        result["idle"] = {"cycles": idle, "cycle_ms": figures_ms(cycle_s),
                          "floor_ms": figures_ms(floor_s)}
    sync.close()
    station.close()
    return result


# -- the report ------------------------------------------------------------------------------


def _load() -> float | None:
    """The one-minute load average: other work on the machine skews every figure."""
    try:
        return round(os.getloadavg()[0], 1)
    except (AttributeError, OSError):
        return None


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def print_table(result: dict[str, Any]) -> None:
    push, pull, idle = result["push"], result["pull"], result["idle"]
    other = result["pull_other"]

    def row(label: str, app: str, floor: str = "", ratio: str = "", budget: str = "",
            passed: bool | None = None) -> None:
        print(f"{label:<34}{app:>10}{floor:>10}{ratio:>9}  {budget:<12}"
              f"{'' if passed is None else verdict(passed)}")

    env = result["environment"]
    print(f"\ncentral sync: PostgreSQL {env['postgresql']} ({result['scratch']}), SQLite "
          f"{env['sqlite']}, {env['cpus']} CPUs, load average {env['load_before']} at the "
          f"start, {env['load_after']} at the end")
    header = f"{'':<34}{'app':>10}{'floor':>10}{'ratio':>9}  {'budget':<12}verdict"
    print(header)
    print("-" * len(header))
    row(f"hand in and judge {push['events']:,} (s)", f"{push['push_loop_seconds']:.2f}",
        f"{push['floor_seconds']['copy']:.3f}", f"{push['ratio']:.0f}x",
        f"< {BUDGET_PUSH_S:.0f} s", push["pass"])
    row("  whole cycle, with pull-back (s)", f"{push['cycle_seconds']:.2f}",
        ratio=f"{push['cycle_seconds'] / push['floor_seconds']['copy']:.0f}x")
    row(f"first pull {pull['events']:,} events (s)", f"{pull['seconds']:.2f}",
        f"{pull['floor_seconds']['batched_select']:.3f}", f"{pull['ratio']:.0f}x",
        f"< {BUDGET_PULL_S:.0f} s", pull["pass_time"])
    for label, run in ((f"  peak RSS, {pull['events']:,} events (MB)", pull),
                       (f"  peak RSS, {other['events']:,} events (MB)", other)):
        row(label, f"{run['peak_rss_mb']:.0f}", budget=f"< {BUDGET_PULL_RSS_MB:.0f} MB",
            passed=run["peak_rss_mb"] < BUDGET_PULL_RSS_MB)
    for key in ("median", "p95"):
        row(f"idle cycle {key} (ms)", f"{idle['cycle_ms'][key]:.2f}",
            f"{idle['floor_ms'][key]:.3f}", f"{idle['ratio'][key]:.0f}x",
            f"< {BUDGET_IDLE_P95_MS:.0f} ms" if key == "p95" else "",
            idle["pass"] if key == "p95" else None)
    actions_done = ", ".join(f"{k} {v:,}" for k, v in push["actions"].items())
    print(f"\npush: {push['events']:,} queued events on {push['pumps']:,} pumps "
          f"({actions_done}; {push['refused_tries']} refused tries), recorded in "
          f"{push['build_seconds']:.0f} s, not timed")
    print(f"  cycle {push['cycle_seconds']:.2f} s = hand-in {push['hand_in_seconds']:.2f} s "
          f"({push['central_hand_in_calls']} x Central.hand_in "
          f"{push['central_hand_in_seconds']:.2f} s) + until judged "
          f"{push['judged_seconds']:.2f} s + pulling its own {push['pulled_back']:,} "
          f"verdicts back {push['pull_back_seconds']:.2f} s")
    print(f"  floor: COPY {push['floor_seconds']['copy']:.3f} s, executemany "
          f"{push['floor_seconds']['executemany']:.3f} s (same rows, one transaction)")
    log = result["log"]
    print(f"pull: log of {pull['events']:,} events ({pull['pumps']:,} pumps) built in "
          f"{log['build_seconds']:.0f} s; {log['events'] + log['other_events']:,} events "
          f"handed in and judged in {log['push_seconds']:.0f} s "
          f"({log['push_rate']:,.0f} events/s); not timed")
    print(f"  {pull['events'] / pull['seconds']:,.0f} events/s over {pull['cycles']} cycle(s); "
          f"RSS before {pull['rss_before_mb']:.0f} MB, peak {pull['peak_rss_mb']:.0f} MB, "
          f"after {pull['rss_after_mb']:.0f} MB")
    print(f"  {other['events']:,}-event log: {other['seconds']:.1f} s, RSS before "
          f"{other['rss_before_mb']:.0f} MB, peak {other['peak_rss_mb']:.0f} MB")
    floors = pull["floor_seconds"]
    print(f"  floor: same SELECT in batches of {PULL_BATCH:,} "
          f"{floors['batched_select']:.3f} s, "
          f"one SELECT {floors['one_select']:.3f} s, COPY TO STDOUT {floors['copy']:.3f} s")
    print(f"idle: {idle['cycles']} cycles on the caught-up workstation, each against one "
          "round trip of the pull SELECT")
    if not (pull["consistent"] and other["consistent"]):
        print("WARNING: a pulled workstation does not match the central database")
    print(f"\noverall: {verdict(result['pass'])} (total {result['total_seconds']:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL, help="the PostgreSQL server (and a "
                        "database on it to connect to); a throw-away database is made there")
    parser.add_argument("--push", type=int, default=10_000, help="queued events to push")
    parser.add_argument("--pumps", type=int, default=500, help="pumps of the push workload")
    parser.add_argument("--pull", type=int, default=100_000, help="events in the pulled log")
    parser.add_argument("--compare-factor", type=float, default=0.5,
                        help="also pull a log this many times as long, for the memory check")
    parser.add_argument("--idle", type=int, default=200, help="idle cycles to time")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--profile", type=Path,
                        help="also profile one more pull of the main log; stats to this file")
    parser.add_argument("--workdir", type=Path, help="for the SQLite files "
                        "(default .benchmarks/sync-<pid>)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the throw-away database and the SQLite files")
    parser.add_argument("--strict", action="store_true", help="exit 1 when over budget")
    parser.add_argument("--child-pull", help=argparse.SUPPRESS)
    parser.add_argument("--child-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-workstation", default=f"{PULL_WORKSTATION}1",
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_pull:
        result = child_pull(args.child_pull, args.child_dir, args.child_workstation,
                            args.idle, args.profile)
        print(RESULT_PREFIX + json.dumps(result), flush=True)
        return 0

    began = time.perf_counter()
    load_before = _load()
    folder = args.workdir or ROOT / ".benchmarks" / f"sync-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Scratch(args.url)
    say(f"throw-away {scratch.where}; SQLite files in {folder}")
    try:
        push = bench_push(scratch.central("push"), folder, args.push, args.pumps, args.seed)

        other_size = max(1, round(args.pull * args.compare_factor))
        say(f"log: building {max(args.pull, other_size):,} events …")
        log, build_seconds = source_events(folder, max(args.pull, other_size), args.seed)
        urls = {}
        push_seconds = 0.0
        for part, size in (("pull_main", args.pull), ("pull_other", other_size)):
            urls[part] = scratch.central(part)
            say(f"log: pushing {size:,} events into {part} …")
            push_seconds += fill_central(urls[part], log[:size])
        del log

        say("pull: floor …")
        floor = pull_floor(urls["pull_main"], args.pull)
        say("pull: first pull of the main log (child process) …")
        main_pull = run_child(urls["pull_main"], folder / "pull-main",
                              f"{PULL_WORKSTATION}1", args.idle)
        say(f"pull: {main_pull['seconds']:.1f} s; the {other_size:,}-event log …")
        other = run_child(urls["pull_other"], folder / "pull-other", f"{PULL_WORKSTATION}2", 0)
        profiled = None
        if args.profile:
            say("pull: once more under cProfile …")
            profiled = run_child(urls["pull_main"], folder / "pull-profile",
                                 f"{PULL_WORKSTATION}3", 0, args.profile)
    finally:
        if args.keep:
            say(f"kept: {scratch.where}, {folder}")
        else:
            scratch.drop()
            shutil.rmtree(folder, ignore_errors=True)

    idle = main_pull.pop("idle")
    idle["ratio"] = {k: idle["cycle_ms"][k] / idle["floor_ms"][k] for k in ("median", "p95")}
    idle["budget_p95_ms"] = BUDGET_IDLE_P95_MS
    idle["pass"] = idle["cycle_ms"]["p95"] < BUDGET_IDLE_P95_MS
    pull = {**main_pull, "floor_seconds": floor,
            "ratio": main_pull["seconds"] / floor["batched_select"],
            "ratio_to_copy": main_pull["seconds"] / floor["copy"],
            "budget_s": BUDGET_PULL_S, "budget_peak_rss_mb": BUDGET_PULL_RSS_MB,
            "pass_time": main_pull["seconds"] < BUDGET_PULL_S,
            "pass_memory": main_pull["peak_rss_mb"] < BUDGET_PULL_RSS_MB
            and other["peak_rss_mb"] < BUDGET_PULL_RSS_MB}
    load_after = _load()
    result = {
        "benchmark": "central_sync",
        "scratch": scratch.where,
        "push": push,
        "log": {"build_seconds": build_seconds, "push_seconds": push_seconds,
                "push_rate": (args.pull + other_size) / push_seconds,
                "events": args.pull, "other_events": other_size},
        "pull": pull,
        "pull_other": other,
        "pull_profiled_seconds": profiled["seconds"] if profiled else None,
        "idle": idle,
        "pass": (push["pass"] and pull["pass_time"] and pull["pass_memory"] and idle["pass"]
                 and main_pull["consistent"] and other["consistent"]),
        "total_seconds": time.perf_counter() - began,
        "environment": {"python": platform.python_version(), "psycopg": psycopg.__version__,
                        "postgresql": scratch.server, "sqlite": sqlite3.sqlite_version,
                        "platform": platform.platform(), "cpus": os.cpu_count(),
                        "load_before": load_before, "load_after": load_after},
    }
    print_table(result)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if args.strict and not result["pass"] else 0


if __name__ == "__main__":
    sys.exit(main())
