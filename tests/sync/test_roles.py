"""A central database that trusts no counter: connected as a counter's own role, every
attack on the region's history, on other counters and on the judge's verdicts is refused
by the database itself; credentials are each counter's own, and can be revoked."""

from __future__ import annotations

import json
from collections.abc import Callable
import uuid

import psycopg
import pytest
from psycopg import sql

from app.domain.refusals import Refused
from app.sync.admin import add_workstation, init_central, remove_workstation
from app.sync.central import Central
from app.sync.connection import WorkstationClash
from tests.conftest import FakeClock, define_depot
from tests.sync.region import Region, drop_region
from tests.sync.test_sync import Counter
from tests.sync.workload import register_pumps

ATTACKS = [
    "TRUNCATE log",
    "DELETE FROM log",
    "UPDATE log SET outcome = 'accepted'",
    "ALTER TABLE log DISABLE TRIGGER log_append_only",
    "ALTER TABLE log DISABLE TRIGGER ALL",
    "CREATE OR REPLACE FUNCTION log_is_append_only() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN RETURN OLD; END $$",
    "DROP TABLE log",
    "DROP TRIGGER log_append_only ON log",
    "SELECT * FROM workstations",
    "SELECT rolpassword FROM pg_authid",
    "INSERT INTO workstations (id, role) VALUES ('KASSA9', current_user)",
    "UPDATE workstations SET role = current_user WHERE id = 'KASSA1'",
    "UPDATE pumps SET state = 'ready'",
    "DELETE FROM pumps",
    "INSERT INTO log (seq, event_id, type, actor, workstation, occurred_at, payload, "
    "outcome) VALUES (999, 'x', 'returned', 'eve', 'KASSA1', now(), '{}', 'accepted')",
    "SELECT * FROM protected_prescriptions",
    "DELETE FROM inbox",
    "UPDATE persons SET name = 'x'",
    "DELETE FROM person_keys",
    "UPDATE judge_status SET heartbeat = now()",
    "CREATE TABLE evil (x int)",
    "ALTER TABLE inbox DISABLE ROW LEVEL SECURITY",
    "DROP POLICY counter_hands_in ON inbox",
    "CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    # Which copy of a database the region takes events from is the judge's to say.
    "SELECT * FROM workstation_copies",
    "UPDATE workstation_copies SET current = 'mine', clash_at = NULL",
    "DELETE FROM workstation_copies",
]


@pytest.fixture
def two_counters(region: Region, tmp_path, clock: FakeClock):  # noqa: ANN001, ANN201
    one = Counter(tmp_path, "KASSA1", region.admin_url, clock)
    two = Counter(tmp_path, "KASSA2", region.admin_url, clock)
    define_depot(one.station)
    register_pumps(one.station, "PD", 2)
    one.cycle()
    two.cycle()
    yield one, two
    one.close()
    two.close()


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_counters_role_cannot_touch_the_history_the_verdicts_or_other_counters(
        two_counters, attack: str) -> None:  # noqa: ANN001
    _one, two = two_counters
    with psycopg.connect(two.link.url) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(attack)


def test_a_counter_cannot_set_role_to_the_owner_or_the_judge(region: Region,
                                                             two_counters) -> None:  # noqa: ANN001
    _one, two = two_counters
    for role in (region.roles.owner, region.roles.judge, region.roles.workstation("KASSA1")):
        with psycopg.connect(two.link.url) as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)))


def _event(workstation: str, pump: str = "PD-1") -> dict:
    return {"id": str(uuid.uuid4()), "type": "returned", "pump": pump, "actor": "eve",
            "workstation": workstation, "occurred_at": "2026-03-02T09:00:00+00:00",
            "payload": {"loan_id": None, "from_state": "ready", "from_unit": None,
                        "fault": None}}


def test_no_counter_hands_in_an_event_in_anothers_name(region: Region, two_counters) -> None:  # noqa: ANN001
    one, two = two_counters
    with psycopg.connect(two.link.url) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute("INSERT INTO inbox (id, kind, format, body) VALUES "
                               "(%s, 'event', 2, %s)", (str(uuid.uuid4()),
                                                       json.dumps(_event("KASSA1"))))
    with psycopg.connect(two.link.url) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor names itself as one
            connection.execute("INSERT INTO inbox (id, kind, format, body, workstation) "
                               "VALUES (%s, 'event', 2, %s, 'KASSA1')",
                               (str(uuid.uuid4()), json.dumps(_event("KASSA1"))))
    # Its own events are taken; another counter's items are not even visible to it.
    own = _event("KASSA2")
    with psycopg.connect(two.link.url) as connection:
        connection.execute("INSERT INTO inbox (id, kind, format, body) VALUES "
                           "(%s, 'event', 2, %s)", (own["id"], json.dumps(own)))
    with psycopg.connect(one.link.url) as connection:
        assert connection.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0
    assert two.link.wait_for_judge(5)


def _hand_in_raw(url: str, events: list[dict]) -> None:
    with psycopg.connect(url) as connection:
        connection.execute(
            "INSERT INTO inbox (id, kind, format, body) SELECT id, 'event', 2, body::json "
            "FROM unnest(%s::text[], %s::text[]) AS t(id, body)",
            ([e["id"] for e in events], [json.dumps(e) for e in events]))


def _calls_of_my_workstation(region: Region, url: str, work: Callable[[], None]) -> int:
    """How often ``work``, done as the role of ``url``, asked ``my_workstation()``."""
    import time

    role = psycopg.conninfo.conninfo_to_dict(url)["user"]
    with psycopg.connect(region.admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER ROLE {} SET track_functions = 'all'")
                      .format(sql.Identifier(role)))

        def calls() -> int:
            admin.execute("SELECT pg_stat_clear_snapshot()")
            row = admin.execute("SELECT calls FROM pg_stat_user_functions WHERE schemaname = "
                                "%s AND funcname = 'my_workstation'", (region.schema,)).fetchone()
            return row[0] if row else 0

        before = calls()
        work()
        deadline = time.monotonic() + 10  # the session's counts arrive as it ends
        while calls() == before and time.monotonic() < deadline:
            time.sleep(0.05)
        return calls() - before


def test_a_hand_in_asks_who_the_counter_is_once_per_statement(
        region: Region, two_counters) -> None:  # noqa: ANN001
    """The inbox's policy compares every row with the counter's workstation: asked per row
    (a security definer's function, never inlined) it was two calls a row, a third of a
    hand-in's time at the central database; asked per statement, the column's default is
    the only call left per row."""
    _one, two = two_counters
    events = [_event("KASSA2") for _ in range(50)]
    asked = _calls_of_my_workstation(region, two.link.url,
                                     lambda: _hand_in_raw(two.link.url, events))
    assert 50 <= asked <= 50 + 2
    assert two.link.wait_for_judge(5)


def test_a_look_at_the_inbox_asks_who_the_counter_is_once(
        region: Region, two_counters) -> None:  # noqa: ANN001
    """A counter waiting for its verdicts looks at the inbox, where it sees only its own
    items: with another counter's 50 items waiting there, the policy asks who it is once
    for the look, not once for every row it passes over."""
    one, two = two_counters
    region.stop_judge()
    _hand_in_raw(one.link.url, [_event("KASSA1") for _ in range(50)])

    def look() -> None:
        with psycopg.connect(two.link.url) as connection:
            assert connection.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0

    assert _calls_of_my_workstation(region, two.link.url, look) <= 2
    region.start_judge()


def test_only_the_judge_decides(region: Region, two_counters) -> None:  # noqa: ANN001
    """With no judge running, what counters hand in waits in the inbox: nothing reaches
    the log, and the counters' status says the judge is not running."""
    one, two = two_counters
    region.stop_judge()
    with psycopg.connect(region.admin_url, autocommit=True) as connection:
        connection.execute("UPDATE judge_status SET heartbeat = now() - interval '1 hour'")
    from app.services import actions

    actions.report_fault(two.station, "PD-1", "Alarm")
    report = two.cycle()
    assert (report.online, report.judge_running, report.pending) == (True, False, 1)
    with psycopg.connect(region.admin_url) as connection:
        assert connection.execute("SELECT count(*) FROM inbox").fetchone()[0] == 1
        head = connection.execute("SELECT max(seq) FROM log").fetchone()[0]
    region.start_judge()
    report = two.cycle()
    assert (report.judge_running, report.pending, report.accepted) == (True, 0, 1)
    with psycopg.connect(region.admin_url) as connection:
        assert connection.execute("SELECT max(seq) FROM log").fetchone()[0] == head + 1
    del one


def test_a_counter_whose_format_the_judge_cannot_read_is_told_which_version(
        region: Region, two_counters) -> None:  # noqa: ANN001
    from app.services import actions, sync

    one, _two = two_counters
    region.stop_judge()
    with psycopg.connect(region.admin_url, autocommit=True) as connection:
        connection.execute("UPDATE judge_status SET format = 1, version = '0.1.0'")
    actions.report_fault(one.station, "PD-1", "Alarm")
    report = sync.run_cycle(one.sync)
    assert report.error is not None and "install PumpDesk 0.1.0" in report.error
    assert report.pending == 1  # kept here, handed in once the versions agree
    with psycopg.connect(region.admin_url) as connection:
        assert connection.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0


def test_the_judge_role_cannot_rewrite_the_log_either(region: Region, two_counters) -> None:  # noqa: ANN001
    for attack in ("TRUNCATE log", "DELETE FROM log", "UPDATE log SET outcome = 'conflict'",
                   "ALTER TABLE log DISABLE TRIGGER log_append_only", "DROP TABLE log"):
        with psycopg.connect(region.judge_url) as connection:
            with pytest.raises((psycopg.errors.InsufficientPrivilege,
                                psycopg.errors.RaiseException)):
                connection.execute(attack)


# -- credentials, on a server that checks passwords ------------------------------------------


def test_each_counter_has_its_own_credentials_and_they_can_be_revoked(private_cluster) -> None:  # noqa: ANN001
    admin = private_cluster.url(options="-csearch_path=region")
    done = init_central(admin)
    try:
        assert done.judge is not None and done.judge.password
        first = add_workstation(admin, "KASSA1")
        second = add_workstation(admin, "KASSA2")
        assert first.password != second.password
        assert Central(first.url).whoami() == "KASSA1"
        wrong = psycopg.conninfo.make_conninfo(first.url, password=second.password)
        with pytest.raises(Exception, match="password authentication failed"):
            psycopg.connect(wrong)
        with pytest.raises(Refused, match="--reenroll"):
            add_workstation(admin, "KASSA1")
        renewed = add_workstation(admin, "KASSA1", reenroll=True)
        with pytest.raises(Exception, match="password authentication failed"):
            psycopg.connect(first.url)
        assert Central(renewed.url).whoami() == "KASSA1"
        remove_workstation(admin, "KASSA1")
        with pytest.raises(Exception, match="not permitted to log in"):
            psycopg.connect(renewed.url)
        # The counter's credentials are not another's: enrolled as KASSA2, not KASSA1.
        with pytest.raises(WorkstationClash, match="KASSA2"):
            Central(second.url).check_workstation("KASSA1")
    finally:
        drop_region(private_cluster.url(), "region")


def test_enrolling_is_refused_to_a_role_that_may_not(private_cluster) -> None:  # noqa: ANN001
    admin = private_cluster.url(options="-csearch_path=region2")
    init_central(admin)
    try:
        counter_url = add_workstation(admin, "KASSA1").url
        with pytest.raises(Refused, match="administrator"):
            add_workstation(counter_url, "KASSA7")
        with pytest.raises(Refused, match="administrator"):
            init_central(counter_url)
    finally:
        drop_region(private_cluster.url(), "region2")
