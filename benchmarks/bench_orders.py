"""Orders of consumables: placing an order of five lines, and finding a day's 2,000 orders,
on a depot with 20,000 persons holding prescriptions and 100,000 orders (50 days of 2,000).

    python benchmarks/bench_orders.py [--persons 20000] [--days 50] [--per-day 2000]
                                      [--runs 200] [--keep PATH]

Builds its own database (a few minutes; ``--keep`` keeps it and uses it again): the depot,
an assortment, the persons and their prescriptions of consumables, and the orders, each an
``order_placed`` event applied through the projector as a counter's pull applies it. Then
times

* ``orders.place_order`` with five lines, from the service call until the order is stored
  (committed, its view read back) — p50/p95 over ``--runs`` orders, each for another
  person with earlier orders in the period (the label is paper23's, not timed here);
* ``orders.find_orders(day=…)`` for one day of ``--per-day`` orders, views and all —
  p50/p95 over 20 runs.

Budgets: placing < 200 ms; a day's orders < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from app.domain.assortment import article_payload, prescription_payload  # noqa: E402
from app.domain.consumables import (  # noqa: E402
    Article,
    ConsumablePrescription,
    PrescriptionLine,
    withdrawal_number,
)
from app.domain.events import Context, EventType  # noqa: E402
from app.domain.persons import Person  # noqa: E402
from app.persistence.orders import OrderStore  # noqa: E402
from app.persistence.persons import PersonRegister  # noqa: E402
from app.persistence.projector import Projector  # noqa: E402
from app.services import orders, register  # noqa: E402
from app.services.station import Station, open_station  # noqa: E402
from benchmarks.depot import enroll_staff, patients  # noqa: E402

AREA = "subcutaneous_infusion"
ARTICLES = [f"ART{i:03d}" for i in range(1, 41)]
UNITS = [f"60{i:04d}" for i in range(100, 160)]
FIRST_DAY = dt.date(2026, 1, 5)


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def build(path: Path, persons: int, days: int, per_day: int, seed: int = 23) -> None:
    rng = random.Random(seed)
    ctx = Context("bench", "BENCH", clock=lambda: dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    station = open_station(path, ctx=ctx)
    try:
        enroll_staff(station, "bench")
        station.sign_in("bench")
        for unit in UNITS:
            register.define_unit(station, unit, name=f"Unit {unit}", kind="primary_care")
        people = patients(rng, persons)
        with station.unit_of_work() as uow:
            projector = Projector(uow.connection)
            for number in ARTICLES:
                projector.apply(ctx.event(EventType.ARTICLE_DEFINED, None, **article_payload(
                    Article(number, {"sv": f"Artikel {number}", "en": f"Article {number}"},
                            AREA, "14-day pack"))), None)
            persons_ = PersonRegister(uow.connection)
            prescriptions = []
            for n, (person_id, identity) in enumerate(people):
                persons_.add(Person(person_id, identity))
                lines = tuple(PrescriptionLine(a, 1000) for a in rng.sample(ARTICLES, 8))
                prescription = ConsumablePrescription(
                    id=f"BENCH-K{n + 1}", person_id=person_id, prescriber="PR-1",
                    unit=rng.choice(UNITS), lines=lines, per_days=28,
                    valid_from=dt.date(2025, 12, 1), prescriber_name="Dr Bench")
                prescriptions.append(prescription)
                projector.apply(ctx.event(EventType.CONSUMABLES_PRESCRIBED, None,
                                          **prescription_payload(prescription)), None)
            uow.commit()
        serial = 0
        for day_n in range(days):
            day = FIRST_DAY + dt.timedelta(days=day_n)
            with station.unit_of_work() as uow:
                projector = Projector(uow.connection)
                for i in range(per_day):
                    serial += 1
                    p = rng.choice(prescriptions)
                    at = dt.datetime.combine(day, dt.time(7, 0), tzinfo=dt.UTC) + \
                        dt.timedelta(seconds=i * 15)
                    event = Context("bench", "BENCH", clock=lambda at=at: at).event(
                        EventType.ORDER_PLACED, None, order=str(uuid.UUID(
                            int=rng.getrandbits(128), version=4)),
                        number=withdrawal_number(1, serial), prescription=p.id,
                        person=p.person_id, unit=p.unit, ordered_by="patient",
                        day=day.isoformat(), state="registered", justification="",
                        delivery="standard", lines=[
                            {"article": line.article, "quantity": 1, "area": AREA,
                             "extra_cost": False,
                             "payer": {"id": None, "name": p.unit, "customer_number": p.unit}}
                            for line in p.lines[:rng.randint(1, 5)]])
                    projector.apply(event, None)
                OrderStore(uow.connection).serial_given(serial)
                uow.commit()
            print(f"  day {day} built ({serial} orders)", flush=True)
    finally:
        station.close()


def measure(path: Path, runs: int, per_day: int, days: int) -> dict[str, float]:
    station: Station = open_station(path, ctx=Context("bench", "BENCH"))
    try:
        station.sign_in("bench")
        with station.db.reading() as connection:
            rows = connection.exec_driver_sql(
                "SELECT p.id, p.lines, k.key FROM consumable_prescriptions p "
                "JOIN persons k ON k.id = p.person_id ORDER BY p.id LIMIT ?", (runs,)).all()
        import json

        placing = []
        at = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=days - 1), dt.time(15),
                                 tzinfo=dt.UTC)
        for _pid, lines, key in rows:
            wanted = {line["article"]: 1 for line in (json.loads(lines)
                                                      if isinstance(lines, str) else lines)[:5]}
            started = time.perf_counter()
            orders.place_order(station, key, wanted, "staff", at=at)
            placing.append((time.perf_counter() - started) * 1000)
        day = FIRST_DAY + dt.timedelta(days=days // 2)
        finding = []
        count = 0
        for _ in range(20):
            started = time.perf_counter()
            count = len(orders.find_orders(station, day=day))
            finding.append((time.perf_counter() - started) * 1000)
        return {"place_p50": statistics.median(placing), "place_p95": _percentile(placing, 95),
                "find_p50": statistics.median(finding), "find_p95": _percentile(finding, 95),
                "found": count}
    finally:
        station.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=50)
    parser.add_argument("--per-day", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the database here (and use it again)")
    args = parser.parse_args(argv)
    path = args.keep or Path(tempfile.mkdtemp(prefix="bench-orders-")) / "orders.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.persons, args.days, args.per_day)
        print(f"built {args.days * args.per_day} orders for {args.persons} persons in "
              f"{time.perf_counter() - started:.0f} s: {path}")
    figures = measure(path, args.runs, args.per_day, args.days)
    print(f"place_order, five lines: p50 {figures['place_p50']:.1f} ms, "
          f"p95 {figures['place_p95']:.1f} ms (budget 200 ms)")
    print(f"find_orders, a day of {figures['found']:.0f}: p50 {figures['find_p50']:.1f} ms, "
          f"p95 {figures['find_p95']:.1f} ms (budget 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
