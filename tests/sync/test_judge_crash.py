"""The central judge killed (SIGKILL) at random moments while counters hand events in:
nothing handed in is lost, nothing is judged twice, the log's numbers have no gap, and
every counter converges. The judge runs as ``pumpdesk central serve`` in a process of its
own, started again after each kill, as its service manager would."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from tests.conftest import FakeClock, define_depot
from tests.sync.region import Region
from tests.sync.test_sync import Counter
from tests.sync.workload import act, assert_converged, register_pumps, sql

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12
COUNTERS = 3


class JudgeProcess:
    def __init__(self, url: str, log: Path) -> None:
        self.url, self.log = url, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "central", "serve", "--url", self.url],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)

    def kill(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def region_without_judge(central_database: str):  # noqa: ANN201
    made = Region(central_database, judge=False)
    yield made
    made.drop()


def test_the_judge_killed_at_random_loses_nothing_and_judges_nothing_twice(
        region_without_judge: Region, tmp_path: Path) -> None:
    region = region_without_judge
    judge = JudgeProcess(region.judge_url, tmp_path / "judge.log")
    judge.start()
    clock = FakeClock()
    counters = [Counter(tmp_path, f"KASSA{n}", region.admin_url, clock)
                for n in range(1, COUNTERS + 1)]
    for counter in counters:
        counter.sync.verdict_wait_s = 0.3
    rng = random.Random(int(os.environ.get("PUMPDESK_JUDGE_KILL_SEED", "7")))
    stop = threading.Event()
    errors: list[BaseException] = []
    try:
        define_depot(counters[0].station)
        pumps = register_pumps(counters[0].station, "PD", 12)
        for counter in (*counters, *counters):
            counter.cycle()

        def work(counter: Counter, seed: int) -> None:
            own = random.Random(seed)
            try:
                while not stop.is_set():
                    for _ in range(own.randrange(1, 8)):
                        act(counter.station, pumps, own)
                    counter.cycle()
            except BaseException as error:  # noqa: BLE001 - handed to the test thread
                errors.append(error)

        workers = [threading.Thread(target=work, args=(c, n), daemon=True)
                   for n, c in enumerate(counters)]
        for worker in workers:
            worker.start()
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.05, 0.6))
            judge.kill()
            judge.start()
        stop.set()
        for worker in workers:
            worker.join(60)
        assert not errors, errors
        deadline = time.monotonic() + 60
        while any(c.cycle().pending for c in counters):
            assert time.monotonic() < deadline, "verdicts did not all come"
        for counter in counters:
            counter.cycle()

        with psycopg.connect(region.admin_url) as connection:
            log = connection.execute("SELECT seq, event_id, workstation FROM log "
                                     "ORDER BY seq").fetchall()
            assert connection.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0
        assert [row[0] for row in log] == list(range(1, len(log) + 1))
        assert len({row[1] for row in log}) == len(log), "an event was judged twice"
        for counter in counters:
            me = counter.station.ctx.workstation
            own = {row[0] for row in sql(counter.station, "SELECT id FROM events WHERE "
                                                         "workstation = :w", w=me)}
            assert own == {row[1] for row in log if row[2] == me}, me
        assert_converged([c.station for c in counters], counters[0].central, tmp_path)
    finally:
        stop.set()
        judge.stop()
        for counter in counters:
            counter.close()
