"""Delivery modes through the order service (issue 24): each order carries its delivery and
promised day, what the rules refuse stores nothing and uses no withdrawal number, a
protected identity's order goes to the unit, joint orders are all or nothing, a Norwegian
depot delivers on its units' route days, and the depot's clock decides the cut-offs."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from app.domain.delivery import DeliveryMode
from app.domain.events import EventType
from app.domain.prescribers import Prescriber, PrescriberRole, prescriber_payload
from app.domain.refusals import RefusalCode, Refused
from app.persistence.orders import OrderStore
from app.services import delivery, orders, register
from app.services.delivery import DeliveryRequest
from app.services.joint_orders import place_joint_order
from app.services.station import Station
from tests.consumables_setup import define_articles, prescribe

PERSON = "19811228-9874"
OTHER = "19121212-1212"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
OSLO = ZoneInfo("Europe/Oslo")
#: A Monday morning in Stockholm.
AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=STOCKHOLM)
HOUSING = "605020"
HOME = DeliveryRequest(street="Storgatan 1", postcode="22100", town="Lund",
                       phone="0701234567")


def define_prescriber(station: Station, pid: str, role: PrescriberRole, units: set[str],
                      joint: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    payload = prescriber_payload(Prescriber(pid, f"Name {pid}", role, frozenset(),
                                            frozenset(units), frozenset(joint)))
    with station.unit_of_work() as uow:
        uow.record(station.ctx.event(EventType.PRESCRIBER_DEFINED, None, **payload))
        uow.commit()


@pytest.fixture
def shop(depot: Station) -> Station:
    define_articles(depot)
    prescribe(depot, PERSON, {"SPR10": 4, "NAL27": 2, "PEG": 3, "SPECIAL": 1},
              valid_to=dt.date(2026, 12, 31))
    define_prescriber(depot, "PR-1", PrescriberRole.LAKARE, {"602154"})
    return depot


def refused(call, *args, **kwargs) -> Refused:  # noqa: ANN001
    with pytest.raises(Refused) as caught:
        call(*args, **kwargs)
    return caught.value


def test_each_order_carries_its_mode_and_promised_day_in_its_event(shop: Station) -> None:
    done = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                              delivery="outside", destination=DeliveryRequest(
                                  street="Storgatan 1", postcode="22100", town="Lund",
                                  apartment=True, door_code="K7Q9"))
    trip = done.order.shipping
    assert (trip.mode, trip.promised, trip.apartment_building) == (
        "outside", dt.date(2026, 3, 9), True)
    assert trip.address.door_code == "K7Q9" and done.order.promised == dt.date(2026, 3, 9)
    with shop.db.reading() as connection:
        payload = json.loads(connection.exec_driver_sql(
            "SELECT payload FROM events WHERE type = 'order_placed'").scalar())
    assert payload["delivery"] == "outside" and payload["promise"]["date"] == "2026-03-09"
    # The address, door code and phone are personal data: no event carries them.
    text = json.dumps(payload)
    assert "Storgatan" not in text and "K7Q9" not in text and "22100" not in text
    assert done.order.as_json()["promise"]["promised"] == "2026-03-09"


def test_a_refused_delivery_stores_nothing_and_uses_no_number(shop: Station) -> None:
    # Leave outside without an address; express of non-nutrition; urgent without a phone.
    for mode, where in (("outside", DeliveryRequest()),
                        ("express", HOME),
                        ("urgent", DeliveryRequest(street="Storgatan 1", town="Lund")),
                        ("route", HOME)):  # a Swedish depot offers no route days
        caught = refused(orders.place_order, shop, PERSON, {"SPR10": 1}, "prescriber",
                         at=AT, delivery=mode, destination=where)
        assert caught.code is RefusalCode.DELIVERY_NOT_ALLOWED, mode
    assert refused(orders.place_order, shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                   delivery="by-drone").code is RefusalCode.INVALID_INPUT
    assert orders.find_orders(shop) == []
    with shop.db.reading() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM order_addresses").scalar() == 0
    assert orders.place_order(shop, PERSON, {"SPR10": 1}, "patient",
                              at=AT).number == "U01000001"


def test_outside_the_assortment_is_never_urgent_and_flags_contacting_the_prescriber(
        shop: Station) -> None:
    caught = refused(orders.place_order, shop, PERSON, {"SPECIAL": 1}, "patient", at=AT,
                     delivery="urgent", destination=HOME, justification="Allergy")
    assert "outside the assortment" in caught.message
    view = orders.place_order(shop, PERSON, {"SPECIAL": 1}, "patient", at=AT,
                              justification="Allergy").order
    # Ten working days of the supplier from Monday 2 March: Monday 16 March, over 10 days.
    assert (view.promised, view.shipping.contact_prescriber) == (dt.date(2026, 3, 16), True)
    delivery.set_delivery_settings(shop, outside_lead_days=3)
    view = orders.place_order(shop, PERSON, {"SPECIAL": 1}, "patient",
                              at=AT + dt.timedelta(days=14), justification="Allergy").order
    assert view.shipping.contact_prescriber is False


def test_urgent_cut_off_is_on_the_depots_clock(shop: Station) -> None:
    # 12:59 UTC is 13:59 in Stockholm in March: before the cut-off, Tuesday.
    early = dt.datetime(2026, 3, 3, 12, 59, tzinfo=dt.UTC)
    view = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=early,
                              delivery="urgent", destination=HOME).order
    assert view.promised == dt.date(2026, 3, 4)
    assert view.shipping.extra_costs == ("Urgent delivery",)
    late = dt.datetime(2026, 3, 3, 13, 1, tzinfo=dt.UTC)  # 14:01 in Stockholm
    assert orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=late,
                              delivery="urgent", destination=HOME
                              ).order.promised == dt.date(2026, 3, 5)


def test_express_only_by_the_prescriptions_own_prescriber(shop: Station) -> None:
    define_prescriber(shop, "PR-2", PrescriberRole.LAKARE, {"602154"})
    by_other = refused(orders.place_order, shop, PERSON, {"PEG": 1}, "prescriber",
                       at=AT, delivery="express",
                       destination=DeliveryRequest(phone="0701234567", orderer="PR-2"))
    assert "prescriber" in by_other.message
    view = orders.place_order(shop, PERSON, {"PEG": 1}, "prescriber", at=AT,
                              delivery="express", destination=DeliveryRequest(
                                  phone="0701234567", orderer="PR-1")).order
    assert (view.promised, view.shipping.extra_costs) == (AT.date(), ("Express delivery",))


def test_pickup_point_and_outside_the_region(shop: Station) -> None:
    view = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                              delivery="pickup", destination=DeliveryRequest(
                                  pickup_point="ICA Nära Linero", notify="email",
                                  notify_to="anna@example.se")).order
    assert (view.promised, view.shipping.last_pickup, view.shipping.notify) == (
        dt.date(2026, 3, 9), dt.date(2026, 3, 23), "email")
    away = orders.place_order(shop, PERSON, {"PEG": 1}, "patient", at=AT,
                              destination=DeliveryRequest(
                                  street="Fjällvägen 2", town="Kiruna",
                                  outside_region=True)).order
    assert away.promised is None and away.shipping.in_region is False
    assert away.shipping.extra_costs == ("Nutrition products delivered outside the region",)


def test_a_protected_identity_is_delivered_to_the_unit_care_of_the_prescriber(
        shop: Station) -> None:
    pid = prescribe(shop, None, {"SPR10": 2}, valid_from=dt.date(2026, 1, 1),
                    prescription_id="DESK1-K9")
    for mode, where in (("pickup", DeliveryRequest(pickup_point="ICA", notify="sms",
                                                   notify_to="070")),
                        ("standard", DeliveryRequest(street="Hemgatan 3", town="Lund"))):
        caught = refused(orders.place_order, shop, pid, {"SPR10": 1}, "staff", at=AT,
                         delivery=mode, destination=where)
        assert caught.code is RefusalCode.DELIVERY_NOT_ALLOWED and "unit" in caught.message
    view = orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT).order
    assert (view.shipping.to_unit, view.shipping.care_of_prescriber, view.unit) == (
        True, "Dr Lena Ek", "602154")
    assert view.promised == dt.date(2026, 3, 9) and view.shipping.address is None


def _housing(shop: Station, *, right: bool = True) -> None:
    register.define_unit(shop, HOUSING, name="Lunds kommun, Särskilt boende Måsen",
                         kind="special_housing")
    define_prescriber(shop, "BE-1", PrescriberRole.BESTALLARE, {HOUSING},
                      {HOUSING} if right else set())
    for person in (PERSON, OTHER):
        prescribe(shop, person, {"SPR10": 4, "PEG": 2}, unit=HOUSING,
                  valid_from=AT.date())  # newer than PERSON's own: chosen first


def test_a_joint_order_gives_each_patient_a_number_and_one_delivery(shop: Station) -> None:
    _housing(shop)
    done = place_joint_order(shop, HOUSING, [(PERSON, {"SPR10": 2}), (OTHER, {"SPR10": 1})],
                             orderer="BE-1", at=AT)
    assert [view.number for view in done.orders] == ["U01000001", "U01000002"]
    assert {view.shipping.joint for view in done.orders} == {done.joint}
    assert {(view.shipping.mode, view.promised, view.unit) for view in done.orders} == {
        ("joint", dt.date(2026, 3, 9), HOUSING)}


@pytest.mark.parametrize(("lines", "words"), [
    ([(PERSON, {"SPR10": 1}), (OTHER, {"PEG": 1})], "Nutrition"),
    ([(PERSON, {"SPR10": 1}), (OTHER, {"SPR10": 9})], "more than is left"),
])
def test_a_joint_order_is_all_or_nothing(shop: Station, lines, words: str) -> None:  # noqa: ANN001
    _housing(shop)
    caught = refused(place_joint_order, shop, HOUSING, lines, orderer="BE-1", at=AT)
    assert words in caught.message
    assert orders.find_orders(shop) == []
    with shop.db.reading() as connection:
        assert OrderStore(connection).last_serial() == 0


def test_a_joint_order_needs_the_right_one_unit_and_special_housing(shop: Station) -> None:
    _housing(shop, right=False)
    assert "Sambeställning" in refused(place_joint_order, shop, HOUSING,
                                       [(PERSON, {"SPR10": 1})], orderer="BE-1",
                                       at=AT).message
    define_prescriber(shop, "BE-2", PrescriberRole.BESTALLARE, {HOUSING, "605010"},
                      {HOUSING, "605010"})
    # A joint order to another unit of the housing unit's patients crosses customer numbers.
    register.define_unit(shop, "605010", name="Lunds kommun, Hemsjukvård",
                         kind="special_housing")
    caught = refused(place_joint_order, shop, "605010", [(OTHER, {"SPR10": 1})],
                     orderer="BE-2", at=AT)
    assert "one customer number" in caught.message
    # An ordinary unit's patients are never delivered jointly.
    assert "special-housing" in refused(orders.place_order, shop, PERSON, {"NAL27": 1},
                                        "staff", at=AT, delivery="joint",
                                        destination=DeliveryRequest(orderer="BE-2")).message
    assert orders.find_orders(shop) == []


def test_a_norwegian_depot_delivers_on_its_units_route_days(shop: Station) -> None:
    with shop.unit_of_work() as uow:
        uow.repo.set_meta("country", "NO")
        uow.commit()
    register.define_unit(shop, "720010", name="Bergen kommune, Årstad", kind="municipality")
    prescribe(shop, "15108695088", {"FILM": 4}, unit="720010",
              valid_from=dt.date(2026, 1, 1))
    prescribe(shop, "01017010170", {"FILM": 4}, unit="602154",
              valid_from=dt.date(2026, 1, 1))
    oslo = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)  # a Monday
    no_days = refused(orders.place_order, shop, "15108695088", {"FILM": 1}, "patient",
                      at=oslo, delivery="route")
    assert "no delivery days" in no_days.message
    assert delivery.set_route_days(shop, "720010", ["tue,thu"]) == frozenset({1, 3})
    # The unit's days survive redefining it without them.
    register.define_unit(shop, "720010", name="Bergen kommune, Årstad bydel",
                         kind="municipality")
    view = orders.place_order(shop, "15108695088", {"FILM": 1}, "patient",
                              at=dt.datetime(2026, 3, 3, 10, 0, tzinfo=OSLO),
                              delivery="route").order
    assert view.promised == dt.date(2026, 3, 5)  # ordered Tuesday: Thursday
    # Maundy Thursday and Good Friday, Easter Monday: Tuesday 31 March → Tuesday 7 April.
    assert orders.place_order(shop, "15108695088", {"FILM": 1}, "patient",
                              at=dt.datetime(2026, 3, 31, 10, 0, tzinfo=OSLO),
                              delivery="route").order.promised == dt.date(2026, 4, 7)
    # The hospital: the daily run. Standard delivery is not a Norwegian depot's.
    assert orders.place_order(shop, "01017010170", {"FILM": 1}, "patient", at=oslo,
                              delivery="route").order.promised == dt.date(2026, 3, 3)
    assert refused(orders.place_order, shop, "01017010170", {"FILM": 1}, "patient",
                   at=oslo, delivery="standard").code is RefusalCode.DELIVERY_NOT_ALLOWED
    # No mode named: the counter, the next working day.
    assert orders.place_order(shop, "01017010170", {"FILM": 1}, "patient",
                              at=oslo).order.shipping.mode == "counter"


def test_the_depots_offered_modes_are_its_setting(shop: Station) -> None:
    delivery.set_delivery_settings(shop, ["standard,pickup"])
    assert refused(orders.place_order, shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                   delivery="urgent", destination=HOME).params["mode"] == "urgent delivery"
    modes, _lead = delivery.set_delivery_settings(shop, [])
    assert "urgent" in modes


def test_an_order_of_an_earlier_version_without_delivery_still_shows_and_replays(
        tmp_path, shop: Station) -> None:  # noqa: ANN001
    from app.persistence.database import Database
    from app.persistence.replay import projection, replay

    with shop.unit_of_work() as uow:  # an order_placed event as issue 23 wrote it
        uow.record(shop.ctx.event(
            EventType.ORDER_PLACED, None, order="old-order", number="U01000007",
            prescription="OLD-K1", person=None, unit="602154",
            ordered_by="patient", day="2026-02-02", state="registered", justification="",
            delivery="pickup_point", lines=[{"article": "SPR10", "quantity": 1,
                                             "area": "subcutaneous_infusion",
                                             "extra_cost": False, "payer": None}]))
        uow.commit()
    orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT, delivery="pickup",
                       destination=DeliveryRequest(pickup_point="ICA", notify="sms",
                                                   notify_to="0701234567"))
    old = orders.order(shop, "U01000007")
    assert (old.delivery, old.shipping, old.as_json()["promise"]) == ("pickup_point", None,
                                                                      None)
    copy = Database(tmp_path / "replayed.db")
    replay(shop.db, copy)
    mine, theirs = projection(shop.db), projection(copy)
    assert len(mine["order_deliveries"]) == 1 and mine == theirs


def test_the_norwegian_demo_delivers_on_seed_001s_route_days(tmp_path) -> None:  # noqa: ANN001
    from app.services.demo import fill_demo
    from tests.conftest import FakeClock, make_station

    station = make_station(tmp_path / "demo.db", FakeClock(), readable_ids=False)
    try:
        fill_demo(station, pumps=5, country="NO")
        with station.db.reading() as connection:
            from app.persistence.repository import Repository

            repo = Repository(connection)
            assert repo.unit("720010").route_days == frozenset({1, 3})
            assert repo.unit("710101").route_days == frozenset()  # the hospital's daily run
            assert delivery.offered(repo) == frozenset({DeliveryMode.ROUTE,
                                                        DeliveryMode.COUNTER})
    finally:
        station.close()


def test_a_person_becoming_protected_takes_their_order_addresses_with_them(
        shop: Station) -> None:
    from app.services import persons

    number = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                                delivery="outside", destination=DeliveryRequest(
                                    street="Storgatan 1", town="Lund")).number
    assert orders.order(shop, number).shipping.address.street == "Storgatan 1"
    persons.protect_person(shop, PERSON)
    kept = orders.order(shop, number)
    assert kept.shipping.address is None and kept.promised == dt.date(2026, 3, 9)
    with shop.db.reading() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM order_addresses").scalar() == 0
