"""Stocktake across the region (real PostgreSQL and judge): a count begun at one counter is
resumed and finished at another after a sync, its record and resolutions reach every
counter, and the administrator's confirmation of a loss is checked centrally too."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import actions, counts, queries
from app.services import sync as sync_service
from tests.conftest import FakeClock, define_depot, signed_in
from tests.sync.test_staff_sync import Counter

UNIT = "602154"


@pytest.fixture
def pair(tmp_path: Path, central_url: str, clock: FakeClock):  # noqa: ANN201
    one = Counter(tmp_path, "KASSA1", central_url, clock)
    two = Counter(tmp_path, "KASSA2", central_url, clock)
    define_depot(one.station)
    for i in range(1, 6):
        actions.register_pump(one.station, f"PD-{i}", "T34")
        actions.dispatch_pump(one.station, f"PD-{i}", unit=UNIT if i <= 4 else "602155")
    one.cycle()
    two.cycle()
    yield one, two
    one.close()
    two.close()


def test_a_count_is_resumed_at_another_counter_and_its_record_reaches_both(pair) -> None:  # noqa: ANN001
    one, two = pair
    view = counts.start_count(one.station, UNIT)
    counts.scan_into_count(one.station, view.id, "PD-1")
    counts.scan_into_count(one.station, view.id, "PD-5")  # in another unit's stock
    one.cycle()
    two.cycle()
    # The other counter sees the open count with what was scanned, and carries on.
    listed = counts.list_counts(two.station)
    assert [(s.info.id, s.info.open, s.scanned) for s in listed] == [(view.id, True, 2)]
    resumed = counts.scan_into_count(two.station, view.id, "PD-2")
    assert sorted(line.registration for line in resumed.found) == ["PD-1", "PD-2"]
    assert [line.registration for line in resumed.unexpected] == ["PD-5"]
    assert counts.scan_into_count(two.station, view.id, "PD-1").again  # counted at KASSA1
    done = counts.finish_count(two.station, view.id)
    assert sorted(line.registration for line in done.missing) == ["PD-3", "PD-4"]
    two.cycle()
    one.cycle()
    there = counts.count_view(one.station, view.id)
    assert not there.info.open and there.info.finished_by == done.info.finished_by
    assert sorted(line.registration for line in there.missing) == ["PD-3", "PD-4"]
    assert [line.registration for line in there.unexpected] == ["PD-5"]
    # Resolved at the first counter; the second sees the pumps where they now are.
    counts.report_missing_lost(one.station, view.id, "PD-3")
    counts.resolve_unexpected(one.station, view.id, "PD-5", "return")
    one.cycle()
    two.cycle()
    assert not sync_service.conflicts(one.station)
    assert queries.pump_status(two.station, "PD-3").state == "lost"
    assert queries.pump_status(two.station, "PD-5").state == "awaiting_cleaning"
    marks = {line.registration: line.resolved
             for line in counts.count_view(two.station, view.id).missing}
    assert marks == {"PD-3": True, "PD-4": False}
    assert [d.unit for d in counts.units_due_for_count(two.station, two.station.ctx.today())
            ] == []


def test_a_count_finished_at_two_counters_apart_keeps_the_earlier_finish_at_both(pair) -> None:  # noqa: ANN001
    one, two = pair
    view = counts.start_count(one.station, UNIT)
    one.cycle()
    two.cycle()
    counts.scan_into_count(one.station, view.id, "PD-1")
    counts.finish_count(one.station, view.id)  # offline from each other
    counts.scan_into_count(two.station, view.id, "PD-2")
    counts.finish_count(two.station, view.id)
    one.cycle()
    two.cycle()
    one.cycle()
    first = counts.count_view(one.station, view.id)
    second = counts.count_view(two.station, view.id)
    assert [line.registration for line in first.found] == \
        [line.registration for line in second.found] == ["PD-1"]


def test_a_loss_found_by_a_count_needs_an_administrator_centrally_too(pair) -> None:  # noqa: ANN001
    """A counter whose local register still thinks its member an administrator (the role
    was taken away at another counter) is refused by the judge."""
    one, two = pair
    signed_in(two.station, "bo.n", ("counter", "administrator"))
    two.cycle()
    one.cycle()
    view = counts.start_count(two.station.acting_as("bo.n"), UNIT)
    counts.finish_count(two.station.acting_as("bo.n"), view.id)
    two.cycle()
    from app.services import staff

    staff.change_staff(one.station, "bo.n", roles=["counter"])  # no longer an administrator
    one.cycle()
    counts.report_missing_lost(two.station.acting_as("bo.n"), view.id, "PD-4")
    two.cycle()
    reasons = [c.reason for c in sync_service.conflicts(two.station)]
    assert [r.code.value for r in reasons] == ["role_required"]
