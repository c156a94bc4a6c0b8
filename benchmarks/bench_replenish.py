"""The daily replenishment plan for 1,000 hospital units × 5 models on the 100,000-pump
database.

    python benchmarks/bench_replenish.py [--units 1000] [--runs 5]

On a copy of the benchmark database (``benchmarks/bench_return.py`` builds it), adds
``--units`` hospital units with a buffer stock target of 1–3 pumps for each model, and
times ``stock.make_plan`` (levels, ready pumps idle longest first, the plan). Budget: under
1 s. Then dispatches the plan once and times a second plan, which must send nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_return import default_path, ensure_database, working_copy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from app.services import queries, register, stock
    from app.services.station import open_station
    from benchmarks.depot import enroll_staff

    built = default_path(args.pumps)
    ensure_database(built, args.pumps)
    station = open_station(working_copy(built), staff="bench")
    enroll_staff(station)
    models = [m["code"] for m in queries.list_models(station)]
    started = time.perf_counter()
    for index in range(args.units):
        number = f"{800000 + index}"
        register.define_unit(station, number, name=f"Hospital unit {index + 1}",
                             kind="hospital_inpatient")
        for offset, model in enumerate(models):
            stock.set_target(station, number, model, 1 + (index + offset) % 3)
    print(f"{args.units} units × {len(models)} models with targets in "
          f"{time.perf_counter() - started:.1f} s")
    day = dt.date.today()
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        plan = stock.make_plan(station, day)
        timings.append(time.perf_counter() - started)
    wanted = sum(level.shortfall for level in stock.levels(station))
    print(f"plan: {len(plan.lines)} pumps to send, {sum(s.missing for s in plan.shortages)} "
          f"short of {wanted} wanted; median {statistics.median(timings) * 1000:.0f} ms, "
          f"max {max(timings) * 1000:.0f} ms over {args.runs} plans (budget < 1000 ms): "
          f"{'PASS' if max(timings) < 1.0 else 'FAIL'}")
    started = time.perf_counter()
    run = stock.dispatch_plan(station, plan)
    dispatched = time.perf_counter() - started
    started = time.perf_counter()
    again = stock.make_plan(station, day)
    print(f"dispatch of {len(run.sent)} pumps in {dispatched:.1f} s; the plan after it "
          f"({(time.perf_counter() - started) * 1000:.0f} ms) sends {len(again.lines)}")
    station.close()


if __name__ == "__main__":
    main()
