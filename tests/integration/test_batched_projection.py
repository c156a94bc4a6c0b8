"""The projector gathers a pulled batch's rows and writes each table once; an event at a
time or a thousand at a time, the same events must give the same tables."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.domain.events import EventType
from app.domain.pump import Pump
from app.persistence.database import Database
from app.persistence.projector import _GATHERED, _LOAN_STARTS, Projector
from app.persistence.replay import events, projection, replay
from app.persistence.repository import Repository
from app.persistence.sync_state import PumpMemo
from app.services import actions
from app.services.station import Station
from app.services.demo import fill_demo
from tests.conftest import FakeClock, define_depot, make_station
from tests.sync.workload import act, register_pumps


def _replay_in_batches(source: Database, target: Database, rng: random.Random) -> None:
    """Like ``replay``, but as a pull applies batches: a batch projector, what the batch
    will look up read first, pumps carried in memory, the batch written at its end."""
    log = list(events(source))
    with target.writing() as connection, connection.begin():
        repo = Repository(connection)
        start = 0
        while start < len(log):
            batch = log[start:start + rng.randint(1, 400)]
            start += len(batch)
            projector = Projector(connection, batch=True)
            projector.prefetch(batch)
            known: dict[str, Pump | None] = repo.pumps(
                {e.pump for e in batch if e.pump is not None})
            for event in batch:
                if event.pump is None:
                    projector.apply(event, None)
                else:
                    before = None if event.type is EventType.PUMP_REGISTERED else \
                        known.get(event.pump)
                    known[event.pump] = projector.apply(event, before)
            projector.flush()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_of_any_size_give_the_tables_one_event_at_a_time_gives(
        tmp_path: Path, seed: int) -> None:
    """Demo data (a depot's register and a year of loans), then a busy stretch on a few
    pumps: faults opened and closed, loans started and ended inside one batch."""
    station = make_station(tmp_path / "demo.db", FakeClock(), readable_ids=False)
    fill_demo(station, pumps=60, seed=seed)
    define_depot(station)
    rng = random.Random(seed)
    few = register_pumps(station, "BUSY", 6)
    for _ in range(500):
        act(station, few, rng)
    one_by_one = Database(tmp_path / "one.db")
    batched = Database(tmp_path / "batched.db")
    replay(station.db, one_by_one)
    _replay_in_batches(station.db, batched, random.Random(seed))
    expected = projection(station.db)
    assert projection(one_by_one) == expected
    assert projection(batched) == expected
    for db in (one_by_one, batched):
        db.dispose()
    station.close()



def _batch_finds_pd1(memo: PumpMemo, station: Station) -> bool:
    """A pull batch as ``apply_pulled`` makes one: does the memo still hold PD-1 at its
    start? (It then reads PD-1 and seals.)"""
    with station.db.writing() as connection, connection.begin():
        pumps = memo.valid_on(connection)
        kept = "PD-1" in pumps
        pumps["PD-1"] = Repository(connection).pump("PD-1")
        memo.seal(connection, ())
    return kept


def test_pumps_carried_between_pull_batches_are_dropped_when_anything_else_wrote(
        tmp_path: Path) -> None:
    """A long pull keeps its pumps from one batch to the next; a write in between — by an
    action on the very pooled connection the next batch gets, or by another connection —
    makes it read them again, or the batch would project from a stale pump."""
    station = define_depot(make_station(tmp_path / "counter.db", FakeClock()))
    actions.register_pump(station, "PD-1", "T34")
    memo = PumpMemo()
    assert not _batch_finds_pd1(memo, station)
    assert _batch_finds_pd1(memo, station)  # nothing wrote in between: kept
    with station.db.writing() as connection, connection.begin():
        memo.valid_on(connection)
        memo.seal(connection, {"PD-1"})  # its rows were rebuilt in the batch
    assert not _batch_finds_pd1(memo, station)
    assert _batch_finds_pd1(memo, station)
    actions.report_fault(station, "PD-1", "display dark")  # the pool's own connection
    assert not _batch_finds_pd1(memo, station)
    assert _batch_finds_pd1(memo, station)
    other = Database(station.db.path)
    with other.writing() as connection, connection.begin():
        connection.exec_driver_sql("UPDATE pumps SET since = since")
    other.dispose()
    assert not _batch_finds_pd1(memo, station)


def test_a_batch_asks_for_its_loans_once_whatever_register_changes_it_carries(
        tmp_path: Path) -> None:
    """A pulled batch reads at once which of its loans exist; a register change in the
    middle of it (which writes what was gathered) must not make every later loan start
    ask SQLite on its own — a 100,000-event pull asked 8,388 times."""
    from sqlalchemy import event as sa_event

    station = make_station(tmp_path / "demo.db", FakeClock(), readable_ids=False)
    fill_demo(station, pumps=20, seed=4)
    define_depot(station)  # register changes after the demo's loans …
    rng = random.Random(4)
    few = register_pumps(station, "BUSY", 6)
    for _ in range(200):  # … and loans after them
        act(station, few, rng)
    log = list(events(station.db))
    first_register = next(i for i, e in enumerate(log) if i > 0 and e.type not in _GATHERED
                          and log[i - 1].type in _GATHERED)
    later = [e for e in log[first_register:] if e.type in _LOAN_STARTS]
    assert later, "no loan starts after a register change: the test shows nothing"
    target = Database(tmp_path / "batched.db")
    asked: list[str] = []
    sa_event.listen(target.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(statement))
    _replay_in_batches(station.db, target, _OneBatch())
    assert not [s for s in asked if s.startswith("SELECT loans.id") and "json_each" not in s]
    assert projection(target) == projection(station.db)
    target.dispose()
    station.close()


class _OneBatch(random.Random):
    """Batch sizes for ``_replay_in_batches``: the whole log in one batch."""

    def randint(self, a: int, b: int) -> int:
        return 10**9
