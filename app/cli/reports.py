"""The command line's back office: what falls due (``pumpdesk due``) and the reports
(``pumpdesk report NAME``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from app.cli.depot import print_json
from app.services.station import Station

_KINDS = {"transport_overdue": "transport loan overdue", "maintenance": "maintenance due",
          "count": "count due", "recall": "recall open", "fault": "fault open over a week"}


def cmd_due(station: Station, args: argparse.Namespace) -> None:
    from app.services.due import due_list

    found = due_list(station)
    if args.json:
        print_json([item.as_json() for item in found])
        return
    for item in found:
        unit = f"{item.unit_name} ({item.unit})" if item.unit else ""
        if item.contact:
            unit += f", contact {item.contact}"
        due = item.due.isoformat() if item.due else ""
        print(f"{_KINDS[item.kind]:<24} {item.registration or '':<12} {due:<10}"
              f"{' OVERDUE' if item.overdue and item.kind == 'maintenance' else ''}"
              f"  {item.detail}  {unit}".rstrip())
    if not found:
        print("Nothing falls due.")


def cmd_report(station: Station, args: argparse.Namespace) -> None:
    from app.domain.refusals import Phrase
    from app.services.recalls import parse_day
    from app.services.report_files import write_report

    report = write_report(
        station, args.name, args.output, args.format,
        start=parse_day(args.start, Phrase("The period's first day")),
        end=parse_day(args.end, Phrase("The period's last day")),
        unit=args.unit, language=args.language)
    lines = sum(len(section.rows) for section in report.sections)
    print(f"Report {report.name} ({report.start} to {report.end}"
          f"{', unit ' + report.unit if report.unit else ''}): {lines} line(s) in "
          f"{args.output}")


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    from app.services.reports import REPORTS

    p = command("due", cmd_due, "what falls due: overdue transport loans, maintenance to "
                "call in, counts, open recalls, faults open over a week", reg=False)
    p.add_argument("--json", action="store_true")

    p = command("report", cmd_report, "a report as CSV, XLSX or PDF, in the depot's "
                "language", reg=False)
    p.add_argument("name", metavar="NAME", choices=REPORTS,
                   help="one of " + ", ".join(REPORTS))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="the period's first day (default: 364 days before --to)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                   help="the period's last day (default: today)")
    p.add_argument("--unit", metavar="CUSTNO", help="one unit only (not for faults)")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--language", choices=["sv", "nb", "en"],
                   help="the report's language (default: the depot's printing language)")
