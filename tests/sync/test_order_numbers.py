"""Withdrawal numbers name one order in the whole region, forever: ``U`` + the counter's
order series (given centrally when it is enrolled) + a serial from a counter that never goes
back, made offline. The judge refuses a number given twice (a restored database) or of a
series that is not the handing-in counter's; orders and their states reach every counter."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import psycopg
import pytest

from app.domain.consumables import parse_withdrawal_number
from app.domain.events import EVENT_FORMAT
from app.services import orders
from app.sync.admin import add_workstation
from tests.conftest import define_depot
from tests.consumables_setup import define_articles, prescribe
from tests.sync.region import Region
from tests.sync.test_restore import _backup, _restore  # a backup taken and put back
from tests.sync.test_sync import Counter, counters  # noqa: F401 - fixture
from tests.sync.workload import assert_converged, sql

PEOPLE = ["19811228-9874", "19811288-9871", "19121212-1212", "19850312-2387"]
AT = dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC)


@pytest.fixture
def shop_pair(counters) -> tuple[Counter, Counter]:  # noqa: ANN001
    """KASSA1 (series 01) defined the depot, the assortment and prescriptions; KASSA2
    (series 02) has pulled them."""
    one, two = counters["KASSA1"], counters["KASSA2"]
    define_depot(one.station)
    define_articles(one.station)
    for person in PEOPLE:
        prescribe(one.station, person, {"SPR10": 50, "NAL27": 50}, per_days=28)
    one.cycle()
    two.cycle()
    return one, two


def _order(counter: Counter, n: int) -> str:
    return orders.place_order(counter.station, PEOPLE[n % len(PEOPLE)], {"SPR10": 1},
                              "patient", at=AT + dt.timedelta(minutes=n)).number


def _accepted_numbers(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute(
            "SELECT payload->>'number' FROM log WHERE type = 'order_placed' "
            "AND outcome = 'accepted' ORDER BY seq").fetchall()]


def test_the_region_gives_each_counter_the_lowest_free_series_and_keeps_it(
        region: Region) -> None:
    first = add_workstation(region.admin_url, "KASSA1")
    second = add_workstation(region.admin_url, "KASSA2")
    assert (first.series, second.series) == (1, 2)
    assert add_workstation(region.admin_url, "KASSA1", reenroll=True).series == 1
    with psycopg.connect(second.url) as connection:  # a counter reads its own, only
        assert connection.execute("SELECT my_series()").fetchone()[0] == 2
    with psycopg.connect(region.admin_url, autocommit=True) as connection:
        connection.execute("DELETE FROM workstations WHERE id = 'KASSA1'")
    assert add_workstation(region.admin_url, "KASSA3").series == 1


def test_two_counters_order_offline_and_every_number_is_distinct_and_accepted(
        shop_pair, tmp_path: Path) -> None:  # noqa: ANN001
    one, two = shop_pair
    made = []
    for n in range(12):  # both offline: no cycle between
        made.append(_order(one, n))
        made.append(_order(two, n + 100))
    assert {parse_withdrawal_number(n)[0] for n in made[::2]} == {1}  # type: ignore[index]
    assert {parse_withdrawal_number(n)[0] for n in made[1::2]} == {2}  # type: ignore[index]
    assert made[:2] == ["U01000001", "U02000001"]
    assert len(set(made)) == len(made)
    for counter in (one, two, one):
        counter.cycle()
    assert sorted(_accepted_numbers(one.central.url)) == sorted(made)
    for counter in (one, two):
        assert sql(counter.station, "SELECT count(*) FROM orders") == [(24,)]
        assert sql(counter.station, "SELECT count(*) FROM sync_conflicts") == [(0,)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_orders_and_their_states_reach_the_other_counter(shop_pair, tmp_path: Path) -> None:  # noqa: ANN001
    one, two = shop_pair
    number = _order(one, 1)
    one.cycle()
    two.cycle()
    orders.set_order_state(two.station, number, "picked")
    two.cycle()
    one.cycle()
    seen = orders.order(one.station, number)
    assert seen.state == "picked"
    assert [(m.state, m.actor) for m in seen.history] == [("registered", "anna.k"),
                                                          ("picked", "anna.k")]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_restored_database_reusing_a_number_is_refused_and_numbers_after_it(
        shop_pair, tmp_path: Path) -> None:  # noqa: ANN001
    one, two = shop_pair
    backup = _backup(one, tmp_path)
    assert _order(one, 1) == "U01000001"
    one.cycle()
    two.cycle()
    _restore(one, backup)
    assert _order(one, 2) == "U01000001"  # offline, restored: it cannot know yet
    report = one.cycle()
    assert report.conflicts == 1
    reason = sql(one.station, "SELECT reason FROM sync_conflicts")[0][0]
    assert "U01000001" in reason and "already names another order" in reason
    # The refused order is gone here too; the accepted one came back from the log.
    assert sql(one.station, "SELECT number, person_id IS NOT NULL FROM orders") == [
        ("U01000001", 1)]
    assert _order(one, 3) == "U01000002"
    one.cycle()
    two.cycle()
    assert _accepted_numbers(one.central.url) == ["U01000001", "U01000002"]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_counter_handing_in_another_series_number_is_refused(shop_pair) -> None:  # noqa: ANN001
    one, two = shop_pair
    with two.station.unit_of_work() as uow:  # a forged (or stale) series at KASSA2
        uow.repo.set_meta("order_series", "1")
        uow.commit()
    assert _order(two, 1) == "U01000001"
    report = two.cycle()
    assert report.conflicts == 1
    reason = json.loads(sql(two.station, "SELECT reason FROM sync_conflicts")[0][0])
    assert reason["template"].format(**reason["params"]).startswith(
        "Withdrawal number U01000001 is not of order series 02, the series of workstation "
        "KASSA2")
    assert sql(two.station, "SELECT count(*) FROM orders") == [(0,)]
    # The cycle read the series the region gave it: the next order is numbered right (the
    # serial goes on: the counter never goes back).
    assert _order(two, 2) == "U02000002"
    two.cycle()
    assert _accepted_numbers(one.central.url) == ["U02000002"]


def test_a_counter_handing_in_by_hand_cannot_take_another_series(region: Region,
                                                                 shop_pair) -> None:  # noqa: ANN001
    """Straight into the inbox with its own role (no PumpDesk in between): still judged."""
    _one, two = shop_pair
    body = {"id": str(uuid.uuid4()), "type": "order_placed", "pump": None, "actor": "anna.k",
            "workstation": "KASSA2", "occurred_at": "2026-03-02T10:00:00+00:00",
            "payload": {"order": "o-1", "number": "U01000042", "prescription": "x",
                        "person": None, "unit": "602154", "ordered_by": "staff",
                        "day": "2026-03-02", "state": "registered", "lines": []}}
    with psycopg.connect(two.link.url) as connection:
        connection.execute("INSERT INTO inbox (id, kind, format, body) VALUES "
                           "(%s, 'event', %s, %s)", (body["id"], EVENT_FORMAT,
                                                     json.dumps(body)))
    assert two.link.wait_for_judge(10)
    with psycopg.connect(region.admin_url) as connection:
        outcome, reason = connection.execute(
            "SELECT outcome, reason FROM log WHERE event_id = %s", (body["id"],)).fetchone()
    assert outcome == "conflict" and "not of order series 02" in reason["template"].format(
        **reason["params"])


def test_a_protected_prescription_ordered_at_two_offline_counters_is_one_order(
        shop_pair, tmp_path: Path) -> None:  # noqa: ANN001
    one, two = shop_pair
    pid = prescribe(one.station, None, {"SPR10": 2}, unit="602155",
                    prescription_id="KASSA1-K99")
    one.cycle()
    two.cycle()
    first = orders.place_order(one.station, pid, {"SPR10": 1}, "staff", at=AT).number
    second = orders.place_order(two.station, pid, {"SPR10": 1}, "staff", at=AT).number
    one.cycle()
    report = two.cycle()
    assert report.conflicts == 1
    reason = json.loads(sql(two.station, "SELECT reason FROM sync_conflicts")[0][0])
    assert reason["code"] == "prescription_used" and reason["params"]["number"] == first
    assert sql(two.station, "SELECT number FROM orders") == [(first,)]
    one.cycle()
    # Cancelled, the order gives the prescription back: a new order on it stands.
    orders.set_order_state(one.station, first, "cancelled")
    one.cycle()
    two.cycle()
    again = orders.place_order(two.station, pid, {"SPR10": 1}, "staff", at=AT).number
    assert again not in (first, second)
    assert two.cycle().conflicts == 0
    one.cycle()
    assert _accepted_numbers(one.central.url) == [first, again]
    assert_converged([one.station, two.station], one.central, tmp_path)


ATTACKS = [
    "SELECT * FROM protected_orders",
    "DELETE FROM protected_orders",
    "INSERT INTO protected_orders VALUES ('x', 'y', 'U02000001', 'z')",
    "SELECT * FROM withdrawal_numbers",
    "INSERT INTO withdrawal_numbers VALUES ('U02999999', 'x', 'y')",
    "DELETE FROM withdrawal_numbers",
    "UPDATE withdrawal_numbers SET order_id = 'x'",
    "TRUNCATE withdrawal_numbers",
    "DROP TABLE withdrawal_numbers",
    "UPDATE workstations SET order_series = 1 WHERE id = 'KASSA2'",
    "SELECT order_series FROM workstations",
    "CREATE OR REPLACE FUNCTION my_series() RETURNS smallint LANGUAGE sql AS 'SELECT 1::smallint'",
    "DROP FUNCTION my_series()",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_counters_role_cannot_touch_the_withdrawal_numbers_or_the_series(
        shop_pair, attack: str) -> None:  # noqa: ANN001
    _one, two = shop_pair
    with psycopg.connect(two.link.url) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(attack)


def test_counters_enrolled_before_the_series_get_theirs_in_order_of_enrolment(
        region: Region) -> None:
    from alembic import command
    from psycopg import sql as pgsql
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from app.sync.admin import _alembic_config, init_central
    from app.sync.connection import connection_params

    def as_owner() -> psycopg.Connection:
        connection = psycopg.connect(**connection_params(region.admin_url))
        connection.execute(pgsql.SQL("SET ROLE {}").format(pgsql.Identifier(region.roles.owner)))
        connection.commit()
        return connection

    region.stop_judge()
    engine = create_engine("postgresql+psycopg://", poolclass=NullPool, creator=as_owner)
    try:
        command.downgrade(_alembic_config(engine), "c0012")  # a region of the release before
    finally:
        engine.dispose()
    with psycopg.connect(region.admin_url, autocommit=True) as connection:
        for ws, when in (("KASSA2", "2026-01-02"), ("KASSA1", "2026-01-01"),
                         ("KASSA3", "2026-01-03")):
            connection.execute("INSERT INTO workstations (id, registered_at) VALUES (%s, %s)",
                               (ws, when))
    assert init_central(region.admin_url).revision == "c0014"
    with psycopg.connect(region.admin_url) as connection:
        assert connection.execute("SELECT id, order_series FROM workstations ORDER BY id"
                                  ).fetchall() == [("KASSA1", 1), ("KASSA2", 2), ("KASSA3", 3)]
    assert add_workstation(region.admin_url, "KASSA4").series == 4
    assert add_workstation(region.admin_url, "KASSA2", reenroll=True).series == 2


def test_add_workstation_prints_the_series(region: Region,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["central", "add-workstation", "KASSA7", "--url", region.admin_url]) == 0
    out = capsys.readouterr().out
    assert "Order series 01: its withdrawal numbers are U01NNNNNN" in out
