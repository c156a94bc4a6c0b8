"""The command line's prescriber register and product areas (administrators keep them)."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station


def cmd_prescriber_add(station: Station, args: argparse.Namespace) -> None:
    from app.services import prescribers

    added = prescribers.add_prescriber(
        station, args.name, role=args.role, areas=args.area or (), units=args.unit or (),
        joint_order_units=args.joint_order or (), phone=args.phone, email=args.email)
    print(added.id)


def cmd_prescriber_change(station: Station, args: argparse.Namespace) -> None:
    from app.services import prescribers

    changed = prescribers.change_prescriber(
        station, args.prescriber, name=args.name, role=args.role, areas=args.area,
        units=args.unit, joint_order_units=args.joint_order, phone=args.phone,
        email=args.email, active=args.active)
    _show(changed)


def cmd_area(station: Station, args: argparse.Namespace) -> None:
    from app.services import prescribers

    code, name = prescribers.define_area(station, args.code, args.name)
    print(f"Product area {code}: {name}")


def list_prescribers(station: Station, as_json: bool) -> None:
    from app.services import prescribers

    found = prescribers.list_prescribers(station)
    if as_json:
        print_json([prescribers.prescriber_as_json(p) for p in found])
        return
    for p in found:
        _show(p)


def _show(p: Any) -> None:  # a Prescriber
    areas = "every area" if p.role.value == "lakare" else ", ".join(sorted(p.areas)) or "–"
    print(f"{p.id:<14} {p.name:<26} {p.role.value:<12} {areas}; units "
          f"{', '.join(sorted(p.units)) or '–'}{'' if p.active else ' (inactive)'}")


def list_areas(station: Station, as_json: bool) -> None:
    from app.services import prescribers

    areas = prescribers.list_areas(station)
    if as_json:
        print_json([{"code": code, "name": name} for code, name in sorted(areas.items())])
        return
    for code, name in sorted(areas.items()):
        print(f"{code:<26} {name}")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = sub.add_parser("prescriber", help="the prescriber register: add, change, make "
                       "inactive (administrators)", description="the prescriber register")
    actions = p.add_subparsers(dest="prescriber_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a prescriber to the register (prints their id)")
    add.set_defaults(run=cmd_prescriber_add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, help="forskrivare (prescribes within their "
                     "product areas), bestallare (orders, never prescribes) or lakare (every "
                     "product area)")
    change = actions.add_parser("change", help="change a prescriber: what is given replaces "
                                "what was (every --area, --unit, --joint-order at once), or "
                                "make them inactive")
    change.set_defaults(run=cmd_prescriber_change)
    change.add_argument("prescriber", metavar="ID-or-NAME")
    change.add_argument("--name")
    change.add_argument("--role", help="forskrivare, bestallare or lakare")
    group = change.add_mutually_exclusive_group()
    group.add_argument("--inactive", dest="active", action="store_false", default=None,
                       help="prescribes for no loan any more")
    group.add_argument("--active", dest="active", action="store_true", default=None)
    for each in (add, change):
        each.add_argument("--area", action="append", help="a product area (repeatable; "
                          "pumpdesk list areas)")
        each.add_argument("--unit", action="append", metavar="CUSTNO", help="a prescribing "
                          "unit the prescriber works for (repeatable)")
        each.add_argument("--joint-order", action="append", metavar="CUSTNO", help="a unit "
                          "they may order jointly for (special housing; never Nutrition)")
        each.add_argument("--phone", help="direct phone (never printed on a patient's paper; "
                          "'' removes it)")
        each.add_argument("--email")
    p = command("area", cmd_area, "add or rename a product area", reg=False)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", required=True)
