"""A recall covering 5,000 pumps on the 100,000-pump, 2,000,000-event database: saving it,
and its where-are-they-now view, each against the bare-SQLite floor in the same run.

    python benchmarks/bench_recall.py [--covering 5000] [--runs 7]

On a copy of the benchmark database (``benchmarks/bench_return.py`` builds it), picks one
model's pumps made in a range of production dates, about ``--covering`` of them, and times
in alternating turns:

* ``recalls.define_recall`` (the check, the event, and the count of covered pumps, in one
  write transaction) against the floor: the same rows written and the same count read with
  ``sqlite3`` in one transaction;
* ``recalls.recall_view`` (every covered pump with its unit, contact and patient, grouped)
  against the floor: the same join read with ``sqlite3``.

Budget: each under 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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

_FLOOR_VIEW = """
SELECT p.registration, p.model_code, p.udi_gtin, p.udi_serial, p.serial_number, p.udi_lot,
       p.udi_produced, p.udi_expires, p.state, p.responsible_unit, p.loan_id, c.name,
       c.contact_person, l.number, l.type, l.protected_identity, l.patient_id, cur.id,
       cur.kind, cur.key, cur.birth_date, cur.name, cur.merged_into
FROM pumps p
LEFT JOIN care_units c ON c.customer_number = p.responsible_unit
LEFT JOIN loans l ON l.id = p.loan_id
LEFT JOIN persons named ON named.id = l.patient_id
LEFT JOIN persons cur ON cur.id = coalesce(named.merged_into, named.id)
WHERE p.model_code = ? AND p.udi_produced >= ? AND p.udi_produced <= ?
ORDER BY p.registration
"""
_FLOOR_COUNT = ("SELECT count(*) FROM pumps WHERE model_code = ? AND udi_produced >= ? "
                "AND udi_produced <= ?")


def _selection(path: Path, covering: int) -> tuple[str, str, str, int]:
    """(model, produced from, produced to, pumps) of a range covering about ``covering``."""
    connection = sqlite3.connect(path)
    try:
        model = connection.execute(
            "SELECT model_code FROM pumps WHERE udi_produced IS NOT NULL GROUP BY model_code "
            "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        dates = [row[0] for row in connection.execute(
            "SELECT udi_produced FROM pumps WHERE model_code = ? AND udi_produced IS NOT NULL "
            "ORDER BY udi_produced", (model,))]
        first, last = dates[0], dates[min(covering, len(dates)) - 1]
        count = connection.execute(_FLOOR_COUNT, (model, first, last)).fetchone()[0]
        return model, first, last, count
    finally:
        connection.close()


def _floor_save(path: Path, selection: tuple[str, str, str], reference: str) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")
    try:
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        payload = json.dumps({"reference": reference, "title": "t", "action": "inspect",
                              "selection": {"models": [selection[0]]}})
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        event_id = str(uuid.uuid4())
        connection.execute("INSERT INTO events (id, type, pump, actor, workstation, "
                           "occurred_at, payload) VALUES (?, 'recall_defined', NULL, 'bench', "
                           "'BENCH', ?, ?)", (event_id, now, payload))
        connection.execute("INSERT INTO recalls (reference, title, action, selection, "
                           "recorded_at, recorded_by, event_id) VALUES (?, 't', 'inspect', ?, "
                           "?, 'bench', ?)", (reference, payload, now, event_id))
        connection.execute("INSERT INTO sync_outbox (event_id, handed_in) VALUES (?, 0)",
                           (event_id,))
        connection.execute(_FLOOR_COUNT, selection).fetchone()
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def _floor_view(path: Path, selection: tuple[str, str, str], reference: str) -> float:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        connection.execute(_FLOOR_VIEW, selection).fetchall()
        connection.execute("SELECT pump, how FROM recall_progress WHERE reference = ?",
                           (reference,)).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--covering", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from app.services import recalls
    from app.services.recalls import SelectionInput
    from app.services.station import open_station
    from benchmarks.depot import enroll_staff

    built = default_path(args.pumps)
    ensure_database(built, args.pumps)
    copy = working_copy(built)
    model, first, last, count = _selection(copy, args.covering)
    print(f"selection: model {model} produced {first} to {last}: {count:,} pumps")
    station = open_station(copy, staff="bench")
    enroll_staff(station)
    selection = SelectionInput(models=[model], produced_from=first, produced_to=last)
    timings: dict[str, list[float]] = {"save": [], "save floor": [], "view": [],
                                       "view floor": []}
    for run in range(args.runs):
        _floor_save(copy, (model, first, last), f"FLOOR-{run}")
        timings["save floor"].append(_floor_save(copy, (model, first, last), f"FLOOR-B{run}"))
        started = time.perf_counter()
        summary = recalls.define_recall(station, f"FSN-BENCH-{run}", title="Bench",
                                        action="inspect", selection=selection)
        timings["save"].append(time.perf_counter() - started)
        assert summary.total == count, (summary.total, count)
        timings["view floor"].append(_floor_view(copy, (model, first, last), summary.reference))
        started = time.perf_counter()
        view = recalls.recall_view(station, summary.reference)
        timings["view"].append(time.perf_counter() - started)
        assert view.summary.total == count
    groups = len(view.groups)
    station.close()
    for name in ("save", "view"):
        worst = max(timings[name])
        print(f"{name:5} PumpDesk {_ms(timings[name])}; floor {_ms(timings[name + ' floor'])};"
              f" ratio {statistics.median(timings[name]) / statistics.median(timings[name + ' floor']):.1f}×"
              f" (budget < 1000 ms: {'PASS' if worst < 1.0 else 'FAIL'})")
    print(f"the view: {count:,} pumps in {groups} groups, over {args.runs} runs")


if __name__ == "__main__":
    main()
