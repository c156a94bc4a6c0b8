"""A stored order's paper: the picking list and the address label made from the order as
stored (the person's name, the unit, the prescriber, who pays), by the services and by
``pumpdesk print picking-list|order-label NUMBER``; a protected identity's paper carries the
unit and the prescriber, never the person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, order_papers, orders
from app.services.station import Station, open_station
from tests.conftest import T34_GTIN, enroll
from tests.consumables_setup import define_articles, prescribe
from tests.integration.conftest import Run, set_up
from tests.printing.reading import barcodes, text

PERSON = "19811228-9874"
AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def shop(depot: Station) -> Station:
    actions.register_pump(depot, "PD-1", "T34", "SN-1", udi=f"(01){T34_GTIN}(21)A1")
    actions.issue_pump(depot, "PD-1", patient=PERSON, patient_name="Anna Berg",
                       unit="602154", approval="BL-1")  # Anna Berg is in the register
    define_articles(depot)
    prescribe(depot, PERSON, {"SPR10": 4, "NAL27": 2, "SPECIAL": 1},
              valid_to=dt.date(2026, 12, 31))
    return depot


def test_the_paper_of_a_stored_order_names_the_person_its_lines_and_payer(
        shop: Station) -> None:
    number = orders.place_order(shop, PERSON, {"SPR10": 2, "NAL27": 1}, "relative",
                                at=AT).number
    paper = order_papers.order_paper(shop, number.lower())
    assert paper.number == number and not paper.protected
    assert paper.deliver_to().name == "Anna Berg"
    assert [(line.article, line.quantity, line.pack) for line in paper.lines] == [
        ("NAL27", 1, "box of 100"), ("SPR10", 2, "box of 100")]
    assert paper.prescriber == "Dr Lena Ek" and paper.unit_number == "602154"
    assert len(paper.payers) == 1 and paper.taken_by == "anna.k"  # enrolled by that name
    enroll(shop, "kb", ("counter",), "Karin Berg")
    other = orders.place_order(shop.acting_as("kb"), PERSON, {"SPR10": 1}, "staff", at=AT)
    assert order_papers.order_paper(shop, other.number).taken_by == "Karin Berg"
    label = order_papers.order_label(shop, number, "100x50")
    assert label.kind == "order_label" and barcodes(label.pdf, 203) == [number]
    assert "Anna Berg" in text(label.pdf)
    picking = order_papers.picking_list(shop, number)
    assert barcodes(picking.pdf, 300) == [number] and "SPR10" in text(picking.pdf)


def test_a_protected_identitys_paper_carries_the_unit_and_prescriber_only(
        shop: Station) -> None:
    pid = prescribe(shop, None, {"SPR10": 2}, prescription_id="DESK1-K900")
    number = orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT).number
    paper = order_papers.order_paper(shop, number)
    assert paper.protected and paper.recipient is None
    block = paper.deliver_to()
    assert block.care_of == "Dr Lena Ek" and block.name == paper.unit_name != ""
    # The unit's delivery address from the register (seed 002: the label carries it).
    assert (block.street, block.postcode, block.town, block.phone) == (
        "Entrégatan 7", "222 42", "Lund", "046-17 10 00")
    for roll in ("62x29", "100x50"):
        label = order_papers.order_label(shop, number, roll)
        words = text(label.pdf)
        assert paper.unit_name in words and "Dr Lena Ek" in words
        assert "Entrégatan 7" in words and "222 42 Lund" in words
        assert "protected" not in words.lower() and "Anna" not in words
        assert barcodes(label.pdf, 300) == [number]


def test_the_prescription_status_shows_what_is_left_this_period(shop: Station) -> None:
    orders.place_order(shop, PERSON, {"SPR10": 3}, "patient", at=AT)
    status = order_papers.prescription_status(shop, PERSON, AT.date())
    assert {a.article: (a.per_period, a.left) for a in status.articles} == {
        "SPR10": (4, 1), "NAL27": (2, 2), "SPECIAL": (1, 1)}
    assert status.period_start == dt.date(2026, 3, 1) and status.period_last == dt.date(
        2026, 3, 14)
    assert not status.protected and status.prescriber == "Dr Lena Ek"
    with pytest.raises(Refused) as caught:
        order_papers.prescription_status(shop, "19121212-1212", AT.date())
    assert caught.value.code is RefusalCode.UNKNOWN_PATIENT


def test_an_unknown_number_is_refused(shop: Station) -> None:
    with pytest.raises(Refused) as caught:
        order_papers.order_label(shop, "U01009999")
    assert caught.value.code is RefusalCode.UNKNOWN_ORDER


def test_print_picking_list_and_order_label_on_the_command_line(cli: Run,
                                                                tmp_path: Path) -> None:
    set_up(cli, ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"])
    station = open_station(tmp_path / "cli.db")
    try:
        station.sign_in("anna.k")
        define_articles(station)
        prescribe(station, PERSON, {"SPR10": 4}, valid_from=dt.date(2026, 1, 1))
    finally:
        station.close()
    code, out, err = cli("order", PERSON, "--article", "SPR10=2", "--ordered-by", "patient",
                         "--at", "2026-03-02 10:15")
    assert code == 0, err
    number = out.split()[0]  # the withdrawal number, then the day it is promised
    for document, extra in (("picking-list", []), ("order-label", ["--roll", "100x50"]),
                            ("order-label", [])):
        pdf = tmp_path / f"{document}.pdf"
        code, out, err = cli("print", document, number, *extra, "-o", str(pdf))
        assert code == 0, err
        assert barcodes(pdf.read_bytes(), 203) == [number]
    code, _out, err = cli("print", "order-label", "U01000077", "-o", str(tmp_path / "x.pdf"))
    assert code != 0 and "U01000077" in err and "Traceback" not in err


def test_a_protected_identitys_order_needs_the_units_delivery_address(
        cli: Run, tmp_path: Path) -> None:
    """Seed 002: "Leveransadress ska vara den förskrivande enhetens", and the parcel's
    label carries it. A unit without one in the register gets no such order until it has
    one, which ``pumpdesk unit`` sets; the label then prints it."""
    set_up(cli, ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"])
    station = open_station(tmp_path / "cli.db")
    try:
        station.sign_in("anna.k")
        define_articles(station)
        pid = prescribe(station, None, {"SPR10": 2}, valid_from=dt.date(2026, 1, 1),
                        prescription_id="CLI1-K7")
    finally:
        station.close()
    order = ("order", pid, "--article", "SPR10", "--ordered-by", "staff")
    code, _out, err = cli(*order)
    assert code != 0 and "delivery address" in err and "SUS Lund" in err
    assert "U01" not in cli("orders")[1]  # nothing was placed
    code, _out, err = cli("unit", "602154", "--name", "SUS Lund", "--kind",
                          "hospital_inpatient", "--address", "Entrégatan 7")
    assert code != 0 and "postcode" in err  # an address needs all three parts
    code, out, err = cli("unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient",
                         "--address", "Entrégatan 7", "--postcode", "222 42", "--town", "Lund",
                         "--phone", "046-17 10 00")
    assert code == 0 and "Entrégatan 7, 222 42 Lund" in out, err
    # Changing the unit again without an address keeps the one it has.
    assert cli("unit", "602154", "--name", "SUS Lund, Gastro", "--kind",
               "hospital_inpatient")[0] == 0
    code, out, err = cli(*order)
    assert code == 0, err
    number = out.split()[0]
    pdf = tmp_path / "label.pdf"
    assert cli("print", "order-label", number, "-o", str(pdf))[0] == 0
    words = text(pdf.read_bytes())
    for line in ("SUS Lund, Gastro", "c/o Dr Lena Ek", "Entrégatan 7", "222 42 Lund",
                 "046-17 10 00"):
        assert line in words
    assert barcodes(pdf.read_bytes(), 203) == [number]


def test_a_protected_identitys_order_may_go_care_of_the_person_at_the_unit(
        shop: Station) -> None:
    """Seed 002: "c/o namn anges namn till person som ansvarar för leveransen på enheten",
    and the label carries the unit, the prescriber's name and the unit's address. A c/o is
    the only part of an address such an order takes."""
    from app.services.delivery import DeliveryRequest

    pid = prescribe(shop, None, {"SPR10": 2}, prescription_id="DESK1-K901")
    with pytest.raises(Refused) as caught:
        orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT, destination=DeliveryRequest(
            street="Storgatan 12 B", postcode="222 22", town="Lund", care_of="Sara Holm"))
    assert caught.value.code is RefusalCode.DELIVERY_NOT_ALLOWED
    placed = orders.place_order(shop, pid, {"SPR10": 1}, "staff", at=AT,
                                destination=DeliveryRequest(care_of="Sara Holm"))
    trip = placed.order.shipping
    assert trip is not None and trip.care_of == "Sara Holm" != trip.care_of_prescriber
    block = order_papers.order_paper(shop, placed.number).deliver_to()
    assert (block.name, block.care_of, block.prescriber, block.street) == (
        "SUS Lund, Gastro avd 1", "Sara Holm", "Dr Lena Ek", "Entrégatan 7")
    for roll in ("62x29", "100x50"):
        words = text(order_papers.order_label(shop, placed.number, roll).pdf)
        for line in ("c/o Sara Holm", "Dr Lena Ek", "Entrégatan 7", "222 42 Lund"):
            assert line in words


def test_an_order_of_a_person_protected_since_goes_to_the_unit_never_home(
        shop: Station) -> None:
    """Seed 002: when a person in the register gets protected personal data, their data are
    locked. An order they placed before, not yet sent, would have gone to their home with
    their name on the label: it goes as a protected identity's does, to the prescribing
    unit's address c/o the prescriber, and nothing on it names them or their door."""
    from app.services import persons
    from app.services.delivery import DeliveryRequest

    placed = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT,
                                destination=DeliveryRequest(
                                    street="Storgatan 12 B", postcode="222 22", town="Lund",
                                    care_of="Lindqvist", name_on_door=False))
    assert order_papers.order_paper(shop, placed.number).deliver_to().name == "Anna Berg"
    persons.protect_person(shop, PERSON)
    view = orders.order(shop, placed.number)
    assert (view.protected, view.person_id, view.person) == (True, None, "protected identity")
    paper = order_papers.order_paper(shop, placed.number)
    block = paper.deliver_to()
    assert (block.name, block.care_of, block.street, block.town) == (
        "SUS Lund, Gastro avd 1", "Dr Lena Ek", "Entrégatan 7", "Lund")
    for roll in ("62x29", "100x50"):
        words = text(order_papers.order_label(shop, placed.number, roll).pdf)
        for trace in ("Anna", "Berg", "Lindqvist", "Storgatan", "222 22", "protected"):
            assert trace not in words
        assert "Entrégatan 7" in words
    assert "Anna" not in text(order_papers.picking_list(shop, placed.number).pdf)


def test_a_protected_order_without_the_units_address_prints_nothing(shop: Station) -> None:
    from app.services import persons

    placed = orders.place_order(shop, PERSON, {"SPR10": 1}, "patient", at=AT)
    with shop.db.reading() as connection:  # a unit as defined before units had an address
        connection.exec_driver_sql(
            "UPDATE care_units SET delivery_address = NULL WHERE customer_number = '602154'")
        connection.commit()
    persons.protect_person(shop, PERSON)
    with pytest.raises(Refused) as caught:
        order_papers.order_label(shop, placed.number)
    assert caught.value.code is RefusalCode.DELIVERY_NOT_ALLOWED
    assert "delivery address" in caught.value.message
