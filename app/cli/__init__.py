"""The headless command line over the same services the counter window calls.

Success exits 0; a refused action exits 1 with one line on stderr and changes nothing;
a usage error exits 2; a failure of the environment (or an error no one expected) exits 3
with one line saying what is wrong and what to do (the traceback in the log); a failed
``--check`` exits 4. ``app/cli/running.py`` says how.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from app import __version__
from app.cli.depot import (
    cmd_approve,
    cmd_depot,
    cmd_print,
    cmd_replenish,
    cmd_target,
    cmd_workday,
    print_json,
)
from app.cli.consumables import add_commands as add_consumable_commands
from app.cli.consumables import list_articles
from app.cli.payers import add_commands as add_payer_commands
from app.cli.payers import list_payers
from app.cli.lookback import add_commands as add_lookback_commands
from app.cli.persons import add_commands as add_person_commands
from app.cli.prescribers import add_commands as add_prescriber_commands
from app.cli.prescribers import list_areas, list_prescribers
from app.cli.counts import add_commands as add_count_commands
from app.cli.delivery import add_commands as add_delivery_commands
from app.cli.orders import add_commands as add_order_commands
from app.cli.recalls import add_commands as add_recall_commands
from app.cli.reports import add_commands as add_report_commands
from app.cli.staff import add_commands as add_staff_commands
from app.cli.staff import list_staff
from app.cli.running import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    Logging,
    closed_pipe,
    fail,
    language,
    protect_output,
    say,
    start_logging,
)
from app.cli.sync import add_commands as add_sync_commands
from app.domain.loans import parse_consumables
from app.domain.reference import UnitAddress, unit_address
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, queries, register
from app.services.results import ActionResult
from app.services.station import Station, default_database_path, open_station


def _say(result: ActionResult) -> None:
    line = f"{result.registration} ({result.model_name}): {result.state.replace('_', ' ')}"
    if result.previous_state:
        line = f"{result.registration} ({result.model_name}): " \
               f"{result.previous_state.replace('_', ' ')} → {result.state.replace('_', ' ')}"
    if result.holder:
        line += f" — was with {result.holder}"
        if result.holder_unit and result.holder_unit != result.holder:
            line += f", {result.holder_unit}"
        if result.held_since:
            line += f", since {result.held_since.astimezone():%Y-%m-%d}"
    if result.loan_number and result.state in ("on_loan", "on_transport_loan", "in_unit_stock"):
        line += f" — loan {result.loan_number}"
    if result.open_faults and result.event_type == "fault_reported" \
            and result.state != "faulty":
        line += f" — the fault is open ({result.open_faults}); the pump stays where it is"
    if result.send_back_to:
        line += f" — send it back to counter {result.send_back_to}, which lent it"
    print(line)


# -- commands ---------------------------------------------------------------------------


def cmd_demo(station: Station, args: argparse.Namespace) -> None:
    from app.services.demo import fill_demo

    summary = fill_demo(station, pumps=args.pumps, country=args.country, seed=args.seed)
    print(f"Demo data for {summary.country}: {summary.models} models, {summary.units} units, "
          f"{summary.patients} patients, {summary.pumps} pumps, {summary.events} events "
          f"in {station.db.path}")
    print("Staff (sign in by scanning the card code, or by name and PIN):")
    for member in summary.staff:
        print(f"  {member.number:<6} {member.name:<20} {', '.join(member.roles):<34} "
              f"card {member.card_code}  PIN {member.pin}")


def cmd_register(station: Station, args: argparse.Namespace) -> None:
    _say(actions.register_pump(station, args.reg, args.model, args.serial, args.udi))


def _loan_options(args: argparse.Namespace) -> dict[str, Any]:
    return {"approval": args.approval, "prescriber": args.prescriber,
            "patient_name": args.name, "consumables": parse_consumables(args.consumable or [])}


def cmd_issue(station: Station, args: argparse.Namespace) -> None:
    for result in actions.issue_pumps(station, args.reg, patient=args.patient, unit=args.unit,
                                      transport=args.transport, **_loan_options(args)):
        _say(result)


def cmd_prescribe(station: Station, args: argparse.Namespace) -> None:
    _say(actions.prescribe_pump(station, args.reg, patient=args.patient, **_loan_options(args)))


def cmd_status(station: Station, args: argparse.Namespace) -> None:
    status = queries.pump_status(station, args.reg)
    if args.json:
        print_json(status.as_json())
        return
    print(f"{status.registration}  {status.model_name}  serial {status.serial_number or '–'}")
    print(f"  state: {status.state.replace('_', ' ')} since {status.since.astimezone():%Y-%m-%d %H:%M}")
    if status.unit:
        print(f"  responsible: {status.unit_name} ({status.unit})")
    if status.patient:
        print(f"  patient: {status.patient}   loan {status.loan_number}")
    if status.billed:
        print(f"  billed to: {_payer(status.billed)}")
    if status.next_maintenance:
        print(f"  next maintenance: {status.next_maintenance:%Y-%m-%d}")
    if status.open_faults:
        print(f"  open fault reports: {status.open_faults}")
    if status.return_to:
        print(f"  goes back to the lending counter: {status.return_to}")
    if status.udi_lot or status.udi_produced or status.udi_expires:
        print(f"  lot {status.udi_lot or '–'}, produced {status.udi_produced or '–'}, "
              f"expires {status.udi_expires or '–'}")
    if status.recall:
        print(f"  RECALL {status.recall}: {status.recall_todo} first ({status.recall_title})")


def cmd_history(station: Station, args: argparse.Namespace) -> None:
    entries = queries.pump_history(station, args.reg)
    if args.json:
        print_json([entry.as_json() for entry in entries])
        return
    for entry in entries:
        mark = ""
        if entry.refused:
            mark = f"  REFUSED: {' '.join(entry.reason.message.split()) if entry.reason else ''}"
        elif entry.status == "waiting":
            mark = "  (waiting for the central database)"
        print(f"{entry.occurred_at.astimezone():%Y-%m-%d %H:%M}  {entry.label:<28} "
              f"{entry.actor_name} ({entry.actor})@{entry.workstation}{mark}")


def cmd_list(station: Station, args: argparse.Namespace) -> None:
    if args.overdue and args.what != "loans":
        raise Refused(RefusalCode.INVALID_INPUT, "--overdue lists loans: pumpdesk list loans "
                      "--overdue.")
    if args.what == "staff":
        list_staff(station, args.json)
        return
    if args.what == "payers":
        list_payers(station, args.json)
        return
    if args.what == "articles":
        list_articles(station, args.json)
        return
    if args.what in ("prescribers", "areas"):
        (list_prescribers if args.what == "prescribers" else list_areas)(station, args.json)
        return
    if args.what == "loans":
        rows = queries.list_loans(station, overdue=args.overdue)
        fmt = _loan_line
    elif args.what == "pumps":
        rows = queries.list_pumps(station, args.state)
        fmt = lambda r: f"{r['registration']:<14} {r['state']:<18} {r['model']:<10} {r['unit'] or ''}"  # noqa: E731
    elif args.what == "models":
        rows = queries.list_models(station)
        fmt = lambda r: f"{r['code']:<10} {r['make']} {r['name']} ({r['product_area']}, maintenance every {r['maintenance_interval_days']} days)"  # noqa: E731
    else:
        rows = queries.list_units(station)
        fmt = _unit_line
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(fmt(row))


def _unit_line(r: dict[str, Any]) -> str:
    where = UnitAddress.from_json(r["delivery_address"])
    return f"{r['customer_number']}  {r['name']} ({r['kind']})" + (
        f", delivers to {where.line()}" if where else "")


def _loan_line(r: dict[str, Any]) -> str:
    due = f", due {r['due']}" if r["due"] else ""
    return (f"{r['loan']:<16} {r['pump']:<14} {r['type']:<11} {r['unit']}  lent at "
            f"{r['lending_counter']} by {r['issued_by_name']}{due}, billed to {_payer(r)}")


def _payer(loan: dict[str, Any]) -> str:
    """Who a listed loan's pump is billed to, as one line says it."""
    if loan["payer_id"]:
        return f"{loan['payer']} ({loan['payer_id']}) for unit {loan['billing_unit']}"
    if loan["payer"]:
        return f"the unit {loan['payer']} ({loan['billing_unit']})"
    return f"unit {loan['billing_unit']}"


def cmd_model(station: Station, args: argparse.Namespace) -> None:
    model = register.define_model(
        station, args.code, make=args.make, name=args.name, product_area=args.area,
        maintenance_interval_days=args.interval, gtins=args.gtin or (),
        consumables=args.consumable or (), replacement_cost=args.replacement_cost)
    print(f"Model {model.code}: {model.make} {model.name}")


def cmd_unit(station: Station, args: argparse.Namespace) -> None:
    unit = register.define_unit(station, args.customer_number, name=args.name, kind=args.kind,
                                contact_person=args.contact,
                                regional_agreement=args.agreement,
                                address=unit_address(args.address, args.postcode, args.town,
                                                     args.phone))
    print(f"Unit {unit.customer_number}: {unit.name} ({unit.kind.value})")
    if unit.address:
        print(f"  delivery address: {unit.address.line()}"
              + (f", phone {unit.address.phone}" if unit.address.phone else ""))


def _simple(action: Callable[..., ActionResult], **fixed: str) -> Callable[..., None]:
    def run(station: Station, args: argparse.Namespace) -> None:
        options = {name: getattr(args, attr) for name, attr in fixed.items()}
        _say(action(station, args.reg, **options))
    return run


# -- the parser -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pumpdesk", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the workstation database "
                        "(default: $PUMPDESK_DB, else the user's data folder)")
    parser.add_argument("--staff", metavar="NUMBER", help="the staff number of who acts, "
                        "checked against the staff register (default: $PUMPDESK_STAFF)")
    parser.add_argument("--workstation", help="this workstation's id, fixed at the "
                        "database's first use (default: $PUMPDESK_WORKSTATION or host name)")
    parser.add_argument("--lang", choices=["sv", "nb", "en"],
                        help="the language (default: $PUMPDESK_LANG, else the settings' "
                        "language, else sv)")
    parser.add_argument("--settings", metavar="FILE.ini", help="keep this workstation's "
                        "settings in this INI file (a depot can roll one out to many)")
    parser.add_argument("--check", action="store_true", help="check that PumpDesk can work "
                        "here (database, migrations, printing, resources) and exit")
    parser.add_argument("--version", action="version", version=f"PumpDesk {__version__}")
    parser.add_argument("--central", metavar="URL", help="the central database to sync with "
                        "(default: $PUMPDESK_CENTRAL, else the settings)")
    parser.add_argument("--debug", action="store_true", help="also write the log, and any "
                        "error's traceback, to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Callable[..., None], help_: str,
                reg: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(run=run)
        if reg:
            p.add_argument("reg", metavar="REG", help="registration number or any scan of "
                           "the pump's label or UDI")
        return p

    p = command("demo", cmd_demo, "fill the database with realistic demo data", reg=False)
    p.add_argument("--pumps", type=int, default=300)
    p.add_argument("--country", choices=["SE", "NO"], default="SE")
    p.add_argument("--seed", type=int, default=2026)

    p = command("register", cmd_register, "register a new pump")
    p.add_argument("--model", required=True)
    p.add_argument("--serial")
    p.add_argument("--udi", help="the manufacturer's GS1 UDI, e.g. (01)…(21)…")

    def loan_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--patient", required=True, help="personnummer, samordningsnummer, "
                       "fødselsnummer, D-nummer, 'LMA YYYYMMDD NNNNNNNN', "
                       "'YYYYMMDD Name - UT' or 'protected'")
        p.add_argument("--approval", required=True, help="the approval reference (signed "
                       "loan form or referral)")
        p.add_argument("--name", help="the patient's name")
        p.add_argument("--prescriber", metavar="ID-or-NAME", help="the prescriber, by id or "
                       "name, from the prescriber register")
        p.add_argument("--consumable", action="append", metavar="ART[=N]",
                       help="consumables handed out and prescribed with the loan: an "
                       "article of the assortment and how many per 14 days (repeatable; "
                       "free-text packs while the depot keeps no assortment)")

    p = sub.add_parser("issue", help="lend ready pumps to a patient (or for a transport)")
    p.set_defaults(run=cmd_issue)
    p.add_argument("reg", metavar="REG", nargs="+")
    p.add_argument("--unit", required=True, help="customer number of the responsible unit")
    p.add_argument("--transport", action="store_true", help="a transport loan")
    loan_args(p)

    p = command("dispatch", _simple(actions.dispatch_pump, unit="unit"),
                "ship a ready pump to a hospital unit's buffer stock")
    p.add_argument("--unit", required=True)
    p = command("prescribe", cmd_prescribe,
                "register a pump from a unit's stock as prescribed to a patient")
    loan_args(p)
    p = command("return", _simple(actions.return_pump, fault="fault"), "a pump comes back")
    p.add_argument("--fault", help="what is wrong, if anything")
    command("clean", _simple(actions.clean_pump), "a returned pump is cleaned and checked")
    p = command("fault", _simple(actions.report_fault, description="text"), "report a fault")
    p.add_argument("text", metavar="TEXT")
    p = command("service", _simple(actions.send_to_service, reason="reason"),
                "send a pump to service")
    p.add_argument("--reason", required=True, choices=["repair", "maintenance"])
    p = command("back", _simple(actions.back_from_service, repair="repaired",
                                no_fault_found="no_fault_found", recall="recall"),
                "a pump is back from service (with its open faults, say what was repaired)")
    p.add_argument("--repaired", metavar="TEXT", help="what the service visit repaired")
    p.add_argument("--no-fault-found", action="store_true",
                   help="the service visit found nothing wrong")
    p.add_argument("--recall", metavar="REF", help="the recall whose action this visit did")
    command("receive", _simple(actions.receive_back), "the lending counter takes in a "
            "transport pump returned at another counter")
    command("lost", _simple(actions.report_lost), "report a pump as lost")
    p = command("move", _simple(actions.move_pump, unit="unit"),
                "move responsibility to another unit (care moved, or stock moved)")
    p.add_argument("--unit", required=True)
    command("retire", _simple(actions.retire_pump), "retire a pump for good")
    p = command("status", cmd_status, "where a pump is and who answers for it")
    p.add_argument("--json", action="store_true")
    p = command("history", cmd_history, "every event of a pump")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_list, "list pumps, loans, models, units, staff, prescribers, "
                "product areas, payers or the assortment's articles", reg=False)
    p.add_argument("what", choices=["pumps", "loans", "models", "units", "staff",
                                    "prescribers", "areas", "payers", "articles"])
    p.add_argument("--state")
    p.add_argument("--overdue", action="store_true", help="loans: only transport loans past "
                   "their due date")
    p.add_argument("--json", action="store_true")

    p = command("print", cmd_print, "print a receipt, loan form, pump label, packing slip, or "
                "an order's picking list or address label to a PDF file", reg=False)
    p.add_argument("document", choices=["receipt", "form", "label", "slip", "picking-list",
                                        "order-label"])
    p.add_argument("ref", nargs="+", metavar="REF", help="receipt/form: the loan number or a "
                   "pump on loan; label: the pump; slip: the pumps shipped; picking-list, "
                   "order-label: the order's withdrawal number")
    p.add_argument("--roll", choices=["62x29", "100x50"], default="62x29",
                   help="order-label: the label roll (mm; default 62x29)")
    p.add_argument("--unit", help="slip: the receiving unit's customer number")
    p.add_argument("--language", choices=["sv", "nb", "en"], help="the language to print in "
                   "(default: the depot's printing language)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")

    p = command("workday", cmd_workday, "is a date a working day, and which is the next",
                reg=False)
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--country", choices=["SE", "NO"], help="default: the depot's country")
    p.add_argument("--json", action="store_true")
    p = command("replenish", cmd_replenish, "the daily replenishment of units' buffer "
                "stocks (for a scheduled task)", reg=False)
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--dry-run", action="store_true", help="plan only; send nothing")
    p.add_argument("--slips", type=Path, help="folder for the packing slips' PDFs")
    p.add_argument("--json", action="store_true")
    p = command("target", cmd_target, "set a hospital unit's buffer stock target, or record "
                "a request to raise it (with --requester and --reason)", reg=False)
    p.add_argument("unit", metavar="CUSTNO")
    p.add_argument("model", metavar="MODEL")
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("--requester")
    p.add_argument("--reason")
    p = command("approve", cmd_approve, "approve (or --reject) a request for a larger stock",
                reg=False)
    p.add_argument("request", metavar="REQUEST_ID")
    p.add_argument("--reject", action="store_true")

    p = command("model", cmd_model, "add or change a pump model", reg=False)
    p.add_argument("code")
    p.add_argument("--make", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--area", required=True, help="the model's product area (pumpdesk list "
                   "areas), e.g. enteral_nutrition or subcutaneous_infusion")
    p.add_argument("--interval", type=int, required=True,
                   help="days between preventive maintenance")
    p.add_argument("--gtin", action="append", help="the manufacturer's GTIN for the model "
                   "(repeatable: a model may have several)")
    p.add_argument("--consumable", action="append")
    p.add_argument("--replacement-cost", type=int, metavar="AMOUNT",
                   help="what a new pump of the model costs, in whole kronor/kroner: a lost "
                   "pump is charged at it (left out: kept as it was)")
    p = command("unit", cmd_unit, "add or change a care unit", reg=False)
    p.add_argument("customer_number")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=["hospital_inpatient",
                   "hospital_outpatient", "primary_care", "municipality", "asylum",
                   "special_housing"])
    p.add_argument("--contact", metavar="NAME", help="who answers for the unit's buffer "
                   "stock (a unit that keeps one needs one); left out, the unit's stays, and "
                   "an empty one takes it away")
    p.add_argument("--agreement", action="store_true", help="the unit's doctors have an "
                   "agreement with the health region: it may start loans as specialist care "
                   "does")
    p.add_argument("--address", metavar="STREET", help="the unit's delivery address (with "
                   "--postcode and --town): a protected identity's orders go there; left "
                   "out, the address the unit has stays")
    p.add_argument("--postcode")
    p.add_argument("--town")
    p.add_argument("--phone", help="the unit's phone, printed on its parcels' labels")
    p = command("depot", cmd_depot, "show or change the depot's settings: name, address, "
                "contact details, country, the language of printed paper, and whether loans "
                "must start in specialist care", reg=False)
    p.add_argument("--name")
    p.add_argument("--address")
    p.add_argument("--phone", help="printed with the depot's name on every document "
                   "('' for none)")
    p.add_argument("--email", help="printed with the depot's name on every document")
    p.add_argument("--hours", metavar="TEXT", help="the opening hours, printed with the "
                   "depot's name (e.g. 'Mon–Fri 08.00–15.00')")
    p.add_argument("--country", choices=["SE", "NO"])
    p.add_argument("--print-language", choices=["sv", "nb", "en", "country"],
                   help="the language receipts, forms, labels and slips are printed in "
                   "('country': the country's language)")
    p.add_argument("--require-specialist", choices=["yes", "no", "country"],
                   help="whether a loan must be started by specialist care or a unit with an "
                   "agreement with the health region ('country': as the country does, "
                   "required in Norway)")
    p.add_argument("--transport-days", type=int, metavar="N", help="days a transport loan "
                   "lasts before it is overdue (default 2)")
    p.add_argument("--free-text-prescriber", choices=["yes", "no"], help="whether a "
                   "prescriber not in the register is allowed (marked unverified) for a unit "
                   "no registered prescriber works for (default no)")
    p.add_argument("--json", action="store_true")
    add_person_commands(sub, command)
    add_lookback_commands(sub, command)
    add_staff_commands(sub, command)
    add_prescriber_commands(sub, command)
    add_payer_commands(sub, command)
    add_consumable_commands(sub, command)
    add_sync_commands(sub, command)
    add_recall_commands(sub, command)
    add_count_commands(sub, command)
    add_order_commands(sub, command)
    add_delivery_commands(sub, command)
    add_report_commands(sub, command)
    _debug_anywhere(sub)
    return parser


def _debug_anywhere(sub: Any) -> None:
    """--debug before or after the command, and after an action (``payer add … --debug``)."""
    for each in sub.choices.values():
        each.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                          help=argparse.SUPPRESS)
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                _debug_anywhere(action)


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--probe-platform"]:
        # pumpdesk --check's child process in a bundle: load Qt's display plugin, no more.
        from app.gui.platform_plugin import run_probe

        return run_probe()
    parser = build_parser()
    args = parser.parse_args(argv)
    protect_output()
    db_path: Path | None = None
    logs = Logging(None)
    try:
        db_path = args.db or default_database_path()
        # Where the central database's password is kept when the system has no store.
        os.environ.setdefault("PUMPDESK_CREDENTIALS",
                              str(db_path.parent / "central-credentials.json"))
        logs = start_logging(db_path, debug=args.debug)
        code = _run(args, db_path, logs)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
    except BrokenPipeError:
        return closed_pipe()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:  # the user gets one sentence; the log the traceback
        return fail(error, args, db_path, logs)
    if code == EXIT_OK and logs.note is not None:
        say(logs.note, args)
    return code


#: Commands that record nothing of the counter's own: an unknown --staff does not stop them.
_NO_STAFF_NEEDED = frozenset({"sync", "central", "conflicts"})


def _sign_in(station: Station, args: argparse.Namespace) -> None:
    """``--staff`` (else ``$PUMPDESK_STAFF``), checked against the register; a scheduled
    ``replenish`` without one runs as the scheduled jobs' account. Without either, nothing
    that changes data can be done (but ``staff add`` of the first administrator)."""
    from app.domain.staff import SERVICE_ACCOUNT
    from app.services import staff
    from app.services.staff import signed_in_member

    number = args.staff or os.environ.get("PUMPDESK_STAFF") or ""
    if not number and getattr(args, "command", None) == "replenish":
        number = SERVICE_ACCOUNT
    if not number:
        return
    if args.command in _NO_STAFF_NEEDED and number not in staff.staff_names(station):
        return  # a new counter learns its staff by syncing
    first_setup = getattr(args, "staff_action", None) == "add" or args.command == "demo"
    if first_setup and not any(
            m.active and m.holds(staff.Role.ADMINISTRATOR) for m in staff.list_staff(station)):
        return  # the first setup: nobody is in the register to sign in as yet
    station.sign_in(signed_in_member(station, number).number)


def _run(args: argparse.Namespace, db_path: Path, logs: Logging) -> int:
    if args.check:
        from app.cli.check import run_check

        return run_check(db_path)
    if not getattr(args, "run", None) and not getattr(args, "run_without_station", None):
        from app.cli.window import open_window

        return open_window(args, db_path, logs)
    args.lang = language(args)
    if getattr(args, "run_without_station", None):
        args.run_without_station(args)
        return EXIT_OK
    station = open_station(db_path, workstation=args.workstation)
    try:
        _sign_in(station, args)
        args.run(station, args)
    finally:
        station.close()
    return EXIT_OK
