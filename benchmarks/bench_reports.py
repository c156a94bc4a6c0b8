"""Each report for a year, and the due list, on the 100,000-pump, 2,000,000-event database,
against a bare-SQLite floor in the same run.

    python benchmarks/bench_reports.py [--runs 5] [--formats] [--counts]

On the benchmark database (``benchmarks/bench_return.py`` builds it; the reports only
read), times ``reports.make_report`` for each report over the last 365 days of the
database's history, the due list, and with ``--formats`` writing each report as XLSX and
PDF. The built database has no stocktakes: with ``--counts`` the reports run on a copy
(``-run.db``) to which ``add_counts`` first adds a year-end stocktake — the units with the
largest stocks and the depot's shelves counted, a few pumps missed or found elsewhere, some
resolved. The floor is the report's main statements written by hand and run with ``sqlite3``
(``fetchall``), the least any program reading these tables this way could take.

Budget: each report under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_return import default_path, ensure_database, working_copy  # noqa: E402

_FLOORS = {
    "out": ["SELECT responsible_unit, model_code, state, count(*) FROM pumps WHERE state IN "
            "('on_loan', 'on_transport_loan', 'in_unit_stock') GROUP BY 1, 2, 3"],
    # Grouped from the lent pumps' copies of their loans' type and units and the pumps'
    # models (migration 0018), in the order of the index that holds them.
    "loans": [
        "SELECT loan_type, responsible_unit, billing_unit, model_code, payer_name, "
        "sum(started_at >= :since AND started_at < :until), "
        "sum(ended_at >= :since AND ended_at < :until) FROM loan_pumps "
        "WHERE loan_type IN ('patient', 'transport') AND ((started_at >= :since AND "
        "started_at < :until) OR (ended_at >= :since AND ended_at < :until)) "
        "GROUP BY 1, 2, 3, 4, 5"],
    "lost": ["SELECT lp.pump, lp.ended_at, l.number, l.responsible_unit, l.billing_unit, "
             "p.model_code, p.state FROM loan_pumps lp JOIN loans l ON l.id = lp.loan_id "
             "JOIN pumps p ON p.registration = lp.pump WHERE lp.end_reason = 'lost' AND "
             "lp.ended_at >= :since AND lp.ended_at < :until"],
    "faults": [
        "SELECT p.model_code, f.category, count(*), count(f.closed_at) FROM fault_reports f "
        "JOIN pumps p ON p.registration = f.pump WHERE f.reported_at >= :since AND "
        "f.reported_at < :until GROUP BY 1, 2",
        "SELECT occurred_at, seq, type, pump FROM events WHERE type IN ('sent_to_service', "
        "'back_from_service') AND occurred_at >= :year_before AND occurred_at < :until"],
    "maintenance": [
        "SELECT p.model_code, count(*) FROM events e JOIN pumps p ON p.registration = e.pump "
        "WHERE e.type = 'back_from_service' AND e.occurred_at >= :since AND e.occurred_at < "
        ":until AND json_extract(e.payload, '$.last_maintenance') IS NOT NULL GROUP BY 1",
        "SELECT responsible_unit, model_code, count(*) FROM pumps WHERE next_maintenance <= "
        ":end AND state NOT IN ('retired', 'lost') GROUP BY 1, 2"],
    "replenishment": ["SELECT * FROM replenishment_runs WHERE day >= :start AND day <= :end"],
    "counts": [
        "SELECT * FROM counts WHERE finished_at >= :since AND finished_at < :until",
        # the differing pumps (as the rows above hold them) and the events that settled them
        # after the first count finished
        "SELECT pump, type, occurred_at, payload FROM events WHERE pump IN (SELECT value "
        "FROM json_each(:pumps)) AND type IN ('reported_lost', 'stock_moved', 'returned') "
        "AND occurred_at >= :settled_since ORDER BY occurred_at, seq"],
}


def _floor(path: Path, name: str, params: dict[str, str]) -> float:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        found: list[Any] = []
        for statement in _FLOORS[name]:
            if ":pumps" in statement:  # the pumps the counts before missed or found
                differing = sorted({
                    pump for row in found for result in [json.loads(row[-1] or "{}")]
                    for pump in [*result.get("missing", []),
                                 *(u[0] for u in result.get("unexpected", []))]})
                if not differing:
                    continue
                params = {**params, "pumps": json.dumps(differing),
                          "settled_since": min(row[5] for row in found)}  # finished_at
            found = connection.execute(statement, params).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def add_counts(path: Path, units: int = 12, every: int = 8) -> str:
    """Count the ``units`` hospital units with the largest stocks and the depot's shelves
    just after the database's last event, through the services and the count events'
    rules: each ``every``-th pump expected is missed, each unit's count finds a pump of
    another unit's stock. Missing pumps of the first half of the units are reported lost,
    the pumps found elsewhere moved in, fifty pumps missing from the shelves lost at the
    depot's cost. Returns what was added."""
    from app.domain import counts as rules_counts
    from app.domain.events import Context
    from app.services import counts
    from app.services.station import Station, open_station

    connection = sqlite3.connect(path)
    last = dt.datetime.fromisoformat(
        connection.execute("SELECT max(occurred_at) FROM events").fetchone()[0])
    # Each unit with a pump of the next one's stock (found there, not expected).
    stocks = connection.execute(
        "SELECT responsible_unit, count(*), max(registration) FROM pumps "
        "WHERE state = 'in_unit_stock' GROUP BY 1 ORDER BY 2 DESC LIMIT ?", (units,)).fetchall()
    stocks = [(unit, n, stocks[(i + 1) % len(stocks)][2]) for i, (unit, n, _) in
              enumerate(stocks)]
    connection.close()
    opened = open_station(path, staff="anna.k")
    ticks = iter(range(10**9))
    ctx = Context("anna.k", opened.ctx.workstation, clock=lambda: last + dt.timedelta(
        minutes=1, milliseconds=5 * next(ticks)))
    station = Station(opened.db, ctx)

    def count(place: str, elsewhere: str | None) -> tuple[str, list[str]]:
        view = counts.start_count(station, place)
        expected = [line.registration for line in counts.count_view(station, view.id).missing]
        found = [r for n, r in enumerate(expected) if n % every]
        with station.unit_of_work() as uow:  # one transaction for the scans: same events
            info, _ = counts.find_count(uow.connection, view.id)
            for registration in found + ([elsewhere] if elsewhere else []):
                uow.record(rules_counts.scan(ctx, info, uow.repo.pump(registration), False))
            uow.commit()
        done = counts.finish_count(station, view.id)
        return view.id, [line.registration for line in done.missing]

    for n, (unit, _pumps, elsewhere) in enumerate(stocks):
        count_id, missing = count(unit, elsewhere)
        if n < len(stocks) // 2:
            for registration in missing:
                counts.report_missing_lost(station, count_id, registration)
            counts.resolve_unexpected(station, count_id, elsewhere, "move")
    count_id, missing = count(rules_counts.DEPOT, None)
    for registration in missing[:50]:
        counts.report_missing_lost(station, count_id, registration)
    station.close()
    return f"{len(stocks)} units' stocks and the depot's shelves counted"


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:5.0f} ms, max {max(values) * 1000:5.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--formats", action="store_true",
                        help="also write each report as XLSX and PDF")
    parser.add_argument("--counts", action="store_true",
                        help="on a copy of the database, with stocktakes added first")
    args = parser.parse_args()

    from app.services.due import due_list
    from app.services.report_files import write_report
    from app.services.reports import REPORTS, Period, make_report
    from app.services.station import open_station

    path = default_path(args.pumps)
    ensure_database(path, args.pumps)
    if args.counts:
        path = working_copy(path)
        began = time.perf_counter()
        print(f"{add_counts(path)} in {time.perf_counter() - began:.0f} s")
    station = open_station(path)
    connection = sqlite3.connect(path)
    last = connection.execute("SELECT max(occurred_at) FROM events").fetchone()[0]
    connection.close()
    end = dt.date.fromisoformat(last[:10])
    start = end - dt.timedelta(days=364)
    days = Period(start, end)
    params = {"since": days.since.isoformat(timespec="microseconds"),
              "until": days.until.isoformat(timespec="microseconds"),
              "year_before": (days.since - dt.timedelta(days=366)).isoformat(
                  timespec="microseconds"),
              "start": start.isoformat(), "end": end.isoformat()}
    print(f"period {start} to {end}")
    failed = []
    for name in REPORTS:
        timings, floors, lines = [], [], 0
        for _run in range(args.runs):
            floors.append(_floor(path, name, params))
            began = time.perf_counter()
            report = make_report(station, name, start, end)
            timings.append(time.perf_counter() - began)
            lines = sum(len(s.rows) for s in report.sections)
        ratio = statistics.median(timings) / max(statistics.median(floors), 1e-6)
        verdict = "PASS" if max(timings) < 2.0 else "FAIL"
        if verdict == "FAIL":
            failed.append(name)
        print(f"{name:13} PumpDesk {_ms(timings)}; floor {_ms(floors)}; ratio {ratio:4.1f}×; "
              f"{lines:,} lines (budget < 2000 ms: {verdict})")
        if args.formats:
            with tempfile.TemporaryDirectory() as folder:
                for fmt in ("xlsx", "pdf"):
                    began = time.perf_counter()
                    write_report(station, name, Path(folder) / f"{name}.{fmt}", fmt,
                                 start=start, end=end)
                    print(f"{'':13} as {fmt}: {(time.perf_counter() - began) * 1000:.0f} ms")
    timings = []
    for _run in range(args.runs):
        began = time.perf_counter()
        found = due_list(station, today=end)
        timings.append(time.perf_counter() - began)
    print(f"{'due list':13} PumpDesk {_ms(timings)}; {len(found):,} lines")
    station.close()
    if failed:
        print(f"over budget: {', '.join(failed)}")


if __name__ == "__main__":
    main()
