"""The command line's payers (seed 002's "betalare, fakturaadress"), kept by
administrators: who pays for each prescribing unit's loans, area by area."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station


def _one_line(address: str) -> str:
    return ", ".join(address.splitlines())


def cmd_payer_add(station: Station, args: argparse.Namespace) -> None:
    from app.services import payers

    print(payers.add_payer(station, args.name, invoice_address=args.address,
                           reference=args.reference).id)


def cmd_payer_change(station: Station, args: argparse.Namespace) -> None:
    from app.services import payers

    payer = payers.change_payer(station, args.payer, name=args.name,
                                invoice_address=args.address, reference=args.reference,
                                active=args.active)
    print(f"Payer {payer.shown()}: {_one_line(payer.invoice_address)}"
          f"{'' if payer.active else ' (inactive)'}")


def cmd_payer_set(station: Station, args: argparse.Namespace) -> None:
    from app.services import payers

    done = payers.set_unit_payer(station, args.unit, args.payer, area=args.area)
    print(f"Unit {done.unit.customer_number} ({done.unit.name}), "
          f"{'every area' if done.area == payers.EVERY_AREA else done.area}: paid by "
          f"{done.payer.shown() if done.payer else 'nobody set'}")


def cmd_payer_clear(station: Station, args: argparse.Namespace) -> None:
    from app.services import payers

    done = payers.set_unit_payer(station, args.unit, None, area=args.area)
    print(f"Unit {done.unit.customer_number} ({done.unit.name}), "
          f"{'every area' if done.area == payers.EVERY_AREA else done.area}: no payer of its "
          "own")


def cmd_payer_unit(station: Station, args: argparse.Namespace) -> None:
    from app.services import payers

    unit, areas = payers.unit_payers(station, args.unit)
    if args.json:
        print_json({"unit": unit.customer_number, "name": unit.name, "areas": [
            {"area": a.area, "set_for_area": a.set_for_area, **a.payer.payload()}
            for a in areas]})
        return
    print(f"{unit.customer_number}  {unit.name}")
    for a in areas:
        who = (f"{a.payer.name} ({a.payer.id}), {_one_line(a.payer.invoice_address or '')}"
               if a.payer.id else "the unit itself (no payer set)")
        inherited = a.payer.id is not None and not a.set_for_area
        print(f"  {a.area:<26} {who}{'  (its payer for every area)' if inherited else ''}")


def list_payers(station: Station, as_json: bool) -> None:
    from app.services import payers

    found = payers.list_payers(station)
    if as_json:
        print_json([payers.payer_as_json(entry) for entry in found])
        return
    for entry in found:
        p = entry.payer
        units = ", ".join(unit if area == payers.EVERY_AREA else f"{unit} ({area})"
                          for unit, area in entry.pays_for) or "–"
        print(f"{p.id:<12} {p.name:<32} {_one_line(p.invoice_address)}"
              f"{f'; ref. {p.reference}' if p.reference else ''}; pays for {units}"
              f"{'' if p.active else ' (inactive)'}")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = sub.add_parser("payer", help="payers and who pays for each unit's loans, area by "
                       "area (administrators)", description="payers (seed 002: a payer and "
                       "invoice address per prescribing unit and product area)")
    actions = p.add_subparsers(dest="payer_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a payer (prints its id)")
    add.set_defaults(run=cmd_payer_add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--address", required=True, help="the invoice address; lines separated "
                     "by ';' or new lines")
    add.add_argument("--reference", help="what the payer wants on its invoices (cost centre, "
                     "reference code)")

    change = actions.add_parser("change", help="change a payer's name, invoice address or "
                                "reference, or make it inactive (loans made keep the payer "
                                "as it was)")
    change.set_defaults(run=cmd_payer_change)
    change.add_argument("payer", metavar="PAYER", help="the payer's id or name")
    change.add_argument("--name")
    change.add_argument("--address", help="the new invoice address")
    change.add_argument("--reference", help="the new reference ('' removes it)")
    group = change.add_mutually_exclusive_group()
    group.add_argument("--inactive", dest="active", action="store_false", default=None,
                       help="no longer a payer (refused while units have it as theirs)")
    group.add_argument("--active", dest="active", action="store_true", default=None)

    set_ = actions.add_parser("set", help="set who pays for a unit's loans (in one product "
                              "area with --area; else in every area it has no payer for)")
    set_.set_defaults(run=cmd_payer_set)
    set_.add_argument("unit", metavar="CUSTNO")
    set_.add_argument("payer", metavar="PAYER", help="the payer's id or name")
    set_.add_argument("--area", help="a product area (pumpdesk list areas)")

    clear = actions.add_parser("clear", help="take a unit's payer away (for --area, or for "
                               "every area): its payer for every area, or the unit itself, "
                               "pays again")
    clear.set_defaults(run=cmd_payer_clear)
    clear.add_argument("unit", metavar="CUSTNO")
    clear.add_argument("--area")

    unit = actions.add_parser("unit", help="who pays for a unit's loans now, area by area")
    unit.set_defaults(run=cmd_payer_unit)
    unit.add_argument("unit", metavar="CUSTNO")
    unit.add_argument("--json", action="store_true")
