"""A stored order's paper (its picking list and address label) and what the counter sees of
a person's prescription while it takes an order (issue 23, the window's part).

``order_paper`` gathers an ``OrderPaper`` from the order as stored: the person's name as the
register has it, the prescribing unit, the prescriber's name from the prescription and who
pays for which lines. For a protected identity nothing of the person is read at all: the
paper carries the unit, the prescriber and the unit's address (``OrderPaper.deliver_to``
enforces that again when it is drawn).

The address block is the address the counter took with the order (issue 24: kept at the
counter that took it, never in an event); an order taken elsewhere, or before delivery
modes, carries the name alone. The delivery note says the promised day, the door code and
the pickup point.

``prescription_status`` is what the new-order form shows under the person: the prescription
valid today, each article with what is prescribed per period and what is left of it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.consumables import OrderedBy
from app.domain.depot import print_language
from app.domain.orders import _choose, left_in_period, period_of  # noqa: PLC2701
from app.persistence.consumables import ConsumableRegister
from app.persistence.orders import OrderStore
from app.persistence.payers import PayerRegister
from app.persistence.persons import PersonRegister
from app.persistence.repository import Repository
from app.persistence.staff import StaffRegister
from app.services import documents, orders, printouts
from app.services.delivery import no_unit_address
from app.services.orders import OrderView
from app.services.printouts import Printout
from app.services.station import Station

if TYPE_CHECKING:  # reportlab is loaded at the first print, not with the services
    from app.printing.order_paper import OrderPaper


# -- the paper ---------------------------------------------------------------------------


def _depot_and_language(connection) -> tuple:  # noqa: ANN001
    """The depot's printed details and its print language, in one read of its settings."""
    from app.printing.model import Depot

    wanted = (*documents.DEPOT_KEYS, "country", "print_language")
    kept = dict(connection.exec_driver_sql(
        "SELECT key, value FROM meta WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps(wanted),)).fetchall())
    name, address, hours, phone, email = (kept.get(key) or "" for key in documents.DEPOT_KEYS)
    return (Depot(name or "PumpDesk", address, hours, phone, email),
            print_language(kept.get("country") or "SE", kept.get("print_language")))


def _paper(station: Station, view: OrderView) -> tuple[OrderPaper, str]:
    """The order's paper and the language it is printed in."""
    from app.printing.order_paper import OrderPaper, OrderPaperLine, PayerNote, Recipient

    with station.db.reading() as connection:
        depot, language = _depot_and_language(connection)
        register = ConsumableRegister(connection)
        prescription = register.prescription(view.prescription_id)
        prescriber = prescription.prescriber_name if prescription else ""
        unit = Repository(connection).unit(view.unit)
        unit_name = view.unit_name or (unit.name if unit else view.unit)
        if view.protected and (unit is None or unit.address is None):
            # Nothing a carrier could deliver to (a person protected since they ordered).
            raise no_unit_address(unit_name, view.unit)
        # The unit's delivery address: where a protected identity's parcel goes (seed 002).
        unit_address = Recipient("", unit.address.street, unit.address.postcode,
                                 unit.address.town, phone=unit.address.phone) \
            if unit is not None and unit.address is not None else None
        recipient = None
        if not view.protected and view.person_id:
            person = PersonRegister(connection).by_id(view.person_id)
            name = (person.name or person.identity.display()) if person else view.person
            where = view.shipping.address if view.shipping else None
            recipient = Recipient(name, where.street, where.postcode, where.town,
                                  where.care_of, where.phone) if where else Recipient(name)
        articles = {a.number: a for a in register.articles()}
        clerk = StaffRegister(connection).member(view.actor)
        payers = PayerRegister(connection)
        billed: dict[str, list] = {}
        for line in view.lines:
            billed.setdefault(line.payer, []).append(line)
        notes = []
        for payer, lines in billed.items():
            found = payers.by_id(payer) if payer else None
            notes.append(PayerNote(
                found.name if found else (lines[0].payer_name or unit_name),
                view.unit if not payer else "",
                () if len(billed) == 1 else tuple(line.article for line in lines),
                extra_cost=any(line.extra_cost for line in lines)))
    paper_lines = tuple(OrderPaperLine(
        line.article, articles[line.article].name(language) if line.article in articles
        else line.name, line.quantity,
        articles[line.article].pack if line.article in articles else "",
        outside=line.extra_cost) for line in view.lines)
    return OrderPaper(
        depot=depot, number=view.number, ordered_at=view.ordered_at,
        ordered_by=OrderedBy(view.ordered_by), recipient=recipient, lines=paper_lines,
        delivery=view.delivery, protected=view.protected, unit_name=unit_name,
        **_delivery_fields(view),
        unit_number=view.unit, unit_address=unit_address, prescriber=prescriber,
        unit_care_of=_unit_care_of(view),
        payers=tuple(notes), taken_by=clerk.name if clerk else view.actor), language


def _unit_care_of(view: OrderView) -> str:
    """The person at the unit a protected identity's order goes c/o, where this counter took
    the order (the c/o is kept with the order's address, here only); else the prescriber's."""
    trip = view.shipping
    # Only an order taken for the unit (``to_unit``) names someone there: the c/o of one
    # taken for a person since protected was the name on their door.
    where = trip.address if view.protected and trip is not None and trip.to_unit else None
    return where.care_of if where is not None else ""


def _delivery_fields(view: OrderView) -> dict[str, object]:
    """What the paper says of the delivery beside its mode (issue 24)."""
    trip = view.shipping
    if trip is None:
        return {}
    return {"promised": trip.promised, "in_region": trip.in_region,
            "door_code": trip.address.door_code if trip.address else "",
            "pickup_point": trip.pickup_point, "last_pickup": trip.last_pickup}


def paper_for(station: Station, view: OrderView) -> OrderPaper:
    """The paper of an order already read (``orders.order`` or ``place_order``'s result)."""
    return _paper(station, view)[0]


def order_paper(station: Station, number: str) -> OrderPaper:
    """The paper of the order with withdrawal number ``number`` (as typed or scanned)."""
    return paper_for(station, orders.order(station, number))


def picking_list(station: Station, number: str, language: str | None = None) -> Printout:
    """An order's picking list (A4), by its withdrawal number."""
    paper, depot_language = _paper(station, orders.order(station, number))
    return printouts.picking_list(station, paper, language or depot_language)


def order_label(station: Station, number: str, roll: str = "62x29",
                language: str | None = None) -> Printout:
    """An order's address label on the roll ``62x29`` or ``100x50``."""
    paper, depot_language = _paper(station, orders.order(station, number))
    return printouts.order_label(station, paper, roll, language or depot_language)


def label_of(station: Station, view: OrderView, roll: str = "62x29") -> Printout:
    """The label of an order just placed, from the view ``place_order`` gave back."""
    paper, language = _paper(station, view)
    return printouts.order_label(station, paper, roll, language)


# -- the prescription while an order is taken -----------------------------------------------


@dataclass(frozen=True)
class PrescribedArticle:
    article: str
    name: str
    pack: str
    #: How many are prescribed per period, and how many of those are left in this one.
    per_period: int
    left: int


@dataclass(frozen=True)
class PrescriptionStatus:
    prescription_id: str
    protected: bool
    unit: str
    unit_name: str
    prescriber: str
    valid_from: dt.date
    valid_to: dt.date | None
    per_days: int
    #: This period: its first and last day.
    period_start: dt.date
    period_last: dt.date
    articles: tuple[PrescribedArticle, ...]
    #: A protected identity's prescription allows one order: True once it has been made.
    used: bool = False
    #: The person as a screen may show them ("" for a protected identity).
    person: str = ""


def prescription_status(station: Station, person: str,
                        day: dt.date | None = None) -> PrescriptionStatus:
    """The prescription of consumables the person (as typed, or a protected identity's
    prescription number) may order from on ``day`` (today), and what is left this period.
    Refuses as ``place_order`` would: unknown person, no prescription, none valid."""
    on = day or station.ctx.today()
    with station.db.reading() as connection:
        repo = Repository(connection)
        found, person_found = orders._prescriptions(  # noqa: SLF001 - the same rules as placing
            connection, person, repo.country())
        chosen = _choose(found, (), on)
        earlier = OrderStore(connection).of_prescriptions([p.id for p in found])
        left = left_in_period(chosen, earlier, on)
        language = repo.print_language()
        register = ConsumableRegister(connection)
        unit = repo.unit(chosen.unit)
        start, end = period_of(chosen, on)
        articles = []
        for line in chosen.lines:
            article = register.article(line.article)
            articles.append(PrescribedArticle(
                line.article, article.name(language) if article else line.article,
                article.pack if article else "", line.quantity, left.get(line.article, 0)))
        used = chosen.protected and any(o.prescription_id == chosen.id
                                        and o.state.value != "cancelled" for o in earlier)
        return PrescriptionStatus(
            chosen.id, chosen.protected, chosen.unit, unit.name if unit else "",
            chosen.prescriber_name, chosen.valid_from, chosen.valid_to, chosen.per_days,
            start, end - dt.timedelta(days=1), tuple(articles), used,
            person_found.display() if person_found and not chosen.protected else "")
