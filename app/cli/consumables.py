"""The command line's assortment of consumables (administrators keep it) and prescriptions
of consumables for a person."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import _date, print_json
from app.services.station import Station


def cmd_article(station: Station, args: argparse.Namespace) -> None:
    from app.services import consumables

    names = {language: text for language, text in (("sv", args.name_sv), ("nb", args.name_nb),
                                                    ("en", args.name_en)) if text is not None}
    article, new = consumables.define_article(
        station, args.number, names=names, area=args.area, pack=args.pack,
        supply=args.supply, active=args.active, models=args.model)
    if args.json:
        print_json(consumables.article_as_json(article))
        return
    print(("Added: " if new else "Changed: ") + _line(article))


def list_articles(station: Station, as_json: bool) -> None:
    from app.services import consumables

    found = consumables.list_articles(station)
    if as_json:
        print_json([consumables.article_as_json(a) for a in found])
        return
    for article in found:
        print(_line(article))


def _line(a: Any) -> str:  # an Article
    names = " / ".join(a.names[language] for language in ("sv", "nb", "en")
                       if language in a.names)
    models = f"; for {', '.join(sorted(a.models))}" if a.models else ""
    return (f"{a.number:<14} {names} — {a.pack}, {a.product_area}, {a.supply.value}"
            f"{models}{'' if a.active else ' (inactive)'}")


def cmd_consumables(station: Station, args: argparse.Namespace) -> None:
    from app.domain.assortment import parse_quantities
    from app.services import consumables

    prescription = consumables.prescribe(
        station, args.person, prescriber=args.prescriber,
        articles=parse_quantities(args.article or []), unit=args.unit,
        per_days=args.per_days, valid_from=_date(args.valid_from),
        valid_to=_date(args.valid_to), name=args.name)
    if args.json:
        print_json(consumables.prescription_as_json(prescription))
        return
    lines = ", ".join(f"{line.article} × {line.quantity}" for line in prescription.lines)
    until = prescription.valid_to.isoformat() if prescription.valid_to else "until further"
    print(f"Prescription {prescription.id}: {lines} per {prescription.per_days} days, "
          f"{prescription.valid_from.isoformat()} – {until}, by "
          f"{prescription.prescriber_name} for unit {prescription.unit}")
    if prescription.protected:
        print(f"Protected identity: unit {prescription.unit} is the recipient, and the "
              f"prescription is good for one order (name it: {prescription.id}).")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("article", cmd_article, "add or change an article of the assortment of "
                "consumables (administrators): what is given replaces what was", reg=False)
    p.add_argument("number", metavar="NUMBER", help="the article number")
    p.add_argument("--name-sv", metavar="NAME", help="the Swedish name ('' removes it)")
    p.add_argument("--name-nb", metavar="NAME", help="the Norwegian name")
    p.add_argument("--name-en", metavar="NAME", help="the English name")
    p.add_argument("--area", help="the product area (pumpdesk list areas); a new article "
                   "needs it")
    p.add_argument("--pack", help="what one is, e.g. \"14-day pack\"; a new article needs it")
    p.add_argument("--supply", help="stocked (procured, in stock; the default), outside (the "
                   "assortment) or pharmacy (not the depot's: refused in prescriptions)")
    p.add_argument("--model", action="append", metavar="CODE", help="a pump model it is a "
                   "usual consumable of (repeatable; every --model at once replaces them)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--inactive", dest="active", action="store_false", default=None,
                       help="no longer prescribed")
    group.add_argument("--active", dest="active", action="store_true", default=None)
    p.add_argument("--json", action="store_true")

    p = command("consumables", cmd_consumables, "register a prescription of consumables for "
                "a person: articles and how many of each per period", reg=False)
    p.add_argument("person", metavar="PERSON", help="personnummer, samordningsnummer, "
                   "fødselsnummer, D-nummer, 'LMA YYYYMMDD NNNNNNNN', 'YYYYMMDD Name - UT' "
                   "or 'protected'")
    p.add_argument("--prescriber", required=True, metavar="ID-or-NAME",
                   help="who prescribes: they must hold every article's product area for "
                   "the unit")
    p.add_argument("--article", action="extend", nargs="+", required=True, metavar="ART=N",
                   help="an article and how many per period (repeatable)")
    p.add_argument("--unit", metavar="CUSTNO", help="the prescribing unit (default: the "
                   "prescriber's, if they have one); a protected identity's recipient")
    p.add_argument("--per-days", type=int, default=14, metavar="D",
                   help="the period the quantities are for (default 14 days)")
    p.add_argument("--valid-from", metavar="DATE", help="YYYY-MM-DD (default: today)")
    p.add_argument("--valid-to", metavar="DATE", help="YYYY-MM-DD (default: until further)")
    p.add_argument("--name", help="the person's name (new to the register)")
    p.add_argument("--json", action="store_true")
