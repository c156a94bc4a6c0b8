"""From a counter's action to its verdict back at that counter, with a region busy.

    python benchmarks/bench_latency.py [--url postgresql://postgres@127.0.0.1:5432/test]
                                       [--counters 20] [--rate 10] [--seconds 30]

A throw-away region is made on the server of ``--url`` (``central init``, its judge running
as ``pumpdesk central serve`` in a process of its own) and dropped at the end, roles
included. ``--counters`` workstations, each a process of its own with its own SQLite file
and its own enrolled role, reach it through a loopback TCP proxy that adds ``--latency-ms``
(default 5) each way. Each counter first defines the depot's register and registers its own
pumps and syncs them, and once all have, syncs again until it has the others' (not timed):
a region at work, not twenty counters set up at once; then, all together, each records
``--rate`` counter actions a second through ``app.services.actions`` (issue, return,
clean, fault … as suit each pump's state) for ``--seconds``, while its sync runs as the
window runs it: a cycle
``SOON_MS`` after an action (and at once again while something waits). For every action,
the time from just before the action to the moment its verdict is in the counter's own
``sync_log`` (handed in, judged, pulled back) is taken.

Twice: all counters well; then with one more counter whose connection freezes half-open
in the middle of handing in (the proxy stops relaying; its kernel still acknowledges) and
stays frozen for the whole run — the others must not wait for it. Budget: p95 under 1 s.

Two shapes (``--part whole|region|both``, default both). *whole*: every counter is a whole
counter as above. Twenty of them on one small machine ask for more processor time than it
has — each also applies every other counter's events, which a region spreads over twenty
computers — so past a dozen or so these figures measure the machine's overload. *region*:
``--whole`` (default 2) whole counters, timed as above, among region counters
(``region_counter``) that hand in their share of the load — ten events a second each, with
the register changes they made — and pull every verdict and the log back through the same
client, proxy, judge and server, without the local SQLite work, at a lower priority
(``--region-nice``, default 10) so that the processor goes first to the whole counters and
the central side. The region counters' own times are in the figures too.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from psycopg.conninfo import conninfo_to_dict  # noqa: E402

from benchmarks.bench_sync import (  # noqa: E402
    CounterWork,
    Scratch,
    enroll,
    percentile,
    say,
)

BUDGET_P95_MS = 1000.0
PARTS = ("all_well", "one_frozen", "region_all_well", "region_one_frozen")
PUMPS = 40


def _set_up(name: str, url: str, folder: str, seed: int, ready: Any, all_set: Any) -> Any:
    """A counter at work in its region (not timed): the depot's register defined, its own
    pumps registered and handed in, and, once every counter has, the others' set-up pulled.
    Its station, its sync and its work."""
    from app.domain.events import Context
    from app.services import actions
    from app.services.station import open_station
    from app.sync.central import Central
    from app.sync.client import Sync
    from benchmarks import depot

    station = open_station(Path(folder) / f"{name}.db", ctx=Context("bench", name))
    link = Sync(station.db, name, Central(url))
    register = depot.define_register(station)
    models = list(register.models.values())
    pumps = [actions.register_pump(station, f"{name}-{i:03d}", models[i % len(models)].code,
                                   f"{name}S{i:05d}").registration for i in range(PUMPS)]
    link.cycle()
    work = CounterWork(station, random.Random(seed), register, pumps)
    ready.put(name)
    all_set.wait()  # every counter has handed its set-up in: take theirs (not timed)
    while link.cycle().pulled:
        pass
    ready.put(name)
    return station, link, work


def _paced(rate: float, seconds: float, act: Any) -> None:
    """``act(moment)`` ``rate`` times a second for ``seconds``; a process that falls behind
    does not catch up in bursts."""
    period = 1.0 / rate
    deadline = time.perf_counter() + seconds
    next_at = time.perf_counter()
    while next_at < deadline and time.perf_counter() < deadline:
        time.sleep(max(0.0, next_at - time.perf_counter()))
        before = time.perf_counter()
        if before - next_at > period:
            next_at = before
        act(before)
        next_at += period


def _act_and_sync(rate: float, seconds: float, act: Any, one_cycle: Any) -> None:
    """``act(moment)`` paced for ``seconds`` while a sync thread runs ``one_cycle()`` as the
    window runs its cycles: ``SOON_MS`` after an action, and at once again while it says
    something waits. Then 3 s more for the last actions' verdicts."""
    from app.gui.sync_status import SOON_MS

    nudged = threading.Event()
    done = threading.Event()

    def sync_loop() -> None:
        while not done.is_set():
            if not nudged.wait(0.5):
                continue
            time.sleep(SOON_MS / 1000)
            nudged.clear()
            if one_cycle():
                nudged.set()

    def act_and_nudge(moment: float) -> None:
        act(moment)
        nudged.set()

    syncer = threading.Thread(target=sync_loop, daemon=True)
    syncer.start()
    _paced(rate, seconds, act_and_nudge)
    time.sleep(3.0)  # the last actions' verdicts come back
    done.set()
    syncer.join(60)


def _report(results: Any, name: str, latencies: list[float], unanswered: int,
            errors: collections.Counter[str], work: CounterWork, cpu: dict[str, float],
            seconds: float, verdicts: collections.Counter[str]) -> None:
    results.put((name, latencies, unanswered, dict(errors), work.refused, dict(work.done),
                 {k: v / seconds for k, v in cpu.items()}, dict(verdicts)))
    results.close()
    results.join_thread()  # flushed before the process ends
    os._exit(0)  # a frozen connection's socket must not hold the process


def counter(name: str, url: str, folder: str, rate: float, seconds: float, seed: int,
            ready: Any, all_set: Any, start: Any, results: Any) -> None:
    """One whole counter, in a process of its own: set up, then act and sync until the time
    is up; puts ``(name, latencies in ms, unanswered count, …)`` on ``results``."""
    import sqlalchemy as sa

    from app.persistence.tables import sync_log
    from app.services.sync import run_cycle

    station, link, work = _set_up(name, url, folder, seed, ready, all_set)
    start.wait()

    began: dict[str, float] = {}
    latencies: list[float] = []
    lock = threading.Lock()
    errors: collections.Counter[str] = collections.Counter()
    verdicts: collections.Counter[str] = collections.Counter()  # own events', by outcome
    #: CPU seconds of this process's two threads: the counter's actions, and its sync.
    cpu = {"actions": 0.0, "sync": 0.0, "cycles": 0}

    def one_cycle() -> bool:
        spent = time.thread_time()
        report = run_cycle(link)  # as the window runs it: never raises
        cpu["sync"] += time.thread_time() - spent
        cpu["cycles"] += 1
        if report.error is not None:
            errors[report.error.split(":")[0]] += 1
        with lock:
            waiting = list(began)
        if not waiting:
            return False
        with station.db.reading() as connection:
            answered = connection.execute(
                sa.select(sync_log.c.event_id, sync_log.c.outcome).where(
                    sync_log.c.event_id.in_(waiting))).all()
        now = time.perf_counter()
        with lock:
            for event_id, outcome in answered:
                latencies.append((now - began.pop(event_id)) * 1000)
                verdicts[outcome] += 1
        return bool(report.pending)

    def act(moment: float) -> None:
        spent = time.thread_time()
        result = work.act()
        cpu["actions"] += time.thread_time() - spent
        with lock:
            began[result.event_id] = moment

    _act_and_sync(rate, seconds, act, one_cycle)
    with lock:
        _report(results, name, latencies, len(began), errors, work, cpu, seconds, verdicts)


def region_counter(name: str, url: str, folder: str, rate: float, seconds: float, seed: int,
                   ready: Any, all_set: Any, start: Any, results: Any, nice: int = 0) -> None:
    """The region's share of a counter's work alone: set up as ``counter`` is, then its
    actions for the whole run recorded at once (its own database's share, not timed), and
    timed from each one's moment to its verdict pulled back, while the central side is
    spoken to as a cycle does — the judge's status, the hand-in of what waits (with the
    register changes it made), the wait for the verdicts, the pull of the log and of the
    person register — through the same ``Central`` client, proxy, judge and server. What is
    left out is the counter's own SQLite work, which a region spreads over as many
    computers as it has counters. With ``nice``, it runs at that lower priority once set
    up: the processor goes first to the whole counters, which stand for the counters whose
    time is taken, and to the central side."""
    from app.persistence.persons import PersonRegister
    from app.persistence.sync_state import SyncState
    from app.sync.central import CentralUnavailable
    from app.sync.client import PULL_BATCH

    station, link, work = _set_up(name, url, folder, seed, ready, all_set)
    os.nice(nice)  # the rest of the region: on other computers, not this counter's
    central = link.central
    planned: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []
    seen = 0
    with station.db.reading() as connection:
        cursor = SyncState(connection, name).cursor()
        copy = SyncState(connection, name).copy_identity()
        seen = max([seq for seq, _i, _c in PersonRegister(connection).pending(10**6)],
                   default=0)
    for _ in range(int(rate * seconds) + 1):
        event_id = work.act().event_id
        with station.db.reading() as connection:
            changes = [(seq, change_id, change) for seq, change_id, change
                       in PersonRegister(connection).pending(10**6) if seq > seen]
        seen = max([seq for seq, _i, _c in changes], default=seen)
        planned.append((event_id, [(change_id, change) for _s, change_id, change in changes]))
    with station.db.reading() as connection:
        recorded = {e.id: e for e in SyncState(connection, name).pending(10**6)}
    plan = iter([(recorded[event_id], changes) for event_id, changes in planned])
    start.wait()

    began: dict[str, float] = {}
    queued: list[tuple[Any, list[tuple[str, dict[str, Any]]]]] = []
    latencies: list[float] = []
    lock = threading.Lock()
    errors: collections.Counter[str] = collections.Counter()
    verdicts: collections.Counter[str] = collections.Counter()
    cpu = {"actions": 0.0, "sync": 0.0, "cycles": 0}
    persons_after = 0

    def cycle() -> None:
        nonlocal cursor, persons_after
        with lock:
            batch = list(queued)
        central.judge_status()
        if batch:
            central.hand_in([event for event, _c in batch],
                            [change for _e, changes in batch for change in changes], copy)
            with lock:
                del queued[:len(batch)]
        judged = central.wait_for_judge(3.0) if began else False
        heads = central.heads if judged or not batch else None
        while heads is None or heads.log > cursor:
            entries = central.pull(cursor, PULL_BATCH)
            now = time.perf_counter()
            with lock:
                for entry in entries:
                    moment = began.pop(entry.event.id, None)
                    if moment is not None:
                        latencies.append((now - moment) * 1000)
                        verdicts[entry.outcome.value] += 1
            if entries:
                cursor = entries[-1].seq
            if len(entries) < PULL_BATCH:
                break
        if heads is None or heads.persons > persons_after:
            records = central.pull_persons(persons_after, PULL_BATCH)
            persons_after = records[-1][1] if records else persons_after

    def one_cycle() -> bool:
        spent = time.thread_time()
        try:
            cycle()
        except CentralUnavailable as error:
            errors[f"offline: {error}".split(":")[0]] += 1
        cpu["sync"] += time.thread_time() - spent
        cpu["cycles"] += 1
        with lock:
            return bool(queued or began)

    def act(moment: float) -> None:
        event, changes = next(plan)
        with lock:
            began[event.id] = moment
            queued.append((event, changes))

    _act_and_sync(rate, seconds, act, one_cycle)
    with lock:
        _report(results, name, latencies, len(began), errors, work, cpu, seconds, verdicts)


def _latency_figures(latencies: list[float]) -> dict[str, Any]:
    ordered = sorted(latencies)
    return {"actions_answered": len(ordered),
            "p50_ms": round(percentile(ordered, 50), 1),
            "p95_ms": round(percentile(ordered, 95), 1),
            "max_ms": round(ordered[-1], 1) if ordered else None,
            "mean_ms": round(statistics.fmean(ordered), 1) if ordered else None}


def run(url: str, folder: Path, args: argparse.Namespace, prefix: str,
        frozen: bool, region: bool = False) -> dict[str, Any]:
    """One timed run: whole counters; or, with ``region``, ``args.whole`` whole counters
    among region counters (``region_counter``) that make up the rest of the region's
    load. The frozen counter, if any, is one more (its work never gets through)."""
    from tests.sync.proxy import Proxy

    port = int(conninfo_to_dict(url).get("port") or 5432)
    proxy = Proxy(target_port=port, latency_s=args.latency_ms / 1000)
    stuck = Proxy(target_port=port, latency_s=args.latency_ms / 1000) if frozen else None
    context = multiprocessing.get_context("spawn")
    ready, results = context.Queue(), context.Queue()
    all_set, start = context.Event(), context.Event()
    names = [f"{prefix}{i:02d}" for i in range(1, args.counters + 1)]
    whole = set(names[:args.whole] if region else names + [f"{prefix}FROZEN"])
    plan = [(name, proxy.url(enroll(url, name))) for name in names]
    if stuck is not None:
        plan.append((f"{prefix}FROZEN", stuck.url(enroll(url, f"{prefix}FROZEN"))))
    processes = [context.Process(
        target=counter if name in whole else region_counter, args=(
            name, link, str(folder), args.rate, args.seconds, args.seed + i, ready, all_set,
            start, results), kwargs={} if name in whole else {"nice": args.region_nice},
        daemon=True) for i, (name, link) in enumerate(plan)]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=600)
    all_set.set()
    for _ in processes:  # each has the others' set-up: a region at work, not starting
        ready.get(timeout=600)
    if stuck is not None:  # frozen mid-hand-in, and kept so
        stuck.when_sent(b"unnest", stuck.freeze)
    say(f"{prefix}: {len(processes)} counters ready; {args.seconds:g} s of work …")
    start.set()
    gathered: dict[str, tuple[list[float], int]] = {}
    errors: collections.Counter[str] = collections.Counter()
    made: collections.Counter[str] = collections.Counter()
    verdicts: collections.Counter[str] = collections.Counter()
    refused = 0
    spent: dict[str, dict[str, float]] = {}
    for _ in processes:
        name, latencies, unanswered, failed, tries_refused, done, cpu, judged = results.get(
            timeout=args.seconds + 120)
        gathered[name] = (latencies, unanswered)
        if not name.endswith("FROZEN"):
            spent[name] = cpu
        made.update(done)
        refused += tries_refused
        if not name.endswith("FROZEN"):
            errors.update(failed)
            verdicts.update(judged)
    for process in processes:
        process.join(10)
    proxy.close()
    if stuck is not None:
        stuck.close()
    well = [ms for name, (lat, _u) in gathered.items() if not name.endswith("FROZEN")
            for ms in lat]
    unanswered = sum(u for name, (_l, u) in gathered.items() if not name.endswith("FROZEN"))
    figures = {**_latency_figures(well), "unanswered_at_end": unanswered,
               "cycles_not_finished": dict(errors),
               # every kind of action, loans included, and none refused: a refused try
               # is a counter's work that hands nothing in
               "actions_made": dict(made.most_common()), "refused_tries": refused,
               # the judge's verdicts on the well counters' actions: accepted, not conflicts
               "verdicts": dict(verdicts),
               **_cpu_figures(list(spent.values()))}
    if region:  # the whole counters among them: an action's whole way, local work too
        figures["whole_counters"] = {
            "counters": len(whole),  # the frozen one is a region counter here
            **_latency_figures([ms for name in whole for ms in gathered[name][0]]),
            "unanswered_at_end": sum(gathered[name][1] for name in whole),
            **_cpu_figures([spent[name] for name in whole])}
    if stuck is not None:
        lat, unanswered_frozen = gathered[f"{prefix}FROZEN"]
        figures["frozen_counter"] = {"answered": len(lat), "unanswered": unanswered_frozen}
    return figures


def _cpu_figures(spent: list[dict[str, float]]) -> dict[str, Any]:
    """A counter's CPU (ms a second of the run; a mean over the counters): its actions,
    and its sync cycles (how many a second, and each one's share)."""
    return {"counter_cpu_ms_per_s": {
                part: round(statistics.fmean(c[part] for c in spent) * 1000, 1)
                for part in ("actions", "sync")},
            "cycles_per_s": round(statistics.fmean(c["cycles"] for c in spent), 2)}


def loans_made(figures: dict[str, Any]) -> int:
    made = figures["actions_made"]
    return sum(made.get(name, 0) for name in ("issue", "issue_transport", "prescribe"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get(
        "PUMPDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--counters", type=int, default=20)
    parser.add_argument("--rate", type=float, default=10.0, help="actions a second, each")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--part", choices=("whole", "region", "both"), default="both",
                        help="all counters whole; or --whole of them whole among region "
                             "counters (see region_counter); or both")
    parser.add_argument("--whole", type=int, default=2,
                        help="whole counters among the region counters of --part region")
    parser.add_argument("--region-nice", type=int, default=10,
                        help="the region counters' niceness (0: as the whole counters)")
    args = parser.parse_args(argv)

    scratch = Scratch(args.url)
    folder = ROOT / ".benchmarks" / f"latency-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        url = scratch.central("latency")
        result: dict[str, Any] = {
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                       f"load {os.getloadavg()[0]:.1f}",
            "server": scratch.server, "counters": args.counters, "rate_per_s": args.rate,
            "seconds": args.seconds, "latency_ms_each_way": args.latency_ms,
            "region_part": {"whole_counters": args.whole, "region_nice": args.region_nice}}
        if args.part in ("whole", "both"):
            result["all_well"] = run(url, folder, args, "W", frozen=False)
            result["one_frozen"] = run(url, folder, args, "F", frozen=True)
        if args.part in ("region", "both"):
            result["region_all_well"] = run(url, folder, args, "RW", frozen=False,
                                            region=True)
            result["region_one_frozen"] = run(url, folder, args, "RF", frozen=True,
                                              region=True)
    finally:
        scratch.drop()
        shutil.rmtree(folder, ignore_errors=True)
    for part in PARTS:
        if part not in result:
            continue
        figures = result[part]
        verdict = "within" if figures["p95_ms"] < BUDGET_P95_MS else "OVER"
        say(f"{part}: {figures['actions_answered']:,} actions; action → verdict p50 "
            f"{figures['p50_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms "
            f"(budget {BUDGET_P95_MS:.0f} ms: {verdict}), max {figures['max_ms']:.0f} ms; "
            f"unanswered at the end {figures['unanswered_at_end']}; "
            f"loans made {loans_made(figures):,}, refused tries {figures['refused_tries']:,}; "
            f"verdicts {figures['verdicts']}"
            + (f"; frozen counter: {figures['frozen_counter']}" if "frozen_counter" in figures
               else ""))
        if "whole_counters" in figures:
            whole = figures["whole_counters"]
            say(f"  of which {whole['counters']} whole counters: "
                f"{whole['actions_answered']:,} actions; p50 {whole['p50_ms']:.0f} ms, "
                f"p95 {whole['p95_ms']:.0f} ms, max {whole['max_ms']:.0f} ms; "
                f"unanswered at the end {whole['unanswered_at_end']}")
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
