"""Crash durability: SIGKILL a workstation in the middle of a stream of writes.

DESIGN.md: the local database "must survive a killed process or power loss without losing
a committed event". These tests start ``_writer.py`` — a real workstation running real
counter actions through the services — let it report a random number of committed events,
kill it with SIGKILL while it is writing, and then check that

* SQLite finds the file sound (``integrity_check``, ``foreign_key_check``), still in WAL mode;
* the program opens it cleanly: the schema is at the newest migration;
* every event the writer saw committed is in the log, unchanged and in commit order, and the
  log holds nothing it did not report except the setup before and at most one transaction
  after the last report (committed, but killed before it could say so);
* the tables are exactly what the log says (replayed into an empty database and compared);
* a multi-pump loan the kill interrupted is either wholly there or not there at all;
* the workstation can go on working: a new pump can be registered and lent.

A kill of the process (not of the machine) is what this can test: a power cut, which
``synchronous=FULL`` is for, would need a virtual machine or a fault-injecting file system.
"""

from __future__ import annotations

import os
import queue
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pytest
from sqlalchemy import text

from app.domain.refusals import Refused
from app.domain.events import Event
from app.persistence.database import Database, current_revision, head_revision
from app.persistence.replay import events, projection, replay
from app.services import actions, queries
from tests.conftest import enroll
from app.services.station import open_station

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("_writer.py")
WORKSTATION = "KILLME"  # as _writer.WORKSTATION (not imported: tests/ is not a package)

RUNS = 5
#: Change to explore other kill points; each run's seed is derived from it and the run index.
BASE_SEED = int(os.environ.get("PUMPDESK_DURABILITY_SEED", "0"))
#: How many committed events the writer reports before it is killed, drawn per run.
KILL_AFTER = (20, 300)
#: Generous: the writer normally reaches 300 events in about a second.
WRITER_TIMEOUT_S = 60.0

#: The setup the writer does without reporting events (the services return no event id).
SETUP_EVENT_TYPES = {"model_defined", "unit_defined", "staff_defined"}
#: The most pumps one loan of the writer's ``loans`` mode holds (_writer.LOAN_SIZES).
MAX_LOAN_SIZE = 20

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
EVENT_LINE = re.compile(rf"({_UUID}) ([a-z_]+) (\S+)\n")
LOAN_LINE = re.compile(r"loan((?: \S+)+)\n")


# -- the writer process -----------------------------------------------------------------


class Writer:
    """``_writer.py`` running in its own process; its stdout is read on a thread so that
    waiting for it can time out instead of hanging the test run."""

    def __init__(self, db_path: Path, mode: str, seed: int, log_dir: Path) -> None:
        self.stderr_path = log_dir / f"writer-{mode}.stderr"
        self._stderr = self.stderr_path.open("w", encoding="utf-8")
        self.lines: list[str] = []
        self.events_reported = 0
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), mode, str(seed)],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self._reader = threading.Thread(target=self._read, name="writer-stdout", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line)
        self._queue.put(None)  # end of file: the writer is gone

    def _take(self, line: str) -> None:
        self.lines.append(line)
        if not line.startswith("loan "):
            self.events_reported += 1

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8")[-4000:]

    def wait_until(self, ready: Callable[["Writer"], bool]) -> None:
        """Read the writer's reports until ``ready`` says it is time to kill it."""
        deadline = time.monotonic() + WRITER_TIMEOUT_S
        while not ready(self):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"the writer reported only {self.events_reported} events in "
                            f"{WRITER_TIMEOUT_S:.0f} s; its stderr:\n{self.stderr()}")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                code = self.proc.wait()
                pytest.fail(f"the writer exited by itself (code {code}) after "
                            f"{self.events_reported} events; its stderr:\n{self.stderr()}")
            self._take(line)

    def kill(self) -> list[str]:
        """SIGKILL the writer; return every line it wrote, the unread ones too."""
        os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=10)
        # Killed, not exited by itself: the kill landed while it was still writing.
        assert code == -signal.SIGKILL, f"writer ended with {code}:\n{self.stderr()}"
        self._reader.join(timeout=10)
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                self._take(line)
        return self.lines

    def close(self) -> None:
        # Never leave a writer running behind a failed test.
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


@dataclass(frozen=True)
class Reported:
    """An event the writer reported after its transaction committed."""

    id: str
    type: str
    pump: str


def parse_reports(lines: list[str]) -> tuple[list[Reported], list[tuple[str, ...]]]:
    """The writer's reported events, and the pumps of each loan it set out to issue."""
    reported: list[Reported] = []
    loans: list[tuple[str, ...]] = []
    for line in lines:
        if not line.endswith("\n"):
            continue  # cut short by the kill: not a complete report (only ever the last)
        if match := EVENT_LINE.fullmatch(line):
            reported.append(Reported(*match.groups()))
        elif match := LOAN_LINE.fullmatch(line):
            loans.append(tuple(match.group(1).split()))
        else:
            pytest.fail(f"the writer wrote a line that is no report: {line!r}")
    return reported, loans


# -- what must hold after the kill ------------------------------------------------------


def keep_as_killed(db_path: Path, into: Path) -> None:
    """Copy the files exactly as the kill left them (database, WAL, shared memory) before
    anything opens them and recovers the WAL, so a failure can be examined afterwards."""
    into.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copy2(source, into / source.name)


def check_file_is_sound(db_path: Path) -> None:
    """Plain SQLite, no PumpDesk code: the file is not corrupt and still in WAL mode."""
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def check_opens_at_head(db_path: Path) -> None:
    # First without migrating, so an open that silently re-ran migrations would show.
    db = Database(db_path, migrate=False)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    Database(db_path).dispose()


def check_log(db: Database, reported: list[Reported], max_tail: int) -> list[Event]:
    """Every reported event is in the log, unchanged, in the order it was committed; the
    log holds nothing else but the unreported setup before and at most one transaction
    (``max_tail`` events) committed after the last report. Returns the log."""
    log = list(events(db))  # reads every row back as an Event: ids, times, JSON payloads
    position = {event.id: index for index, event in enumerate(log)}
    missing = [r for r in reported if r.id not in position]
    assert not missing, f"{len(missing)} committed events lost, first {missing[0]}"
    for r in reported:
        event = log[position[r.id]]
        assert (event.type.value, event.pump) == (r.type, r.pump), f"event {r.id} changed"
        assert event.workstation == WORKSTATION
    order = [position[r.id] for r in reported]
    assert order == sorted(order), "reported events are not in the log in commit order"
    assert len(set(order)) == len(order), "an event was reported twice"

    reported_at = set(order)
    unreported = [i for i in range(len(log)) if i not in reported_at]
    before = [log[i] for i in unreported if i < order[0]]
    between = [log[i] for i in unreported if order[0] < i < order[-1]]
    after = [log[i] for i in unreported if i > order[-1]]
    assert {event.type.value for event in before} <= SETUP_EVENT_TYPES
    assert not between, f"events in the log that were never reported: {between[:3]}"
    assert len(after) <= max_tail, f"{len(after)} unreported events after the last report"
    return log


def check_tables_match_log(db: Database, scratch: Path) -> None:
    """Replaying the log into an empty database gives exactly the tables."""
    replayed = Database(scratch)
    try:
        replay(db, replayed)
        assert projection(db) == projection(replayed)
    finally:
        replayed.dispose()


def check_can_go_on(db_path: Path, tmp_path: Path) -> None:
    """The workstation starts again on the file and works: register and lend a pump."""
    with pytest.raises(Refused, match=f"belongs to workstation {WORKSTATION}, not OTHER"):
        open_station(db_path, staff="after-kill", workstation="OTHER")
    station = open_station(db_path, staff="after-kill")
    enroll(station, "after-kill")
    try:
        assert station.ctx.workstation == WORKSTATION  # the stored id survived
        model = queries.list_models(station)[0]["code"]
        unit = queries.list_units(station)[0]["customer_number"]
        registered = actions.register_pump(station, "AFTER-KILL-1", model)
        issued = actions.issue_pump(station, "AFTER-KILL-1", patient="19811228-9874",
                                    unit=unit, approval="BL-AFTER-KILL")
        assert issued.state == "on_loan"
        ids = {event.id for event in events(station.db)}
        assert {registered.event_id, issued.event_id} <= ids
        check_tables_match_log(station.db, tmp_path / "replayed-after.db")
    finally:
        station.close()
    check_file_is_sound(db_path)


def loans_in_tables(db: Database) -> dict[str, set[str]]:
    """Each patient loan's pumps, as the ``loans`` and ``loan_pumps`` tables hold them."""
    with db.engine.connect() as connection:
        loans: dict[str, set[str]] = {
            loan_id: set() for (loan_id,) in connection.execute(
                text("SELECT id FROM loans WHERE type = 'patient'"))}
        for loan_id, pump in connection.execute(text("SELECT loan_id, pump FROM loan_pumps")):
            if loan_id in loans:
                loans[loan_id].add(pump)
    return loans


# -- the tests --------------------------------------------------------------------------


def kill_plan(mode: str, run: int) -> tuple[random.Random, int, int]:
    """The run's own random source, kill point and writer seed: the same for the same run
    index (and ``PUMPDESK_DURABILITY_SEED``), different between runs."""
    rng = random.Random(f"pumpdesk-durability-{mode}-{BASE_SEED}-{run}")
    return rng, rng.randint(*KILL_AFTER), rng.randrange(2**31)


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_a_stream_of_actions_loses_no_committed_event(
        tmp_path: Path, run: int) -> None:
    rng, kill_after, seed = kill_plan("stream", run)
    db_path = tmp_path / "station.db"
    with Writer(db_path, "stream", seed, tmp_path) as writer:
        writer.wait_until(lambda w: w.events_reported >= kill_after)
        # The writer is already inside its next action; a short random pause moves the
        # kill to different points of it (reading, writing, committing).
        time.sleep(rng.uniform(0, 0.003))
        reported, _ = parse_reports(writer.kill())
    assert len(reported) >= kill_after

    keep_as_killed(db_path, tmp_path / "as-killed")
    check_file_is_sound(db_path)
    check_opens_at_head(db_path)
    db = Database(db_path)
    try:
        check_log(db, reported, max_tail=1)  # each action is one event in one transaction
        check_tables_match_log(db, tmp_path / "replayed.db")
    finally:
        db.dispose()
    check_can_go_on(db_path, tmp_path)


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_a_multi_pump_loan_leaves_all_of_it_or_none(
        tmp_path: Path, run: int) -> None:
    rng, kill_after, seed = kill_plan("loans", run)
    db_path = tmp_path / "station.db"
    with Writer(db_path, "loans", seed, tmp_path) as writer:
        # Kill just after the writer announced a loan: it is then inside issue_pumps,
        # most likely with the loan's transaction open.
        writer.wait_until(lambda w: w.events_reported >= kill_after
                          and w.lines[-1].startswith("loan "))
        time.sleep(rng.uniform(0, 0.02))  # a 8..20-pump loan takes about 10..30 ms
        reported, announced = parse_reports(writer.kill())

    keep_as_killed(db_path, tmp_path / "as-killed")
    check_file_is_sound(db_path)
    check_opens_at_head(db_path)
    db = Database(db_path)
    try:
        log = check_log(db, reported, max_tail=MAX_LOAN_SIZE)
        # The loans in the log, each with its pumps in the order they were scanned.
        logged: dict[str, list[str]] = {}
        for event in log:
            if event.type.value == "issued_to_patient":
                logged.setdefault(event.payload["loan_id"], []).append(event.pump or "")
        # Every loan announced before the last was committed (its events were reported);
        # the last one, under way at the kill, may or may not have been.
        assert len(logged) in (len(announced) - 1, len(announced))
        assert list(logged.values()) == [list(pumps) for pumps in announced[:len(logged)]], \
            "a loan in the log lacks some of its pumps"
        assert loans_in_tables(db) == {loan: set(pumps) for loan, pumps in logged.items()}, \
            "a loan in the tables lacks some of its pumps"
        check_tables_match_log(db, tmp_path / "replayed.db")
    finally:
        db.dispose()
    check_can_go_on(db_path, tmp_path)
    in_flight = "committed" if len(logged) == len(announced) else "absent, as if never begun"
    print(f"run {run}: killed after {len(reported)} reported events; the last loan "
          f"({len(announced[-1])} pumps) is {in_flight}")
