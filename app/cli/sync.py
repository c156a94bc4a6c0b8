"""The command line's central-database commands: set up the schema, keep the password,
run a sync cycle, list and resolve conflicts."""

from __future__ import annotations

import argparse
import getpass
import os

from app.cli.depot import print_json
from app.domain.refusals import RefusalCode, Refused
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


def _keep_password(url: str, password: str) -> None:
    from app.services import sync

    sync.keep_password(url, password)
    print(f"The password for {sync.without_password(url)} is kept in the system's password "
          "store.")


def cmd_central(args: argparse.Namespace) -> None:
    from app.services import sync
    from app.sync.central import init_central

    url = args.url or central_url(args)
    shown = sync.without_password(url)  # refuses a malformed address before anything else
    if args.action == "init":
        revision = init_central(url)
        print(f"Central database {shown} is at schema revision {revision}.")
    elif args.action == "use":
        from psycopg.conninfo import conninfo_to_dict

        from app.gui.settings import CENTRAL_URL, Settings

        password = conninfo_to_dict(url).get("password")
        if password:
            _keep_password(url, password)
        Settings(path=getattr(args, "settings", None)).set(CENTRAL_URL, shown)
        print(f"This workstation syncs with {shown}.")
    elif args.action == "login":
        _keep_password(url, os.environ.get("PUMPDESK_CENTRAL_PASSWORD")
                       or _ask_password(shown))
    else:
        print(f"Reached {shown}: PostgreSQL {sync.test_connection(url)}.")


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
    p = sub.add_parser("central", help="set up the central database (init), make it this "
                       "workstation's (use), keep its password in the system's password "
                       "store (login), or test the connection (test)")
    p.set_defaults(run_without_station=cmd_central)
    p.add_argument("action", choices=["init", "use", "login", "test"])
    p.add_argument("--url", help="the central database, e.g. postgresql://user@host/db"
                   "?sslmode=verify-full (default: --central, $PUMPDESK_CENTRAL or settings)")
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
