"""The ordering rules of consumables (``app.domain.orders``), alone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.consumables import (
    Article,
    ConsumablePrescription,
    Order,
    OrderedBy,
    OrderLine,
    OrderState,
    PrescriptionLine,
    Supply,
    parse_withdrawal_number,
    withdrawal_number,
)
from app.domain.orders import (
    check_justification,
    check_move,
    decide_order,
    left_in_period,
    period_of,
)
from app.domain.refusals import RefusalCode, Refused

D = dt.date
START = D(2026, 3, 2)

ARTICLES = {
    "SPR10": Article("SPR10", {"en": "Syringe 10 ml"}, "subcutaneous", "box of 100"),
    "NAL": Article("NAL", {"en": "Needle"}, "subcutaneous", "box of 100"),
    "FILM": Article("FILM", {"en": "Transparent dressing"}, "subcutaneous", "14-day pack"),
    "SPECIAL": Article("SPECIAL", {"en": "Special set"}, "subcutaneous", "pack",
                       Supply.OUTSIDE),
    "NACL": Article("NACL", {"en": "Sodium chloride"}, "subcutaneous", "bottle",
                    Supply.PHARMACY),
}


def prescription(**changes: object) -> ConsumablePrescription:
    values: dict[str, object] = dict(
        id="P1", person_id="person-1", prescriber="PR1", unit="100001",
        lines=(PrescriptionLine("SPR10", 4), PrescriptionLine("NAL", 2),
               PrescriptionLine("SPECIAL", 1)),
        per_days=14, valid_from=START, valid_to=D(2026, 12, 31))
    values.update(changes)
    return ConsumablePrescription(**values)  # type: ignore[arg-type]


def earlier(day: dt.date, lines: dict[str, int], state: OrderState = OrderState.REGISTERED,
            prescription_id: str = "P1", number: str = "U01000001") -> Order:
    return Order(id=number, number=number, prescription_id=prescription_id,
                 person_id="person-1", unit="100001", ordered_by=OrderedBy.PATIENT,
                 ordered_at=dt.datetime.combine(day, dt.time(12)), state=state,
                 lines=tuple(OrderLine(a, q) for a, q in lines.items()))


def refused(*args: object, **kwargs: object) -> Refused:
    with pytest.raises(Refused) as caught:
        decide_order(*args, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_an_order_within_the_prescription_is_registered() -> None:
    decision = decide_order([prescription()], ARTICLES, [], {"SPR10": 4, "NAL": 1}, START)
    assert decision.state is OrderState.REGISTERED
    assert [(line.article, line.quantity, line.extra_cost) for line in decision.lines] == [
        ("SPR10", 4, False), ("NAL", 1, False)]


def test_an_article_not_prescribed_is_refused_with_the_reason() -> None:
    reason = refused([prescription()], ARTICLES, [], {"FILM": 1}, START)
    assert reason.code is RefusalCode.NOT_PRESCRIBED and "FILM" in reason.message


def test_more_than_is_left_this_period_is_refused_saying_how_many_are_left() -> None:
    taken = [earlier(START + dt.timedelta(days=3), {"SPR10": 3})]
    reason = refused([prescription()], ARTICLES, taken, {"SPR10": 2},
                     START + dt.timedelta(days=10))
    assert reason.code is RefusalCode.OVER_PRESCRIPTION
    assert reason.params["left"] == 1 and reason.params["start"] == "2026-03-02"
    assert reason.params["last"] == "2026-03-15"


def test_a_new_period_starts_afresh_and_cancelled_orders_do_not_count() -> None:
    taken = [earlier(START, {"SPR10": 4}),
             earlier(START + dt.timedelta(days=14), {"SPR10": 4}, OrderState.CANCELLED)]
    day = START + dt.timedelta(days=15)
    assert period_of(prescription(), day) == (D(2026, 3, 16), D(2026, 3, 30))
    assert left_in_period(prescription(), taken, day)["SPR10"] == 4
    assert decide_order([prescription()], ARTICLES, taken, {"SPR10": 4}, day).lines


def test_orders_of_another_prescription_do_not_count() -> None:
    taken = [earlier(START, {"SPR10": 4}, prescription_id="P0")]
    assert left_in_period(prescription(), taken, START)["SPR10"] == 4


def test_outside_the_validity_is_refused_and_without_a_prescription_too() -> None:
    before = refused([prescription()], ARTICLES, [], {"SPR10": 1}, D(2026, 3, 1))
    after = refused([prescription()], ARTICLES, [], {"SPR10": 1}, D(2027, 1, 1))
    assert before.code is after.code is RefusalCode.PRESCRIPTION_NOT_VALID
    assert "2026-12-31" in after.message
    assert refused([], ARTICLES, [], {"SPR10": 1}, START).code is RefusalCode.NO_PRESCRIPTION


def test_a_pharmacy_article_is_refused_with_that_reason() -> None:
    reason = refused([prescription()], ARTICLES, [], {"NACL": 1}, START)
    assert reason.code is RefusalCode.NOT_SUPPLIED and "pharmacy" in reason.message


def test_an_unknown_article_and_a_quantity_below_one_are_refused() -> None:
    assert refused([prescription()], {**ARTICLES, "X": None}, [], {"X": 1},
                   START).code is RefusalCode.UNKNOWN_ARTICLE
    assert refused([prescription()], ARTICLES, [], {"SPR10": 0},
                   START).code is RefusalCode.INVALID_INPUT


def test_outside_the_assortment_waits_for_the_prescriber_without_a_justification() -> None:
    waiting = decide_order([prescription()], ARTICLES, [], {"SPECIAL": 1}, START)
    assert waiting.state is OrderState.AWAITING_PRESCRIBER
    assert waiting.lines[0].extra_cost
    justified = decide_order([prescription()], ARTICLES, [], {"SPECIAL": 1}, START,
                             "  Allergic to   the stocked set ")
    assert justified.state is OrderState.REGISTERED
    assert justified.justification == "Allergic to the stocked set"


def test_a_protected_identitys_prescription_allows_one_order_only() -> None:
    protected = prescription(protected=True, person_id="")
    first = decide_order([protected], ARTICLES, [], {"SPR10": 1}, START)
    assert first.state is OrderState.REGISTERED
    reason = refused([protected], ARTICLES, [earlier(START, {"SPR10": 1})], {"NAL": 1},
                     START + dt.timedelta(days=30))
    assert reason.code is RefusalCode.PRESCRIPTION_USED
    cancelled = [earlier(START, {"SPR10": 1}, OrderState.CANCELLED)]
    assert decide_order([protected], ARTICLES, cancelled, {"NAL": 1}, START).lines


def test_the_valid_prescription_holding_the_articles_is_chosen() -> None:
    old = prescription(id="P0", valid_to=D(2026, 3, 10))
    new = prescription(id="P2", lines=(PrescriptionLine("FILM", 2),),
                       valid_from=D(2026, 3, 5))
    assert decide_order([old, new], ARTICLES, [], {"FILM": 2},
                        D(2026, 3, 6)).prescription.id == "P2"
    assert decide_order([old, new], ARTICLES, [], {"SPR10": 2},
                        D(2026, 3, 6)).prescription.id == "P0"


def order_in(state: OrderState, outside: bool = False) -> Order:
    return Order(id="o", number="U01000009", prescription_id="P1", person_id="p",
                 unit="100001", ordered_by=OrderedBy.STAFF,
                 ordered_at=dt.datetime(2026, 3, 2, 9), state=state,
                 lines=(OrderLine("SPECIAL" if outside else "SPR10", 1, extra_cost=outside),))


@pytest.mark.parametrize("state,to", [
    (OrderState.REGISTERED, OrderState.PICKED), (OrderState.PICKED, OrderState.DISPATCHED),
    (OrderState.DISPATCHED, OrderState.DELIVERED), (OrderState.DISPATCHED,
                                                   OrderState.COLLECTED),
    (OrderState.DISPATCHED, OrderState.RETURNED), (OrderState.REGISTERED,
                                                  OrderState.CANCELLED),
    (OrderState.PICKED, OrderState.CANCELLED), (OrderState.AWAITING_PRESCRIBER,
                                               OrderState.CANCELLED)])
def test_the_moves_the_states_allow(state: OrderState, to: OrderState) -> None:
    check_move(order_in(state), to)


@pytest.mark.parametrize("state,to", [
    (OrderState.DISPATCHED, OrderState.CANCELLED), (OrderState.DELIVERED,
                                                   OrderState.CANCELLED),
    (OrderState.REGISTERED, OrderState.DISPATCHED), (OrderState.CANCELLED,
                                                    OrderState.PICKED),
    (OrderState.AWAITING_PRESCRIBER, OrderState.PICKED),
    (OrderState.AWAITING_PRESCRIBER, OrderState.REGISTERED),
    (OrderState.RETURNED, OrderState.DELIVERED)])
def test_the_moves_the_states_refuse(state: OrderState, to: OrderState) -> None:
    with pytest.raises(Refused) as caught:
        check_move(order_in(state), to)
    assert caught.value.code is RefusalCode.ILLEGAL_MOVE


def test_an_order_outside_the_assortment_is_never_returnable() -> None:
    with pytest.raises(Refused) as caught:
        check_move(order_in(OrderState.DISPATCHED, outside=True), OrderState.RETURNED)
    assert caught.value.code is RefusalCode.NOT_RETURNABLE
    check_move(order_in(OrderState.DISPATCHED, outside=True), OrderState.DELIVERED)


def test_a_justification_completes_only_a_waiting_order() -> None:
    assert check_justification(order_in(OrderState.AWAITING_PRESCRIBER), " why ") == "why"
    with pytest.raises(Refused):
        check_justification(order_in(OrderState.AWAITING_PRESCRIBER), "  ")
    with pytest.raises(Refused):
        check_justification(order_in(OrderState.REGISTERED), "why")


def test_withdrawal_numbers_are_u_series_serial() -> None:
    assert withdrawal_number(13, 201003) == "U13201003"
    assert parse_withdrawal_number(" u13201003 ") == (13, 201003)
    assert parse_withdrawal_number("U1320100") is None
    with pytest.raises(ValueError):
        withdrawal_number(100, 1)


@settings(max_examples=150, deadline=None)
@given(per_days=st.integers(1, 30), allowed=st.integers(1, 6),
       attempts=st.lists(st.tuples(st.integers(0, 120), st.integers(1, 8),
                                   st.booleans()), max_size=40))
def test_the_quantities_ordered_in_any_period_never_exceed_the_prescription(
        per_days: int, allowed: int, attempts: list[tuple[int, int, bool]]) -> None:
    p = prescription(lines=(PrescriptionLine("SPR10", allowed),), per_days=per_days,
                     valid_to=None)
    made: list[Order] = []
    for offset, quantity, cancel in sorted(attempts):
        day = START + dt.timedelta(days=offset)
        try:
            decision = decide_order([p], ARTICLES, made, {"SPR10": quantity}, day)
        except Refused as reason:
            assert reason.code is RefusalCode.OVER_PRESCRIPTION
            continue
        made.append(earlier(day, {"SPR10": quantity}, number=f"U01{len(made) + 1:06d}",
                            state=OrderState.CANCELLED if cancel else decision.state))
    per_period: dict[dt.date, int] = {}
    for o in made:
        if o.state is not OrderState.CANCELLED:
            start = period_of(p, o.ordered_at.date())[0]
            per_period[start] = per_period.get(start, 0) + o.lines[0].quantity
    assert all(total <= allowed for total in per_period.values())
