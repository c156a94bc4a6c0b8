"""Delivery modes and the days they promise (seed 002's modes, seed 001's route days).

The expected days are written out by hand from a 2026 calendar: Good Friday 3 April, Easter
Monday 6 April (and Maundy Thursday 2 April in Norway), Midsummer Eve Friday 19 June
(Sweden), Christmas Eve Thursday 24 December (closed in Sweden, open in Norway), Christmas
Day and Boxing Day 25 and 26 December."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import is_working_day, next_working_day
from app.domain.consumables import OrderedBy, Supply
from app.domain.delivery import (
    EXTRA_COST_EXPRESS,
    EXTRA_COST_NUTRITION_AWAY,
    EXTRA_COST_URGENT,
    DeliveryMode,
    DeliveryOrder,
    Destination,
    Notify,
    promise,
)
from app.domain.refusals import RefusalCode, Refused

D = dt.date
STOCKHOLM = ZoneInfo("Europe/Stockholm")
OSLO = ZoneInfo("Europe/Oslo")
HOME = Destination(street="Storgatan 1", postcode="41101", town="Göteborg", phone="0701234567")
PICKUP = Destination(pickup_point="Ica Nära Majorna", notify_by=Notify.SMS,
                     notify_to="0701234567", phone="0701234567")
EVERY_MODE = frozenset(DeliveryMode)


def at(text: str, zone: ZoneInfo = STOCKHOLM) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=zone)


def order(mode: DeliveryMode, when: dt.datetime, **changes: object) -> DeliveryOrder:
    base = DeliveryOrder(mode=mode, ordered_at=when, country="SE", destination=HOME,
                         areas=frozenset({"subcutaneous_infusion"}),
                         supplies=frozenset({Supply.STOCKED}))
    return replace(base, **changes)


def nutrition_by_prescriber(mode: DeliveryMode, when: dt.datetime, **changes: object):
    wanted: dict[str, object] = {"areas": frozenset({"nutrition"}),
                                 "ordered_by": OrderedBy.PRESCRIBER, "by_prescriber": True}
    return order(mode, when, **{**wanted, **changes})


def refused(o: DeliveryOrder) -> str:
    with pytest.raises(Refused) as caught:
        promise(o)
    assert caught.value.code is RefusalCode.DELIVERY_NOT_ALLOWED
    return caught.value.template


# --- cut-offs ----------------------------------------------------------------------------

@pytest.mark.parametrize(("when", "expected"), [
    ("2026-11-25 13:59", D(2026, 11, 26)),  # Wednesday before 14:00: Thursday
    ("2026-11-25 14:00", D(2026, 11, 27)),  # at 14:00 it is no longer before
    ("2026-11-25 14:01", D(2026, 11, 27)),
    ("2026-11-27 13:59", D(2026, 11, 30)),  # Friday: Monday
    ("2026-11-27 14:01", D(2026, 12, 1)),   # Friday after the cut-off: Tuesday
    ("2026-11-28 09:00", D(2026, 12, 1)),   # Saturday: handled Monday, delivered Tuesday
    ("2026-12-23 13:59", D(2026, 12, 28)),  # Christmas Eve, Christmas, a weekend
    ("2026-12-23 14:01", D(2026, 12, 29)),
    ("2026-04-02 13:59", D(2026, 4, 7)),    # Maundy Thursday: over Easter
    ("2026-06-18 13:59", D(2026, 6, 22)),   # Midsummer Eve is closed in Sweden
])
def test_urgent_is_the_next_working_day_before_two(when: str, expected: dt.date) -> None:
    result = promise(order(DeliveryMode.URGENT, at(when)))
    assert result.date == expected
    assert result.extra_costs == (EXTRA_COST_URGENT,)
    assert result.notify is None  # urgent home deliveries are not notified


@pytest.mark.parametrize(("when", "expected"), [
    ("2026-11-25 11:59", D(2026, 11, 25)),  # the same day before noon
    ("2026-11-25 12:01", D(2026, 11, 26)),
    ("2026-11-27 12:01", D(2026, 11, 30)),  # Friday afternoon: Monday
    ("2026-06-18 11:59", D(2026, 6, 18)),
    ("2026-06-18 12:01", D(2026, 6, 22)),   # Midsummer Eve and the weekend between
    ("2026-12-24 10:00", D(2026, 12, 28)),  # Christmas Eve itself is not a working day
    ("2026-04-03 10:00", D(2026, 4, 7)),    # Good Friday
])
def test_express_is_the_same_day_before_noon(when: str, expected: dt.date) -> None:
    result = promise(nutrition_by_prescriber(DeliveryMode.EXPRESS, at(when)))
    assert result.date == expected
    assert result.extra_costs == (EXTRA_COST_EXPRESS,)


def test_cut_offs_are_on_the_depots_clock() -> None:
    """10:01 UTC is 12:01 in Stockholm in June (summer time), 11:01 in November."""
    utc = dt.timezone.utc
    june = dt.datetime(2026, 6, 17, 10, 1, tzinfo=utc)
    november = dt.datetime(2026, 11, 25, 10, 1, tzinfo=utc)
    assert promise(nutrition_by_prescriber(DeliveryMode.EXPRESS, june)).date == D(2026, 6, 18)
    assert promise(nutrition_by_prescriber(DeliveryMode.EXPRESS, november)).date == \
        D(2026, 11, 25)
    with pytest.raises(ValueError):
        promise(order(DeliveryMode.URGENT, dt.datetime(2026, 11, 25, 10, 0)))


# --- standard, outside the door, pickup point --------------------------------------------

@pytest.mark.parametrize(("when", "expected"), [
    ("2026-11-30 09:00", D(2026, 12, 7)),   # Monday: five working days on
    ("2026-11-27 16:00", D(2026, 12, 4)),   # Friday
    ("2026-11-28 10:00", D(2026, 12, 7)),   # Saturday counts from Monday
    ("2026-12-21 09:00", D(2026, 12, 30)),  # over Christmas: 22, 23, 28, 29, 30
    ("2026-03-31 09:00", D(2026, 4, 9)),    # over Easter: 1, 2, 7, 8, 9
    ("2026-06-16 09:00", D(2026, 6, 24)),   # over Midsummer Eve: 17, 18, 22, 23, 24
])
def test_standard_within_five_working_days(when: str, expected: dt.date) -> None:
    assert promise(order(DeliveryMode.STANDARD, at(when))).date == expected


def test_outside_the_region_promises_nothing_and_nutrition_costs_extra() -> None:
    away = replace(HOME, in_region=False)
    result = promise(order(DeliveryMode.STANDARD, at("2026-11-30 09:00"), destination=away))
    assert result.date is None and result.extra_costs == ()
    nutrition = promise(order(DeliveryMode.OUTSIDE, at("2026-11-30 09:00"), destination=away,
                              areas=frozenset({"nutrition"})))
    assert nutrition.date is None
    assert nutrition.extra_costs == (EXTRA_COST_NUTRITION_AWAY,)


def test_a_pickup_point_anywhere_in_the_country_costs_nothing_extra() -> None:
    """Seed 002: "Det finns möjlighet att välja vilket av transportörens utlämningsställe
    inom Sverige som önskas, utan extra kostnad" (nutrition too)."""
    away = replace(PICKUP, in_region=False)
    result = promise(order(DeliveryMode.PICKUP, at("2026-11-30 09:00"), destination=away,
                           areas=frozenset({"nutrition"})))
    assert result.extra_costs == ()


def test_leave_outside_the_door_needs_address_door_code_and_care_of() -> None:
    when = at("2026-11-30 09:00")
    assert "address" in refused(order(DeliveryMode.OUTSIDE, when,
                                      destination=Destination(phone="0701")))
    flat = replace(HOME, apartment_building=True)
    assert "door code" in refused(order(DeliveryMode.OUTSIDE, when, destination=flat))
    assert promise(order(DeliveryMode.OUTSIDE, when,
                         destination=replace(flat, door_code="1234"))).date == D(2026, 12, 7)
    other_name = replace(HOME, name_on_door=False)
    assert "c/o" in refused(order(DeliveryMode.OUTSIDE, when, destination=other_name))
    assert promise(order(DeliveryMode.OUTSIDE, when,
                         destination=replace(other_name, care_of="Anna Berg"))).date


def test_pickup_point_notifies_and_keeps_the_parcel_fourteen_days() -> None:
    when = at("2026-11-30 09:00")
    result = promise(order(DeliveryMode.PICKUP, when, destination=PICKUP))
    assert result.date == D(2026, 12, 7)
    assert result.last_pickup == D(2026, 12, 21)
    assert result.notify is Notify.SMS
    assert "pickup point" in refused(order(DeliveryMode.PICKUP, when,
                                           destination=replace(PICKUP, pickup_point="")))
    assert "SMS" in refused(order(DeliveryMode.PICKUP, when,
                                  destination=replace(PICKUP, notify_to="")))
    urgent = promise(order(DeliveryMode.URGENT, at("2026-11-30 13:00"), destination=PICKUP))
    assert urgent.notify is Notify.SMS and urgent.last_pickup == D(2026, 12, 15)


# --- urgent and express: what they need ----------------------------------------------------

def test_urgent_and_express_need_stocked_products_and_a_phone() -> None:
    when = at("2026-11-30 09:00")
    for mode, make in ((DeliveryMode.URGENT, order),
                       (DeliveryMode.EXPRESS, nutrition_by_prescriber)):
        outside = make(mode, when, supplies=frozenset({Supply.STOCKED, Supply.OUTSIDE}))
        assert "outside the assortment" in refused(outside)
        assert "phone" in refused(make(mode, when, destination=replace(HOME, phone=" ")))


def test_express_is_for_nutrition_ordered_by_the_prescriber() -> None:
    when = at("2026-11-30 09:00")
    assert "nutrition" in refused(order(DeliveryMode.EXPRESS, when, by_prescriber=True,
                                        ordered_by=OrderedBy.PRESCRIBER))
    mixed = nutrition_by_prescriber(DeliveryMode.EXPRESS, when,
                                    areas=frozenset({"nutrition", "stoma"}))
    assert "nutrition" in refused(mixed)
    assert "prescriber" in refused(nutrition_by_prescriber(
        DeliveryMode.EXPRESS, when, ordered_by=OrderedBy.RELATIVE, by_prescriber=False))
    assert "prescriber" in refused(nutrition_by_prescriber(
        DeliveryMode.EXPRESS, when, ordered_by=OrderedBy.STAFF, by_prescriber=False))


def test_urgent_to_special_housing_is_for_one_patient() -> None:
    when = at("2026-11-30 09:00")
    assert promise(order(DeliveryMode.URGENT, when, special_housing=True)).date
    assert "one patient" in refused(order(DeliveryMode.URGENT, when, special_housing=True,
                                          patients=3))


# --- joint delivery --------------------------------------------------------------------

def test_joint_delivery_rules() -> None:
    when = at("2026-11-30 09:00")
    joint = order(DeliveryMode.JOINT, when, special_housing=True, patients=4,
                  customer_numbers=frozenset({"SB100"}), joint_right=True)
    assert promise(joint).date == D(2026, 12, 7)
    assert "special-housing" in refused(replace(joint, special_housing=False))
    assert "Sambeställning" in refused(replace(joint, joint_right=False))
    assert "Nutrition" in refused(replace(joint, areas=frozenset({"nutrition"})))
    assert "one customer number" in refused(
        replace(joint, customer_numbers=frozenset({"SB100", "SB200"})))


# --- the Norwegian depot: route days and the counter ---------------------------------------

def norwegian(mode: DeliveryMode, when: str, **destination: object) -> DeliveryOrder:
    return order(mode, at(when, OSLO), country="NO",
                 destination=Destination(**destination))  # type: ignore[arg-type]


@pytest.mark.parametrize(("when", "days", "expected"), [
    ("2026-11-30 09:00", {1, 3}, D(2026, 12, 1)),    # Monday, route Tue/Thu: Tuesday
    ("2026-12-01 09:00", {1, 3}, D(2026, 12, 3)),    # on a route day: the next one
    ("2026-11-27 09:00", {4}, D(2026, 12, 4)),       # Friday route: the next Friday
    ("2026-12-22 09:00", {3}, D(2026, 12, 24)),      # Christmas Eve is open in Norway
    ("2026-12-22 09:00", {4}, D(2027, 1, 8)),        # 25 Dec and 1 Jan are closed
    ("2026-03-31 09:00", {3}, D(2026, 4, 9)),        # Maundy Thursday is closed in Norway
    ("2026-05-13 09:00", {3}, D(2026, 5, 21)),       # Ascension Day 14 May
])
def test_route_days(when: str, days: set[int], expected: dt.date) -> None:
    result = promise(norwegian(DeliveryMode.ROUTE, when, route_days=frozenset(days)))
    assert result.date == expected


def test_the_hospital_has_a_daily_run_and_the_counter_hands_out() -> None:
    assert promise(norwegian(DeliveryMode.ROUTE, "2026-04-01 09:00", hospital=True)).date == \
        D(2026, 4, 7)
    assert promise(norwegian(DeliveryMode.COUNTER, "2026-11-27 09:00")).date == D(2026, 11, 30)
    assert "delivery days" in refused(norwegian(DeliveryMode.ROUTE, "2026-11-30 09:00"))


def test_each_depot_offers_its_own_modes() -> None:
    when = at("2026-11-30 09:00")
    assert "does not offer" in refused(order(DeliveryMode.ROUTE, when))
    assert "does not offer" in refused(norwegian(DeliveryMode.URGENT, "2026-11-30 09:00",
                                                 phone="1"))
    assert promise(order(DeliveryMode.ROUTE, when, offered=EVERY_MODE,
                         destination=replace(HOME, route_days=frozenset({2})))).date == \
        D(2026, 12, 2)


# --- protected identity, outside the assortment --------------------------------------------

def test_protected_identity_goes_to_the_prescribing_unit() -> None:
    when = at("2026-11-30 09:00")
    assert "protected" in refused(order(DeliveryMode.OUTSIDE, when, protected=True))
    assert "protected" in refused(order(DeliveryMode.PICKUP, when, protected=True,
                                        destination=PICKUP))
    assert "protected" in refused(order(DeliveryMode.URGENT, when, protected=True,
                                        destination=PICKUP))
    result = promise(order(DeliveryMode.STANDARD, when, protected=True))
    assert result.to_prescribing_unit and result.date == D(2026, 12, 7)


def test_outside_the_assortment_flags_a_late_delivery() -> None:
    when = at("2026-11-30 09:00")
    outside = frozenset({Supply.OUTSIDE})
    soon = promise(order(DeliveryMode.STANDARD, when, supplies=outside, lead_days=5))
    assert soon.date == D(2026, 12, 7) and not soon.contact_prescriber  # 7 days
    late = promise(order(DeliveryMode.STANDARD, when, supplies=outside, lead_days=10))
    assert late.date == D(2026, 12, 14) and late.contact_prescriber    # 14 days
    stocked = promise(order(DeliveryMode.STANDARD, at("2026-12-21 09:00")))
    assert not stocked.contact_prescriber  # nine calendar days over Christmas, stocked anyway


# --- no promise on a closed day or before the cut-off allows ----------------------------

MOMENTS = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2030, 12, 1),
                       timezones=st.sampled_from([ZoneInfo("UTC"), STOCKHOLM, OSLO,
                                                  ZoneInfo("America/New_York")]))


@settings(max_examples=300, deadline=None)
@given(moment=MOMENTS, country=st.sampled_from(["SE", "NO"]),
       mode=st.sampled_from([DeliveryMode.STANDARD, DeliveryMode.URGENT, DeliveryMode.EXPRESS,
                             DeliveryMode.ROUTE, DeliveryMode.COUNTER]),
       route=st.frozensets(st.integers(0, 4), min_size=1))
def test_promised_days_are_working_days_no_earlier_than_the_cut_off(
        moment: dt.datetime, country: str, mode: DeliveryMode, route: frozenset[int]) -> None:
    zone = STOCKHOLM if country == "SE" else OSLO
    o = nutrition_by_prescriber(mode, moment, country=country, offered=EVERY_MODE,
                                destination=replace(HOME, route_days=route))
    day = promise(o).date
    assert day is not None and is_working_day(day, country)
    local = moment.astimezone(zone)
    ordered = local.date()
    open_day = is_working_day(ordered, country)
    if mode is DeliveryMode.EXPRESS:
        same_day = open_day and local.time() < dt.time(12)
        assert (day == ordered) == same_day
        assert day >= ordered
    elif mode is DeliveryMode.URGENT:
        assert day > ordered
        assert (day == next_working_day(ordered, country)) == (open_day
                                                               and local.time() < dt.time(14))
    else:
        assert day > ordered
    if mode is DeliveryMode.ROUTE:
        assert day.weekday() in route
