"""Lookback at full size, against the floor of bare ``sqlite3`` running the same statements.

    python benchmarks/bench_lookback.py [--pumps 100000] [--samples 200] [--rounds 2]

On a copy of the benchmark database (``benchmarks/bench_return.py`` builds it: 100,000
pumps, 2,000,000 events over two years), times ``app.services.lookback.pump_lookback`` of
``--samples`` random pumps over the database's two years, and
``app.services.lookback.person_lookback`` of ``--samples`` people, and
``app.services.lookback.model_lookback`` of every model over its last year, ``--rounds``
times each, and of ``--lots`` random UDI lots (``--lot``) over the last year. The floor is the very statements each lookback ran, with its parameters
(captured from the engine), run in bare ``sqlite3`` with the app's cache size and every row
fetched: what is left over is building the rows the counter is shown. Service and floor
alternate, so machine noise hits both alike. Budgets: a pump over two years under 100 ms
(p95), a lot over a year under 1 s; a model over a year has none of the issue's (it is a
fifth of the depot here) and is shown against the same 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from app.services import lookback, queries  # noqa: E402
from app.services.station import Station, open_station  # noqa: E402
from benchmarks.bench_return import (  # noqa: E402
    default_path,
    ensure_database,
    figures,
    working_copy,
)
from benchmarks.build_db import registration  # noqa: E402

PUMP_BUDGET_MS = 100.0
MODEL_BUDGET_MS = 1000.0
LOT_BUDGET_MS = 1000.0

Statements = list[tuple[str, Any]]


def captured(station: Station, call: Callable[[], Any]) -> tuple[int, Statements]:
    """(nanoseconds, the SELECTs it ran with their parameters) of one service call."""
    statements: Statements = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(station.db.engine, "before_cursor_execute", record)
    try:
        started = time.perf_counter_ns()
        call()
        took = time.perf_counter_ns() - started
    finally:
        event.remove(station.db.engine, "before_cursor_execute", record)
    return took, statements


def floor(raw: sqlite3.Connection, statements: Statements) -> int:
    """The same statements in one read transaction of bare ``sqlite3``, every row fetched."""
    started = time.perf_counter_ns()
    raw.execute("BEGIN")
    for statement, parameters in statements:
        raw.execute(statement, parameters).fetchall()
    raw.execute("COMMIT")
    return time.perf_counter_ns() - started


def measure(station: Station, raw: sqlite3.Connection, calls: list[Callable[[], Any]],
            ) -> tuple[dict[str, float], dict[str, float]]:
    """Each call timed through the service, then its statements through the floor."""
    service_ns, floor_ns = [], []
    for call in calls:
        took, statements = captured(station, call)
        service_ns.append(took)
        floor_ns.append(floor(raw, statements))
    return figures(service_ns), figures(floor_ns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--lots", type=int, default=20, help="random lots to look back over")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)

    built = default_path(args.pumps)
    ensure_database(built, args.pumps)
    copy = working_copy(built)
    station = open_station(copy, staff="bench")  # migrates the copy to this PumpDesk
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA cache_size=-32768")  # as the app's connections
    last = dt.date.fromisoformat(raw.execute(
        "SELECT max(started_at) FROM loan_pumps").fetchone()[0][:10])
    two_years, one_year = last - dt.timedelta(days=730), last - dt.timedelta(days=365)
    rng = random.Random(args.seed)
    pumps = [registration(rng.randint(1, args.pumps)) for _ in range(args.samples)]
    models = [m["code"] for m in queries.list_models(station)]

    found = lookback.pump_lookback(station, pumps[0], two_years, last)  # warm up
    pump = measure(station, raw, [
        lambda reg=reg: lookback.pump_lookback(station, reg, two_years, last)
        for reg in pumps])
    keys = [row[0] for row in raw.execute(
        "SELECT key FROM persons WHERE kind IN ('se_personnummer', 'se_samordningsnummer', "
        "'no_fodselsnummer', 'no_d_nummer') ORDER BY id LIMIT ?", (args.samples,))]
    person = measure(station, raw, [lambda key=key: lookback.person_lookback(station, key)
                                    for key in keys])
    sizes = {model: len(lookback.model_lookback(station, model, one_year, last).loans)
             for model in models}
    model = measure(station, raw, [
        lambda code=code: lookback.model_lookback(station, code, one_year, last)
        for _ in range(args.rounds) for code in models])
    lots = [row[0] for row in raw.execute(
        "SELECT udi_lot FROM pumps WHERE udi_lot IS NOT NULL GROUP BY udi_lot ORDER BY 1")]
    lots = rng.sample(lots, min(args.lots, len(lots)))
    lot_sizes = {lot: len(lookback.model_lookback(station, None, one_year, last,
                                                  lot=lot).loans) for lot in lots}
    lot = measure(station, raw, [
        lambda code=code: lookback.model_lookback(station, None, one_year, last, lot=code)
        for _ in range(args.rounds) for code in lots])
    raw.close()
    station.close()

    results = {
        "pump": {"service_ms": pump[0], "floor_ms": pump[1], "samples": len(pumps),
                 "period": [two_years.isoformat(), last.isoformat()],
                 "first_pump_loans": len(found.loans)},
        "person": {"service_ms": person[0], "floor_ms": person[1], "samples": len(keys)},
        "model": {"service_ms": model[0], "floor_ms": model[1],
                  "samples": args.rounds * len(models),
                  "period": [one_year.isoformat(), last.isoformat()],
                  "loan_periods": sizes},
        "lot": {"service_ms": lot[0], "floor_ms": lot[1], "samples": args.rounds * len(lots),
                "period": [one_year.isoformat(), last.isoformat()],
                "loan_periods": lot_sizes},
    }
    print(f"one pump over two years ({two_years} – {last}), {len(pumps)} pumps:")
    print(f"  service median {pump[0]['median']:.1f} ms, p95 {pump[0]['p95']:.1f} ms, "
          f"max {pump[0]['max']:.1f} ms (budget p95 < {PUMP_BUDGET_MS:.0f} ms: "
          f"{'PASS' if pump[0]['p95'] < PUMP_BUDGET_MS else 'FAIL'})")
    print(f"  floor   median {pump[1]['median']:.1f} ms, p95 {pump[1]['p95']:.1f} ms, "
          f"max {pump[1]['max']:.1f} ms")
    print(f"every pump a person had, {len(keys)} people:")
    print(f"  service median {person[0]['median']:.1f} ms, p95 {person[0]['p95']:.1f} ms, "
          f"max {person[0]['max']:.1f} ms; floor median {person[1]['median']:.1f} ms, "
          f"p95 {person[1]['p95']:.1f} ms")
    print(f"a model over a year ({one_year} – {last}), {len(models)} models × {args.rounds}, "
          f"{min(sizes.values()):,}–{max(sizes.values()):,} loan periods each:")
    print(f"  service median {model[0]['median']:.0f} ms, max {model[0]['max']:.0f} ms "
          f"(budget < {MODEL_BUDGET_MS:.0f} ms: "
          f"{'PASS' if model[0]['max'] < MODEL_BUDGET_MS else 'FAIL'})")
    print(f"  floor   median {model[1]['median']:.0f} ms, max {model[1]['max']:.0f} ms")
    print(f"a lot over a year, {len(lots)} lots × {args.rounds}, "
          f"{min(lot_sizes.values()):,}–{max(lot_sizes.values()):,} loan periods each:")
    print(f"  service median {lot[0]['median']:.0f} ms, p95 {lot[0]['p95']:.0f} ms, max "
          f"{lot[0]['max']:.0f} ms (budget < {LOT_BUDGET_MS:.0f} ms: "
          f"{'PASS' if lot[0]['max'] < LOT_BUDGET_MS else 'FAIL'})")
    print(f"  floor   median {lot[1]['median']:.0f} ms, max {lot[1]['max']:.0f} ms")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
