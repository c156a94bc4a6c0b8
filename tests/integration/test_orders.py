"""Orders of consumables through the services: placed from a prescription, numbered,
moved through their states with who and when, found, and billed in the loans report."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.consumables import OrderState
from app.domain.refusals import RefusalCode, Refused
from app.persistence.orders import OrderStore
from app.services import orders, payers, persons
from app.services.reports import make_report
from app.services.station import Station
from tests.conftest import FakeClock, make_station
from tests.consumables_setup import define_articles, prescribe

PERSON = "19811228-9874"
AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def shop(depot: Station) -> Station:
    define_articles(depot)
    prescribe(depot, PERSON, {"SPR10": 4, "NAL27": 2, "FILM": 2, "SET14": 1, "PEG": 3,
                              "SPECIAL": 1}, valid_to=dt.date(2026, 12, 31))
    return depot


def refusal(call, *args, **kwargs) -> Refused:  # noqa: ANN001
    with pytest.raises(Refused) as caught:
        call(*args, **kwargs)
    return caught.value


def test_an_order_gets_a_withdrawal_number_and_is_stored_with_its_lines(shop: Station) -> None:
    done = orders.place_order(shop, PERSON, {"spr10": 2, "NAL27": 1}, "patient", at=AT)
    assert done.number == "U01000001"  # a depot not enrolled in a region: series 1
    view = done.order
    assert (view.state, view.ordered_by, view.unit, view.delivery) == (
        "registered", "patient", "602154", "standard")
    assert [(line.article, line.quantity) for line in view.lines] == [("NAL27", 1),
                                                                       ("SPR10", 2)]
    assert view.person == "19811228-9874" and not view.protected and view.returnable
    assert view.history[0].state == "registered" and view.history[0].actor == "anna.k"
    assert orders.place_order(shop, PERSON, {"SPR10": 1}, "relative",
                              at=AT).number == "U01000002"


def test_orders_outside_the_prescription_are_refused_with_the_reason(shop: Station) -> None:
    orders.place_order(shop, PERSON, {"SPR10": 3}, "patient", at=AT)
    over = refusal(orders.place_order, shop, PERSON, {"SPR10": 2}, "patient",
                   at=AT + dt.timedelta(days=5))
    assert over.code is RefusalCode.OVER_PRESCRIPTION and over.params["left"] == 1
    assert refusal(orders.place_order, shop, PERSON, {"NACL": 1}, "patient",
                   at=AT).code is RefusalCode.NOT_SUPPLIED
    assert refusal(orders.place_order, shop, PERSON, {"SPR10": 1}, "patient",
                   at=dt.datetime(2027, 1, 5, 10, tzinfo=dt.UTC)
                   ).code is RefusalCode.PRESCRIPTION_NOT_VALID
    assert refusal(orders.place_order, shop, "19121212-1212", {"SPR10": 1}, "patient",
                   at=AT).code is RefusalCode.UNKNOWN_PATIENT
    # A refused order changes nothing.
    assert len(orders.find_orders(shop, person=PERSON)) == 1
    # In the next period, the full quantity again.
    assert orders.place_order(shop, PERSON, {"SPR10": 4}, "staff",
                              at=AT + dt.timedelta(days=14)).order.state == "registered"


def test_the_states_move_with_who_and_when_and_cancel_only_before_dispatch(
        shop: Station) -> None:
    number = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT).number
    for state in ("picked", "dispatched"):
        orders.set_order_state(shop, number, state, at=AT + dt.timedelta(hours=1))
    cancel = refusal(orders.set_order_state, shop, number, "cancelled")
    assert cancel.code is RefusalCode.ILLEGAL_MOVE and "before" in cancel.message
    view = orders.set_order_state(shop, number, OrderState.COLLECTED)
    assert [m.state for m in view.history] == ["registered", "picked", "dispatched",
                                               "collected"]
    assert {m.actor for m in view.history} == {"anna.k"}
    assert view.history[1].at == AT + dt.timedelta(hours=1)
    assert refusal(orders.set_order_state, shop, number, "returned").code \
        is RefusalCode.ILLEGAL_MOVE
    cancelled = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT).number
    assert orders.set_order_state(shop, cancelled, "cancelled").state == "cancelled"
    assert refusal(orders.order, shop, "U99999999").code is RefusalCode.UNKNOWN_ORDER


def test_outside_the_assortment_waits_for_the_justification_and_is_never_returnable(
        shop: Station) -> None:
    waiting = orders.place_order(shop, PERSON, {"SPECIAL": 1, "SPR10": 1}, "prescriber",
                                 at=AT).order
    assert waiting.state == "awaiting_prescriber" and waiting.extra_cost
    assert not waiting.returnable
    assert {line.article: line.extra_cost for line in waiting.lines} == {"SPECIAL": True,
                                                                         "SPR10": False}
    assert refusal(orders.set_order_state, shop, waiting.number, "picked").code \
        is RefusalCode.ILLEGAL_MOVE
    done = orders.justify_order(shop, waiting.number, "Allergic to the stocked set")
    assert (done.state, done.justification) == ("registered", "Allergic to the stocked set")
    for state in ("picked", "dispatched"):
        orders.set_order_state(shop, waiting.number, state)
    assert refusal(orders.set_order_state, shop, waiting.number, "returned").code \
        is RefusalCode.NOT_RETURNABLE


def test_a_protected_identity_orders_by_the_prescription_once(shop: Station) -> None:
    pid = prescribe(shop, None, {"SPR10": 2}, unit="602155", prescription_id="DESK1-K900")
    first = orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT).order
    assert first.protected and first.person_id is None and first.unit == "602155"
    assert first.person == "protected identity"
    again = refusal(orders.place_order, shop, pid, {"SPR10": 1}, "staff",
                    at=AT + dt.timedelta(days=20))
    assert again.code is RefusalCode.PRESCRIPTION_USED
    assert refusal(orders.place_order, shop, "protected", {"SPR10": 1}, "staff").code \
        is RefusalCode.INVALID_INPUT
    assert [o.number for o in orders.find_orders(shop, person=pid)] == [first.number]


def test_orders_are_found_by_day_number_person_unit_and_state(shop: Station) -> None:
    prescribe(shop, "19121212-1212", {"SPR10": 9}, unit="604001")
    a = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT).number
    b = orders.place_order(shop, "19121212-1212", {"SPR10": 1}, "patient", at=AT).number
    c = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient",
                           at=AT + dt.timedelta(days=1)).number
    orders.set_order_state(shop, c, "picked")
    assert {o.number for o in orders.find_orders(shop, day=AT.date())} == {a, b}
    assert [o.number for o in orders.find_orders(shop, number=b.lower())] == [b]
    assert [o.number for o in orders.find_orders(shop, person=PERSON)] == [c, a]
    assert [o.number for o in orders.find_orders(shop, unit="604001")] == [b]
    assert [o.number for o in orders.find_orders(shop, state="picked")] == [c]
    assert orders.find_orders(shop, person="19850312-2387") == []


def test_the_withdrawal_counter_never_goes_back(shop: Station) -> None:
    orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT)
    with shop.db.reading() as connection:
        assert OrderStore(connection).last_serial() == 1
    refusal(orders.place_order, shop, PERSON, {"SPR10": 9}, "patient", at=AT)  # changes nothing
    with shop.unit_of_work() as uow:  # the counter's row lost: the orders tell the serial
        uow.connection.exec_driver_sql("DELETE FROM meta WHERE key = 'withdrawal_high'")
        uow.commit()
    assert orders.place_order(shop, PERSON, {"SPR10": 1}, "patient",
                              at=AT).number == "U01000002"


def test_each_order_line_is_billed_to_the_units_payer_for_its_area_in_the_loans_report(
        shop: Station) -> None:
    region = payers.add_payer(shop, "Region Skåne", invoice_address="Box 1, Lund")
    nutrition = payers.add_payer(shop, "Nutrition AB", invoice_address="Box 2, Lund")
    payers.set_unit_payer(shop, "602154", region.id)
    payers.set_unit_payer(shop, "602154", nutrition.id, area="enteral_nutrition")
    prescribe(shop, "19121212-1212", {"SPR10": 9}, unit="604001")  # no payer: the unit
    day = AT.date()
    # Hand-computed: Region Skåne gets orders 1, 2, 3 (4 lines: SPR10 2 + NAL27 1, SPECIAL 1,
    # FILM 1: quantity 5, one line outside the assortment); Nutrition AB gets order 1's PEG
    # line and order 3's (2 orders, 2 lines, quantity 1 + 2); Vårdcentralen Linero, whose
    # unit has no payer, pays order 4 itself (1 line, 5 items).
    # A cancelled order and one outside the period do not count.
    first = orders.place_order(shop, PERSON, {"SPR10": 2, "NAL27": 1, "PEG": 1}, "patient",
                               at=AT)
    assert {line.article: line.payer_name for line in first.order.lines} == {
        "SPR10": "Region Skåne", "NAL27": "Region Skåne", "PEG": "Nutrition AB"}
    orders.place_order(shop, PERSON, {"SPECIAL": 1}, "prescriber", at=AT,
                       justification="Allergy")
    orders.place_order(shop, PERSON, {"FILM": 1, "PEG": 2}, "patient", at=AT)
    orders.place_order(shop, "19121212-1212", {"SPR10": 5}, "patient", at=AT)
    cancelled = orders.place_order(shop, "19121212-1212", {"SPR10": 1}, "patient", at=AT)
    orders.set_order_state(shop, cancelled.number, "cancelled")
    orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT + dt.timedelta(days=20))
    report = make_report(shop, "loans", day, day + dt.timedelta(days=10))
    section = next(s for s in report.sections if s.key == "orders_per_payer")
    assert section.columns == ("payer", "orders", "lines", "quantity", "extra_cost_lines")
    assert section.rows == [("Nutrition AB", 2, 2, 3, 0), ("Region Skåne", 3, 4, 5, 1),
                            ("Vårdcentralen Linero", 1, 1, 5, 0)]
    assert [s.key for s in report.sections] == ["loans", "orders_per_payer"]
    unit_only = make_report(shop, "loans", day, day, unit="604001")
    assert next(s for s in unit_only.sections if s.key == "orders_per_payer").rows == [
        ("Vårdcentralen Linero", 1, 1, 5, 0)]


def test_replaying_the_log_gives_the_same_orders(tmp_path, shop: Station) -> None:  # noqa: ANN001
    from app.persistence.database import Database
    from app.persistence.replay import projection, replay

    number = orders.place_order(shop, PERSON, {"SPECIAL": 1}, "patient", at=AT).number
    orders.justify_order(shop, number, "Allergy")
    orders.set_order_state(shop, number, "picked")
    copy = Database(tmp_path / "replayed.db")
    replay(shop.db, copy)
    mine, theirs = projection(shop.db), projection(copy)
    for table in ("orders", "order_lines", "order_history"):
        assert mine[table] and mine[table] == theirs[table], table


@pytest.mark.parametrize("identity", ["LMA 19850312 50-008920/4", "19900101 Karim Saleh - UT"])
def test_what_an_asylum_seeker_or_a_person_without_permit_orders_is_billed_to_the_asylum_unit(
        shop: Station, identity: str) -> None:
    """Seed 002: "Ange Förskrivande kundnummer 601628 som tillhör Asylenheten VGR. Enheten
    kommer därmed faktureras för beställda produkter" (as their loans are)."""
    region = payers.add_payer(shop, "Region Skåne", invoice_address="Box 1, Lund")
    payers.set_unit_payer(shop, "602154", region.id)
    prescribe(shop, identity, {"SPR10": 4})
    placed = orders.place_order(shop, identity, {"SPR10": 1}, "staff", at=AT).order
    assert placed.unit == "602154"  # delivered for the caring unit's prescription …
    assert {line.payer_name for line in placed.lines} == {"Asylenheten"}  # … billed there
    # A person with a personnummer, prescribed by the same unit, is billed to its payer.
    assert {line.payer_name for line in orders.place_order(
        shop, PERSON, {"SPR10": 1}, "staff", at=AT).order.lines} == {"Region Skåne"}


def test_a_person_who_became_protected_orders_only_on_a_new_prescription(
        shop: Station) -> None:
    """Seed 002: "När en person som finns i Sesam LMN får skyddade personuppgifter spärras
    personuppgifterna … Förskrivning måste registreras på nytt"."""
    old = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT).order
    persons.protect_person(shop, PERSON)
    prescription = old.prescription_id
    before = orders.find_orders(shop)
    why = refusal(orders.place_order, shop, prescription, {"SPR10": 1}, "staff",
                  at=AT + dt.timedelta(days=1))
    assert why.code is RefusalCode.PRESCRIPTION_NOT_VALID
    assert "new prescription" in why.message and prescription in why.message
    assert orders.find_orders(shop) == before
    # The new prescription, to the unit, serves one order as any protected one does.
    pid = prescribe(shop, None, {"SPR10": 2}, unit="602154", prescription_id="DESK1-K901")
    assert orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT).order.protected
