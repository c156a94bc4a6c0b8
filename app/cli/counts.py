"""The command line's stocktake: start a count of a place, scan into it, finish it, resolve
what differs, and see which units' stocks are due for a count."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station


def _where(line: Any) -> str:
    where = line.state.replace("_", " ")
    if line.unit:
        where += f" at {line.unit}" + (f" {line.unit_name}" if line.unit_name else "")
    return where


def _print_view(view: Any) -> None:
    i = view.info
    status = "open" if i.open else f"finished {i.finished_at.astimezone():%Y-%m-%d %H:%M} " \
                                     f"by {i.finished_by}"
    print(f"Count {i.id[:8]}  {view.place_name}  started "
          f"{i.started_at.astimezone():%Y-%m-%d %H:%M} by {i.started_by}  {status}")
    print(f"expected {view.expected}  found {len(view.found)}  missing {view.missing_total}  "
          f"unexpected {len(view.unexpected)}")
    for title, lines in (("missing", view.missing), ("unexpected", view.unexpected)):
        for line in lines:
            done = "  (resolved)" if line.resolved else ""
            print(f"  {title:<10} {line.registration:<12} {line.model:<10} "
                  f"{_where(line)}{done}")


def cmd_count_start(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    view = counts.start_count(station, args.place)
    if args.json:
        print_json(view.as_json())
        return
    print(f"Count {view.id[:8]} of {view.place_name} started: {view.expected} pump(s) "
          f"expected. Scan them with 'count scan {view.id[:8]} CODE…'.")


def cmd_count_scan(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    view = None
    for code in args.codes:
        view = counts.scan_into_count(station, args.count, code)
        line = view.last
        if line is None:
            continue
        if view.again:
            note = "counted already"
        elif line.registration in {u.registration for u in view.unexpected}:
            note = f"unexpected: the register puts it {_where(line)}"
        else:
            note = "found"
        print(f"{line.registration}: {note}")
    if view is not None:
        print(f"expected {view.expected}  found {len(view.found)}  missing "
              f"{view.missing_total}  unexpected {len(view.unexpected)}")


def cmd_count_finish(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    view = counts.finish_count(station, args.count)
    if args.json:
        print_json(view.as_json())
        return
    _print_view(view)


def cmd_count_show(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    view = counts.count_view(station, args.count)
    if args.json:
        print_json(view.as_json())
        return
    _print_view(view)


def cmd_count_list(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    found = counts.list_counts(station)
    if args.json:
        print_json([s.as_json() for s in found])
        return
    for s in found:
        i = s.info
        status = "open" if i.open else \
            f"finished {i.finished_at.astimezone():%Y-%m-%d %H:%M}, missing {s.missing}, " \
            f"unexpected {s.unexpected}"
        print(f"{i.id[:8]}  {s.place_name:<30} started {i.started_at.astimezone():%Y-%m-%d} "
              f"by {i.started_by:<10} scanned {s.scanned:<5} {status}")


def cmd_count_due(station: Station, args: argparse.Namespace) -> None:
    import datetime as dt

    from app.services import counts

    if args.every is not None:
        counts.set_count_interval(station, args.every)
    today = dt.date.today()
    schedule = counts.count_schedule(station) if args.all else \
        counts.units_due_for_count(station, today)
    if args.json:
        print_json({"every_months": counts.count_interval(station),
                    "units": [d.as_json() for d in schedule]})
        return
    print(f"Buffer stocks are counted every {counts.count_interval(station)} month(s).")
    for d in schedule:
        last = d.last_counted.isoformat() if d.last_counted else "never counted"
        due = d.due_on.isoformat() if d.due_on else "now"
        print(f"{d.unit}  {d.name:<30} {d.pumps:>4} pump(s)  last {last:<14} due {due}")


def cmd_count_lost(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    result = counts.report_missing_lost(station, args.count, args.reg)
    whose = f"charged to unit {result.responsible_unit}" if result.responsible_unit \
        else "at the depot's cost"
    print(f"{result.registration} reported lost, {whose}.")


def cmd_count_resolve(station: Station, args: argparse.Namespace) -> None:
    from app.services import counts

    result = counts.resolve_unexpected(station, args.count, args.reg, args.how)
    print(f"{result.registration}: {result.event_type.replace('_', ' ')}, now "
          f"{result.state.replace('_', ' ')}"
          + (f" at {result.responsible_unit}" if result.responsible_unit else ""))


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = sub.add_parser("count", help="stocktake: count the depot's shelves or a unit's "
                       "buffer stock by scanning", description="stocktake by scanning")
    actions = p.add_subparsers(dest="count_action", metavar="ACTION", required=True)

    start = actions.add_parser("start", help="start counting a place")
    start.set_defaults(run=cmd_count_start)
    start.add_argument("place", metavar="PLACE",
                       help="DEPOT (ready, awaiting cleaning, faulty) or a unit's customer "
                            "number (its buffer stock)")
    start.add_argument("--json", action="store_true")

    scan = actions.add_parser("scan", help="pumps found (a second scan of one changes "
                              "nothing)")
    scan.set_defaults(run=cmd_count_scan)
    scan.add_argument("count", metavar="ID", help="the count (its first 8 characters do)")
    scan.add_argument("codes", metavar="CODE", nargs="+", help="registration or UDI")

    finish = actions.add_parser("finish", help="record what the count found")
    finish.set_defaults(run=cmd_count_finish)
    finish.add_argument("count", metavar="ID")
    finish.add_argument("--json", action="store_true")

    show = actions.add_parser("show", help="a count: expected, found, missing, unexpected")
    show.set_defaults(run=cmd_count_show)
    show.add_argument("count", metavar="ID")
    show.add_argument("--json", action="store_true")

    listed = actions.add_parser("list", help="open counts (to resume), then finished ones")
    listed.set_defaults(run=cmd_count_list)
    listed.add_argument("--json", action="store_true")

    due = actions.add_parser("due", help="units whose buffer stock is due for a count")
    due.set_defaults(run=cmd_count_due)
    due.add_argument("--all", action="store_true", help="every unit with a buffer stock")
    due.add_argument("--every", type=int, metavar="MONTHS",
                     help="set how often stocks are counted (administrators; default 6)")
    due.add_argument("--json", action="store_true")

    lost = actions.add_parser("lost", help="report a pump the finished count missed as lost "
                              "(administrators)")
    lost.set_defaults(run=cmd_count_lost)
    lost.add_argument("count", metavar="ID")
    lost.add_argument("reg", metavar="PUMP")

    resolve = actions.add_parser("resolve", help="a pump found unexpectedly: move it into "
                                 "the counted unit's stock, or return it")
    resolve.set_defaults(run=cmd_count_resolve)
    resolve.add_argument("count", metavar="ID")
    resolve.add_argument("reg", metavar="PUMP")
    resolve.add_argument("how", choices=["move", "return"])
