"""Return-by-scan at full size, against the floor of bare ``sqlite3`` doing the same work.

    python benchmarks/bench_return.py [--db PATH] [--pumps 100000] [--samples 2000]

Builds (once; later runs reuse it) a database of ``--pumps`` pumps and 20 events each,
copies it, and on the copy times ``app.services.actions.return_pump`` for ``--samples``
distinct pumps on loan, scanned as a counter's scanner sends them. In the same run, on
other pumps of the same copy, it times the floor: the same lookup, banner read, updates
and event insert with bare ``sqlite3`` and the app's durability pragmas (and SQLite's own
automatic checkpoint inside its commits, where the service leaves checkpoints to a
background thread). Service and floor run in alternating blocks so machine noise hits both
alike. Budget: p95 under 20 ms and within 5x the floor's p95.
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
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from app.persistence.database import Database  # noqa: E402
from app.services import actions  # noqa: E402
from app.services.results import ActionResult  # noqa: E402
from app.services.station import open_station  # noqa: E402
from benchmarks.build_db import build, remove_database  # noqa: E402
from benchmarks.depot import WORKSTATIONS, enroll_staff  # noqa: E402
from benchmarks.rows import utc_text  # noqa: E402

BUDGET_P95_MS = 20.0
BUDGET_RATIO = 5.0
EVENTS_PER_PUMP = 20
WARMUP = 20
ACTOR = "bench"


@dataclass(frozen=True)
class OnLoan:
    registration: str
    udi_gtin: str | None
    udi_serial: str | None


# -- the database -----------------------------------------------------------------------


def default_path(pumps: int) -> Path:
    size = f"{pumps // 1000}k" if pumps % 1000 == 0 else str(pumps)
    return ROOT / ".benchmarks" / f"return-{size}.db"


def _count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def has_size(path: Path, pumps: int) -> bool:
    try:
        return (_count(path, "SELECT count(*) FROM pumps") == pumps and
                _count(path, "SELECT count(*) FROM events WHERE pump IS NOT NULL")
                == pumps * EVENTS_PER_PUMP)
    except sqlite3.Error:
        return False


def ensure_database(path: Path, pumps: int) -> float | None:
    """Build ``path`` unless it already holds a database of this size. Returns the build's
    seconds, or None when an existing database was reused."""
    if path.exists() and has_size(path, pumps):
        Database(path).dispose()  # upgrade it once to this PumpDesk's schema, if need be
        return None
    remove_database(path)
    print(f"building {path} ({pumps:,} pumps, {pumps * EVENTS_PER_PUMP:,} events) …",
          flush=True)
    return build(path, pumps, EVENTS_PER_PUMP,
                 progress=lambda text: print(f"  {text}", flush=True)).seconds


def working_copy(path: Path) -> Path:
    """The benchmark returns pumps; it does so on a copy, so the built one stays reusable."""
    connection = sqlite3.connect(path)
    try:  # everything committed is in the main file, which is all that is copied
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    copy = path.with_name(path.stem + "-run.db")
    remove_database(copy)
    shutil.copyfile(path, copy)
    # Put the copy on disk now: else the first checkpoint's fsync writes back the whole
    # file (a stall of hundreds of ms) and write-back competes with the timed commits.
    with copy.open("rb+") as file:
        os.fsync(file.fileno())
    return copy


def pumps_on_loan(path: Path) -> list[OnLoan]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT registration, udi_gtin, udi_serial FROM pumps "
            "WHERE state IN ('on_loan', 'on_transport_loan') ORDER BY registration").fetchall()
    finally:
        connection.close()
    return [OnLoan(*row) for row in rows]


def scan_text(rng: random.Random, pump: OnLoan) -> tuple[str, str]:
    """(kind, text) as a keyboard-wedge scanner sends it: mostly the registration label,
    sometimes in lower case (caps lock), with a symbology id or a line end; some UDIs."""
    roll = rng.random()
    if pump.udi_gtin and roll < 0.2:
        end = "\r\n" if rng.random() < 0.5 else ""
        return "udi", f"]d201{pump.udi_gtin}21{pump.udi_serial}{end}"
    if roll < 0.5:
        return "label", pump.registration
    if roll < 0.7:
        return "label", pump.registration + "\r\n"
    if roll < 0.85:
        return "label", f"]C0{pump.registration}\r\n"
    return "label", pump.registration.lower()


# -- the floor ---------------------------------------------------------------------------

_PUMP = ("SELECT registration, model_code, serial_number, udi_gtin, udi_serial, state, since, "
         "responsible_unit, loan_id, last_maintenance, next_maintenance, service_reason, "
         "(SELECT count(*) FROM fault_reports WHERE fault_reports.pump = pumps.registration "
         "AND fault_reports.closed_at IS NULL) FROM pumps ")
_PUMP_BY_REGISTRATION = _PUMP + "WHERE registration = ?"
_PUMP_BY_UDI = _PUMP + "WHERE udi_gtin = ? AND udi_serial = ? LIMIT 2"
# As Repository.loan_summary: the loan, its patient as the person register says now (a
# merged record read through the one it was merged into), the responsible unit.
_LOAN_SUMMARY = (
    "SELECT loans.*, current.*, care_units.* FROM loans "
    "JOIN care_units ON care_units.customer_number = loans.responsible_unit "
    "LEFT OUTER JOIN persons AS named ON named.id = loans.patient_id "
    "LEFT OUTER JOIN persons AS current ON current.id = coalesce(named.merged_into, named.id) "
    "WHERE loans.id = ?")
_RETURNABLE = frozenset({"on_loan", "on_transport_loan", "in_unit_stock", "lost"})


class FloorReturn:
    """A return by scan with nothing but ``sqlite3``: what any implementation must do."""

    def __init__(self, path: Path, workstation: str) -> None:
        self.workstation = workstation
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=5000"):
            self.db.execute(f"PRAGMA {pragma}")

    def __call__(self, scan: str) -> str:
        text = scan.strip()
        if text.startswith("]"):
            text = text[3:]
        text = text.upper()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(_PUMP_BY_REGISTRATION, (text,)).fetchone()
            if row is None and text.startswith("01") and text[16:18] == "21":
                row = db.execute(_PUMP_BY_UDI, (text[2:16], text[18:])).fetchone()
            if row is None or row[5] not in _RETURNABLE:
                raise LookupError(f"floor: {scan!r} is not a pump on loan")
            registration, model, state, unit, loan_id = row[0], row[1], row[5], row[7], row[8]
            if loan_id is not None:
                db.execute(_LOAN_SUMMARY, (loan_id,)).fetchone()
            at = utc_text(dt.datetime.now(dt.UTC))
            db.execute("UPDATE pumps SET state = 'awaiting_cleaning', since = ?, "
                       "responsible_unit = NULL, loan_id = NULL WHERE registration = ?",
                       (at, registration))
            if loan_id is not None:
                db.execute("UPDATE loan_pumps SET ended_at = ?, end_reason = 'returned' "
                           "WHERE loan_id = ? AND pump = ?", (at, loan_id, registration))
            payload = {"loan_id": loan_id, "from_state": state, "from_unit": unit,
                       "fault": None}
            db.execute("INSERT INTO events (id, type, pump, actor, workstation, occurred_at, "
                       "payload) VALUES (?, 'returned', ?, ?, ?, ?, ?)",
                       (str(uuid.uuid4()), registration, ACTOR, self.workstation, at,
                        json.dumps(payload)))
            db.execute("SELECT make, name FROM pump_models WHERE code = ?", (model,)).fetchone()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return "awaiting_cleaning"

    def close(self) -> None:
        self.db.close()


# -- measuring ---------------------------------------------------------------------------


def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return sorted_ms[max(0, math.ceil(p / 100 * len(sorted_ms)) - 1)]


def figures(ns: list[int]) -> dict[str, float]:
    ms = sorted(n / 1e6 for n in ns)
    return {"median": percentile(ms, 50), "p95": percentile(ms, 95),
            "p99": percentile(ms, 99), "max": ms[-1], "mean": sum(ms) / len(ms)}


def _timed(call: Callable[[str], Any], scans: list[str], into: list[int]) -> None:
    for scan in scans:
        started = time.perf_counter_ns()
        call(scan)
        into.append(time.perf_counter_ns() - started)


def measure(path: Path, samples: int, block: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    candidates = pumps_on_loan(path)
    needed = 2 * (samples + WARMUP)
    if len(candidates) < needed:
        raise SystemExit(f"only {len(candidates):,} pumps on loan; {needed:,} needed")
    chosen = rng.sample(candidates, needed)
    # Disjoint halves: the service returns some pumps, the floor others.
    service_scans = [scan_text(rng, p) for p in chosen[: samples + WARMUP]]
    floor_scans = [scan_text(rng, p) for p in chosen[samples + WARMUP:]]

    station = open_station(path, staff=ACTOR, workstation=WORKSTATIONS[0])
    enroll_staff(station)
    floor = FloorReturn(path, station.ctx.workstation)
    service_ns: list[int] = []
    floor_ns: list[int] = []
    results: list[ActionResult] = []

    def service(scan: str) -> None:
        results.append(actions.return_pump(station, scan))

    try:
        _timed(service, [s for _k, s in service_scans[:WARMUP]], [])
        _timed(floor, [s for _k, s in floor_scans[:WARMUP]], [])
        results.clear()
        service_texts = [s for _k, s in service_scans[WARMUP:]]
        floor_texts = [s for _k, s in floor_scans[WARMUP:]]
        for n, start in enumerate(range(0, samples, block)):
            runs: list[tuple[Callable[[str], Any], list[str], list[int]]] = [
                (service, service_texts, service_ns), (floor, floor_texts, floor_ns)]
            for call, texts, into in (runs if n % 2 == 0 else runs[::-1]):
                _timed(call, texts[start:start + block], into)
    finally:
        floor.close()
        station.close()
    # A transport loan lent at another counter goes back there ("returning", seed 001).
    wrong = [r for r in results if r.state not in ("awaiting_cleaning", "returning")]
    if wrong or len(results) != samples:
        raise SystemExit(f"service returns went wrong: {wrong[:3]}")
    # Blocks run in order, so the i-th time is the i-th scan's.
    by_kind = {kind: figures([ns for (k, _s), ns in zip(service_scans[WARMUP:], service_ns,
                                                          strict=True) if k == kind])
               for kind in ("label", "udi")}
    kinds = {k: sum(1 for kind, _s in service_scans[WARMUP:] if kind == k)
             for k in ("label", "udi")}
    return {"service": figures(service_ns), "floor": figures(floor_ns), "scans": kinds,
            "service_by_scan": by_kind}


def report(args: argparse.Namespace, db: Path, build_seconds: float | None,
           measured: dict[str, Any]) -> dict[str, Any]:
    service, floor = measured["service"], measured["floor"]
    ratio = {k: service[k] / floor[k] for k in ("median", "p95")}
    passed = service["p95"] < BUDGET_P95_MS and ratio["p95"] < BUDGET_RATIO
    events = _count(db, "SELECT count(*) FROM events")
    result = {
        "benchmark": "return_by_scan", "database": str(db), "pumps": args.pumps,
        "events": events, "samples": args.samples, "block": args.block,
        "scans": measured["scans"], "build_seconds": build_seconds,
        "service_ms": service, "floor_ms": floor, "ratio": ratio,
        "service_ms_by_scan": measured["service_by_scan"],
        "budget": {"p95_ms": BUDGET_P95_MS, "p95_ratio": BUDGET_RATIO}, "pass": passed,
        "environment": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                        "platform": platform.platform(), "machine": platform.machine()},
    }
    built = "reused" if build_seconds is None else f"built in {build_seconds:.0f} s"
    print(f"\nreturn by scan: {args.pumps:,} pumps, {events:,} events ({built}), "
          f"{args.samples:,} returns each, {measured['scans']['udi']:,} of them by UDI")
    print(f"{'ms':<10}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}{'mean':>9}")
    for name, row in (("service", service), ("floor", floor)):
        print(f"{name:<10}" + "".join(f"{row[k]:9.2f}" for k in
                                      ("median", "p95", "p99", "max", "mean")))
    print(f"{'ratio':<10}{ratio['median']:8.1f}x{ratio['p95']:8.1f}x")
    print("service by scan: " + ", ".join(
        f"{kind} median {row['median']:.2f} ms, p95 {row['p95']:.2f} ms"
        for kind, row in measured["service_by_scan"].items()))
    print(f"budget: p95 {service['p95']:.2f} ms < {BUDGET_P95_MS:.0f} ms and "
          f"{ratio['p95']:.1f}x < {BUDGET_RATIO:.0f}x the floor: "
          f"{'PASS' if passed else 'FAIL'}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to build or reuse "
                        "(default .benchmarks/return-<size>.db)")
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--block", type=int, default=50,
                        help="returns per block; service and floor blocks alternate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the working copy")
    parser.add_argument("--strict", action="store_true", help="exit 1 when over budget")
    args = parser.parse_args(argv)
    db = args.db or default_path(args.pumps)
    build_seconds = ensure_database(db, args.pumps)
    copy = working_copy(db)
    try:
        result = report(args, db, build_seconds,
                        measure(copy, args.samples, args.block, args.seed))
    finally:
        if not args.keep:
            remove_database(copy)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if args.strict and not result["pass"] else 0


if __name__ == "__main__":
    sys.exit(main())
