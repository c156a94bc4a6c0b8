"""Opening the workstation's SQLite database: durable settings, migrations, connections.

WAL with ``synchronous=FULL`` makes every commit durable before it returns, so a killed
process or a power cut never loses a committed event. Write transactions start with
``BEGIN IMMEDIATE`` so two writers queue on the lock instead of failing half-way; reads
start a plain (deferred) transaction and never wait for a writer. Migrations run under the
write lock, so any number of processes may open (and create) the file at once. WAL
checkpoints run on a thread of their own (``checkpoints.py``), not inside the counter's
commits.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator
from uuid import uuid4

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    column,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

from app.domain.refusals import RefusalCode, Refused
from app.persistence.checkpoints import SAFETY_NET_PAGES, Checkpointer
from app.persistence.models import UtcDateTime, utc_text

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
#: How long an opening process waits for another that is creating or migrating the file.
MIGRATION_TIMEOUT_MS = 120_000
#: A WAL that grew in a bulk write is cut back to this once it has been checkpointed.
WAL_KEPT_BYTES = 8 * 1024 * 1024


def _create_in_wal(path: Path) -> None:
    """A new database file comes into being already in WAL mode.

    Turning a file to WAL rewrites its header: SQLite reads the header, then asks for the
    write lock while still holding its read lock, and in that state it does not wait (two
    processes waiting so for each other would wait for ever). Of two processes creating
    one new file at once, one was told "database is locked" at once, whatever the busy
    timeout. So the file is made in WAL under a name of its own and linked into place; a
    process that finds the name taken opens the file another process made, already in WAL.
    Where the file system has no hard links, SQLite creates the file in place as before.
    """
    if path.exists():
        return
    fresh = path.with_name(f".{path.name}.{uuid4().hex}.new")
    try:
        try:
            connection = sqlite3.connect(fresh)
            try:
                connection.execute("PRAGMA journal_mode=WAL")
            finally:
                connection.close()
            os.link(fresh, path)
        except FileExistsError:
            pass  # another process was first: its file is as good
        except (OSError, sqlite3.Error):
            pass  # no hard links, or no room: SQLite creates (or says why it cannot) in place
    finally:
        for leftover in (fresh, fresh.with_name(fresh.name + "-wal"),
                         fresh.with_name(fresh.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # First: turning a new file to WAL takes a lock another opening process may hold.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # What is deleted or overwritten is zeroed on disk: a protected person's erased data
    # leaves no copy in freed pages.
    cursor.execute("PRAGMA secure_delete=ON")
    # A pulled log's events go into indexes keyed by random ids: a cache of 32 MB (taken
    # only as pages are touched) keeps their pages in memory across a batch.
    cursor.execute("PRAGMA cache_size=-32768")
    # The Checkpointer's thread checkpoints; inside a commit only a runaway WAL is.
    cursor.execute(f"PRAGMA wal_autocheckpoint={SAFETY_NET_PAGES}")
    cursor.execute(f"PRAGMA journal_size_limit={WAL_KEPT_BYTES}")  # after a bulk write
    cursor.close()


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Foreign keys off for a batch migration that rebuilds a table others point to.

    SQLite ignores the pragma inside a transaction, and SQLAlchemy begins one on the first
    statement, so it is set on the driver's connection before anything else runs.
    """
    raw = connection.connection.driver_connection
    assert not connection.in_transaction(), "foreign keys can only change outside a transaction"
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if connection.in_transaction():
            connection.rollback()
        raw.execute("PRAGMA foreign_keys=ON")


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def alembic_config(engine: Engine | None = None) -> "Config":
    from alembic.config import Config  # Alembic is loaded only when a schema must change

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


_REVISION = re.compile(r"^revision\s*=\s*['\"](\w+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"](\w+)['\"]|None)", re.MULTILINE)


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    return frozenset(_revisions()[0])


def _revisions() -> tuple[set[str], set[str]]:
    """Every migration's revision, and those that are another's parent."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found:
            revisions.add(found.group(1))
            if down and down.group(1):
                parents.add(down.group(1))
    return revisions, parents


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration, read from the migration files' own ``revision`` lines.

    Alembic would tell the same (a test holds them to it), but loading Alembic and its
    templates costs a large part of a second at every start, when nothing is to be done.
    """
    revisions, parents = _revisions()
    heads = revisions - parents
    if len(heads) > 1:
        raise RuntimeError(f"the migrations have several heads: {sorted(heads)}")
    return heads.pop() if heads else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class DatabaseBusy(Refused):
    def __init__(self) -> None:
        super().__init__(
            RefusalCode.DATABASE_BUSY,
            "The database is busy with another task; nothing was changed. Try again in a "
            "moment.",
        )


class NewerDatabase(Exception):
    """The file's schema is at a revision this PumpDesk does not know: a newer one made it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} is at schema revision {revision}, unknown to this PumpDesk")
        self.path, self.revision = path, revision


class Database:
    """One workstation database file. Thread-safe: each caller takes its own connection."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        if not self.path.parent.is_dir():  # else SQLite says only "unable to open"
            self.path.parent.mkdir(parents=True, exist_ok=True)
        _create_in_wal(self.path)
        # Statements' parameters stay out of error messages, and so out of the log: they
        # may be a patient's identity.
        self.engine = create_engine(f"sqlite:///{self.path}", hide_parameters=True)
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self.checkpoints = Checkpointer(self.path)
        if migrate:
            try:
                self.upgrade()
            except BaseException:
                self.dispose()
                raise

    def upgrade(self) -> None:
        """Bring the schema to the newest revision; a database made by an older PumpDesk
        is upgraded in place, keeping its data. Refuses one made by a newer PumpDesk."""
        current = current_revision(self.engine)
        if current == head_revision():
            return
        if current is not None and current not in known_revisions():
            raise NewerDatabase(self.path, current)
        from alembic import command

        config = alembic_config(self.engine)
        command.upgrade(config, "head")
        # What a migration rewrote leaves no old page images behind. Only the process that
        # moved existing data scrubs: a new file has none, and a process that found the
        # schema migrated by another while it waited has nothing of its own to scrub. (A
        # scrub holds the write lock while it waits for readers; four processes opening a
        # new file at once each scrubbing kept a writer waiting past its busy timeout.)
        migrated_from = config.attributes.get("migrated_from")
        if migrated_from is not None and migrated_from != head_revision():
            self.scrub()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads: one consistent snapshot until it is closed."""
        with self.engine.connect() as connection:
            yield connection

    def writing(self) -> Connection:
        """A connection whose transactions take the write lock at BEGIN."""
        return self._writer.connect()

    def scrub(self) -> None:
        """Copy everything committed into the database file and empty the WAL file, so
        that page images from before an erasure are gone from it too."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def committed(self) -> None:
        """A write transaction committed: the background checkpoint follows."""
        self.checkpoints.committed()

    def dispose(self) -> None:
        self.checkpoints.stop()
        self.engine.dispose()


@lru_cache(maxsize=64)
def _compiled(statement: Any, keys: tuple[str, ...],
              dialect: Any) -> tuple[str, Any, tuple[tuple[str, Any], ...]]:
    """``statement`` compiled once for rows with ``keys``: its SQL, a getter of its
    positional parameters from a row, and the column types' conversions (UTC text, JSON,
    dates) by key."""
    compiled = statement.compile(dialect=dialect,
                                 column_keys=[k for k in keys if not k.startswith("_")])
    order = compiled.positiontup
    processors = dict(compiled._bind_processors)  # noqa: SLF001 - the types' conversions
    for key in order:  # the same conversion, called directly rather than through the
        # type's generic wrapper: a pull converts a quarter of a million of these
        if isinstance(compiled.binds[key].type, UtcDateTime):
            processors[key] = utc_text
    getter = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    return compiled.string, getter, tuple((key, processors[key]) for key in order
                                          if key in processors)


def json_values(name: str) -> Any:
    """``SELECT value FROM json_each(:name)``: one bound JSON list for an ``IN`` of any
    length, so the statement stays the same (compiled once) whatever the list's length."""
    return select(column("value")).select_from(func.json_each(bindparam(name))) \
        .scalar_subquery()


def execute_rows(connection: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Run ``statement`` for every row (all with the same keys) in one driver call.

    SQLAlchemy's own executemany builds each row's parameters through several layers; on a
    pulled batch of thousands that cost more than SQLite's work. Here the statement is
    compiled once and the rows become plain tuples, converted by the same column types.
    The rows are consumed: their converted values are written back into them.
    """
    if not rows:
        return
    sql, getter, conversions = _compiled(statement, tuple(rows[0]), connection.dialect)
    for key, convert in conversions:
        for row in rows:
            row[key] = convert(row[key])
    connection.exec_driver_sql(sql, list(map(getter, rows)))


def is_busy(error: BaseException) -> bool:
    return isinstance(error, OperationalError) and "locked" in str(error.orig).lower()
