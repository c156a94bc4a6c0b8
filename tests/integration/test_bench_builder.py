"""The benchmark's database builder writes exactly what the app would have written.

The builder decides events with the real domain but writes the tables with bare sqlite3;
replaying its event log through the real projector into an empty database must give the
very same tables, row for row, and the very same log.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root

from app.domain.events import EventType  # noqa: E402
from app.persistence.database import Database  # noqa: E402
from app.persistence.replay import projection, replay  # noqa: E402
from app.services import actions  # noqa: E402
from tests.conftest import enroll
from app.services.station import open_station  # noqa: E402
from benchmarks.build_db import build  # noqa: E402
from benchmarks.lives import TAILS  # noqa: E402

PUMPS = 200
EVENTS_PER_PUMP = 20

#: What a built log holds: every event type but an identity conversion and the buffer
#: stocks' (the register's models and units come from the services; buffer stocks are
#: added by benchmarks/bench_replenish.py on top of a built database).
STOCK_TYPES = {EventType.TARGET_SET, EventType.TARGET_REQUESTED,
               EventType.TARGET_REQUEST_DECIDED, EventType.REPLENISHMENT_RAN}
#: Recalls are recorded by benchmarks/bench_recall.py on top of a built database, and the
#: builder registers every pump with its whole UDI (so no label's data comes later).
RECALL_TYPES = {EventType.RECALL_DEFINED, EventType.RECALL_DONE, EventType.UDI_RECORDED}
#: Stocktakes are made by benchmarks/bench_count.py on top of a built database.
COUNT_TYPES = {EventType.COUNT_STARTED, EventType.COUNT_SCANNED, EventType.COUNT_FINISHED}
#: The assortment, prescriptions and orders of consumables are not the builder's.
CONSUMABLE_TYPES = {EventType.ARTICLE_DEFINED, EventType.CONSUMABLES_PRESCRIBED,
                    EventType.ORDER_PLACED, EventType.ORDER_MOVED, EventType.ORDER_JUSTIFIED}
# The builder returns transport pumps at the lending counter, so none is received back.
EXPECTED_TYPES = {t.value for t in EventType} - {
    EventType.IDENTITY_CONVERTED.value, EventType.PERSONS_MERGED.value,
    EventType.PERSON_PROTECTED.value, EventType.CONFLICT_RESOLVED.value,
    EventType.RECEIVED_BACK.value} - {t.value for t in STOCK_TYPES | RECALL_TYPES | COUNT_TYPES
                                      | CONSUMABLE_TYPES}
STOCK_TABLES = {"buffer_targets", "target_requests", "replenishment_runs", "recalls",
                "articles", "consumable_prescriptions", "orders", "order_lines", "order_history",
                "order_deliveries",
                "recall_progress", "counts", "count_scans"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "built.db"
    summary = build(path, PUMPS, EVENTS_PER_PUMP, seed=7)
    assert summary.pumps == PUMPS
    assert summary.events == PUMPS * EVENTS_PER_PUMP
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_replaying_the_log_gives_the_same_tables_and_log(built: Path, tmp_path: Path) -> None:
    source, target = Database(built), Database(tmp_path / "replayed.db")
    try:
        count = replay(source, target)
        built_tables, replayed_tables = projection(source), projection(target)
    finally:
        source.dispose()
        target.dispose()
    assert count == len(_rows(built, "SELECT seq FROM events"))
    assert built_tables.keys() == replayed_tables.keys()
    for table in built_tables:
        assert built_tables[table] or table in STOCK_TABLES, f"{table} is empty"
        assert built_tables[table] == replayed_tables[table], f"{table} differs"
    # The log itself, text for text: ids, times, payload JSON, and its order.
    log = "SELECT * FROM events ORDER BY seq"
    assert _rows(built, log) == _rows(tmp_path / "replayed.db", log)


def test_pumps_end_in_many_states_and_every_event_type_occurs(built: Path) -> None:
    states = Counter(state for (state,) in _rows(built, "SELECT state FROM pumps"))
    assert set(states) == {str(state) for state in TAILS}
    assert states.most_common(1)[0][0] == "on_loan"
    types = {t for (t,) in _rows(built, "SELECT DISTINCT type FROM events")}
    assert types == EXPECTED_TYPES


def test_the_database_is_left_as_the_app_keeps_it(built: Path) -> None:
    assert _rows(built, "PRAGMA journal_mode") == [("wal",)]
    assert _rows(built, "PRAGMA foreign_key_check") == []
    assert _rows(built, "PRAGMA integrity_check") == [("ok",)]
    # Loans never end twice, and every pump out of the depot has exactly one open loan.
    open_loans = _rows(built, "SELECT pump, count(*) FROM loan_pumps WHERE ended_at IS NULL "
                              "GROUP BY pump HAVING count(*) > 1")
    assert open_loans == []
    mismatched = _rows(built, "SELECT p.registration FROM pumps p LEFT JOIN loan_pumps lp "
                              "ON lp.loan_id = p.loan_id AND lp.pump = p.registration "
                              "WHERE p.loan_id IS NOT NULL AND lp.ended_at IS NOT NULL")
    assert mismatched == []


def test_the_counter_can_return_a_pump_of_the_built_database(built: Path, tmp_path: Path
                                                             ) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(built.read_bytes())
    (reg, gtin, serial), = _rows(
        copy, "SELECT registration, udi_gtin, udi_serial FROM pumps WHERE state = 'on_loan' "
              "AND udi_gtin IS NOT NULL ORDER BY registration LIMIT 1")
    station = open_station(copy, staff="test")
    enroll(station, "test")
    try:
        result = actions.return_pump(station, f"]d201{gtin}21{serial}\r\n")
    finally:
        station.close()
    assert (result.registration, result.state) == (reg, "awaiting_cleaning")
    assert result.holder and result.loan_number
