"""Each report for a year, and the due list, on the 100,000-pump, 2,000,000-event database,
against a bare-SQLite floor in the same run.

    python benchmarks/bench_reports.py [--runs 5] [--formats]

On the benchmark database (``benchmarks/bench_return.py`` builds it; the reports only
read), times ``reports.make_report`` for each report over the last 365 days of the
database's history, the due list, and with ``--formats`` writing each report as XLSX and
PDF. The floor is the report's main statements written by hand and run with ``sqlite3``
(``fetchall``), the least any program reading these tables this way could take.

Budget: each report under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_return import default_path, ensure_database  # noqa: E402

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
        "SELECT pump, type, occurred_at, payload FROM events WHERE pump IN (SELECT value "
        "FROM counts, json_each(counts.result, '$.missing') WHERE finished_at >= :since AND "
        "finished_at < :until) AND type IN ('reported_lost', 'stock_moved', 'care_moved', "
        "'returned') AND occurred_at >= :since"],
}


def _floor(path: Path, name: str, params: dict[str, str]) -> float:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for statement in _FLOORS[name]:
            connection.execute(statement, params).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:5.0f} ms, max {max(values) * 1000:5.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--formats", action="store_true",
                        help="also write each report as XLSX and PDF")
    args = parser.parse_args()

    from app.services.due import due_list
    from app.services.report_files import write_report
    from app.services.reports import REPORTS, Period, make_report
    from app.services.station import open_station

    path = default_path(args.pumps)
    ensure_database(path, args.pumps)
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
