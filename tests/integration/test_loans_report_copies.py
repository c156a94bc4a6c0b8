"""The loans report counts from copies on each lent pump's row (its loan's type and units,
the pump's model: migration 0018). The copies must say what the loans and pumps say — after
live work, a replay of the log, a batched pull, an upgrade — and the report must count what
a join of the tables counts."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import text

from app.persistence.database import Database
from app.persistence.replay import replay
from app.services import actions
from app.services.demo import fill_demo
from app.services.reports import make_report, payer_of
from app.services.station import Station
from tests.conftest import START, FakeClock, define_depot, make_station
from tests.integration.test_batched_projection import _replay_in_batches
from tests.sync.workload import act, register_pumps

LUND, MALMO, ASYLUM = "602154", "602155", "601628"

#: Each lent pump's row whose copies differ from its loan's and its pump's.
WRONG_COPIES = text(
    "SELECT lp.loan_id, lp.pump, lp.loan_type, lp.responsible_unit, lp.billing_unit, "
    "lp.model_code, l.type, l.responsible_unit, l.billing_unit, p.model_code "
    "FROM loan_pumps lp JOIN loans l ON l.id = lp.loan_id "
    "JOIN pumps p ON p.registration = lp.pump "
    "WHERE lp.loan_type IS NOT l.type OR lp.responsible_unit IS NOT l.responsible_unit "
    "OR lp.billing_unit IS NOT l.billing_unit OR lp.model_code IS NOT p.model_code")


def wrong_copies(db: Database) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(WRONG_COPIES)]


def joined_figures(station: Station, start: dt.date, end: dt.date,
                   unit: str | None = None) -> list[tuple]:
    """The loans report's figures as the plain join of loans, lent pumps, pumps and models
    counts them (how the report read them before the copies)."""
    since = dt.datetime.combine(start, dt.time()).astimezone().astimezone(dt.UTC)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).astimezone() \
        .astimezone(dt.UTC)
    bounds = {"since": since.isoformat(timespec="microseconds"),
              "until": until.isoformat(timespec="microseconds")}
    with station.db.engine.connect() as connection:
        units = dict(connection.execute(text("SELECT customer_number, name FROM care_units")).all())
        rows = connection.execute(text(
            "SELECT l.responsible_unit, m.product_area, lp.payer_name, l.billing_unit, "
            "lp.started_at >= :since AND lp.started_at < :until, "
            "lp.ended_at >= :since AND lp.ended_at < :until "
            "FROM loan_pumps lp JOIN loans l ON l.id = lp.loan_id "
            "JOIN pumps p ON p.registration = lp.pump "
            "LEFT JOIN pump_models m ON m.code = p.model_code "
            "WHERE l.type IN ('patient', 'transport') AND ("
            "(lp.started_at >= :since AND lp.started_at < :until) OR "
            "(lp.ended_at >= :since AND lp.ended_at < :until))"), bounds).all()
    merged: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for responsible, area, payer, billed, began, ended in rows:
        if unit is not None and responsible != unit:
            continue
        total = merged[(responsible, area or "", payer_of(payer, billed, units))]
        total[0] += bool(began)
        total[1] += bool(ended)
    return [(u, area, payer, *n) for (u, area, payer), n in sorted(merged.items())]


def report_figures(station: Station, start: dt.date, end: dt.date,
                   unit: str | None = None) -> list[tuple]:
    rows = next(s.rows for s in make_report(station, "loans", start, end, unit).sections)
    return [(u, area, payer, started, ended) for u, _n, area, _a, payer, started, ended
            in rows]


@pytest.fixture
def busy(tmp_path: Path) -> Station:
    """Every kind of move on a few pumps (care moved between units, stock prescribed,
    lost, returned, sent to service), a loan of two pumps and an asylum seeker's loan
    billed to the asylum unit."""
    station = define_depot(make_station(tmp_path / "busy.db", FakeClock(),
                                        readable_ids=False))
    rng = random.Random(7)
    few = register_pumps(station, "BUSY", 8)
    for _ in range(600):
        act(station, few, rng)
    pair = register_pumps(station, "PAIR", 2, model="JOEY")
    actions.issue_pumps(station, pair, patient="19811228-9874", unit=LUND, approval="BL-P")
    actions.move_pump(station, pair[0], unit=MALMO)
    actions.return_pump(station, pair[1])
    asylum = register_pumps(station, "ASYL", 1)[0]
    actions.issue_pump(station, asylum, patient="LMA 19900101 50-008920/4", unit=LUND,
                       approval="BL-A")
    yield station
    station.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Station:
    """A demo depot's year of loans, with its payers."""
    station = make_station(tmp_path_factory.mktemp("demo") / "demo.db", FakeClock(),
                           readable_ids=False)
    fill_demo(station, pumps=60, seed=7)
    yield station
    station.close()


def test_the_copies_say_what_the_loans_and_pumps_say(busy: Station, tmp_path: Path) -> None:
    with busy.db.engine.connect() as connection:
        kinds, billed = connection.execute(text(
            "SELECT count(DISTINCT loan_type), count(DISTINCT billing_unit) "
            "FROM loan_pumps")).one()
    assert kinds == 3 and billed >= 3  # patients, transports, stocks; the asylum unit too
    assert wrong_copies(busy.db) == []
    one_by_one = Database(tmp_path / "replayed.db")
    replay(busy.db, one_by_one)
    batched = Database(tmp_path / "batched.db")
    _replay_in_batches(busy.db, batched, random.Random(7))
    for db in (one_by_one, batched):
        assert wrong_copies(db) == []
        db.dispose()


def test_the_report_counts_what_the_join_counts(busy: Station, demo: Station) -> None:
    assert wrong_copies(demo.db) == []
    for station in (busy, demo):
        today = station.ctx.today()
        for start, end in ((today - dt.timedelta(days=364), today),
                           (today - dt.timedelta(days=90), today - dt.timedelta(days=30)),
                           (START.date() - dt.timedelta(days=800), today)):
            figures = report_figures(station, start, end)
            assert figures == joined_figures(station, start, end)
        assert len(figures) > 3
        for unit in (LUND, MALMO):
            assert report_figures(station, start, end, unit) \
                == joined_figures(station, start, end, unit)


def test_a_loan_stays_counted_at_its_unit_when_the_care_moves(depot: Station) -> None:
    day = depot.ctx.today()
    actions.register_pump(depot, "M1", "T34")
    actions.issue_pump(depot, "M1", patient="19811228-9874", unit=LUND, approval="BL-M")
    actions.move_pump(depot, "M1", unit=MALMO)  # the pump's unit moves, the loan's does not
    assert [row[:2] for row in report_figures(depot, day, day)] == [
        (LUND, "subcutaneous_infusion")]
    assert wrong_copies(depot.db) == []


def test_an_asylum_seekers_loan_is_billed_to_the_asylum_unit(depot: Station) -> None:
    day = depot.ctx.today()
    actions.register_pump(depot, "A1", "JOEY")
    actions.issue_pump(depot, "A1", patient="LMA 19900101 50-008920/4", unit=LUND,
                       approval="BL-A")
    with depot.db.engine.connect() as connection:
        copied = connection.execute(text(
            "SELECT loan_type, responsible_unit, billing_unit, model_code FROM loan_pumps "
            "WHERE pump = 'A1'")).one()
    assert tuple(copied) == ("patient", LUND, ASYLUM, "JOEY")
    assert report_figures(depot, day, day) == [
        (LUND, "enteral_nutrition", "Asylenheten", 1, 0)]
