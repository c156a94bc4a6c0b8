"""``pumpdesk lookback``: who had a pump between two dates, which pumps a person had, who
had a pump of a model — listed, as JSON, or exported to CSV."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from app.cli.depot import print_json
from app.cli.running import language
from app.domain.lookback import LOAN_TYPE_LABELS
from app.domain.refusals import RefusalCode, Refused
from app.services.station import Station


def _when(moment: Any) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment else "now"


def cmd_lookback(station: Station, args: argparse.Namespace) -> None:
    from app.services import lookback
    from app.translation import translator_for

    asked = [name for name, value in (("PUMP", args.reg), ("--person", args.person),
                                      ("--model/--lot", args.model or args.lot)) if value]
    if len(asked) != 1:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Look back over one thing: a pump (PUMP), a person (--person ID), or a "
                      "model and/or a lot (--model M, --lot L).")
    if args.reg:
        found: lookback.Lookback = lookback.pump_lookback(station, args.reg, args.first,
                                                          args.last)
        title = f"{found.registration} ({found.model})"
    elif args.person:
        found = lookback.person_lookback(station, args.person, args.first, args.last)
        title = found.shown + (f"; identities: {', '.join(found.identities)}"
                               if found.identities else "")
    else:
        found = lookback.model_lookback(station, args.model, args.first, args.last,
                                        lot=args.lot)
        title = ", ".join(f"{name} {value}" for name, value in
                          found.selection.criteria().items())
    if args.csv:
        written = lookback.write_csv(found, str(args.csv), translator_for(language(args)))
        print(f"{written} rows written to {args.csv}")
        return
    if args.json:
        print_json(found.as_json())
        return
    first, last = found.period.first, found.period.last
    print(f"{title}, {first or 'the first loan'} – {last or 'today'}: "
          f"{len(found.loans)} loan period(s)")
    for loan in found.loans:
        print(f"  {_when(loan.started_at)} – {_when(loan.ended_at)}  {loan.pump:<12} "
              f"{loan.loan_number:<16} {LOAN_TYPE_LABELS.get(loan.loan_type, loan.loan_type)}"
              f"  {loan.holder}  {loan.unit}"
              + (f"  prescriber {loan.prescriber}" if loan.prescriber else "")
              + (f"  approval {loan.approval}" if loan.approval else ""))
    for event in getattr(found, "events", ()):
        print(f"  {_when(event.occurred_at)}  {event.label:<28} {event.detail}"
              f"  ({event.actor_name}@{event.workstation})")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("lookback", cmd_lookback, "who had a pump between two dates (with its "
                "faults, services and cleanings), every pump a person had (--person), or "
                "everyone who had a pump of a model (--model) or a lot (--lot)", reg=False)
    p.add_argument("reg", metavar="PUMP", nargs="?", help="registration number or any scan "
                   "of the pump's label or UDI")
    p.add_argument("--person", metavar="ID", help="any identity number the person has had")
    p.add_argument("--model", metavar="M", help="a pump model's code")
    p.add_argument("--lot", metavar="L", help="a lot (batch) of the manufacturer's UDI "
                   "label, AI (10)")
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="the first day "
                   "(required for a pump, a model or a lot)")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="the last day, included")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="FILE.csv", help="export to a CSV file for a spreadsheet")
