"""``pumpdesk`` with no command: the counter window, after the first-run setup at a new
workstation. Why it cannot start (no screen, no Qt, a database it cannot open) is one
sentence like any other failure, in a dialog as well where there is a screen."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from app.cli.running import EXIT_OK, Logging
from app.cli.sync import configured_central
from app.domain.refusals import RefusalCode, Unworkable
from app.services.station import open_station

log = logging.getLogger("pumpdesk")


def open_window(args: argparse.Namespace, db_path: Path, logs: Logging) -> int:
    """No command: the counter window on the local database; at a new workstation's first
    start, the setup dialog before it."""
    if not _has_screen():
        raise Unworkable(RefusalCode.FILE_UNUSABLE,
                         "There is no screen here for the PumpDesk window (no DISPLAY or "
                         "WAYLAND_DISPLAY): start it on the desktop, or use the commands "
                         "(pumpdesk --help).")
    try:
        from app.gui.app import first_run, run_window
        from app.gui.settings import LANGUAGE, SET_UP, WORKSTATION, Settings, depot_setup
        from app.services.setup import apply_depot_setup, stored_workstation
    except ImportError as error:  # Qt missing or unusable on this machine
        from app.services.failures import window_cannot_start

        log.error("the window cannot start", exc_info=error)
        raise window_cannot_start(str(error)) from error
    settings = Settings(path=args.settings)
    new = not settings.get(SET_UP) and stored_workstation(db_path) is None
    if new and not args.workstation:  # a scripted install names its workstation instead
        if not first_run(settings, db_path):
            return EXIT_OK
    workstation = args.workstation or settings.get(WORKSTATION) or None
    language = args.lang or os.environ.get("PUMPDESK_LANG") or settings.get(LANGUAGE)
    try:
        station = open_station(db_path, workstation=workstation)
    except Exception as error:
        # Started from a menu, no one sees stderr: the sentence goes into a dialog too.
        from app.gui.app import show_failure
        from app.services.failures import explain

        show_failure(explain(error, database=db_path, log=logs.path), language)
        raise
    try:
        if new and not args.workstation:
            apply_depot_setup(station, depot_setup(settings))
        return run_window(station, language, logs.path, configured_central(args),
                          settings=settings)
    finally:
        station.close()


def _has_screen() -> bool:
    """Whether Qt can show a window here: on Linux it needs a display server (else it
    aborts the process), unless a platform such as offscreen is chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
