"""The stocktake's rules without a database: places, the tally, when a count falls due."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import counts
from app.domain.counts import CountInfo
from app.domain.events import Context, EventType
from app.domain.pump import Pump
from app.domain.refusals import RefusalCode, Refused
from app.domain.states import PumpState as S

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
CTX = Context("anna.k", "DESK1", clock=lambda: NOW)


def pump(registration: str, state: S, unit: str | None = None) -> Pump:
    return Pump(registration=registration, model="T34", state=state, since=NOW,
                responsible_unit=unit)


def test_places() -> None:
    assert counts.check_place(" depot ") == "DEPOT"
    assert counts.check_place("602154") == "602154"
    for bad in ("", "60215", "DEPÅ"):
        with pytest.raises(Refused) as refused:
            counts.check_place(bad)
        assert refused.value.code is RefusalCode.INVALID_INPUT


@pytest.mark.parametrize(("state", "unit", "depot", "at_unit"), [
    (S.READY, None, True, False), (S.AWAITING_CLEANING, None, True, False),
    (S.FAULTY, None, True, False), (S.IN_SERVICE, None, False, False),
    (S.IN_UNIT_STOCK, "602154", False, True), (S.IN_UNIT_STOCK, "602155", False, False),
    (S.ON_LOAN, "602154", False, False), (S.LOST, "602154", False, False)])
def test_what_a_place_should_hold(state: S, unit: str | None, depot: bool,
                                  at_unit: bool) -> None:
    assert counts.expected_at("DEPOT", pump("PD-1", state, unit)) is depot
    assert counts.expected_at("602154", pump("PD-1", state, unit)) is at_unit


def test_the_tally() -> None:
    found = [pump("PD-2", S.IN_UNIT_STOCK, "602154"), pump("PD-9", S.ON_LOAN, "602155"),
             pump("PD-7", S.IN_UNIT_STOCK, "602154")]  # put there since the count began
    tally = counts.tally("602154", ["PD-1", "PD-2"], found)
    assert tally.expected == ("PD-1", "PD-2") and tally.missing == ("PD-1",)
    assert tally.found == ("PD-2", "PD-9", "PD-7")
    assert [(u.registration, u.state, u.unit) for u in tally.unexpected] == \
        [("PD-9", "on_loan", "602155")]
    assert counts.Tally.from_payload(tally.payload()) == tally


def test_a_finished_count_takes_no_scan_and_a_second_scan_makes_no_event() -> None:
    open_ = CountInfo("c-1", "602154", NOW, "anna.k")
    assert counts.scan(CTX, open_, pump("PD-1", S.READY), already=True) is None
    event = counts.scan(CTX, open_, pump("PD-1", S.READY), already=False)
    assert event.type is EventType.COUNT_SCANNED and event.pump is None
    assert event.payload == {"count": "c-1", "place": "602154", "registration": "PD-1"}
    done = CountInfo("c-1", "602154", NOW, "anna.k", NOW, "anna.k")
    with pytest.raises(Refused) as refused:
        counts.scan(CTX, done, pump("PD-1", S.READY), already=False)
    assert refused.value.code is RefusalCode.ALREADY_DONE
    with pytest.raises(Refused):
        counts.finish(CTX, done, counts.tally("602154", [], []))


@pytest.mark.parametrize(("last", "months", "due"), [
    (None, 6, None), (dt.date(2026, 1, 15), 6, dt.date(2026, 7, 15)),
    (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)), (dt.date(2025, 11, 30), 3,
                                                      dt.date(2026, 2, 28)),
    (dt.date(2026, 12, 1), 12, dt.date(2027, 12, 1))])
def test_when_a_count_falls_due(last: dt.date | None, months: int, due: dt.date | None) -> None:
    assert counts.count_due(last, months) == due


def test_the_interval_is_bounded() -> None:
    assert counts.check_interval(6) == 6
    for bad in (0, 61):
        with pytest.raises(Refused):
            counts.check_interval(bad)
