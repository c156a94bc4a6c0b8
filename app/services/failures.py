"""Every failure as one sentence for the person at the counter or the command line.

``explain`` turns whatever went wrong into a ``Refused``: a refusal stays what it is; a
failure of the environment — the database file, the disk, the central server, the
terminal — becomes an ``Unworkable`` that says what is wrong and what to do; anything else
becomes an apology that says where the details are. The window and the command line both
show ``explain``'s sentence (translated like every refusal) and log the traceback.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from app.domain.refusals import Phrase, RefusalCode, Refused, Unworkable
from app.persistence.database import DatabaseBusy, NewerDatabase

#: Below this much free space a disk error is taken for a full disk.
NEARLY_FULL_BYTES = 4 * 1024 * 1024

_FILE_WHY = {
    errno.ENOENT: Phrase("there is no such file or folder"),
    errno.ENOTDIR: Phrase("part of the path is not a folder"),
    errno.EEXIST: Phrase("part of the path is not a folder"),  # mkdir over a file
    errno.EISDIR: Phrase("it is a folder"),
    errno.EACCES: Phrase("permission denied"),
    errno.EPERM: Phrase("permission denied"),
    errno.EROFS: Phrase("the disk is read-only"),
    errno.EIO: Phrase("the disk reported an error"),
    errno.ENAMETOOLONG: Phrase("the name is too long"),
}


def explain(error: BaseException, database: Path | None = None,
            log: Path | None = None) -> Refused:
    """``error`` as one sentence: the refusal it is, or what went wrong and what to do.

    ``database`` is the workstation's database file (named in the sentence when it is the
    trouble), ``log`` the log the details went to (None when none could be written).
    """
    if isinstance(error, Refused):
        return error
    for explained in (_input(error), _central(error), _database(error, database),
                      _file(error, database)):
        if explained is not None:
            return explained
    return unexpected(error, log)


def unexpected(error: BaseException, log: Path | None) -> Unworkable:
    if log is None:
        return Unworkable(RefusalCode.UNEXPECTED,
                          "PumpDesk met an error it did not expect ({kind}) and could not "
                          "finish. Try again; if it happens again, tell your support, who can "
                          "see the details by running the command with --debug.",
                          kind=type(error).__name__)
    return Unworkable(RefusalCode.UNEXPECTED,
                      "PumpDesk met an error it did not expect ({kind}) and could not finish. "
                      "Try again; if it happens again, tell your support, who will find the "
                      "details in {log}.", kind=type(error).__name__, log=str(log))


# -- what was typed ------------------------------------------------------------------------


def _input(error: BaseException) -> Refused | None:
    if isinstance(error, UnicodeError) and "surrogates not allowed" in str(error):
        return Refused(RefusalCode.INVALID_INPUT,
                       "Something typed holds a character that is not readable text (a "
                       "broken character, or bytes that are not UTF-8); nothing was changed. "
                       "Type it again.")
    if isinstance(error, OverflowError):
        return Refused(RefusalCode.INVALID_INPUT,
                       "A number given is far too large; nothing was changed. Check the "
                       "numbers and try again.")
    return None


def window_cannot_start(why: str) -> Unworkable:
    """Qt or a library of the window is missing or broken on this machine."""
    return Unworkable(RefusalCode.FILE_UNUSABLE,
                      "The PumpDesk window cannot start here ({why}). Ask your support to "
                      "install what it needs; the commands work meanwhile (pumpdesk --help).",
                      why=why)


def platform_libraries_missing(platform: str, libraries: list[str],
                               packages: list[str]) -> Unworkable:
    """Qt's display plugin cannot load: the system libraries it needs are missing."""
    return Unworkable(RefusalCode.FILE_UNUSABLE,
                      "The PumpDesk window cannot start here: Qt's display plugin "
                      "'{platform}' needs system libraries that are not installed or cannot "
                      "be loaded: {libraries}. Ask your support to install them (on Debian "
                      "or Ubuntu, for instance: {packages}); the commands work meanwhile "
                      "(pumpdesk --help).", platform=platform,
                      libraries=", ".join(libraries), packages=" ".join(packages))


# -- the local database ----------------------------------------------------------------------


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The ``sqlite3`` error in ``error`` (SQLAlchemy wraps it as ``.orig``)."""
    seen: BaseException | None = error
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def _nearly_full(path: Path | None) -> bool:
    folder = path.parent if path is not None else None
    while folder is not None and not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return folder is not None and shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def disk_full(path: Path | None, in_database: bool) -> Unworkable:
    if in_database:
        return Unworkable(RefusalCode.DISK_FULL,
                          "The disk that holds the database {file} is full: nothing was "
                          "changed. Free some space on it (or ask your support to), then try "
                          "again.", file=str(path or "?"))
    return Unworkable(RefusalCode.DISK_FULL,
                      "The disk that holds {file} is full, so PumpDesk could not write it. Free "
                      "some space on it (or ask your support to), then try again.",
                      file=str(path or "?"))


def _database(error: BaseException, path: Path | None) -> Refused | None:
    if isinstance(error, NewerDatabase):
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "The database {file} was made by a newer version of PumpDesk "
                          "(schema {revision}): install that version here, or open another "
                          "database with --db.", file=str(error.path), revision=error.revision)
    found = _sqlite_error(error)
    if found is None:
        return None
    name = getattr(found, "sqlite_errorname", "") or ""
    file = str(path or "?")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseBusy()
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _nearly_full(path)):
        return disk_full(path, in_database=True)
    if name.startswith("SQLITE_IOERR"):
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "PumpDesk could not read or write its database {file} (a disk "
                          "error): nothing was changed. Check that the disk is there and "
                          "working, then try again.", file=file)
    if name == "SQLITE_NOTADB":
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "{file} is not a PumpDesk database (it is some other kind of file): "
                          "check the name, or choose another file with --db.", file=file)
    if name.startswith("SQLITE_CORRUPT"):
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "The database {file} is damaged: nothing was changed. Keep the file "
                          "as it is and ask your support to restore it from its backup.",
                          file=file)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return _read_only(file)
    if name.startswith("SQLITE_CANTOPEN"):
        return _cannot_open(path)
    if name == "SQLITE_NOMEM":
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "The computer ran out of memory: nothing was changed. Close other "
                          "programs and try again.")
    return None


def _read_only(file: str) -> Unworkable:
    return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                      "PumpDesk may not write to its database {file} (the file or its folder "
                      "is read-only): nothing was changed. Ask your support for write access "
                      "to both, or choose another database with --db.", file=file)


def _cannot_open(path: Path | None) -> Unworkable:
    """SQLite says only "unable to open database file": find out why."""
    file = str(path or "?")
    if path is not None and path.is_dir():
        return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                          "{file} is a folder, not a database file: give the file's name "
                          "with --db, e.g. {example}.", file=file,
                          example=str(path / "pumpdesk.db"))
    if path is not None and (not os.access(path.parent, os.W_OK)
                             or (path.exists() and not os.access(path, os.W_OK))):
        return _read_only(file)
    return Unworkable(RefusalCode.DATABASE_UNUSABLE,
                      "PumpDesk cannot open or make its database {file}: that place does not "
                      "take a database file. Choose a file in a folder of your own with --db "
                      "(or $PUMPDESK_DB).", file=file)


# -- other files ------------------------------------------------------------------------------


def _file(error: BaseException, database: Path | None) -> Refused | None:
    if not isinstance(error, OSError) or error.errno is None:
        return None
    path = Path(error.filename) if error.filename else database
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(path, in_database=path == database)
    if path is not None and path == database and error.errno in (errno.EACCES, errno.EPERM,
                                                                 errno.EROFS):
        return _read_only(str(path))
    why = _FILE_WHY.get(error.errno) or error.strerror or type(error).__name__
    if error.errno == errno.EIO and _nearly_full(path):
        return disk_full(path, in_database=path == database)
    return Unworkable(RefusalCode.FILE_UNUSABLE,
                      "PumpDesk could not use {file}: {why}. Check the name and that it may "
                      "be written there, then try again.", file=str(path or "?"), why=why)


# -- the central database ---------------------------------------------------------------------


def _central(error: BaseException) -> Refused | None:
    central = sys.modules.get("app.sync.connection")  # loaded only by the sync commands
    if central is None:
        return None
    if isinstance(error, central.CentralUnavailable):
        return Unworkable(RefusalCode.CENTRAL_REFUSED,
                          "The central database cannot be reached: {why}. Check the network "
                          "and the address, then try again; this workstation works on alone "
                          "meanwhile.", why=_one_line(error))
    if isinstance(error, central.CentralNotReady):
        return Unworkable(RefusalCode.CENTRAL_REFUSED,
                          "The central database is not ready for this PumpDesk: {why}.",
                          why=_one_line(error))
    import psycopg

    found = error if isinstance(error, psycopg.Error) else getattr(error, "orig", None)
    if not isinstance(found, psycopg.Error):
        return None
    if isinstance(found, psycopg.errors.InsufficientPrivilege):
        return Unworkable(RefusalCode.CENTRAL_REFUSED,
                          "The central database refused: {why}. Ask its administrator to "
                          "run this as the role that owns PumpDesk's schema, or to grant "
                          "this role what it needs.", why=_one_line(found))
    return Unworkable(RefusalCode.CENTRAL_REFUSED,
                      "The central database answered with an error: {why}. Check the address "
                      "and the role, or ask its administrator.", why=_one_line(found))


def _one_line(error: BaseException) -> str:
    """An error's own first line (a server's words, in its language), without our clutter."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return (lines[0] if lines else type(error).__name__).rstrip(".")
