"""A unit's delivery address across the region: set at one counter, every other counter
has it from the central log, and a protected identity's order placed there is labelled
with it (seed 002)."""

from __future__ import annotations

import datetime as dt

from app.domain.reference import UnitAddress
from app.services import order_papers, orders, queries, register
from tests.consumables_setup import define_articles, prescribe
from tests.sync.test_staff_sync import Counter, pair  # noqa: F401 - the fixture


def test_a_units_delivery_address_set_at_one_counter_labels_orders_at_another(
        pair: tuple[Counter, Counter]) -> None:  # noqa: F811
    one, two = pair
    unit = register.define_unit(one.station, "602155", name="SUS Malmö, Onkologimottagningen",
                                kind="hospital_outpatient",
                                address=UnitAddress("Carl-Bertil Laurells gata 9", "205 02",
                                                    "Malmö", "040-33 10 00"))
    define_articles(one.station)
    one.cycle()
    two.cycle()
    [there] = [u for u in queries.list_units(two.station) if u["customer_number"] == "602155"]
    assert unit.address is not None and there["delivery_address"] == unit.address.as_json()
    pid = prescribe(two.station, None, {"SPR10": 2}, unit="602155",
                    valid_from=dt.date(2026, 1, 1), prescription_id="KASSA2-K1")
    number = orders.place_order(two.station, pid, {"SPR10": 1}, "staff").number
    block = order_papers.order_paper(two.station, number).deliver_to()
    assert (block.name, block.street, block.postcode, block.town) == (
        "SUS Malmö, Onkologimottagningen", "Carl-Bertil Laurells gata 9", "205 02", "Malmö")
