"""A pull never stops for good, whatever the central log holds: an entry that cannot be
applied as it stands is set aside as a conflict of this counter's (shown with the others),
and the pull goes on to the end of the log.

The logs are made by real counters working offline on the same pumps — each registering
them, lending, returning, reporting faults — and by a copy of one of them (a database
restored from a backup, going on beside the original and giving the same loan numbers to
other loans), interleaved at random and all marked accepted, as no honest judge would."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.domain.refusals import RefusalCode
from app.domain.sync import CentralEntry, Outcome
from app.persistence.projector import event_from_row
from app.persistence.sync_state import SyncState
from app.persistence.tables import events
from app.services.station import Station
from app.sync.central import Central
from app.sync.client import Sync, SyncReport
from tests.conftest import FakeClock, define_depot, make_station
from tests.sync.workload import act, register_pumps

PUMPS = 4


def _events(station: Station) -> list:  # noqa: ANN401
    with station.db.reading() as connection:
        rows = connection.execute(select(events).order_by(text("rowid"))).all()
    return [event_from_row(row) for row in rows]


def _log(folder: Path, rng: random.Random) -> list[CentralEntry]:
    clock = FakeClock()
    sources = []
    for name in ("KASSA1", "KASSA2", "KASSA3"):
        station = make_station(folder / f"{name}.db", clock, workstation=name,
                               readable_ids=False)
        define_depot(station)
        pumps = register_pumps(station, "PD", PUMPS)
        for _ in range(rng.randrange(3, 15)):
            act(station, pumps, rng)
        sources.append(station)
    # KASSA1's database, copied now and both copies working on.
    sources[0].db.dispose()
    shutil.copy(folder / "KASSA1.db", folder / "KASSA1-copy.db")
    copy = make_station(folder / "KASSA1-copy.db", clock, workstation="KASSA1",
                        readable_ids=False)
    sources.append(copy)
    for station in (sources[0], copy):
        for _ in range(rng.randrange(2, 10)):
            act(station, [f"PD-{n}" for n in range(1, PUMPS + 1)], rng)
    streams = [_events(station) for station in sources]
    for station in sources:
        station.close()
    seen: set[str] = set()
    log: list[CentralEntry] = []
    while any(streams):
        stream = rng.choice([s for s in streams if s])
        event = stream.pop(0)
        if event.id in seen:  # the copy's events from before the copy
            continue
        seen.add(event.id)
        log.append(CentralEntry(seq=len(log) + 1, event=event, outcome=Outcome.ACCEPTED))
    return log


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), batch=st.integers(1, 60))
def test_a_pull_never_stops_whatever_the_log_holds(tmp_path_factory, seed: int,  # noqa: ANN001
                                                   batch: int) -> None:
    folder = tmp_path_factory.mktemp("pull")
    log = _log(folder, random.Random(seed))
    station = make_station(folder / "KASSA9.db", FakeClock(), workstation="KASSA9",
                           readable_ids=False)
    sync = Sync(station.db, "KASSA9", Central("host=/nonexistent"))
    report = SyncReport()
    for start in range(0, len(log), batch):
        sync._apply(report, log[start:start + batch])  # noqa: SLF001 - the pull's own step
    with station.db.reading() as connection:
        assert SyncState(connection, "KASSA9").cursor() == len(log)
        logged = dict(connection.execute(text("SELECT event_id, outcome FROM sync_log")).all())
        aside = {row[0] for row in connection.execute(text(
            "SELECT event_id FROM sync_conflicts WHERE json_extract(reason, '$.code') = :c"),
            {"c": RefusalCode.SET_ASIDE.value})}
        numbers = connection.execute(text(
            "SELECT number FROM loans GROUP BY number HAVING count(*) > 1")).all()
    # Every entry is in this counter's log: applied, or set aside for a person.
    assert set(logged) == {entry.event.id for entry in log}
    assert {e for e, outcome in logged.items() if outcome == Outcome.CONFLICT} == aside
    assert report.set_aside == len(aside)
    assert numbers == []
    station.close()
