"""Recalls across the region: a recall and its progress reach every counter through the
central log, the UDI's production data travels with the pump, and an issue, dispatch or
prescription of a covered pump made offline after the recall is a conflict centrally."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, queries, recalls
from app.services import sync as sync_service
from app.services.recalls import SelectionInput
from tests.conftest import T34_GTIN, FakeClock, define_depot
from tests.sync.test_staff_sync import Counter

PERSON = "19811228-9874"


@pytest.fixture
def pair(tmp_path: Path, central_url: str, clock: FakeClock):  # noqa: ANN201
    one = Counter(tmp_path, "KASSA1", central_url, clock)
    two = Counter(tmp_path, "KASSA2", central_url, clock)
    define_depot(one.station)
    for i, lot in enumerate(["L1", "L1", "L2"], start=1):
        actions.register_pump(one.station, f"PD-{i}", "T34", None,
                              udi=f"(01){T34_GTIN}(10){lot}(11)240115(21)SN{i}")
    actions.register_pump(one.station, "PD-4", "T34", None, udi=f"(01){T34_GTIN}(21)SN4")
    actions.dispatch_pump(one.station, "PD-2", unit="602154")
    one.cycle()
    two.cycle()
    yield one, two
    one.close()
    two.close()


def _recall(station) -> None:  # noqa: ANN001
    recalls.define_recall(station, "FSN-2026-014", title="Occlusion sensor", action="inspect",
                          selection=SelectionInput(lots=["L1"]))


def test_recall_and_progress_reach_every_counter(pair) -> None:  # noqa: ANN001
    one, two = pair
    assert queries.pump_status(two.station, "PD-1").udi_lot == "L1"
    _recall(one.station)
    one.cycle()
    two.cycle()
    view = recalls.recall_view(two.station, "FSN-2026-014")
    assert (view.summary.done, view.summary.total) == (0, 2)
    with pytest.raises(Refused) as refused:
        actions.issue_pump(two.station, "PD-1", patient=PERSON, unit="602154", approval="B1")
    assert refused.value.code is RefusalCode.RECALLED
    recalls.record_done(two.station, "FSN-2026-014", "PD-1", "Inspected")
    two.cycle()
    one.cycle()
    assert recalls.recall_view(one.station, "FSN-2026-014").summary.done == 1
    actions.issue_pump(one.station, "PD-1", patient=PERSON, unit="602154", approval="B1")
    one.cycle()
    assert not sync_service.conflicts(one.station)


def test_udi_data_recorded_at_one_counter_reaches_the_others_and_the_judge(pair) -> None:  # noqa: ANN001
    one, two = pair
    actions.issue_pump(one.station, f"(01){T34_GTIN}(10)L1(11)240201(21)SN4",
                       patient=PERSON, unit="602154", approval="B4")  # its label scanned
    actions.return_pump(one.station, "PD-4")
    actions.clean_pump(one.station, "PD-4")
    one.cycle()
    two.cycle()
    assert queries.pump_status(two.station, "PD-4").udi_lot == "L1"
    _recall(two.station)
    two.cycle()
    # offline, KASSA1 has not heard of the recall: its dispatch of PD-4 (lot L1, known
    # centrally only by the UDI scan) is judged a conflict
    actions.dispatch_pump(one.station, "PD-4", unit="602154")
    one.cycle()
    reasons = [c.reason for c in sync_service.conflicts(one.station)]
    assert [r.code for r in reasons] == [RefusalCode.RECALLED]


def test_an_offline_issue_and_prescription_after_the_recall_are_conflicts(pair) -> None:  # noqa: ANN001
    one, two = pair
    _recall(one.station)
    one.cycle()
    # KASSA2 has not pulled the recall: it lends PD-1 and prescribes PD-2 from stock
    actions.issue_pump(two.station, "PD-1", patient=PERSON, unit="602154", approval="B1")
    actions.prescribe_pump(two.station, "PD-2", patient=PERSON, approval="B2")
    actions.issue_pump(two.station, "PD-3", patient=PERSON, unit="602154", approval="B3")
    two.cycle()
    found = sync_service.conflicts(two.station)
    assert sorted(c.pump for c in found) == ["PD-1", "PD-2"]
    assert all(c.reason.code is RefusalCode.RECALLED for c in found)
    assert "recall FSN-2026-014" in found[0].reason.message
    # the counter's tables follow the central verdict: PD-1 is back at the depot
    assert queries.pump_status(two.station, "PD-1").state == "ready"
    assert queries.pump_status(two.station, "PD-3").state == "on_loan"
