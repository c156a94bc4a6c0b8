"""The command line's depot-wide commands: printed documents and buffer stocks."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from app.domain.refusals import RefusalCode, Refused
from app.services.station import Station


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def cmd_print(station: Station, args: argparse.Namespace) -> None:
    from app.services import printouts

    if args.document == "slip":
        if not args.unit:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "A packing slip needs the unit: --unit CUSTNO.")
        printout = printouts.packing_slip(station, args.unit, args.ref, args.language)
    elif args.document in ("picking-list", "order-label"):
        from app.services import order_papers

        if len(args.ref) != 1:
            raise Refused(RefusalCode.INVALID_INPUT, "Name one order to print: its withdrawal "
                          "number.")
        if args.document == "picking-list":
            printout = order_papers.picking_list(station, args.ref[0], args.language)
        else:
            printout = order_papers.order_label(station, args.ref[0], args.roll, args.language)
    else:
        if len(args.ref) != 1:
            raise Refused(RefusalCode.INVALID_INPUT, "Name one loan or pump to print.")
        make = {"receipt": printouts.receipt, "form": printouts.loan_form,
                "label": printouts.label}[args.document]
        printout = make(station, args.ref[0], args.language)
    args.output.write_bytes(printout.pdf)
    print(f"{printout.kind} {printout.title}: {args.output}")


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT, "'{text}' is not a date: YYYY-MM-DD.",
                      text=text) from None


def cmd_workday(station: Station, args: argparse.Namespace) -> None:
    from app.services import stock

    when = stock.workday(_date(args.date) or station.ctx.today(),
                         args.country or stock.depot_country(station))
    if args.json:
        print_json({"date": when.day, "country": when.country, "working_day": when.working,
                     "holiday": when.holiday, "next_working_day": when.next_working_day})
        return
    what = "a working day" if when.working else f"not a working day ({when.holiday or 'weekend'})"
    print(f"{when.day} is {what} in {when.country}; the next working day is "
          f"{when.next_working_day}.")


def cmd_replenish(station: Station, args: argparse.Namespace) -> None:
    from app.services import printouts, stock

    from app.cli.sync import configured_central

    when, plan, run = stock.replenish(station, _date(args.date), dry_run=args.dry_run,
                                      central_url=configured_central(args))
    slips: list[str] = []
    if run is not None and run.sent:
        folder = args.slips or station.db.path.with_name("slips") / run.day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        for unit, registrations in run.by_unit().items():
            printout = printouts.packing_slip(station, unit, registrations)
            path = folder / f"{printout.title}.pdf"
            path.write_bytes(printout.pdf)
            slips.append(str(path))
    if args.json:
        print_json({
            "date": when.day, "working_day": when.working,
            "next_working_day": when.next_working_day, "dry_run": args.dry_run,
            "planned": [vars(line) for line in plan.lines] if plan else [],
            "sent": [vars(line) for line in run.sent] if run else [],
            "skipped": [vars(line) for line in run.skipped] if run else [],
            "not_sent": [{**vars(line), "reason": refused.message}
                         for line, refused in run.not_sent] if run else [],
            "shortages": [vars(s) for s in plan.shortages] if plan else [],
            "packing_slips": slips})
        return
    if plan is None:
        print(f"{when.day} is not a working day; nothing done. The next run is on "
              f"{when.next_working_day}.")
        return
    lines = run.sent if run else plan.lines
    verb = "would send" if args.dry_run else "sent"
    print(f"Replenishment {when.day}: {verb} {len(lines)} pump(s) to "
          f"{len({line.unit for line in lines})} unit(s).")
    for line in lines:
        print(f"  {line.unit}  {line.model:<10} {line.registration}")
    for line, refused in run.not_sent if run else ():
        print(f"  NOT SENT: {line.unit}  {line.model:<10} {line.registration}: "
              f"{refused.message}")
    for shortage in plan.shortages:
        print(f"  SHORT: {shortage.unit} needs {shortage.missing} more {shortage.model}")
    for path in slips:
        print(f"  packing slip: {path}")


def cmd_target(station: Station, args: argparse.Namespace) -> None:
    from app.services import stock

    if args.requester or args.reason:
        request = stock.request_target(station, args.unit, args.model, args.number,
                                       requester=args.requester or "", reason=args.reason or "")
        print(f"Request {request} recorded; approve it with: pumpdesk approve {request}")
    else:
        stock.set_target(station, args.unit, args.model, args.number)
        print(f"Buffer stock target of {args.unit} for {args.model}: {args.number}")


def cmd_approve(station: Station, args: argparse.Namespace) -> None:
    from app.services import stock

    stock.decide_request(station, args.request, approve=not args.reject)
    print(f"Request {args.request} {'rejected' if args.reject else 'approved'}.")


def cmd_depot(station: Station, args: argparse.Namespace) -> None:
    from dataclasses import replace

    from app.domain.depot import print_language, requires_specialist, transport_due_days
    from app.services import setup

    current = setup.depot_setup(station)
    changes: dict[str, str] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.address is not None:
        changes["address"] = args.address
    for key, given in (("phone", args.phone), ("email", args.email),
                       ("opening_hours", args.hours)):
        if given is not None:
            changes[key] = given
    if args.country is not None:
        changes["country"] = args.country
    if args.print_language is not None:
        changes["print_language"] = "" if args.print_language == "country" \
            else args.print_language
    if args.transport_days is not None:
        changes["transport_days"] = str(args.transport_days)
    if args.free_text_prescriber is not None:
        changes["free_text_prescriber"] = "1" if args.free_text_prescriber == "yes" else ""
    if args.require_specialist is not None:
        changes["require_specialist"] = {"yes": "1", "no": "0", "country": ""}[
            args.require_specialist]
    if changes:
        setup.apply_depot_setup(station, replace(current, **changes))
        current = setup.depot_setup(station)
    shown = {"name": current.name, "address": current.address, "phone": current.phone,
             "email": current.email, "opening_hours": current.opening_hours,
             "country": current.country,
             "print_language": print_language(current.country, current.print_language),
             "require_specialist": requires_specialist(current.country,
                                                       current.require_specialist),
             "transport_days": transport_due_days(current.transport_days),
             "free_text_prescriber": current.free_text_prescriber == "1"}
    if args.json:
        print_json(shown)
        return
    print(f"Depot: {shown['name'] or '—'}, {shown['address'] or '—'} ({shown['country']})")
    print(f"  phone: {shown['phone'] or '—'}, e-mail: {shown['email'] or '—'}, "
          f"open: {shown['opening_hours'] or '—'}")
    print(f"  printed paper in: {shown['print_language']}")
    print("  loans start in specialist care: "
          + ("required" if shown["require_specialist"] else "not required"))
    print(f"  transport loans are due back after {shown['transport_days']} day(s)")
    print("  a prescriber not in the register: "
          + ("allowed, unverified" if shown["free_text_prescriber"] else "refused"))
