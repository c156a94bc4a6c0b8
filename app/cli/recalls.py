"""The command line's recalls: record a field safety notice, see where its pumps are, record
each one's action done, print the letters to the units and export the list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station

_WHERE = {"depot": "In the depot", "unit_stock": "In the stock of", "patient":
          "With patients of", "lost": "Lost, answered for by", "done": "Done"}


def cmd_recall_add(station: Station, args: argparse.Namespace) -> None:
    from app.services import recalls

    summary = recalls.define_recall(
        station, args.reference, title=args.title, action=args.action,
        selection=recalls.SelectionInput(
            models=args.model or [], gtins=args.gtin or [], lots=args.lot or [],
            serials=args.serial or [], serial_ranges=args.serials or [],
            produced_from=args.produced_from, produced_to=args.produced_to))
    print(f"Recall {summary.reference} recorded: it covers {summary.total} pump(s); "
          f"they are not lent until its action ({summary.action}) is done.")


def cmd_recall_show(station: Station, args: argparse.Namespace) -> None:
    from app.services import recalls

    view = recalls.recall_view(station, args.reference)
    if args.json:
        print_json(view.as_json())
        return
    s = view.summary
    print(f"{s.reference}  {s.title}  ({s.action})  done {s.done}/{s.total}"
          f"{'  closed' if s.closed else ''}")
    for group in view.groups:
        heading = _WHERE[group.where]
        if group.unit:
            heading += f" {group.unit_name} ({group.unit})"
            if group.contact:
                heading += f", contact {group.contact}"
        print(f"{heading}: {len(group.pumps)}")
        for pump in group.pumps:
            line = f"  {pump.registration:<12} {pump.model:<10} serial {pump.serial or '–':<12}" \
                   f" lot {pump.lot or '–':<10} {pump.state.replace('_', ' ')}"
            if pump.holder:
                line += f"  {pump.holder}, loan {pump.loan_number}"
            if pump.done_how:
                line += f"  ({pump.done_how})"
            print(line)


def cmd_recall_list(station: Station, args: argparse.Namespace) -> None:
    from app.services import recalls

    found = recalls.recall_summaries(station)
    if args.json:
        print_json([s.as_json() for s in found])
        return
    for s in found:
        print(f"{s.reference:<16} {s.done:>5}/{s.total:<5} {'closed' if s.closed else 'open':<7}"
              f" {s.action:<9} {s.title}")


def cmd_recall_done(station: Station, args: argparse.Namespace) -> None:
    from app.services import recalls

    registration = recalls.record_done(station, args.reference, args.reg, args.note)
    view = recalls.recall_view(station, args.reference)
    print(f"Recall {view.summary.reference}: {registration} done "
          f"({view.summary.done}/{view.summary.total})")


def cmd_recall_export(station: Station, args: argparse.Namespace) -> None:
    from app.services import recall_papers

    count = recall_papers.export_recall(station, args.reference, args.output)
    print(f"{count} pump(s) of recall {args.reference.upper()}: {args.output}")


def cmd_recall_letters(station: Station, args: argparse.Namespace) -> None:
    from app.services import recall_papers

    written = recall_papers.write_letters(station, args.reference, args.output, args.language)
    for path in written:
        print(path)
    if not written:
        print(f"No unit has a pump of recall {args.reference.upper()} to act on.")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = sub.add_parser("recall", help="recalls (field safety notices): record, show, done, "
                       "letters, export", description="recalls (field safety notices)")
    actions = p.add_subparsers(dest="recall_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record a recall (administrators)")
    add.set_defaults(run=cmd_recall_add)
    add.add_argument("reference", metavar="REF", help="the manufacturer's reference (FSN)")
    add.add_argument("--title", required=True)
    add.add_argument("--action", required=True,
                     choices=["inspect", "update", "replace", "withdraw"])
    add.add_argument("--model", action="append", metavar="M", help="a model code (repeatable)")
    add.add_argument("--gtin", action="append", metavar="G", help="a GTIN (repeatable)")
    add.add_argument("--lot", action="append", metavar="L", help="a lot (repeatable)")
    add.add_argument("--serial", action="append", metavar="S", help="a serial (repeatable)")
    add.add_argument("--serials", action="append", metavar="FROM-TO",
                     help="a range of serials: one prefix, numbers compared as numbers")
    add.add_argument("--produced-from", metavar="YYYY-MM-DD")
    add.add_argument("--produced-to", metavar="YYYY-MM-DD")

    show = actions.add_parser("show", help="the covered pumps, grouped by where they are")
    show.set_defaults(run=cmd_recall_show)
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true")

    listed = actions.add_parser("list", help="every recall with its progress")
    listed.set_defaults(run=cmd_recall_list)
    listed.add_argument("--json", action="store_true")

    done = actions.add_parser("done", help="the recall's action is done for a pump")
    done.set_defaults(run=cmd_recall_done)
    done.add_argument("reference", metavar="REF")
    done.add_argument("reg", metavar="PUMP", help="the pump: registration or any scan")
    done.add_argument("--note", required=True, help="what was done")

    letters = actions.add_parser("letters", help="one PDF letter per responsible unit")
    letters.set_defaults(run=cmd_recall_letters)
    letters.add_argument("reference", metavar="REF")
    letters.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    letters.add_argument("--language", choices=["sv", "nb", "en"])

    export = actions.add_parser("export", help="the where-are-they list as CSV or XLSX")
    export.set_defaults(run=cmd_recall_export)
    export.add_argument("reference", metavar="REF")
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar="FILE.csv|FILE.xlsx")
