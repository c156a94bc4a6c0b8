"""How an order of consumables reaches the patient, and the day it promises.

Seed 002 (Sesam LMN) lists a Swedish region's delivery modes and their rules: standard
delivery within five working days inside the region, leave outside the door, the carrier's
pickup point, urgent and express delivery, and joint delivery to special housing. Seed 001 (a
Norwegian depot) delivers consumables to districts and municipalities on fixed days and runs
to the hospital daily, and hands them out at its counter. Which modes a depot offers is a
depot setting; by default a Swedish depot offers seed 002's and a Norwegian one seed 001's.

Promised days come from the depot's working-day calendar (``calendar``) and the cut-off
times in the depot's own time zone, whatever the counter's clock is set to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.calendar import is_working_day, next_working_day
from app.domain.consumables import OrderedBy, Supply
from app.domain.prescribers import NOT_JOINTLY_ORDERED
from app.domain.refusals import Phrase, RefusalCode, Refused


class DeliveryMode(StrEnum):
    #: Delivered home (or to the prescribing unit) inside the region within five working days.
    STANDARD = "standard"
    #: Left outside the door ("får ställas utanför").
    OUTSIDE = "outside"
    #: To the carrier's pickup point ("utlämningsställe"), collected within 14 days.
    PICKUP = "pickup"
    #: The next working day if the distributor has it before 14:00 ("akutleverans").
    URGENT = "urgent"
    #: The same day if the distributor has it before 12:00; nutrition only.
    EXPRESS = "express"
    #: Several patients' orders of one special-housing unit delivered together ("samleverans").
    JOINT = "joint"
    #: On the district's or municipality's fixed delivery days, or the hospital's daily run.
    ROUTE = "route"
    #: Collected at the depot's counter.
    COUNTER = "counter"


#: Each mode as a refusal or the window names it.
MODE_LABELS: dict[DeliveryMode, Phrase] = {
    DeliveryMode.STANDARD: Phrase("standard delivery"),
    DeliveryMode.OUTSIDE: Phrase("leaving the order outside the door"),
    DeliveryMode.PICKUP: Phrase("delivery to a pickup point"),
    DeliveryMode.URGENT: Phrase("urgent delivery"),
    DeliveryMode.EXPRESS: Phrase("express delivery"),
    DeliveryMode.JOINT: Phrase("joint delivery"),
    DeliveryMode.ROUTE: Phrase("delivery on the route's days"),
    DeliveryMode.COUNTER: Phrase("collection at the counter"),
}

#: What a depot of each country offers unless its setting says otherwise.
DEPOT_MODES: dict[str, frozenset[DeliveryMode]] = {
    "SE": frozenset({DeliveryMode.STANDARD, DeliveryMode.OUTSIDE, DeliveryMode.PICKUP,
                     DeliveryMode.URGENT, DeliveryMode.EXPRESS, DeliveryMode.JOINT}),
    "NO": frozenset({DeliveryMode.ROUTE, DeliveryMode.COUNTER}),
}
TIME_ZONES = {"SE": "Europe/Stockholm", "NO": "Europe/Oslo"}

STANDARD_WORKING_DAYS = 5
URGENT_CUT_OFF = dt.time(14, 0)
EXPRESS_CUT_OFF = dt.time(12, 0)
#: A pickup point keeps a parcel this many days; then it goes back at the payer's cost.
PICKUP_DAYS = 14
#: An order outside the assortment expected later than this (calendar days) is flagged: the
#: counter contacts the prescriber and the patient.
CONTACT_AFTER_DAYS = 10
#: The product areas of nutrition products (express only for them, never joint delivery).
NUTRITION_AREAS = NOT_JOINTLY_ORDERED

NOT_ALLOWED = RefusalCode.DELIVERY_NOT_ALLOWED

EXTRA_COST_URGENT = Phrase("Urgent delivery")
EXTRA_COST_EXPRESS = Phrase("Express delivery")
EXTRA_COST_NUTRITION_AWAY = Phrase("Nutrition products delivered outside the region")


class Notify(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"


@dataclass(frozen=True)
class Destination:
    """Where an order goes, as the counter takes it on the phone or at the desk."""

    street: str = ""
    postcode: str = ""
    town: str = ""
    #: Inside the depot's region (seed 002: outside it no delivery time is promised).
    in_region: bool = True
    apartment_building: bool = False
    door_code: str = ""
    #: "c/o" when the name on the door is not the patient's (a child with a parent of another
    #: surname).
    care_of: str = ""
    name_on_door: bool = True
    pickup_point: str = ""
    notify_by: Notify | None = None
    #: The phone number, e-mail address or postal address the notice goes to (the patient's
    #: or a contact person's).
    notify_to: str = ""
    phone: str = ""
    #: The district's or municipality's delivery weekdays (0 = Monday), for route delivery.
    route_days: frozenset[int] = frozenset()
    #: The hospital itself: the daily run.
    hospital: bool = False

    @property
    def has_address(self) -> bool:
        return bool(self.street.strip() and self.town.strip())


@dataclass(frozen=True)
class DeliveryOrder:
    """What of an order its delivery depends on."""

    mode: DeliveryMode
    #: When the order was taken (time-zone aware).
    ordered_at: dt.datetime
    country: str
    destination: Destination
    #: The product areas of the order's articles.
    areas: frozenset[str]
    #: How the depot supplies the order's articles.
    supplies: frozenset[Supply]
    ordered_by: OrderedBy = OrderedBy.PATIENT
    #: The person ordering is the prescription's own prescriber.
    by_prescriber: bool = False
    protected: bool = False
    special_housing: bool = False
    #: Patients whose orders travel in this delivery (a joint delivery has several).
    patients: int = 1
    #: The customer numbers of those patients' prescribing units.
    customer_numbers: frozenset[str] = frozenset()
    #: The orderer holds the Sambeställning right for the unit.
    joint_right: bool = False
    #: The longest supplier lead time, in working days, of articles outside the assortment.
    lead_days: int = 0
    #: The modes the depot offers (its setting); None: its country's.
    offered: frozenset[DeliveryMode] | None = None


@dataclass(frozen=True)
class Promise:
    mode: DeliveryMode
    #: The day the order is promised to arrive; None where nothing is promised (outside the
    #: region).
    date: dt.date | None
    #: The last day a pickup point keeps the parcel.
    last_pickup: dt.date | None = None
    notify: Notify | None = None
    #: Extra costs noted for the payer, worded for the counter.
    extra_costs: tuple[Phrase, ...] = ()
    #: Outside the assortment and expected after more than ten days: contact the prescriber
    #: and the patient.
    contact_prescriber: bool = False
    #: A protected identity's order goes to the prescribing unit, c/o the prescriber.
    to_prescribing_unit: bool = False


def local_time(moment: dt.datetime, country: str) -> dt.datetime:
    """``moment`` on the depot's own clock."""
    if moment.tzinfo is None:
        raise ValueError("an order's time must carry its time zone")
    return moment.astimezone(ZoneInfo(TIME_ZONES[country]))


def received_day(moment: dt.datetime, country: str, cut_off: dt.time | None = None) -> dt.date:
    """The working day the distributor handles an order taken at ``moment``: that day if it
    is a working day and (with a cut-off) the order came before it, else the next."""
    local = local_time(moment, country)
    day = local.date()
    if is_working_day(day, country) and (cut_off is None or local.time() < cut_off):
        return day
    return next_working_day(day, country)


def add_working_days(day: dt.date, count: int, country: str) -> dt.date:
    for _ in range(count):
        day = next_working_day(day, country)
    return day


def next_route_day(day: dt.date, weekdays: frozenset[int], country: str) -> dt.date:
    """The first working day after ``day`` that is one of the route's weekdays."""
    candidate = next_working_day(day, country)
    for _ in range(400):
        if candidate.weekday() in weekdays:
            return candidate
        candidate = next_working_day(candidate, country)
    raise Refused(NOT_ALLOWED, "The route has no delivery day in the coming year.")


def _check_offered(order: DeliveryOrder) -> None:
    offered = order.offered if order.offered is not None else DEPOT_MODES.get(order.country)
    if offered is None or order.mode not in offered:
        raise Refused(NOT_ALLOWED, "This depot does not offer {mode}.",
                      mode=MODE_LABELS[order.mode])


def _check_protected(order: DeliveryOrder) -> None:
    if order.protected and (order.mode in (DeliveryMode.OUTSIDE, DeliveryMode.PICKUP)
                            or order.destination.pickup_point):
        raise Refused(NOT_ALLOWED, "A protected identity's order goes to the prescribing unit, "
                      "c/o its prescriber: never to a home address or a pickup point in the "
                      "patient's name.")


def _check_fast(order: DeliveryOrder) -> None:
    """Urgent and express: stocked products only, a phone number."""
    if order.supplies - {Supply.STOCKED}:
        if Supply.OUTSIDE in order.supplies:
            raise Refused(NOT_ALLOWED, "Products outside the assortment are never delivered "
                          "urgently or by express.")
        raise Refused(NOT_ALLOWED, "Only stocked products can be delivered urgently or by "
                      "express.")
    if not order.destination.phone.strip():
        raise Refused(NOT_ALLOWED, "A phone number of the patient or a contact person is needed "
                      "for {mode}.", mode=MODE_LABELS[order.mode])


def _check_mode(order: DeliveryOrder) -> None:
    where = order.destination
    mode = order.mode
    if mode is DeliveryMode.OUTSIDE:
        if not where.has_address:
            raise Refused(NOT_ALLOWED, "Leaving an order outside the door needs a delivery "
                          "address.")
        if where.apartment_building and not where.door_code.strip():
            raise Refused(NOT_ALLOWED, "The delivery is to an apartment building: ask for the "
                          "door code.")
        if not where.name_on_door and not where.care_of.strip():
            raise Refused(NOT_ALLOWED, "The patient's name is not on the door: give the c/o name "
                          "that is.")
    elif mode is DeliveryMode.PICKUP:
        if not where.pickup_point.strip():
            raise Refused(NOT_ALLOWED, "Choose the carrier's pickup point.")
        if where.notify_by is None or not where.notify_to.strip():
            raise Refused(NOT_ALLOWED, "Say how the patient or a contact person is told the "
                          "parcel has come: SMS, e-mail or letter, and to whom.")
    elif mode is DeliveryMode.URGENT:
        _check_fast(order)
        if order.special_housing and order.patients > 1:
            raise Refused(NOT_ALLOWED, "Urgent delivery to special housing is for one patient "
                          "only: there is no urgent joint delivery.")
    elif mode is DeliveryMode.EXPRESS:
        if not order.areas or order.areas - NUTRITION_AREAS:
            raise Refused(NOT_ALLOWED, "Express delivery is for nutrition products only.")
        _check_fast(order)
        if not (order.by_prescriber and order.ordered_by is OrderedBy.PRESCRIBER):
            raise Refused(NOT_ALLOWED, "Only the prescription's prescriber can order express "
                          "delivery.")
    elif mode is DeliveryMode.JOINT:
        if not order.special_housing:
            raise Refused(NOT_ALLOWED, "Joint delivery is to a special-housing unit.")
        if order.areas & NUTRITION_AREAS:
            raise Refused(NOT_ALLOWED, "Nutrition products are never delivered jointly.")
        if len(order.customer_numbers) > 1:
            raise Refused(NOT_ALLOWED, "A joint delivery is to one customer number: these orders "
                          "are for {count}.", count=len(order.customer_numbers))
        if not order.joint_right:
            raise Refused(NOT_ALLOWED, "Joint ordering needs the Sambeställning right for the "
                          "unit.")
    elif mode is DeliveryMode.ROUTE:
        if not where.hospital and not where.route_days:
            raise Refused(NOT_ALLOWED, "The district or municipality has no delivery days set.")


def _promised(order: DeliveryOrder) -> tuple[dt.date | None, dt.date]:
    """(The promised day or None, the day the order is expected at the earliest.)"""
    country = order.country
    mode = order.mode
    if mode is DeliveryMode.URGENT:
        day = next_working_day(received_day(order.ordered_at, country, URGENT_CUT_OFF), country)
        return day, day
    if mode is DeliveryMode.EXPRESS:
        day = received_day(order.ordered_at, country, EXPRESS_CUT_OFF)
        return day, day
    if mode is DeliveryMode.ROUTE:
        ordered = local_time(order.ordered_at, country).date()
        where = order.destination
        day = (next_working_day(ordered, country) if where.hospital
               else next_route_day(ordered, where.route_days, country))
        return day, day
    if mode is DeliveryMode.COUNTER:
        day = next_working_day(local_time(order.ordered_at, country).date(), country)
        return day, day
    day = add_working_days(received_day(order.ordered_at, country), STANDARD_WORKING_DAYS,
                           country)
    if not order.destination.in_region and not order.protected:
        return None, day
    return day, day


def promise(order: DeliveryOrder) -> Promise:
    """The delivery an order may have and the day it promises, or a refusal saying why not."""
    _check_offered(order)
    _check_protected(order)
    _check_mode(order)
    date, earliest = _promised(order)
    ordered = local_time(order.ordered_at, order.country).date()
    if order.lead_days:
        earliest = max(earliest, add_working_days(received_day(order.ordered_at, order.country),
                                                  order.lead_days, order.country))
        date = earliest if date is not None else None
    extra: list[Phrase] = []
    if order.mode is DeliveryMode.URGENT:
        extra.append(EXTRA_COST_URGENT)
    elif order.mode is DeliveryMode.EXPRESS:
        extra.append(EXTRA_COST_EXPRESS)
    # Seed 002: nutrition left at a door outside the region costs extra; any of the
    # carrier's pickup points in the country may be chosen "utan extra kostnad".
    if (not order.destination.in_region and order.areas & NUTRITION_AREAS
            and order.mode in (DeliveryMode.STANDARD, DeliveryMode.OUTSIDE)):
        extra.append(EXTRA_COST_NUTRITION_AWAY)
    notify = None
    if order.mode is DeliveryMode.PICKUP:
        notify = order.destination.notify_by
    elif order.mode is DeliveryMode.URGENT and order.destination.pickup_point:
        notify = Notify.SMS  # urgent home deliveries are not notified
    last_pickup = None
    if order.mode is DeliveryMode.PICKUP or (order.mode is DeliveryMode.URGENT
                                            and order.destination.pickup_point):
        last_pickup = earliest + dt.timedelta(days=PICKUP_DAYS)
    return Promise(
        mode=order.mode, date=date, last_pickup=last_pickup, notify=notify,
        extra_costs=tuple(extra),
        contact_prescriber=(Supply.OUTSIDE in order.supplies
                            and (earliest - ordered).days > CONTACT_AFTER_DAYS),
        to_prescribing_unit=order.protected)
