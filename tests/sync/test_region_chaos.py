"""Four counters of one region working at once through networks that fail: each behind a
loopback proxy that, at random, refuses connections, cuts them (before or after a hand-in
reaches the server) and freezes them half-open; one of them a process of its own that is
SIGKILLed at random moments and started again. Then the network heals and everyone syncs.

What must hold: nothing any counter committed is lost, no event is in the log twice, no
pump is in two loans and no loan number names two loans, every counter equals the central
state and its own replay, every conflict is known at every counter, and every counter tells
each pump's story in the same order."""

from __future__ import annotations

import datetime as dt
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

from app.services import queries
from app.sync.central import Central
from app.sync.client import Sync
from app.sync.connection import CentralUnavailable
from tests.conftest import START, FakeClock, define_depot, make_station
from tests.sync.proxy import Proxy
from tests.sync.region import Region, enroll
from tests.sync.workload import act, assert_converged, register_pumps, sql

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("_sync_client.py")
IN_PROCESS = ("KASSA1", "KASSA2", "KASSA3")
KILLED = "KASSA4"
#: How long the region works under faults (the whole test takes a minute or two).
CHAOS_S = float(os.environ.get("PUMPDESK_CHAOS_S", "40"))
#: A counter's central transactions give up after this (the product's is 30 s).
BOUND_S = 3.0
SEED = int(os.environ.get("PUMPDESK_CHAOS_SEED", "7"))


class Worker:
    """An in-process counter acting and syncing on a thread, through its own proxy."""

    def __init__(self, station, link: Sync, pumps: list[str], seed: int) -> None:  # noqa: ANN001
        self.station, self.link, self.pumps = station, link, pumps
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.cycles = self.offline = 0
        self.thread = threading.Thread(target=self._work, daemon=True)

    def _work(self) -> None:
        try:
            while not self.stop.is_set():
                for _ in range(self.rng.randint(1, 4)):
                    act(self.station, self.pumps, self.rng)
                try:
                    self.link.cycle()
                    self.cycles += 1
                except CentralUnavailable:
                    self.offline += 1
                time.sleep(self.rng.uniform(0.01, 0.2))
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            self.error = error


def _chaos(proxies: list[Proxy], rng: random.Random, until: float) -> dict[str, int]:
    """Faults at random on the proxies until ``until``; everything healed at the end."""
    done = {"refuse": 0, "cut": 0, "cut_after_hand_in": 0, "freeze": 0}
    while time.monotonic() < until:
        proxy = rng.choice(proxies)
        fault = rng.choice(list(done))
        done[fault] += 1
        if fault == "refuse":
            proxy.refuse()
            proxy.cut()
            time.sleep(rng.uniform(0.3, 2.0))
            proxy.refuse(False)
        elif fault == "cut":
            proxy.cut()
        elif fault == "cut_after_hand_in":  # in (autocommit), and the counter never hears so
            proxy.when_sent(b"INSERT INTO inbox", lambda p=proxy: (p.freeze(),
                                                       p.cut(server_gracefully=True),
                                                       p.thaw()), after=True)
        else:
            proxy.freeze()
            time.sleep(rng.uniform(0.5, BOUND_S + 1))
            proxy.thaw()
            proxy.cut()  # what a frozen connection leaves, the next cycle connects afresh
        time.sleep(rng.uniform(0.2, 1.0))
    for proxy in proxies:
        proxy.refuse(False)
        proxy.thaw()
    return done


def _child(db: Path, url: str, seed: int, start: dt.datetime,
           lines: list[str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(CLIENT), str(db), KILLED, url, str(seed), "clock", "1",
         start.isoformat()], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1",
                        "PUMPDESK_TEST_BOUND_S": str(BOUND_S)})

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.endswith("\n"):
                lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    return process


def test_four_counters_through_failing_networks_and_kills_converge(
        region: Region, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    proxies = [Proxy() for _ in range(4)]
    stations, links = [], []
    try:
        for n, name in enumerate(IN_PROCESS):
            station = make_station(tmp_path / f"{name}.db", FakeClock(START), workstation=name,
                                   readable_ids=False)
            url = proxies[n].url(enroll(region.admin_url, name))
            stations.append(station)
            links.append(Sync(station.db, name, Central(url, BOUND_S)))
        define_depot(stations[0])
        pumps = register_pumps(stations[0], "PD", 8)
        links[0].cycle()
        for link in links[1:]:
            link.cycle()
        # The fourth counter: made and synced here, then run (and killed) as a process.
        killed_db = tmp_path / f"{KILLED}.db"
        killed_url = proxies[3].url(enroll(region.admin_url, KILLED))
        setup = make_station(killed_db, FakeClock(START), workstation=KILLED,
                            readable_ids=False)
        first = Sync(setup.db, KILLED, Central(killed_url))
        first.cycle()
        first.close()
        setup.close()

        workers = [Worker(s, link, pumps, SEED + n)
                   for n, (s, link) in enumerate(zip(stations, links))]
        for worker in workers:
            worker.thread.start()
        reported: list[str] = []
        kills = 0
        until = time.monotonic() + CHAOS_S
        chaos: dict[str, int] = {}
        chaos_thread = threading.Thread(target=lambda: chaos.update(
            _chaos(proxies, rng, until)), daemon=True)
        chaos_thread.start()
        while time.monotonic() < until:
            lines: list[str] = []
            child = _child(killed_db, killed_url, rng.randrange(2**31),
                           START + dt.timedelta(days=kills + 1), lines)
            time.sleep(rng.uniform(1.0, 6.0))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
            kills += 1
            reported += [line.split()[1] for line in lines if line.startswith("event ")]
        chaos_thread.join(60)
        for worker in workers:
            worker.stop.set()
        for worker in workers:
            worker.thread.join(60)
            assert not worker.thread.is_alive(), "a counter hung"
            if worker.error is not None:
                raise worker.error
        for proxy in proxies:
            proxy.refuse(False)
            proxy.thaw()

        # Healed: everyone syncs until nothing moves.
        killed = make_station(killed_db, FakeClock(START + dt.timedelta(days=kills + 2)),
                              workstation=KILLED, readable_ids=False)
        stations.append(killed)
        links.append(Sync(killed.db, KILLED, Central(killed_url, BOUND_S)))
        for _ in range(3):
            for link in links:
                link.cycle()

        with psycopg.connect(region.admin_url) as connection:
            log = connection.execute("SELECT seq, event_id, workstation, outcome, "
                                     "payload->>'loan_number', payload->>'loan_id' "
                                     "FROM log ORDER BY seq").fetchall()
        ids = [row[1] for row in log]
        assert [row[0] for row in log] == list(range(1, len(log) + 1))
        assert len(ids) == len(set(ids)), "an event is in the log twice"
        assert set(reported) <= set(ids), "an event the killed counter committed is lost"
        for station in stations:
            mine = {row[0] for row in sql(station, "SELECT id FROM events WHERE "
                                          "workstation = :w", w=station.ctx.workstation)}
            assert mine <= set(ids), f"{station.ctx.workstation} lost events"
            assert sql(station, "SELECT count(*) FROM sync_outbox") == [(0,)]
        numbers: dict[str, set[str]] = {}
        for _seq, _id, _ws, outcome, number, loan in log:
            if number and outcome == "accepted":
                numbers.setdefault(number, set()).add(loan)
        assert all(len(loans) == 1 for loans in numbers.values()), "a number names two loans"
        conflicts = {row[1] for row in log if row[3] == "conflict"}
        for station in stations:
            assert sql(station, "SELECT pump FROM loan_pumps WHERE ended_at IS NULL "
                       "GROUP BY pump HAVING count(*) > 1") == [], "a pump in two loans"
            known = {row[0] for row in sql(station, "SELECT event_id FROM sync_conflicts")}
            assert conflicts <= known, station.ctx.workstation  # set-asides may add
        assert_converged(stations, Central(region.admin_url), tmp_path)
        for pump in pumps:
            stories = {tuple(e.id for e in queries.pump_history(s, pump)) for s in stations}
            assert len(stories) == 1, f"{pump}'s history differs between counters"
        print(f"{len(log)} events, {len(conflicts)} conflicts, {kills} kills, faults {chaos}, "
              f"cycles {[w.cycles for w in workers]}, offline {[w.offline for w in workers]}")
        assert kills >= 3 and sum(chaos.values()) >= 10
    finally:
        for link in links:
            link.close()
        for station in stations:
            station.close()
        for proxy in proxies:
            proxy.close()
