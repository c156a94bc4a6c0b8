"""A stocktake scan and its tally on the 100,000-pump, 2,000,000-event database, with 500
pumps expected.

    python benchmarks/bench_count.py [--expected 500] [--runs 2]

On a copy of the benchmark database (``benchmarks/bench_return.py`` builds it), fills the
hospital unit with the most pumps in stock up to ``--expected`` pumps (dispatching ready
ones), starts a count of it and scans every expected pump, one in ten twice (a double read)
and a few pumps the register has with patients (unexpected). Each scan is timed from the call
to ``counts.scan_into_count`` (the count_scanned event in one write transaction, and the
count's whole view read again: expected, found, missing, unexpected with where) until the
Stocktake tab has shown that view (its tally and three lists filled and painted,
offscreen). Against
the floor: the same rows written and the same two lists read with ``sqlite3``.

Budget: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_return import default_path, ensure_database, working_copy  # noqa: E402


def _unit_to_fill(path: Path) -> tuple[str, int, list[str], list[str]]:
    """The hospital unit with the most pumps in stock, how many it has, ready pumps
    (maintenance not due within 30 days) to dispatch to it, and pumps with patients."""
    connection = sqlite3.connect(path)
    try:
        unit, have = connection.execute(
            "SELECT c.customer_number, count(p.registration) FROM care_units c "
            "LEFT JOIN pumps p ON p.responsible_unit = c.customer_number "
            "AND p.state = 'in_unit_stock' WHERE c.kind LIKE 'hospital%' "
            "GROUP BY c.customer_number ORDER BY 2 DESC LIMIT 1").fetchone()
        soon = (dt.date.today() + dt.timedelta(days=30)).isoformat()
        ready = [r[0] for r in connection.execute(
            "SELECT registration FROM pumps WHERE state = 'ready' AND next_maintenance > ? "
            "ORDER BY registration LIMIT 2000", (soon,))]
        out = [r[0] for r in connection.execute(
            "SELECT registration FROM pumps WHERE state = 'on_loan' LIMIT 10")]
        return unit, have, ready, out
    finally:
        connection.close()


def _floor(path: Path, count_id: str, unit: str, registration: str) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")
    try:
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        event_id = str(uuid.uuid4())
        connection.execute(
            "INSERT INTO events (id, type, pump, actor, workstation, occurred_at, payload) "
            "VALUES (?, 'count_scanned', NULL, 'bench', 'BENCH', ?, ?)",
            (event_id, now, f'{{"count": "{count_id}", "registration": "{registration}"}}'))
        connection.execute("INSERT OR IGNORE INTO count_scans VALUES (?, ?, ?, 'bench')",
                           (count_id, registration, now))
        connection.execute("INSERT INTO sync_outbox (event_id, handed_in) VALUES (?, 0)",
                           (event_id,))
        connection.execute(
            "SELECT registration, model_code, state, responsible_unit FROM pumps WHERE "
            "responsible_unit = ? AND state = 'in_unit_stock' ORDER BY registration",
            (unit,)).fetchall()
        connection.execute(
            "SELECT p.registration, p.model_code, p.state, p.responsible_unit FROM pumps p "
            "JOIN count_scans s ON s.pump = p.registration WHERE s.count_id = ? "
            "ORDER BY s.scanned_at DESC", (count_id,)).fetchall()
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.1f} ms, p95 "
            f"{_percentile(values, 0.95) * 1000:.1f} ms, p99 "
            f"{_percentile(values, 0.99) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--expected", type=int, default=500)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.gui.app import application
    from app.gui.i18n import install_language
    from app.gui.operations import Operations
    from app.gui.sounds import Sounds
    from app.gui.tabs.count_tab import CountTab
    from app.services import actions, counts
    from app.services.station import open_station
    from benchmarks.depot import enroll_staff

    built = default_path(args.pumps)
    ensure_database(built, args.pumps)
    copy = working_copy(built)
    unit, have, ready, elsewhere = _unit_to_fill(copy)
    station = open_station(copy, staff="bench")
    enroll_staff(station)
    for registration in ready[:max(0, args.expected - have)]:
        actions.dispatch_pump(station, registration, unit=unit)
        have += 1
    print(f"unit {unit}: {have} pumps in its stock")
    application()
    install_language("en")
    tab = CountTab(station, Operations(), Sounds(enabled=False))
    tab.resize(1024, 640)
    tab.show()
    timings: list[float] = []
    floors: list[float] = []
    for run in range(args.runs):
        view = counts.start_count(station, unit)
        tab._show(view)
        expected = [line.registration for line in view.missing]
        order = []
        for n, registration in enumerate(expected):
            order.append(registration)
            if n % 10 == 0:
                order.append(registration)  # the scanner read it twice
            if n % 50 == 25:
                order.append(elsewhere[n // 50 % len(elsewhere)])
        floor_count = str(uuid.uuid4())
        for registration in order:
            floors.append(_floor(copy, floor_count, unit, registration))
            started = time.perf_counter()
            view = counts.scan_into_count(station, view.id, registration)
            tab._show(view)
            tab.repaint()  # painted, as the counter sees it
            timings.append(time.perf_counter() - started)
        assert len(view.found) == len(expected) and not view.missing, run
        assert len(view.unexpected) == len({e for e in order if e not in expected})
        counts.finish_count(station, view.id)
        counts.units_due_for_count(station, dt.date.today())
    station.close()
    worst = _percentile(timings, 0.95)
    print(f"scan → tally shown ({len(timings)} scans, {args.expected} expected): "
          f"{_ms(timings)}")
    print(f"floor (same rows and lists in sqlite3): {_ms(floors)}")
    print(f"budget p95 < 50 ms: {'PASS' if worst < 0.050 else 'FAIL'}")


if __name__ == "__main__":
    main()
