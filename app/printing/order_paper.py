"""What an order's paper says: the picking list and the address label of one consumables
order ("uttag", issue 23), gathered by the services before anything is drawn.

For a protected identity (seed 002) the prescribing unit is the recipient: the label
shows the unit, "c/o" the prescriber's name and the unit's address, never the patient.
The renderers read the recipient only through :meth:`OrderPaper.deliver_to`, which for a
protected identity never looks at ``recipient`` at all: a paper that still carried the
person by mistake prints none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.consumables import OrderedBy, parse_withdrawal_number
from app.printing.model import Depot
from app.translation import printed


@dataclass(frozen=True)
class Recipient:
    """An address block as a carrier reads it: who, c/o whom, where, and a phone."""

    name: str
    street: str = ""
    postcode: str = ""
    town: str = ""
    #: "c/o" a person whose name is on the door (seed 002), or, for a protected identity,
    #: the person who answers for the delivery at the unit (by default the prescriber).
    care_of: str = ""
    phone: str = ""
    #: For a protected identity whose delivery is c/o someone else at the unit: the
    #: prescriber, whose name the label carries as well (seed 002).
    prescriber: str = ""

    @property
    def post_town(self) -> str:
        return " ".join(part for part in (self.postcode, self.town) if part)


@dataclass(frozen=True)
class OrderPaperLine:
    """One article to pick."""

    article: str  # the article number
    name: str  # in the print language
    quantity: int
    pack: str  # what one unit is, e.g. "14-day pack", in the print language
    #: Outside the assortment: not stocked, never returnable, an extra cost for the payer.
    outside: bool = False


@dataclass(frozen=True)
class PayerNote:
    """Who pays for (some of) the order's lines: the unit's payer for the articles'
    product area."""

    name: str
    customer_number: str = ""
    #: The article numbers this payer pays for; empty when it pays for the whole order.
    articles: tuple[str, ...] = ()
    #: Lines outside the assortment are an extra cost for this payer.
    extra_cost: bool = False


@dataclass(frozen=True)
class OrderPaper:
    """One order as its picking list and address label print it."""

    depot: Depot
    #: The withdrawal number, ``U`` and eight digits.
    number: str
    ordered_at: dt.datetime
    ordered_by: OrderedBy
    #: The person's delivery address; None for a protected identity.
    recipient: Recipient | None
    lines: tuple[OrderPaperLine, ...]
    #: The delivery mode, as text in the print language ("standard" is translated here).
    delivery: str = "standard"
    #: Directions for the carrier: a door code, "leave outside the door", a pickup point.
    delivery_note: str = ""
    protected: bool = False
    #: The prescribing unit, its customer number and its delivery address, and the
    #: prescriber: for a protected identity the label's recipient.
    unit_name: str = ""
    unit_number: str = ""
    unit_address: Recipient | None = None
    prescriber: str = ""
    #: For a protected identity: the person at the unit who answers for the delivery, as
    #: the order named them ("c/o namn … person som ansvarar för leveransen på enheten");
    #: empty: the prescriber.
    unit_care_of: str = ""
    payers: tuple[PayerNote, ...] = ()
    #: Who at the counter took the order (on the phone or at the desk).
    taken_by: str = ""
    #: The day the order is promised (issue 24); None with ``in_region`` False: no day is
    #: promised outside the region; None otherwise: not known (an order of an earlier
    #: version).
    promised: dt.date | None = None
    in_region: bool = True
    door_code: str = ""
    pickup_point: str = ""
    #: The last day the pickup point keeps the parcel.
    last_pickup: dt.date | None = None

    def __post_init__(self) -> None:
        if (parse_withdrawal_number(self.number) is None
                or self.number != self.number.strip().upper()):
            raise ValueError(f"{self.number!r} is not a withdrawal number (U and 8 digits)")

    def deliver_to(self) -> Recipient:
        """The address block the label prints. For a protected identity: the unit, c/o
        the prescriber, the unit's address and phone — made from the unit's fields alone."""
        if self.protected:
            unit = self.unit_address or Recipient("")
            care_of = self.unit_care_of or self.prescriber
            return Recipient(self.unit_name, unit.street, unit.postcode, unit.town,
                             care_of=care_of, phone=unit.phone,
                             prescriber=self.prescriber if care_of != self.prescriber else "")
        if self.recipient is None:
            raise ValueError(f"order {self.number} has no recipient")
        return self.recipient

    @property
    def extra_cost(self) -> bool:
        return any(line.outside for line in self.lines)


def address_lines(recipient: Recipient) -> list[str]:
    """The block's lines, top to bottom, without empty ones (the phone apart)."""
    care_of = printed("c/o {name}").format(name=recipient.care_of) if recipient.care_of else ""
    prescriber = printed("Prescriber {name}").format(name=recipient.prescriber) \
        if recipient.prescriber else ""
    return [line for line in (recipient.name, care_of, prescriber, recipient.street,
                              recipient.post_town) if line]


def phone_line(recipient: Recipient) -> str:
    return printed("Phone {phone}").format(phone=recipient.phone) if recipient.phone else ""


def ordered_by_text(who: OrderedBy | str) -> str:
    texts = {OrderedBy.PATIENT: printed("The patient"),
             OrderedBy.RELATIVE: printed("A relative"),
             OrderedBy.STAFF: printed("Care staff"),
             OrderedBy.PRESCRIBER: printed("The prescriber")}
    return texts.get(who, str(who))


def delivery_text(paper: OrderPaper) -> str:
    """The delivery mode (``app.domain.delivery.DeliveryMode``) in the print language."""
    words = {"": printed("Standard delivery"), "standard": printed("Standard delivery"),
             "outside": printed("Leave outside the door"),
             "pickup": printed("To the pickup point"), "urgent": printed("Urgent delivery"),
             "express": printed("Express delivery"), "joint": printed("Joint delivery"),
             "route": printed("Route delivery"), "counter": printed("Collect at the counter")}
    return words.get(paper.delivery, paper.delivery)


def delivery_note_text(paper: OrderPaper) -> str:
    """The carrier's directions beside the mode: the promised day, the door code, the pickup
    point and its last day, then ``delivery_note``; in the print language."""
    parts = []
    if paper.promised is not None:
        parts.append(printed("Promised {date}").format(date=paper.promised.isoformat()))
    elif not paper.in_region:
        parts.append(printed("No day promised (outside the region)"))
    if paper.door_code and not paper.protected:
        parts.append(printed("Door code {code}").format(code=paper.door_code))
    if paper.pickup_point:
        parts.append(printed("Pickup point: {point}").format(point=paper.pickup_point))
    if paper.last_pickup is not None:
        parts.append(printed("Collect by {date}").format(date=paper.last_pickup.isoformat()))
    if paper.delivery_note:
        parts.append(paper.delivery_note)
    return " · ".join(parts)


def sender_line(depot: Depot) -> str:
    return printed("From: {depot}").format(depot=depot.name)
