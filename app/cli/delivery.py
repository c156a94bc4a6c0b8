"""The command line's delivery of orders (issue 24): the destination options of
``pumpdesk order``, its promised day, joint orders to special housing, and the depot's
delivery settings (modes offered, route days of a unit)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.depot import print_json
from app.domain.delivery import DeliveryMode
from app.domain.delivery_settings import shown_route_days
from app.domain.refusals import RefusalCode, Refused
from app.services.station import Station

MODES = [mode.value for mode in DeliveryMode]


def depot_moment(station: Station, text: str | None) -> dt.datetime | None:
    """``--at "YYYY-MM-DD HH:MM"`` on the depot's clock (its country's time zone), whatever
    this computer's zone is: cut-offs are the depot's."""
    if text is None:
        return None
    from app.services.delivery import depot_zone

    try:
        moment = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a moment: \"YYYY-MM-DD HH:MM\".", text=text) from None
    return moment.replace(tzinfo=depot_zone(station))


def add_destination_options(p: argparse.ArgumentParser) -> None:
    """``pumpdesk order``'s destination options (``--delivery`` is the order's own)."""
    p.add_argument("--address", metavar="STREET", default="", help="the street address")
    p.add_argument("--postcode", default="")
    p.add_argument("--town", default="")
    p.add_argument("--care-of", metavar="NAME", default="",
                   help="c/o: the name on the door, when it is not the patient's")
    p.add_argument("--name-not-on-door", action="store_true",
                   help="the patient's name is not on the door (then give --care-of)")
    p.add_argument("--door-code", default="")
    p.add_argument("--apartment", action="store_true",
                   help="an apartment building (a door code is then asked for)")
    p.add_argument("--outside-region", action="store_true",
                   help="the address is outside the region: no delivery day is promised")
    p.add_argument("--pickup-point", metavar="NAME", default="",
                   help="the carrier's pickup point")
    p.add_argument("--notify", choices=["sms", "email", "letter"],
                   help="how the parcel's arrival at the pickup point is told")
    p.add_argument("--notify-to", metavar="TO", default="",
                   help="the phone, e-mail or postal address the notice goes to")
    p.add_argument("--phone", default="", help="a phone number of the patient or a contact "
                   "person (urgent and express delivery)")
    p.add_argument("--orderer", metavar="PRESCRIBER",
                   help="who ordered, from the prescriber register (express: the "
                   "prescription's prescriber; joint: a Sambeställning right)")


def destination(args: argparse.Namespace) -> Any:
    from app.services.delivery import DeliveryRequest

    return DeliveryRequest(
        mode=getattr(args, "delivery", None), street=args.address, postcode=args.postcode,
        town=args.town, care_of=args.care_of, door_code=args.door_code,
        apartment=args.apartment, outside_region=args.outside_region,
        pickup_point=args.pickup_point, notify=args.notify, notify_to=args.notify_to,
        phone=args.phone, name_on_door=not args.name_not_on_door, orderer=args.orderer)


def promise_lines(view: Any) -> list[str]:
    """What an order promises, as printed under it."""
    trip = view.shipping
    if trip is None:
        return []
    if trip.promised is not None:
        said = f"promised for {trip.promised.isoformat()} ({trip.mode})"
    else:
        said = f"no delivery day promised ({trip.mode}, outside the region)"
    lines = [said]
    if trip.to_unit:
        lines.append(f"to the prescribing unit {view.unit}, c/o {trip.care_of}")
    if trip.pickup_point:
        lines.append(f"pickup point {trip.pickup_point}"
                     + (f", to be collected by {trip.last_pickup.isoformat()}"
                        if trip.last_pickup else ""))
    if trip.notify:
        lines.append(f"notified by {trip.notify}")
    for cost in trip.extra_costs:
        lines.append(f"extra cost for the payer: {cost}")
    if trip.contact_prescriber:
        lines.append("expected in more than 10 days: contact the prescriber and the patient")
    if trip.joint:
        lines.append(f"joint delivery {trip.joint}")
    return lines


def cmd_joint_order(station: Station, args: argparse.Namespace) -> None:
    from app.domain.assortment import parse_quantities
    from app.services import joint_orders

    lines = []
    for text in args.line:
        person, _, articles = text.rpartition(":")
        if not person or not articles:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{text}' is not a line: PERSON:ART=N[,ART=N].", text=text)
        lines.append((person, parse_quantities(articles.split(","))))
    done = joint_orders.place_joint_order(
        station, args.customer_number, lines, orderer=args.orderer,
        ordered_by=args.ordered_by, at=depot_moment(station, args.at))
    if args.json:
        print_json({"joint": done.joint, "unit": done.unit,
                    "orders": [view.as_json() for view in done.orders]})
        return
    for view in done.orders:
        print(view.number)
    first = done.orders[0]
    print(f"Joint delivery {done.joint} to {done.unit}: {len(done.orders)} order(s), "
          f"promised for {first.promised.isoformat() if first.promised else '—'}")


def cmd_delivery_settings(station: Station, args: argparse.Namespace) -> None:
    from app.services import delivery

    chosen = [] if args.country_modes else (args.modes or None)
    modes, lead = delivery.set_delivery_settings(station, chosen, args.outside_lead_days)
    if args.json:
        print_json({"modes": sorted(m.value for m in modes), "outside_lead_days": lead})
        return
    print("Delivery modes offered: " + ", ".join(sorted(m.value for m in modes)))
    print(f"Articles outside the assortment take {lead} working day(s)")


def cmd_route_days(station: Station, args: argparse.Namespace) -> None:
    from app.services import delivery

    days = delivery.set_route_days(station, args.unit, args.days)
    print(f"Unit {args.unit}: route days {shown_route_days(days) or '—'}")


def add_commands(sub: argparse._SubParsersAction, command) -> None:  # noqa: ANN001
    p = command("joint-order", cmd_joint_order, "orders of several patients of one "
                "special-housing unit, delivered together (one withdrawal number each)",
                reg=False)
    p.add_argument("customer_number", metavar="CUSTNO")
    p.add_argument("--line", action="append", required=True, metavar="PERSON:ART=N",
                   help="a patient and their articles (ART=N, comma-separated); repeatable")
    p.add_argument("--orderer", required=True, metavar="PRESCRIBER",
                   help="who orders: a prescriber or Beställare with the Sambeställning "
                   "right for the unit")
    p.add_argument("--ordered-by", default="staff",
                   choices=["patient", "relative", "staff", "prescriber"])
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                   help="when it was ordered, on the depot's clock (default now)")
    p.add_argument("--json", action="store_true")

    p = command("delivery-modes", cmd_delivery_settings, "the delivery modes the depot "
                "offers, and the lead time of articles outside the assortment", reg=False)
    p.add_argument("modes", nargs="*", metavar="MODE",
                   help=f"the modes offered: {', '.join(MODES)} (none: show them)")
    p.add_argument("--country-modes", action="store_true",
                   help="offer the modes of the depot's country again")
    p.add_argument("--outside-lead-days", type=int, metavar="N",
                   help="working days an article outside the assortment takes")
    p.add_argument("--json", action="store_true")

    p = command("route-days", cmd_route_days, "the weekdays consumables are delivered to a "
                "unit's district or municipality", reg=False)
    p.add_argument("unit", metavar="CUSTNO")
    p.add_argument("days", nargs="+", metavar="DAY", help="mon, tue, … (comma-separated or "
                   "apart)")
