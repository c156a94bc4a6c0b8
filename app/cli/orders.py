"""The command line's orders of consumables: order from a person's prescription, list
orders, move an order on, and complete one with the prescriber's justification."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.delivery import MODES, add_destination_options, depot_moment, destination
from app.cli.delivery import promise_lines
from app.cli.depot import _date, print_json
from app.domain.refusals import RefusalCode, Refused
from app.services.station import Station

STATES = ["picked", "dispatched", "delivered", "collected", "returned", "cancelled"]


def _moment(text: str | None) -> dt.datetime | None:
    """``--at "YYYY-MM-DD HH:MM"``, in this computer's local time."""
    if text is None:
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a moment: \"YYYY-MM-DD HH:MM\".", text=text) from None


def _print_order(view: Any) -> None:
    extra = "  (outside the assortment: extra cost, never returnable)" if view.extra_cost \
        else ""
    print(f"{view.number}  {view.state_label}  {view.ordered_at.astimezone():%Y-%m-%d %H:%M}"
          f"  {view.person}  unit {view.unit} {view.unit_name}  ordered by "
          f"{view.ordered_by}  delivery {view.delivery}{extra}")
    for line in view.lines:
        payer = line.payer_name or view.unit
        print(f"  {line.quantity:>4} × {line.article:<12} {line.name}  → {payer}"
              + ("  extra cost" if line.extra_cost else ""))
    if view.justification:
        print(f"  justification: {view.justification}")
    for line in promise_lines(view):
        print(f"  {line}")


def cmd_order(station: Station, args: argparse.Namespace) -> None:
    from app.domain.assortment import parse_quantities
    from app.services import orders

    done = orders.place_order(station, args.person, parse_quantities(args.article),
                              args.ordered_by, at=depot_moment(station, args.at),
                              justification=args.justification or "",
                              delivery=args.delivery, destination=destination(args))
    if args.json:
        print_json(done.order.as_json())
        return
    print(done.number)
    for line in promise_lines(done.order):
        print(line)
    if done.order.state == "awaiting_prescriber":
        print(f"Order {done.number} waits for the prescriber's written justification of the "
              f"articles outside the assortment: 'pumpdesk order-justify {done.number} "
              "--justification TEXT'.")


def cmd_orders(station: Station, args: argparse.Namespace) -> None:
    from app.services import orders

    found = orders.find_orders(station, number=args.number, person=args.person,
                               unit=args.unit, day=_date(args.date), state=args.state)
    if args.json:
        print_json([view.as_json() for view in found])
        return
    for view in found:
        _print_order(view)
    print(f"{len(found)} order(s)")


def cmd_order_state(station: Station, args: argparse.Namespace) -> None:
    from app.services import orders

    view = orders.set_order_state(station, args.number, args.state, at=_moment(args.at))
    if args.json:
        print_json(view.as_json())
        return
    print(f"{view.number}: {view.state_label}")


def cmd_order_justify(station: Station, args: argparse.Namespace) -> None:
    from app.services import orders

    view = orders.justify_order(station, args.number, args.justification, at=_moment(args.at))
    if args.json:
        print_json(view.as_json())
        return
    print(f"{view.number}: {view.state_label}")


def add_commands(sub: argparse._SubParsersAction, command) -> None:  # noqa: ANN001
    p = command("order", cmd_order, "order consumables from a person's valid prescription "
                "(prints the withdrawal number)", reg=False)
    p.add_argument("person", metavar="PERSON", help="the person (any identity in the "
                   "register), or for a protected identity the prescription's number")
    p.add_argument("--article", action="append", required=True, metavar="ART[=N]",
                   help="an article and how many (1 if omitted); repeatable")
    p.add_argument("--ordered-by", required=True,
                   choices=["patient", "relative", "staff", "prescriber"])
    p.add_argument("--delivery", metavar="MODE",
                   help=f"the delivery mode: {', '.join(MODES)} (default: standard, or the "
                   "counter where the depot offers no standard delivery)")
    add_destination_options(p)
    p.add_argument("--justification", metavar="TEXT", help="the prescriber's written "
                   "justification, for articles outside the assortment")
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="when it was ordered, on "
                   "the depot's clock (default now): for entry after the fact")
    p.add_argument("--json", action="store_true")

    p = command("orders", cmd_orders, "orders of consumables, newest first", reg=False)
    p.add_argument("--state", choices=["registered", "awaiting_prescriber", *STATES])
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day they were ordered")
    p.add_argument("--person", metavar="PERSON")
    p.add_argument("--unit", metavar="CUSTOMER_NUMBER")
    p.add_argument("--number", metavar="U########")
    p.add_argument("--json", action="store_true")

    p = command("order-state", cmd_order_state, "move an order on", reg=False)
    p.add_argument("number", metavar="NUMBER", help="the withdrawal number")
    p.add_argument("state", choices=STATES)
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("--json", action="store_true")

    p = command("order-justify", cmd_order_justify, "the prescriber's written "
                "justification completes an order waiting for it", reg=False)
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--justification", required=True, metavar="TEXT")
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("--json", action="store_true")
