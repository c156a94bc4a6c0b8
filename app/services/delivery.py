"""How an order of consumables reaches the patient (issue 24): the order service asks
``plan_delivery`` inside the order's own transaction, which fills the domain's
``DeliveryOrder`` from what the order knows (its articles, the prescription, the unit, the
depot's settings) and returns the promise, or refuses as ``delivery.promise`` does.

The order's event carries the mode, the non-personal part of the destination and the
promise, so every counter shows the promised day after a sync. The address, c/o name, door
code and phone numbers are personal data: no event carries them (DESIGN: events carry no
personal data); they are kept at the counter that took the order (``order_addresses``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from app.domain.consumables import Article, ConsumablePrescription, OrderedBy, Supply
from app.domain.delivery import (
    TIME_ZONES,
    DeliveryMode,
    DeliveryOrder,
    Destination,
    Promise,
    promise,
)
from app.domain.delivery_settings import (
    OUTSIDE_LEAD_DAYS,
    check_lead_days,
    default_mode,
    offered_modes,
    parse_mode,
    parse_modes,
    parse_notify,
    parse_route_days,
)
from app.domain.reference import UnitKind
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.staff import Role
from app.domain.text import typed
from app.persistence import delivery as stored
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
from app.services.station import Station

#: The depot settings (``meta``) this module keeps.
MODES_SETTING = "delivery_modes"
LEAD_SETTING = "outside_lead_days"


@dataclass(frozen=True)
class DeliveryRequest:
    """The delivery as the counter takes it (``pumpdesk order --delivery …``)."""

    #: A ``DeliveryMode`` value; None: the depot's default (standard, else the counter).
    mode: str | None = None
    street: str = ""
    postcode: str = ""
    town: str = ""
    care_of: str = ""
    door_code: str = ""
    apartment: bool = False
    outside_region: bool = False
    pickup_point: str = ""
    notify: str | None = None
    notify_to: str = ""
    phone: str = ""
    #: False: the name on the door is not the patient's (a c/o name is then needed).
    name_on_door: bool = True
    #: Who ordered, by prescriber register id (a Förskrivare, Läkare or Beställare): express
    #: needs the prescription's own prescriber, joint delivery the Sambeställning right.
    orderer: str | None = None


@dataclass(frozen=True)
class DeliveryView:
    mode: str
    #: None: nothing promised (outside the region).
    promised: dt.date | None
    last_pickup: dt.date | None = None
    notify: str | None = None
    #: The extra costs noted for the payer, in English (the window translates them).
    extra_costs: tuple[str, ...] = ()
    contact_prescriber: bool = False
    to_unit: bool = False
    in_region: bool = True
    apartment_building: bool = False
    pickup_point: str = ""
    care_of_prescriber: str = ""
    joint: str | None = None
    #: The address as taken, where this counter took the order (else None).
    address: stored.StoredAddress | None = None

    @property
    def care_of(self) -> str:
        """Whom an order to the prescribing unit goes c/o: the person at the unit named
        when the order was taken (known where it was taken), else the prescriber."""
        named = self.address.care_of if self.address is not None else ""
        return named or self.care_of_prescriber

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "mode": self.mode, "promised": self.promised.isoformat() if self.promised else None,
            "last_pickup": self.last_pickup.isoformat() if self.last_pickup else None,
            "notify": self.notify, "extra_costs": list(self.extra_costs),
            "contact_prescriber": self.contact_prescriber, "to_prescribing_unit": self.to_unit,
            "in_region": self.in_region, "apartment_building": self.apartment_building,
            "pickup_point": self.pickup_point, "care_of_prescriber": self.care_of_prescriber,
            "joint": self.joint}
        if self.address is not None:
            shown["address"] = self.address.values()
        return shown


@dataclass(frozen=True)
class Planned:
    """A delivery the rules allow: what the order's event carries and the address kept."""

    mode: DeliveryMode
    promise: Promise
    payload: dict[str, Any]
    address: stored.StoredAddress


# -- the depot's settings -----------------------------------------------------------------


def depot_zone(station: Station) -> ZoneInfo:
    with station.db.reading() as connection:
        return ZoneInfo(TIME_ZONES.get(Repository(connection).country(), "Europe/Stockholm"))


def offered(repo: Repository) -> frozenset[DeliveryMode]:
    return offered_modes(repo.country(), repo.meta(MODES_SETTING))


def lead_days(repo: Repository) -> int:
    try:
        return check_lead_days(int(repo.meta(LEAD_SETTING) or OUTSIDE_LEAD_DAYS))
    except (ValueError, Refused):
        return OUTSIDE_LEAD_DAYS


def set_delivery_settings(station: Station, modes: Sequence[str] | None = None,
                          outside_lead_days: int | None = None) -> tuple[
                              frozenset[DeliveryMode], int]:
    """Change the modes the depot offers (an empty list: its country's) and the working days
    an article outside the assortment takes: an administrator's to change."""
    chosen = parse_modes(modes) if modes else None
    if outside_lead_days is not None:
        check_lead_days(outside_lead_days)
    if modes is not None or outside_lead_days is not None:
        from app.services.staff import require_role

        require_role(station, Role.ADMINISTRATOR, Phrase("change the depot's settings"))
        with station.unit_of_work() as uow:
            if modes is not None:
                uow.repo.set_meta(MODES_SETTING, ",".join(
                    sorted(m.value for m in chosen)) if chosen else "")
            if outside_lead_days is not None:
                uow.repo.set_meta(LEAD_SETTING, str(outside_lead_days))
            uow.commit()
    with station.db.reading() as connection:
        repo = Repository(connection)
        return offered(repo), lead_days(repo)


def set_route_days(station: Station, unit: str, days: Iterable[str]) -> frozenset[int]:
    """The weekdays consumables go to a unit's district or municipality (seed 001): part of
    the unit's definition, so every counter has them."""
    from app.services.register import define_unit

    weekdays = parse_route_days(days)
    with station.db.reading() as connection:
        known = Repository(connection).unit(unit.strip())
    if known is None:
        raise Refused(RefusalCode.UNKNOWN_UNIT, "No care unit with customer number {unit}.",
                      unit=unit.strip())
    return define_unit(station, known.customer_number, name=known.name, kind=known.kind.value,
                       contact_person=known.contact_person,
                       regional_agreement=known.regional_agreement,
                       route_days=weekdays).route_days


# -- planning an order's delivery -----------------------------------------------------------


def _text(value: str, what: Phrase, limit: int = 200) -> str:
    return " ".join(typed(value, what, limit).split())


def _address(request: DeliveryRequest) -> stored.StoredAddress:
    return stored.StoredAddress(
        _text(request.street, Phrase("The street address")),
        _text(request.postcode, Phrase("The postcode"), 20),
        _text(request.town, Phrase("The town"), 100),
        _text(request.care_of, Phrase("The c/o name")),
        _text(request.door_code, Phrase("The door code"), 40),
        _text(request.phone, Phrase("The phone number"), 40),
        _text(request.notify_to, Phrase("Whom the notice goes to")))


def _protected_refusal() -> Refused:
    return Refused(RefusalCode.DELIVERY_NOT_ALLOWED,
                   "A protected identity's order goes to the prescribing unit, c/o its "
                   "prescriber: never to a home address or a pickup point in the "
                   "patient's name.")


def no_unit_address(unit: str, number: str) -> Refused:
    """Seed 002: a protected identity's parcel goes to the prescribing unit's delivery
    address, printed on its label; the register has none for the unit."""
    return Refused(RefusalCode.DELIVERY_NOT_ALLOWED,
                   "A protected identity's order goes to the prescribing unit, and the "
                   "register has no delivery address for {unit}: add it first (pumpdesk "
                   "unit {number} … --address … --postcode … --town …).",
                   unit=unit, number=number)


def plan_delivery(connection: Connection, prescription: ConsumablePrescription,
                  articles: Mapping[str, Article | None], ordered_by: OrderedBy,
                  moment: dt.datetime, request: DeliveryRequest | None, *,
                  patients: int = 1, customer_numbers: frozenset[str] | None = None,
                  joint: str | None = None) -> Planned:
    """The delivery of an order of ``articles`` from ``prescription`` taken at ``moment``
    (aware), or the refusal of ``delivery.promise``."""
    request = request or DeliveryRequest()
    repo = Repository(connection)
    country = repo.country()
    modes = offered(repo)
    mode = parse_mode(request.mode) if request.mode else default_mode(modes)
    address = _address(request)
    protected = prescription.protected
    # A c/o is allowed: the person at the unit who answers for the delivery (seed 002: "c/o
    # namn anges namn till person som ansvarar för leveransen på enheten").
    if protected and any((address.street, address.postcode, address.town,
                          address.door_code, address.notify_to)):
        raise _protected_refusal()
    unit = repo.unit(prescription.unit)
    if protected and unit is not None and unit.address is None:
        raise no_unit_address(unit.name, unit.customer_number)
    orderer = None
    if request.orderer:
        from app.services.prescribers import find

        orderer = find(PrescriberRegister(connection), request.orderer.strip())
        if orderer is None:
            raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                          "No prescriber '{text}' is in the prescriber register: see "
                          "pumpdesk list prescribers.", text=request.orderer.strip())
    known = [a for a in articles.values() if a is not None]
    supplies = frozenset(a.supply for a in known)
    destination = Destination(
        street=address.street, postcode=address.postcode, town=address.town,
        in_region=not request.outside_region, apartment_building=request.apartment,
        door_code=address.door_code, care_of=address.care_of,
        name_on_door=request.name_on_door, pickup_point=_text(
            request.pickup_point, Phrase("The pickup point")),
        notify_by=parse_notify(request.notify), notify_to=address.notify_to,
        phone=address.phone, route_days=unit.route_days if unit else frozenset(),
        hospital=bool(unit and unit.kind.is_specialist_care))
    order = DeliveryOrder(
        mode=mode, ordered_at=moment, country=country, destination=destination,
        areas=frozenset(a.product_area for a in known), supplies=supplies,
        ordered_by=ordered_by,
        by_prescriber=orderer is not None and orderer.id == prescription.prescriber,
        protected=protected,
        special_housing=bool(unit and unit.kind is UnitKind.SPECIAL_HOUSING),
        patients=patients,
        customer_numbers=(customer_numbers or frozenset()) | {prescription.unit},
        joint_right=orderer is not None and orderer.active
        and prescription.unit in orderer.joint_order_units,
        lead_days=lead_days(repo) if Supply.OUTSIDE in supplies else 0, offered=modes)
    kept = promise(order)
    care_of_prescriber = (prescription.prescriber_name or prescription.prescriber) \
        if protected else ""
    payload = {
        "destination": {"in_region": destination.in_region,
                        "apartment_building": destination.apartment_building,
                        "pickup_point": destination.pickup_point,
                        "care_of_prescriber": care_of_prescriber, "joint": joint},
        "promise": promise_payload(kept)}
    return Planned(mode, kept, payload, address)


def promise_payload(kept: Promise) -> dict[str, Any]:
    return {"date": kept.date.isoformat() if kept.date else None,
            "last_pickup": kept.last_pickup.isoformat() if kept.last_pickup else None,
            "notify": kept.notify.value if kept.notify else None,
            "extra_costs": [str(cost) for cost in kept.extra_costs],
            "contact_prescriber": kept.contact_prescriber,
            "to_prescribing_unit": kept.to_prescribing_unit}


def delivery_views(connection: Connection, order_ids: Sequence[str]
                   ) -> dict[str, DeliveryView]:
    """The delivery of each order that has one (orders of an earlier version have none)."""
    if not order_ids:
        return {}
    return {order_id: DeliveryView(
        row.mode, row.promised, row.last_pickup, row.notify, row.extra_costs,
        row.contact_prescriber, row.to_unit, row.in_region, row.apartment_building,
        row.pickup_point, row.care_of_prescriber, row.joint, address)
        for order_id, (row, address) in stored.deliveries(connection, order_ids).items()}
