"""No counter can make another wait: counters and judges on networks that fail, through a
loopback TCP proxy that refuses, cuts mid-transaction and freezes connections half-open,
and processes stopped (SIGSTOP) or killed (SIGKILL) mid-cycle, against the real PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import psycopg
import pytest

from app.services import actions
from app.sync.admin import COUNTER_SETTINGS, JUDGE_SETTINGS
from app.sync.central import Central
from app.sync.client import Sync
from app.sync.connection import CentralUnavailable, Deadline
from tests.conftest import FakeClock, define_depot, make_station
from tests.sync.proxy import Proxy, wait_until
from tests.sync.region import Region, enroll
from tests.sync.test_judge_crash import JudgeProcess
from tests.sync.test_sync import Counter
from tests.sync.workload import assert_converged, register_pumps, sql

ROOT = Path(__file__).resolve().parents[2]
#: The counters' bound in these tests (30 s in the program): short, to keep them short.
BOUND_S = 3.0


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    made = Proxy()
    yield made
    made.close()


class ProxiedCounter(Counter):
    """A counter whose connection to the central database goes through ``proxy``."""

    def __init__(self, folder: Path, name: str, admin_url: str, clock: FakeClock,
                 proxy: Proxy) -> None:
        super().__init__(folder, name, admin_url, clock)
        self.link.close()
        self.url = proxy.url(enroll(admin_url, name))
        self.link = Central(self.url, bound_s=BOUND_S)
        self.sync = Sync(self.station.db, name, self.link, verdict_wait_s=1.0)


def _log(region: Region) -> list[tuple[Any, ...]]:
    with psycopg.connect(region.admin_url) as connection:
        return connection.execute("SELECT seq, event_id, workstation, outcome FROM log "
                                  "ORDER BY seq").fetchall()


def _sessions(region: Region, role: str, state: str | None = None) -> int:
    with psycopg.connect(region.database_url, autocommit=True) as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s "
            "AND (%s::text IS NULL OR state = %s)", (role, state, state)).fetchone()[0]


def _lend(counter: Counter, pumps: list[str], unit: str = "602154") -> None:
    for pump in pumps:
        actions.issue_pumps(counter.station, [pump], patient="19121212-1212", unit=unit,
                            approval=f"BL-{pump}")


def _assert_whole(region: Region, counters: list[Counter], tmp_path: Path) -> None:
    """Nothing lost, nothing doubled, and every counter equal to the central state."""
    for counter in counters:
        assert counter.cycle().pending == 0
    for counter in counters:
        counter.cycle()
    log = _log(region)
    assert [row[0] for row in log] == list(range(1, len(log) + 1))
    assert len({row[1] for row in log}) == len(log), "an event was judged twice"
    for counter in counters:
        me = counter.station.ctx.workstation
        own = {row[0] for row in sql(counter.station,
                                     "SELECT id FROM events WHERE workstation = :w", w=me)}
        assert own == {row[1] for row in log if row[2] == me}, me
    assert_converged([c.station for c in counters], counters[0].central, tmp_path)


@pytest.fixture
def two(region: Region, tmp_path: Path, proxy: Proxy, clock: FakeClock
        ) -> Iterator[tuple[ProxiedCounter, Counter, list[str]]]:
    """KASSA1 through the proxy, KASSA2 straight to the server; twelve pumps both know."""
    one = ProxiedCounter(tmp_path, "KASSA1", region.admin_url, clock, proxy)
    two = Counter(tmp_path, "KASSA2", region.admin_url, clock)
    define_depot(two.station)
    pumps = register_pumps(two.station, "PD", 12)
    two.cycle()
    one.cycle()
    yield one, two, pumps
    one.close()
    two.close()


def test_a_counter_frozen_mid_hand_in_holds_up_no_one(
        region: Region, two: tuple[ProxiedCounter, Counter, list[str]], proxy: Proxy,
        tmp_path: Path) -> None:
    """The proxy stops relaying the moment KASSA1's hand-in has reached the server. The
    hand-in is one statement in autocommit: it is in, and only its answer is held. KASSA2's
    events are judged meanwhile, KASSA1's cycle ends within its bound and says offline, it
    holds no transaction open on the server, and after the network comes back nothing is
    lost or doubled."""
    one, other, pumps = two
    _lend(one, pumps[:3])
    proxy.when_sent(b"INSERT INTO inbox", proxy.freeze, after=True)
    outcome: list[BaseException | None] = []

    def cycle() -> None:
        try:
            one.cycle()
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    started = time.monotonic()
    frozen = threading.Thread(target=cycle, daemon=True)
    frozen.start()
    wait_until(lambda: proxy._frozen.is_set(), 10)
    _lend(other, pumps[6:9])
    report = other.cycle()
    assert report.accepted == 3 and report.pending == 0  # judged while KASSA1 hangs
    assert frozen.is_alive(), "KASSA1's cycle did not hang: the test shows nothing"
    # Frozen on a live socket, it holds nothing: no transaction waits for the server's
    # timeout to end it (a hand-in of BEGIN, INSERT and COMMIT held one for 10 s).
    role = region.roles.workstation("KASSA1")
    assert _sessions(region, role, "idle in transaction") == 0
    assert _sessions(region, role, "idle") == 1
    frozen.join(BOUND_S + 10)
    took = time.monotonic() - started
    assert not frozen.is_alive(), "KASSA1's cycle did not end"
    assert isinstance(outcome[0], CentralUnavailable), outcome
    assert f"no answer within {BOUND_S:g} s" in str(outcome[0])
    assert took < BOUND_S + 10
    proxy.thaw()
    _assert_whole(region, [one, other], tmp_path)


@pytest.mark.parametrize("after", [False, True], ids=["before-the-server-has-it", "after"])
def test_a_connection_cut_at_the_hand_in_loses_nothing_and_doubles_nothing(
        region: Region, two: tuple[ProxiedCounter, Counter, list[str]], proxy: Proxy,
        tmp_path: Path, after: bool) -> None:
    """Cut as the hand-in goes out: before the server has it (nothing is in) or after
    (in, but the counter never hears so). Either way the next cycle settles it: the events
    are in the log once."""
    one, other, pumps = two
    before = _seen_of_kassa1(region)
    _lend(one, pumps[:4])
    # After: the server has the statement; its answer is held and the connection reset
    # before it is relayed back.
    cut = (lambda: (proxy.freeze(), proxy.cut(server_gracefully=True))) if after else proxy.cut
    proxy.when_sent(b"INSERT INTO inbox", cut, after=after)
    with pytest.raises(CentralUnavailable):
        one.cycle()
    proxy.thaw()
    centrally = _seen_of_kassa1(region) - before
    assert centrally == (4 if after else 0)  # after: in, and the counter does not know it
    _assert_whole(region, [one, other], tmp_path)


def _seen_of_kassa1(region: Region) -> int:
    """KASSA1's events the central side has: waiting in the inbox, or in the log."""
    with psycopg.connect(region.admin_url) as connection:
        return connection.execute(
            "SELECT count(*) FROM (SELECT id FROM inbox WHERE workstation = 'KASSA1' "
            "AND kind = 'event' UNION SELECT event_id FROM log WHERE workstation = 'KASSA1') "
            "AS seen"
            ).fetchone()[0]


def test_one_thread_keeps_every_deadline(central_database: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A wait past its deadline is cut: the statement fails at once, as over a lost
    connection. The deadlines are kept by one thread, not by a thread per transaction: a
    counter asks the central database several times a cycle, many cycles a minute."""
    started_threads: list[str] = []
    start = threading.Thread.start

    def counted(thread: threading.Thread) -> None:
        started_threads.append(thread.name)
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", counted)
    deadline = Deadline(1.0)
    with psycopg.connect(central_database, autocommit=True) as connection:
        for _ in range(50):
            with deadline.over(connection):
                connection.execute("SELECT 1")
        assert len(started_threads) <= 1, started_threads  # the keeper, if not yet running
        assert not deadline.cut
        began = time.monotonic()
        with pytest.raises(psycopg.OperationalError), deadline.over(connection):
            connection.execute("SELECT pg_sleep(30)")
    assert deadline.cut
    assert time.monotonic() - began < 15


def test_a_refused_connection_is_offline_at_once(
        region: Region, two: tuple[ProxiedCounter, Counter, list[str]], proxy: Proxy,
        tmp_path: Path) -> None:
    one, other, pumps = two
    _lend(one, pumps[:2])
    one.link.close()
    proxy.refuse()
    started = time.monotonic()
    with pytest.raises(CentralUnavailable):
        one.cycle()
    assert time.monotonic() - started < BOUND_S
    proxy.refuse(False)
    _assert_whole(region, [one, other], tmp_path)


def test_a_counter_stopped_mid_hand_in_holds_up_no_one(
        region: Region, two: tuple[ProxiedCounter, Counter, list[str]], proxy: Proxy,
        tmp_path: Path) -> None:
    """``pumpdesk sync`` stopped with SIGSTOP the moment its hand-in reaches the server:
    a frozen process whose kernel still answers keepalives. The others go on; it holds no
    transaction; the server ends its session; woken, it reports offline, and its next sync
    settles what it handed in."""
    one, other, pumps = two
    _lend(one, pumps[:3])
    one.close()
    role = region.roles.workstation("KASSA1")
    # The program gives a counter's idle session 5 minutes (``COUNTER_SETTINGS``); the
    # test, 5 s: what it shows is that the server ends it, not the frozen process.
    with psycopg.connect(region.database_url, autocommit=True) as connection:
        connection.execute(psycopg.sql.SQL("ALTER ROLE {} SET idle_session_timeout = '5s'")
                           .format(psycopg.sql.Identifier(role)))
    env = dict(os.environ, PUMPDESK_LANG="en", PUMPDESK_CREDENTIALS=str(tmp_path / "c.json"))
    argv = [sys.executable, "-m", "app.cli", "--db", str(tmp_path / "KASSA1.db"), "--central",
            one.url, "sync"]
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        stopped = threading.Event()

        def stop() -> None:
            os.kill(process.pid, signal.SIGSTOP)
            stopped.set()

        # Stopped before the proxy relays the hand-in, which the server then gets: stopped
        # just after, a loaded machine could let the answer through and more go out first.
        proxy.when_sent(b"INSERT INTO inbox", stop)
        wait_until(stopped.is_set, 120)  # a loaded machine starts a process slowly
        wait_until(lambda: _seen_of_kassa1(region) >= 3, 30)  # the hand-in is in
        assert _sessions(region, role, "idle in transaction") == 0  # and holds nothing
        _lend(other, pumps[6:9])
        assert other.cycle().accepted == 3  # judged while KASSA1 sleeps
        wait_until(lambda: _sessions(region, role) == 0, 60)  # ended by the server
        os.kill(process.pid, signal.SIGCONT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 1 and "Sync did not finish" in err, (out, err)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)
            process.kill()
    again = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    one.station = make_station(tmp_path / "KASSA1.db", FakeClock(), workstation="KASSA1",
                               readable_ids=False)
    one.link = Central(one.url)
    one.sync = Sync(one.station.db, "KASSA1", one.link)
    _assert_whole(region, [one, other], tmp_path)


# -- judges -------------------------------------------------------------------------------------


@pytest.fixture
def region_without_judge(central_database: str) -> Iterator[Region]:
    made = Region(central_database, judge=False)
    yield made
    made.drop()


def _leader(region: Region) -> tuple[str, int]:
    with psycopg.connect(region.admin_url) as connection:
        row = connection.execute("SELECT leader, epoch FROM judge_status "
                                 "WHERE lease_until > now()").fetchone()
    return row if row else ("", 0)


def test_a_standby_judge_takes_over_from_a_frozen_and_from_a_killed_judge(
        region_without_judge: Region, tmp_path: Path, clock: FakeClock) -> None:
    region = region_without_judge
    judges = [JudgeProcess(region.judge_url, tmp_path / f"judge{n}.log") for n in (1, 2)]
    counter = Counter(tmp_path, "KASSA1", region.admin_url, clock)
    counter.sync.verdict_wait_s = 0.2
    try:
        for judge in judges:
            judge.start()
        leader, epoch = wait_until(lambda: _leader(region)[0] and _leader(region), 30)
        first = next(j for j in judges if leader.endswith(f":{j.proc.pid}"))
        standby = next(j for j in judges if j is not first)
        define_depot(counter.station)
        pumps = register_pumps(counter.station, "PD", 6)
        wait_until(lambda: counter.cycle().pending == 0, 30)

        os.kill(first.proc.pid, signal.SIGSTOP)  # frozen: its sockets stay open
        _lend(counter, pumps[:2])
        wait_until(lambda: counter.cycle().pending == 0, 30)  # judged by the standby
        leader, later = _leader(region)
        assert leader.endswith(f":{standby.proc.pid}") and later == epoch + 1
        os.kill(first.proc.pid, signal.SIGCONT)  # the old judge wakes: it writes nothing
        _lend(counter, pumps[2:4])
        wait_until(lambda: counter.cycle().pending == 0, 30)
        assert _leader(region) == (leader, later)
        wait_until(lambda: "no longer leads" in first.log.read_text()
                   or "lost the central database" in first.log.read_text(), 30)

        standby.kill()  # and the first, a standby now, takes over from a killed judge
        _lend(counter, pumps[4:6])
        wait_until(lambda: counter.cycle().pending == 0, 30)
        assert _leader(region) == (f"{leader.rsplit(':', 1)[0]}:{first.proc.pid}", later + 1)
        log = _log(region)
        assert [row[0] for row in log] == list(range(1, len(log) + 1))
        assert len({row[1] for row in log}) == len(log), "an event was judged twice"
        assert all(row[3] == "accepted" for row in log)
    finally:
        for judge in judges:
            if judge.proc is not None and judge.proc.poll() is None:
                os.kill(judge.proc.pid, signal.SIGCONT)
            judge.stop()
        counter.close()


def test_a_counter_cannot_hold_the_judges_lease(region: Region, two_counter_urls: Any) -> None:
    """Leadership is not an advisory lock any role could take, and the lease row is the
    judge's alone: a hostile counter can neither take, nor lock, nor stretch it."""
    url = two_counter_urls[0]
    with psycopg.connect(url, autocommit=True) as hostile:
        for attack in ("UPDATE judge_status SET lease_until = 'infinity'",
                       "SELECT 1 FROM judge_status FOR UPDATE",
                       "SELECT 1 FROM judge_status FOR SHARE",
                       "LOCK TABLE judge_status IN EXCLUSIVE MODE"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                with hostile.transaction():
                    hostile.execute(attack)
        # Every advisory lock a counter could take: the judge goes on regardless.
        hostile.execute("SELECT pg_advisory_lock(x) FROM generate_series(1, 50) AS x")
        hostile.execute("SELECT pg_advisory_lock(1247102023, hashtext(current_schema()))")
        region.stop_judge()
        region.start_judge("another-judge")
        assert region.judge is not None and region.judge.leading.is_set()


@pytest.fixture
def two_counter_urls(region: Region) -> list[str]:
    return [region.counter_url("KASSA1"), region.counter_url("KASSA2")]


def test_no_statement_of_an_idle_cycle_is_costed_high_enough_to_be_jit_compiled(
        region: Region, two_counter_urls: Any) -> None:
    """An idle cycle's statements take a fraction of a millisecond; one the planner costs
    past ``jit_above_cost`` (its row estimates overshooting on tables not yet analysed) is
    compiled at every call, 4 ms each time. Asked as a counter's role, whatever the role's
    own ``jit`` setting: the cost is the planner's."""
    from app.sync.central import _PULL, JUDGE_STATUS, VERDICTS_IN
    from app.sync.client import PULL_BATCH

    with psycopg.connect(two_counter_urls[0]) as counter:
        threshold = float(counter.execute("SHOW jit_above_cost").fetchone()[0])
        costs = {statement: counter.execute(f"EXPLAIN (FORMAT JSON) {statement}", params)
                 .fetchone()[0][0]["Plan"]["Total Cost"]
                 for statement, params in ((JUDGE_STATUS, None), (VERDICTS_IN, None),
                                           (_PULL, (0, PULL_BATCH)))}
    assert all(cost < threshold for cost in costs.values()), costs


def test_the_server_holds_every_login_role_to_its_timeouts(region: Region,
                                                           two_counter_urls: Any) -> None:
    with psycopg.connect(region.database_url) as connection:
        rows = connection.execute(
            "SELECT r.rolname, s.setconfig FROM pg_db_role_setting s "
            "JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname LIKE %s",
            (region.roles.prefix + "\\_%",)).fetchall()
    settings = {name: dict(item.split("=", 1) for item in config) for name, config in rows}
    assert settings[region.roles.judge] == JUDGE_SETTINGS
    for workstation in ("KASSA1", "KASSA2"):
        assert settings[region.roles.workstation(workstation)] == COUNTER_SETTINGS
    with psycopg.connect(two_counter_urls[0]) as counter:
        assert counter.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == \
            "10s"
