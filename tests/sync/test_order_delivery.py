"""An order's delivery reaches every counter (issue 24): the mode, the promised day and the
flags travel in the ``order_placed`` event, the address stays at the counter that took it
(no personal data in the region's log), and a unit's route days go with the unit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import psycopg

from app.services import delivery, orders
from app.services.delivery import DeliveryRequest
from tests.sync.test_order_numbers import AT, PEOPLE, shop_pair  # noqa: F401 - fixture
from tests.sync.test_sync import counters  # noqa: F401 - fixture
from tests.sync.workload import assert_converged


def test_a_promised_day_survives_a_sync_without_the_address(shop_pair, tmp_path: Path  # noqa: ANN001, F811
                                                          ) -> None:
    one, two = shop_pair
    made = orders.place_order(one.station, PEOPLE[0], {"SPR10": 1}, "patient", at=AT,
                              delivery="pickup", destination=DeliveryRequest(
                                  pickup_point="ICA Nära Linero", notify="sms",
                                  notify_to="0709876543", phone="0709876543")).order
    away = orders.place_order(one.station, PEOPLE[1], {"SPR10": 1}, "patient", at=AT,
                              delivery="outside", destination=DeliveryRequest(
                                  street="Kvarngatan 9", town="Kiruna",
                                  outside_region=True)).order
    assert delivery.set_route_days(one.station, "605010", ["mon", "wed"]) == frozenset({0, 2})
    one.cycle()
    two.cycle()
    seen = orders.order(two.station, made.number)
    assert (seen.shipping.mode, seen.promised, seen.shipping.last_pickup,
            seen.shipping.notify, seen.shipping.pickup_point) == (
        "pickup", dt.date(2026, 3, 9), dt.date(2026, 3, 23), "sms", "ICA Nära Linero")
    far = orders.order(two.station, away.number)
    assert (far.shipping.mode, far.promised, far.shipping.in_region) == ("outside", None,
                                                                         False)
    # The address and phone stay where they were taken: not in the region's log.
    assert seen.shipping.address is None and far.shipping.address is None
    assert orders.order(one.station, away.number).shipping.address.street == "Kvarngatan 9"
    with psycopg.connect(one.central.url) as connection:
        log = json.dumps([row[0] for row in connection.execute(
            "SELECT payload FROM log WHERE type = 'order_placed'").fetchall()])
    assert "Kvarngatan" not in log and "0709876543" not in log
    with two.station.db.reading() as connection:
        from app.persistence.repository import Repository

        assert Repository(connection).unit("605010").route_days == frozenset({0, 2})
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_protection_from_another_counter_erases_the_order_address(shop_pair  # noqa: ANN001, F811
                                                                    ) -> None:
    from app.services import persons

    one, two = shop_pair
    number = orders.place_order(one.station, PEOPLE[2], {"SPR10": 1}, "patient", at=AT,
                                delivery="outside", destination=DeliveryRequest(
                                    street="Kvarngatan 9", town="Lund")).number
    one.cycle()
    two.cycle()
    persons.protect_person(two.station, PEOPLE[2])
    two.cycle()
    one.cycle()
    kept = orders.order(one.station, number)
    assert kept.shipping.address is None and kept.promised == dt.date(2026, 3, 9)
