"""An order's paper says how it travels (issue 24): the address taken with the order, the
mode in the print language, the promised day, the door code and the pickup point's last
day; a protected identity's still names the unit c/o the prescriber and nothing else."""

from __future__ import annotations

import datetime as dt

from app.services import order_papers, orders
from app.services.delivery import DeliveryRequest
from app.services.station import Station
from tests.consumables_setup import define_articles, prescribe
from tests.printing.reading import barcodes, text

PERSON = "19811228-9874"
AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def test_the_picking_list_and_label_carry_the_delivery(depot: Station) -> None:
    define_articles(depot)
    prescribe(depot, PERSON, {"SPR10": 4}, valid_to=dt.date(2026, 12, 31))
    number = orders.place_order(depot, PERSON, {"SPR10": 1}, "patient", at=AT,
                                delivery="outside", destination=DeliveryRequest(
                                    street="Storgatan 1", postcode="22100", town="Lund",
                                    apartment=True, door_code="4711")).number
    picking = " ".join(text(order_papers.picking_list(depot, number, "sv").pdf).split())
    assert "Storgatan 1" in picking and "22100 Lund" in picking
    assert "Får ställas utanför dörren" in picking and "Utlovad 2026-03-09" in picking
    assert "Portkod 4711" in picking
    label = order_papers.order_label(depot, number, "100x50", "nb").pdf
    shown = " ".join(text(label).split())
    assert "Kan settes utenfor døren" in shown and "Lovet 2026-03-09" in shown
    assert barcodes(label, 203) == [number]


def test_a_protected_identitys_paper_names_the_unit_and_its_day(depot: Station) -> None:
    define_articles(depot)
    pid = prescribe(depot, None, {"SPR10": 1}, valid_from=dt.date(2026, 1, 1),
                    prescription_id="DESK1-K5")
    number = orders.place_order(depot, pid, {"SPR10": 1}, "staff", at=AT).number
    picking = " ".join(text(order_papers.picking_list(depot, number, "en").pdf).split())
    assert "c/o Dr Lena Ek" in picking and "Promised 2026-03-09" in picking
