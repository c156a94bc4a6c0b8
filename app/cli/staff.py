"""The command line's staff register: add and change staff members, print a staff card.

Who acts is ``--staff NUMBER`` (or ``$PUMPDESK_STAFF``), checked against the register;
``pumpdesk replenish`` run by a task scheduler without one acts as the scheduled jobs'
account. While the register holds no administrator, ``staff add`` needs no ``--staff``:
that is how a new depot adds its first administrator.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, Callable

from app.cli.depot import print_json
from app.domain.refusals import RefusalCode, Refused
from app.services.station import Station


def read_pin(what: str = "PIN") -> str:
    """The PIN, never from the command line (it would stay in the shell's history): typed
    without echo at a terminal, else the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(f"{what}: ")
        except (EOFError, OSError):
            pass
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.strip():
        raise Refused(RefusalCode.INVALID_INPUT,
                      "No PIN was given: type it when asked, or pipe it in on one line.")
    return line.strip()


def _roles(args: argparse.Namespace) -> list[str] | None:
    if not args.role:
        return None
    return [part for each in args.role for part in each.replace(",", " ").split()]


def cmd_staff_add(station: Station, args: argparse.Namespace) -> None:
    from app.services import staff

    member = staff.add_staff(station, args.number, name=args.name, roles=_roles(args) or [],
                             pin=read_pin() if args.pin else None)
    print(f"Staff {member.number}: {member.name} "
          f"({', '.join(sorted(r.value for r in member.roles))}), card {member.card_code}")


def cmd_staff_change(station: Station, args: argparse.Namespace) -> None:
    from app.services import staff

    member = staff.change_staff(station, args.number, name=args.name, roles=_roles(args),
                                active=args.active, pin=read_pin() if args.pin else None,
                                new_card=args.new_card)
    state = "active" if member.active else "inactive"
    print(f"Staff {member.number}: {member.name} "
          f"({', '.join(sorted(r.value for r in member.roles))}), {state}, "
          f"card {member.card_code}")


def cmd_staff_card(station: Station, args: argparse.Namespace) -> None:
    from app.services import printouts

    printout = printouts.staff_card(station, args.number, args.language)
    args.output.write_bytes(printout.pdf)
    print(f"Staff card {printout.title}: {args.output}")


def list_staff(station: Station, as_json: bool) -> None:
    from app.services import staff

    members = staff.list_staff(station)
    if as_json:
        print_json([staff.staff_as_json(m) for m in members])
        return
    for m in members:
        print(f"{m.number:<10} {m.name:<28} {','.join(sorted(r.value for r in m.roles)):<34} "
              f"{'active' if m.active else 'inactive'}")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="the staff register: add, change, print a card",
                       description="the staff register: add, change, print a card")
    actions = p.add_subparsers(dest="staff_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a staff member (a new card code is made)")
    add.set_defaults(run=cmd_staff_add)
    add.add_argument("number", metavar="NUMBER", help="the staff number")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True,
                     help="counter, technician or administrator (repeatable)")
    add.add_argument("--pin", action="store_true", help="set a PIN for signing in by name "
                     "(asked for, or read from standard input)")

    change = actions.add_parser("change", help="change a staff member: name, roles, PIN, a "
                                "new card, or make them inactive")
    change.set_defaults(run=cmd_staff_change)
    change.add_argument("number", metavar="NUMBER")
    change.add_argument("--name")
    change.add_argument("--role", action="append", help="the roles, all of them (repeatable)")
    change.add_argument("--pin", action="store_true", help="set a new PIN")
    change.add_argument("--new-card", action="store_true", help="a new card code: the old "
                        "card stops working")
    group = change.add_mutually_exclusive_group()
    group.add_argument("--inactive", dest="active", action="store_false", default=None,
                       help="may no longer sign in anywhere")
    group.add_argument("--active", dest="active", action="store_true", default=None)

    card = actions.add_parser("card", help="print a staff member's card (Code 128) to a PDF")
    card.set_defaults(run=cmd_staff_card)
    card.add_argument("number", metavar="NUMBER")
    card.add_argument("-o", "--output", type=Path, required=True)
    card.add_argument("--language", choices=["sv", "nb", "en"])
