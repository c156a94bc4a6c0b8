"""How a command ends, whatever happens: its log, its language, and one sentence on stderr
with a documented exit status when it cannot do what was asked.

    0  done
    1  refused: the rules or what was typed do not allow it (or the database is busy for
       a moment); nothing was changed, and the line says why and what to do
    2  usage: the command line itself is wrong (argparse says how)
    3  could not work here: the database file, the disk, the central server, a missing
       terminal — or an error PumpDesk did not expect; the line says what is wrong and what
       to do, the traceback goes to pumpdesk.log
    4  pumpdesk --check found something missing or broken

A closed pipe (``pumpdesk list pumps --json | head``) ends the command quietly (0), and
Ctrl+C with 130. The traceback reaches stderr only with ``--debug``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.domain.refusals import RefusalCode, Refused, Unworkable

log = logging.getLogger("pumpdesk")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNWORKABLE, EXIT_CHECK_FAILED = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
LOG_NAME = "pumpdesk.log"


class _QuietFileHandler(RotatingFileHandler):
    """The log file, which must never be the trouble itself: when the disk fills up or the
    file goes away, a record is dropped rather than a "--- Logging error ---" printed."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        self.failed = True


@dataclass
class Logging:
    #: Where the log is written; None when no place for it could be written.
    path: Path | None
    #: Said after a command that worked: the log could not be where it belongs.
    note: Unworkable | None = None


def start_logging(db_path: Path, debug: bool = False) -> Logging:
    """``pumpdesk.log`` beside the database (by default in the user's data folder), kept to
    five files of a megabyte, set up before anything else can fail. When that file cannot
    be written, the user's log folder takes it; with ``--debug`` everything goes to stderr
    as well. Python's warnings go to the log, not to the user."""
    root = logging.getLogger()  # the program's own records, and any library's warnings
    for handler in [h for h in root.handlers if getattr(h, "pumpdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.captureWarnings(True)
    handlers: list[logging.Handler] = []
    if debug:
        handlers.append(logging.StreamHandler(sys.stderr))
    wanted = (db_path.parent if db_path.name else db_path) / LOG_NAME
    used, why = None, ""
    for candidate in (wanted, _fallback_folder() / LOG_NAME):
        try:
            if not candidate.parent.is_dir():
                candidate.parent.mkdir(parents=True, exist_ok=True)
            handler = _QuietFileHandler(candidate, maxBytes=1_000_000, backupCount=4,
                                        encoding="utf-8")
        except (OSError, ValueError) as error:
            why = why or (error.strerror or type(error).__name__)
            continue
        handlers.append(handler)
        used = candidate
        break
    if not handlers:  # else Python's last resort would print the records on stderr
        handlers.append(logging.NullHandler())
    for handler in handlers:
        handler.pumpdesk = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return Logging(used, _log_note(wanted, used, why))


def _fallback_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("PumpDesk", appauthor=False))


def _log_note(wanted: Path, used: Path | None, why: str) -> Unworkable | None:
    if used == wanted:
        return None
    if used is None:
        return Unworkable(RefusalCode.FILE_UNUSABLE,
                          "PumpDesk cannot write its log {log} ({why}), nor one anywhere else: "
                          "it works on without a log. Ask your support to let it write there.",
                          log=str(wanted), why=why)
    return Unworkable(RefusalCode.FILE_UNUSABLE,
                      "PumpDesk cannot write its log {log} ({why}), so it logs to {used} "
                      "instead. Ask your support to let it write there.", log=str(wanted),
                      why=why, used=str(used))


def protect_output() -> None:
    """A character the console cannot show (an arrow in a Windows code page, a broken
    character typed on the command line) is written as an escape, never an error; output
    with nowhere to go (started with stdout or stderr closed) goes nowhere, quietly."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def language(args: argparse.Namespace) -> str:
    """``--lang``, else ``$PUMPDESK_LANG``, else the settings' language, else Swedish."""
    chosen = getattr(args, "lang", None) or os.environ.get("PUMPDESK_LANG")
    if not chosen:
        try:
            from app.gui.settings import LANGUAGE, Settings

            chosen = Settings(path=getattr(args, "settings", None)).get(LANGUAGE)
        except Exception:  # noqa: BLE001 - no settings to be had: the default
            chosen = None
    return chosen if chosen in ("sv", "nb", "en") else "sv"


def say(problem: Refused, args: argparse.Namespace) -> None:
    """One line on stderr, in the user's language (English when Qt cannot load here)."""
    try:
        from app.translation import refusal_text, translator_for

        text = refusal_text(problem, translator_for(language(args)))
    except Exception:  # noqa: BLE001 - the sentence matters more than its language
        text = problem.message
    print(" ".join(text.split()), file=sys.stderr)


def fail(error: BaseException, args: argparse.Namespace, db_path: Path | None,
         logs: Logging) -> int:
    """The exit status for ``error``, after one sentence on stderr and, unless it was a
    plain refusal, its traceback in the log."""
    from app.services.failures import explain

    try:
        problem = explain(error, database=db_path, log=logs.path)
    except Exception:  # noqa: BLE001 - explaining must not be the next failure
        log.exception("explaining a failure failed")
        from app.services.failures import unexpected

        problem = unexpected(error, logs.path)
    if problem is not error:
        # The traceback, never the arguments: what was typed stays out of the log.
        log.error("%s failed: %s", getattr(args, "command", None) or "pumpdesk",
                  type(error).__name__, exc_info=error)
    say(problem, args)
    return EXIT_UNWORKABLE if isinstance(problem, Unworkable) else EXIT_REFUSED


def closed_pipe() -> int:
    """The reader of our output has gone (``| head``): stop writing, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_OK
