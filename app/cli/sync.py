"""The command line's central-database commands: set up the schema, keep the password,
run a sync cycle, list and resolve conflicts."""

from __future__ import annotations

import argparse
import getpass
import os

from app.cli.depot import print_json
from app.cli.running import say
from app.domain.refusals import Notice, Phrase, RefusalCode, Refused
from app.services.station import Station


def configured_central(args: argparse.Namespace) -> str:
    """``--central``, else ``$PUMPDESK_CENTRAL``, else the workstation's settings ("" for
    a workstation that works alone)."""
    url = getattr(args, "central", None) or os.environ.get("PUMPDESK_CENTRAL")
    if not url:
        from app.gui.settings import CENTRAL_URL, Settings

        url = Settings(path=getattr(args, "settings", None)).get(CENTRAL_URL)
    return url


def central_url(args: argparse.Namespace) -> str:
    url = configured_central(args)
    if not url:
        raise Refused(RefusalCode.INVALID_INPUT, "No central database is set: give --central "
                      "URL, or set it in the settings.")
    return url


def _keep_password(url: str, password: str, secret: str = "password") -> None:
    from app.services import sync

    where = sync.keep_password(url, password, secret)
    print(f"The {secret} for {sync.without_password(url)} is kept in {where}.")


def _write_secret(path: str, text: str) -> None:
    """A file only its owner can read: credentials carried to a counter or a judge."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def _hand_over(credentials, output: str | None, what: str) -> None:  # noqa: ANN001
    if getattr(credentials, "series", None) is not None:
        print(f"Order series {credentials.series:02d}: its withdrawal numbers are "
              f"U{credentials.series:02d}NNNNNN (it reads the series at its first sync).")
    if output:
        _write_secret(output, credentials.url)
        print(f"The credentials of {what} ({credentials.role}) are in {output}, readable only "
              "by you: carry the file there, and there run 'pumpdesk central use --url "
              "\"$(cat FILE)\"'. They are not shown again.")
    else:
        print(f"The credentials of {what} ({credentials.role}), shown this once:")
        print(f"  {credentials.url}")
        print("There, run: pumpdesk central use --url \"<the line above>\"")


def cmd_central(args: argparse.Namespace) -> None:
    from app.services import sync
    from app.sync import admin

    url = args.url or central_url(args)
    shown = sync.without_password(url)  # refuses a malformed address before anything else
    if args.action == "init":
        done = admin.init_central(url)
        print(f"Central database {shown} (schema {done.schema}) is at schema revision "
              f"{done.revision}.")
        if done.judge is not None:
            _hand_over(done.judge, args.output, "the central judge")
    elif args.action == "add-workstation":
        if not args.workstation:
            raise Refused(RefusalCode.INVALID_INPUT, "Name the workstation: pumpdesk central "
                          "add-workstation ID.")
        credentials = admin.add_workstation(url, args.workstation, reenroll=args.reenroll)
        _hand_over(credentials, args.output, f"workstation {args.workstation.upper()}")
    elif args.action == "remove-workstation":
        if not args.workstation:
            raise Refused(RefusalCode.INVALID_INPUT, "Name the workstation: pumpdesk central "
                          "remove-workstation ID.")
        admin.remove_workstation(url, args.workstation)
        print(f"Workstation {args.workstation.upper()} can no longer reach the central "
              "database; its sessions are ended.")
    elif args.action == "serve":
        _serve(url, args.name)
    elif args.action == "use":
        from app.gui.settings import CENTRAL_URL, Settings

        Settings(path=getattr(args, "settings", None)).set(CENTRAL_URL, sync.keep_secrets(url))
        print(f"This workstation syncs with {shown}.")
    elif args.action == "login":
        _keep_password(url, os.environ.get("PUMPDESK_CENTRAL_PASSWORD")
                       or _ask_password(shown))
    else:
        reached = sync.test_connection(url)
        print(f"Reached {shown}: PostgreSQL {reached.version}.")
        if reached.warning is not None:
            say(reached.warning, args)


def _ask_password(shown: str) -> str:
    """The password, typed at the terminal; refused where there is none to type it at (a
    scheduled task, a service) rather than read from whatever stdin happens to be."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            password = getpass.getpass(f"Password for {shown}: ")
        except (EOFError, OSError, getpass.GetPassWarning):
            password = ""
            typed = False
        else:
            typed = True
    if not typed:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "There is no terminal here to type the password at: run 'pumpdesk "
                      "central login' in a terminal, or give the password in "
                      "$PUMPDESK_CENTRAL_PASSWORD.")
    if not password:
        raise Refused(RefusalCode.INVALID_INPUT, "No password was typed; nothing was kept.")
    return password


def _serve(url: str, name: str | None) -> None:
    """The central judge, until it is stopped (SIGTERM or Ctrl+C)."""
    import logging
    import signal
    import threading

    from app.sync.judge import Judge

    # A service's log is its standard error (the journal, under systemd), besides the
    # log file every command writes.
    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    judge_log = logging.getLogger("pumpdesk.judge")
    judge_log.addHandler(to_stderr)
    judge_log.setLevel(logging.INFO)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    judge = Judge(url, name=name)
    print(f"The central judge {judge.name} starts; it judges while it leads the region, "
          "and waits as a standby while another judge does.", flush=True)
    judge.run(stop)


def cmd_sync(station: Station, args: argparse.Namespace) -> None:
    from app.services import sync  # psycopg loads only for these commands

    link = sync.open_sync(station, central_url(args))
    try:
        report = sync.run_cycle(link)
    finally:
        link.close()
    if args.json:
        print_json(report.as_json())
    else:
        if report.error is None:
            print(f"pushed {report.pushed} (accepted {report.accepted}), pulled "
                  f"{report.pulled} (applied {report.applied}), conflicts {report.conflicts}")
        print(f"waiting {report.pending}, open conflicts {report.open_conflicts}, "
              f"central position {report.cursor}")
    if report.clock_off:
        say(Notice("This computer's clock is {minutes} minutes off the central server's "
                   "({direction}): events get wrong times. Ask your technician to set it.",
                   minutes=round(abs(report.clock_offset_s) / 60),
                   direction=Phrase("ahead") if report.clock_offset_s > 0 else
                   Phrase("behind")), args)
    clash = sync.copy_clash(report)
    if clash is not None:
        say(clash, args)
    if report.error is not None:
        raise Refused(RefusalCode.INVALID_INPUT, "Sync did not finish: {error}",
                      error=report.error)


def cmd_conflicts(station: Station, args: argparse.Namespace) -> None:
    from app.services import sync

    found = sync.conflicts(station, include_resolved=not args.open)
    if args.json:
        print_json([c.as_json() for c in found])
        return
    for c in found:
        stood = c.stood
        print(f"{c.refused.event_id}  {c.pump or ''}  {'OPEN' if c.open else 'resolved'}")
        print(f"  refused: {c.refused.label} at {c.refused.workstation} by {c.refused.actor}, "
              f"{c.refused.occurred_at.astimezone():%Y-%m-%d %H:%M} {c.refused.detail}")
        if stood is not None:
            print(f"  stood:   {stood.label} at {stood.workstation} by {stood.actor}, "
                  f"{stood.occurred_at.astimezone():%Y-%m-%d %H:%M} {stood.detail}")
        print(f"  why:     {c.reason.message}")
        if not c.open:
            print(f"  resolved by {c.resolved_by}: {c.resolution}")


def cmd_resolve(station: Station, args: argparse.Namespace) -> None:
    from app.services import sync

    sync.resolve_conflict(station, args.conflict, args.note)
    print(f"Conflict {args.conflict} resolved.")


def add_commands(sub: argparse._SubParsersAction, command) -> None:  # noqa: ANN001
    p = sub.add_parser(
        "central", help="the central database: set it up (init, as its administrator), "
        "enroll or remove a counter (add-workstation ID [--reenroll], remove-workstation ID),"
        " run the central judge (serve), make it this workstation's (use), keep its "
        "password (login), or test the connection (test)")
    p.set_defaults(run_without_station=cmd_central)
    p.add_argument("action", choices=["init", "add-workstation", "remove-workstation",
                                      "serve", "use", "login", "test"])
    p.add_argument("workstation", nargs="?", metavar="ID",
                   help="add-workstation, remove-workstation: the counter's workstation id")
    p.add_argument("--url", help="the central database, e.g. postgresql://user@host/db"
                   "?sslmode=verify-full (default: --central, $PUMPDESK_CENTRAL or settings)")
    p.add_argument("--reenroll", action="store_true", help="add-workstation: new credentials "
                   "for a counter already enrolled (it lost its database or password)")
    p.add_argument("-o", "--output", help="init, add-workstation: write the credentials to "
                   "this file (readable only by you) instead of showing them")
    p.add_argument("--name", help="serve: this judge's name in the status (default: host:pid)")
    p = command("sync", cmd_sync, "one sync cycle with the central database: push what "
                "waits, pull what is new", reg=False)
    p.add_argument("--json", action="store_true")
    p = command("conflicts", cmd_conflicts, "the sync conflicts this workstation knows of",
                reg=False)
    p.add_argument("--open", action="store_true", help="only those not yet resolved")
    p.add_argument("--json", action="store_true")
    p = command("resolve", cmd_resolve, "resolve a sync conflict, saying what was done",
                reg=False)
    p.add_argument("conflict", metavar="EVENT_ID", help="the refused event's id")
    p.add_argument("--note", required=True)
