"""A workstation that works and syncs until it is killed: the process ``test_crash`` kills.

Run as::

    python _sync_client.py DB_PATH WORKSTATION CENTRAL_URL SEED KILL_POINT OCCURRENCE [START]

It opens the workstation database at DB_PATH (made and synced once by the test, so it
already holds the depot and its pumps), then loops: a few random counter actions on the
pumps it knows, then a sync cycle with small batches (three events per push, four entries
per pull), so that one cycle passes each checkpoint of ``app.sync.client.Sync`` several
times. KILL_POINT names the checkpoint ("before_send", "after_central_commit",
"during_apply") at whose OCCURRENCE-th passing the process sends itself SIGKILL; with
``clock`` it never kills itself and the test kills it at a random moment instead. START is
the ISO time its FakeClock starts from (later on each run, so its events keep moving on).

It reports on stdout, one ``write()`` and flush per line (SIGKILL flushes nothing)::

    ready                      the database is open, work begins
    event <uuid>               an own event, after the transaction that recorded it committed
    cycle <pushed> <pulled>    a sync cycle came back
    kill <point> <occurrence>  the line before it kills itself at that checkpoint

The script keeps no state that the database does not hold: every run starts from the file.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Sequence

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))  # for ``tests.*``; the script's own folder comes first

from sqlalchemy import text  # noqa: E402

from app.sync.central import Central  # noqa: E402
from app.sync.connection import CentralUnavailable  # noqa: E402
from app.sync.client import Sync  # noqa: E402
from tests.conftest import START, FakeClock, make_station  # noqa: E402
from tests.sync.workload import act  # noqa: E402

PUSH_BATCH = 3
PULL_BATCH = 4
POINTS = ("before_send", "after_central_commit", "during_apply")
#: A child the test forgot (or could not) kill must not work on for ever.
MAX_LIFETIME_S = 60.0


def report(line: str) -> None:
    # One write() per line: a pipe write of under PIPE_BUF bytes is atomic, so a kill
    # cannot leave half a line behind.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Killer:
    """The ``checkpoint`` callback: SIGKILL at the ``occurrence``-th passing of ``point``."""

    def __init__(self, point: str, occurrence: int) -> None:
        self.point = point
        self.occurrence = occurrence
        self.seen = 0

    def __call__(self, name: str) -> None:
        if name != self.point:
            return
        self.seen += 1
        if self.seen == self.occurrence:
            report(f"kill {name} {self.seen}")
            os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(10)  # never reached: the signal cannot be caught


def main(argv: Sequence[str]) -> None:
    db_path, workstation, url = Path(argv[0]), argv[1], argv[2]
    seed, point, occurrence = int(argv[3]), argv[4], int(argv[5])
    start = dt.datetime.fromisoformat(argv[6]) if len(argv) > 6 else START
    assert point in (*POINTS, "clock"), point
    rng = random.Random(seed)

    station = make_station(db_path, FakeClock(start), workstation=workstation,
                           readable_ids=False)
    assert station.ctx.workstation == workstation
    checkpoint = Killer(point, occurrence) if point in POINTS else (lambda _name: None)
    bound_s = float(os.environ.get("PUMPDESK_TEST_BOUND_S", "30"))
    sync = Sync(station.db, workstation, Central(url, bound_s), push_batch=PUSH_BATCH,
                pull_batch=PULL_BATCH, checkpoint=checkpoint)

    def own_events_after(seq: int) -> list[tuple[int, str]]:
        with station.db.reading() as connection:
            return [(row[0], row[1]) for row in connection.execute(text(
                "SELECT seq, id FROM events WHERE workstation = :me AND seq > :seq "
                "ORDER BY seq"), {"me": workstation, "seq": seq})]

    with station.db.reading() as connection:
        last = connection.execute(text("SELECT coalesce(max(seq), 0) FROM events")).scalar_one()
        pumps = sorted(connection.execute(text("SELECT registration FROM pumps")).scalars())
    assert pumps, "the test makes the database with the depot's pumps in it"
    report("ready")

    deadline = time.monotonic() + MAX_LIFETIME_S
    while time.monotonic() < deadline:
        for _ in range(rng.randint(1, 5)):
            act(station, pumps, rng)
            for last, event_id in own_events_after(last):
                report(f"event {event_id}")
        try:
            result = sync.cycle()
        except CentralUnavailable:  # a network that fails (the chaos test's proxy)
            report("offline")
            continue
        report(f"cycle {result.pushed} {result.pulled}")
    sys.exit(3)  # the test always kills it long before


if __name__ == "__main__":
    main(sys.argv[1:])
