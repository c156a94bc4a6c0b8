"""One history: every counter shows a pump's history in the same order — the central
order, then its own events still waiting, marked so — with refused events marked as
refused, why, and the event they met; and no receipt of a refused loan."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.services import actions, queries
from tests.sync.test_sync import Counter, counters, depot_pair  # noqa: F401 - fixtures


def _story(counter: Counter, pump: str) -> list[tuple[str, str, str]]:
    return [(e.id, e.type, e.status) for e in queries.pump_history(counter.station, pump)]


def test_every_counter_tells_a_pumps_story_in_one_order(
        depot_pair, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    one, two = depot_pair
    # Offline, both lend PD-4: KASSA2 recorded its loan before it heard of KASSA1's.
    actions.issue_pump(one.station, "PD-4", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    actions.issue_pump(two.station, "PD-4", patient="19811288-9871", unit="602155",
                       approval="BL-7")
    one.cycle()
    two.cycle()
    one.cycle()
    assert _story(one, "PD-4") == _story(two, "PD-4")
    story = queries.pump_history(two.station, "PD-4")
    refused = [e for e in story if e.refused]
    assert len(refused) == 1 and refused[0].workstation == "KASSA2"
    assert refused[0].reason is not None and "PD-4" in refused[0].reason.message
    kept = next(e for e in story if e.type == "issued_to_patient" and not e.refused)
    assert refused[0].against == kept.id
    assert refused[0].loan_number is None and kept.loan_number == "KASSA1-000001"
    assert [e.central_seq for e in story] == sorted(e.central_seq for e in story)
    # A return at KASSA2 not yet handed in comes last, marked as waiting.
    actions.return_pump(two.station, "PD-4")
    story = queries.pump_history(two.station, "PD-4")
    assert story[-1].type == "returned" and story[-1].status == "waiting"
    assert [e.id for e in story[:-1]] == [i for i, _t, _s in _story(one, "PD-4")]
    # The command line says the same.
    monkeypatch.setenv("PUMPDESK_LANG", "en")
    two.station.db.dispose()
    code = main(["--db", str(two.station.db.path), "history", "PD-4"])
    out = capsys.readouterr().out
    assert code == 0 and "REFUSED:" in out and "waiting for the central database" in out


def test_a_counter_that_works_alone_has_nothing_waiting(tmp_path: Path) -> None:
    from tests.conftest import FakeClock, define_depot, make_station
    from tests.sync.workload import register_pumps

    station = make_station(tmp_path / "alone.db", FakeClock(), readable_ids=False)
    define_depot(station)
    register_pumps(station, "PD", 1)
    story = queries.pump_history(station, "PD-1")
    assert [e.status for e in story] == ["local"]
    station.close()
