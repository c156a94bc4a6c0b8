"""The command line's person register: show a person, convert them to a fuller identity
(merging two records of one person when confirmed), and protect a person's data."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station


def cmd_convert(station: Station, args: argparse.Namespace) -> None:
    from app.services import persons

    shown = persons.convert_identity(station, args.old, args.new, name=args.name,
                                     same_person=args.same_person)
    print(f"Converted: the person is now {shown}")


def cmd_protect(station: Station, args: argparse.Namespace) -> None:
    from app.services import persons

    persons.protect_person(station, args.identity)
    print("The person's name, identity numbers and birth date are erased from the register "
          "here, and everywhere at the next sync. Loans go on; the responsible unit stands "
          "as recipient on their paper. A new loan, or an order of consumables, needs a new "
          "prescription.")


def cmd_person(station: Station, args: argparse.Namespace) -> None:
    from app.services import persons

    view = persons.person_view(station, args.identity)
    if args.json:
        print_json(view.as_json())
        return
    print(view.shown)
    if view.earlier:
        print("  earlier identities: " + ", ".join(view.earlier))
    for number, pump, start, end in view.loans:
        until = f"{end.astimezone():%Y-%m-%d}" if end else "now"
        print(f"  {number}  {pump}  {start.astimezone():%Y-%m-%d} – {until}")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("person", cmd_person, "a person as the register has them, found by any "
                "identity number they have had, with their loans", reg=False)
    p.add_argument("identity", metavar="ID")
    p.add_argument("--json", action="store_true")
    p = command("convert", cmd_convert, "convert a person to a fuller identity (UT → LMA → "
                "samordningsnummer/personnummer, D-nummer → fødselsnummer)", reg=False)
    p.add_argument("old", metavar="OLD-ID")
    p.add_argument("new", metavar="NEW-ID")
    p.add_argument("--name", help="the person's name, if it changes with the identity")
    p.add_argument("--same-person", action="store_true", help="the new number belongs to "
                   "another record already and they are the same person: merge the two")
    p = command("protect", cmd_protect, "the person got protected personal data: erase "
                "their name, numbers and birth date everywhere", reg=False)
    p.add_argument("identity", metavar="ID", help="any identity number the person has had")
