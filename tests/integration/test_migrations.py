"""The schema is Alembic's to make: every revision upgrades, downgrades, and an old
workstation database is upgraded in place when PumpDesk opens it, keeping its data."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tests.conftest import signed_in
from app.persistence.database import Database, alembic_config, current_revision, head_revision
from app.persistence.models import metadata
from app.persistence.replay import projection, replay
from app.services import actions
from app.services.station import open_station

FIXTURES = Path(__file__).parent.parent / "fixtures"
REVISIONS = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def test_the_quick_head_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_migrations_make_exactly_the_models_schema(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.db")
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
    assert current_revision(db.engine) == head_revision()


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_revision_downgrades_and_upgrades_again(tmp_path: Path, revision: str) -> None:
    db = Database(tmp_path / "round.db")
    config = alembic_config(db.engine)
    command.downgrade(config, f"{revision}-1" if revision != REVISIONS[-1] else "base")
    command.upgrade(config, "head")
    assert current_revision(db.engine) == head_revision()


def test_an_old_database_with_data_is_upgraded_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "pumpdesk-rev0001.db", path)
    with sqlite3.connect(path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        counts = {t: old.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("events", "pumps", "loans", "patients")}
    station = open_station(path)
    assert current_revision(station.db.engine) == head_revision()
    counts["persons"] = counts.pop("patients")  # the person register, since revision 0007
    with sqlite3.connect(path) as new:
        assert {t: new.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} \
            == counts
        indexes = {row[1] for row in new.execute("PRAGMA index_list(loans)")}
    assert "ix_loans_workstation_number" in indexes
    signed_in(station)  # a staff member to go on working as (an event of its own)
    # The upgraded tables still say what the log says, and work goes on from them.
    rebuilt = Database(tmp_path / "rebuilt.db")
    replay(station.db, rebuilt)
    assert projection(rebuilt) == projection(station.db)
    ready = [
        row[0] for row in sqlite3.connect(path).execute(
            "SELECT registration FROM pumps WHERE state = 'ready' AND next_maintenance > date('now')")]
    assert ready
    result = actions.issue_pump(station, ready[0], patient="19811228-9874", unit="602154",
                                approval="BL-1")
    assert result.loan_number.startswith(station.ctx.workstation)
    station.close()


def test_only_the_process_that_moved_existing_data_scrubs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scrub holds the write lock while it waits for readers: a new file (nothing to
    scrub) and a process that found the schema migrated by another while it waited for the
    lock do not scrub; the process that upgraded an old database with data does, once."""
    import app.persistence.database as database

    scrubbed: list[Path] = []
    monkeypatch.setattr(Database, "scrub", lambda self: scrubbed.append(self.path))
    Database(tmp_path / "new.db").dispose()
    assert scrubbed == []
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "pumpdesk-rev0001.db", path)
    late = Database(path, migrate=False)  # read the old revision, then waited for the lock
    Database(path).dispose()
    assert scrubbed == [path]
    monkeypatch.setattr(database, "current_revision", lambda engine: "0001")
    late.upgrade()  # finds the schema at its head under the lock: nothing of its own moved
    late.dispose()
    assert scrubbed == [path]
    assert current_revision(Database(path, migrate=False).engine) == head_revision()


def _open_at_once(path: Path, openers: int) -> list[BaseException]:
    """``openers`` connections open the same new file at the same moment, each its own."""
    barrier, errors = threading.Barrier(openers), []

    def one() -> None:
        barrier.wait()
        try:
            db = Database(path, migrate=False)
            with db.reading() as connection:
                connection.exec_driver_sql("SELECT 1")
            db.dispose()
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_openers_of_one_new_file_are_never_told_it_is_locked(tmp_path: Path) -> None:
    """Turning a new file to WAL takes SQLite's write lock while holding a read lock, and
    there SQLite does not wait: of two creating one file at once, one was refused at once,
    whatever the busy timeout (about one round in five of these failed)."""
    failed = {round_: errors for round_ in range(100)
              if (errors := _open_at_once(tmp_path / f"new-{round_}.db", 4))}
    assert failed == {}
    # the files made under names of their own are gone
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("new-")] == []


def test_where_files_cannot_be_linked_sqlite_makes_the_new_file_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    db = Database(tmp_path / "here.db")
    with db.reading() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()
    assert [p.name for p in tmp_path.iterdir()] == ["here.db"]


def test_the_database_is_durable_by_its_settings(tmp_path: Path) -> None:
    db = Database(tmp_path / "pragmas.db")
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1


def test_only_a_refetchable_batch_commits_without_waiting_for_the_disk(
        tmp_path: Path) -> None:
    """A pulled batch (refetchable: the cursor rolls back with it) commits at
    ``synchronous=NORMAL``; its connection goes back to the pool at FULL, so the counter's
    own work, on the same pooled connection or another, still waits for the disk. Also
    when the batch fails, or cannot have the write lock."""
    from app.persistence.database import DatabaseBusy
    from app.persistence.unit_of_work import UnitOfWork

    db = Database(tmp_path / "sync.db")

    def level(connection: Any) -> int:
        return connection.exec_driver_sql("PRAGMA synchronous").scalar()

    with UnitOfWork(db, refetchable=True) as uow:
        assert level(uow.connection) == 1  # NORMAL
        uow.commit()
    with pytest.raises(RuntimeError), UnitOfWork(db, refetchable=True) as uow:
        raise RuntimeError("a batch that fails half-way")
    with db.writing() as pooled:  # the one pooled connection: told not to wait long
        pooled.connection.driver_connection.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    with pytest.raises(DatabaseBusy), UnitOfWork(db, refetchable=True):
        pass
    other.execute("ROLLBACK")
    other.close()
    with UnitOfWork(db) as uow:
        assert level(uow.connection) == 2  # FULL, on the pooled connection the batch used
    with db.reading() as a, db.reading() as b:
        assert level(a) == level(b) == 2
    db.dispose()


def test_the_event_log_is_append_only(tmp_path: Path) -> None:
    station = signed_in(open_station(tmp_path / "log.db", workstation="T"))
    from app.services import register
    register.define_unit(station, "602154", name="SUS Lund", kind="hospital_inpatient")
    with sqlite3.connect(tmp_path / "log.db") as raw:
        for sql in ("UPDATE events SET actor = 'someone else'", "DELETE FROM events"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                raw.execute(sql)


def test_migrations_run_with_foreign_keys_off_and_leave_them_on(tmp_path: Path) -> None:
    from app.persistence.database import foreign_keys_off

    db = Database(tmp_path / "fk.db")
    with db.engine.connect() as connection:
        with foreign_keys_off(connection):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
            connection.rollback()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
