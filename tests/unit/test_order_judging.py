"""How the judge decides an order's withdrawal number and a protected prescription, alone."""

from __future__ import annotations

import datetime as dt

from app.domain.events import Event, EventType
from app.domain.refusals import RefusalCode
from app.domain.sync import protected_order_met, withdrawal_refusal


def placed(number: str, order: str = "o1", workstation: str = "KASSA2",
           protected: bool = False) -> Event:
    return Event("e1", EventType.ORDER_PLACED, None, "anna.k", workstation,
                 dt.datetime(2026, 3, 2, tzinfo=dt.UTC),
                 {"order": order, "number": number, "prescription": "KASSA1-K1",
                  "protected": protected})


def test_a_number_of_the_counters_own_series_never_used_is_taken() -> None:
    assert withdrawal_refusal(placed("U02000001"), {}, 2) is None
    # The same order handed in again meets itself, not another.
    assert withdrawal_refusal(placed("U02000001"), {"U02000001": ("o1", "e1")}, 2) is None


def test_a_number_used_by_another_order_or_of_another_series_is_refused() -> None:
    used = withdrawal_refusal(placed("U02000001"), {"U02000001": ("o0", "e0")}, 2)
    assert used is not None and used.code is RefusalCode.DUPLICATE
    other = withdrawal_refusal(placed("U01000001"), {}, 2)
    assert other is not None and "series 02" in other.message
    unenrolled = withdrawal_refusal(placed("U01000001"), {}, None)
    assert unenrolled is not None and unenrolled.code is RefusalCode.ILLEGAL_MOVE
    assert withdrawal_refusal(placed("garbage"), {}, 2) is not None


def test_a_protected_prescription_holds_one_order() -> None:
    held = {"KASSA1-K1": ("o0", "U01000009", "e0")}
    met = protected_order_met(placed("U02000001", protected=True), held)
    assert met is not None and met[0].code is RefusalCode.PRESCRIPTION_USED
    assert met[0].params["number"] == "U01000009" and met[1] == "e0"
    assert protected_order_met(placed("U02000001", protected=False), held) is None
    assert protected_order_met(placed("U02000001", order="o0", protected=True), held) is None
    assert protected_order_met(placed("U02000001", protected=True), {"KASSA1-K1": None}) \
        is None
