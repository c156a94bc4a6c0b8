"""The person register across the region: records, conversions, merges and protections
reach every counter, two counters that meet one person end with one record, and no
personal data travels in any event."""

from __future__ import annotations

import logging
import random
import subprocess
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.refusals import Refused
from app.services import actions, persons, printouts, queries
from tests.sync.test_sync import Counter
from tests.sync.workload import assert_converged, person_register, register_pumps, sql
from tests.conftest import FakeClock, define_depot
from tests.printing.reading import text as pdf_text

UT, LMA, PN = "19850312 Anna Utan - UT", "LMA 19850312 50-008920/4", "19850312-2387"
TRACES = ("Anna", "Utan", "ANNA", "19850312", "8503122387", "50008920")


@pytest.fixture
def pair(tmp_path: Path, central_url: str, clock: FakeClock):  # noqa: ANN201
    one = Counter(tmp_path, "KASSA1", central_url, clock)
    two = Counter(tmp_path, "KASSA2", central_url, clock)
    define_depot(one.station)
    register_pumps(one.station, "PD", 6)
    one.cycle()
    two.cycle()
    yield one, two
    one.close()
    two.close()


def central_rows(url: str, query: str) -> list[tuple]:
    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchall()


def test_a_person_conversion_and_protection_reach_every_counter(pair, central_url: str,
                                                              tmp_path: Path) -> None:
    one, two = pair
    actions.issue_pump(one.station, "PD-1", patient=UT, unit="602154", approval="BL 9")
    one.cycle()
    two.cycle()
    assert queries.pump_status(two.station, "PD-1").patient == "19850312 Anna Utan - UT"
    persons.convert_identity(two.station, UT, PN, name="Anna Utan")
    two.cycle()
    one.cycle()
    assert queries.pump_status(one.station, "PD-1").patient == "Anna Utan (19850312-2387)"
    # The register's record is found by its old number at the other counter too.
    actions.issue_pump(one.station, "PD-2", patient=UT, unit="602154", approval="BL-2")
    assert sql(one.station, "SELECT count(*) FROM persons") == [(1,)]
    persons.protect_person(one.station, PN)
    one.cycle()
    # Counter 2, not yet told, lends on the person's old prescription to "protected":
    # the central database refuses it, as the prescription is used up.
    actions.issue_pump(two.station, "PD-4", patient="protected", unit="602155",
                       approval="BL 9")
    assert two.cycle().conflicts == 1
    one.cycle()
    for counter in (one, two):
        assert sql(counter.station, "SELECT kind, key, name, birth_date FROM persons") == [
            ("protected", None, None, None)]
        assert queries.pump_status(counter.station, "PD-1").patient == "protected"
        with pytest.raises(Refused, match="new prescription"):
            actions.issue_pump(counter.station, "PD-3", patient="protected", unit="602154",
                               approval="bl9")
        assert queries.pump_status(counter.station, "PD-4").state == "ready"
    assert central_rows(central_url, "SELECT kind, key, name, birth_date FROM persons") == [
        ("protected", None, None, None)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_conversion_racing_an_offline_loan_ends_in_one_record(pair, tmp_path: Path) -> None:
    """Counter 1 converts a UT person to their new personnummer while counter 2, offline,
    lends to that personnummer as a new person: whichever syncs first, one record."""
    for first in (0, 1):
        one, two = pair
        pn = ["19811228-9874", "19121212-1212"][first]
        ut = f"{pn[:8]} Ali Hassan{first} - UT"
        actions.issue_pump(one.station, f"PD-{1 + 2 * first}", patient=ut, unit="602154",
                           approval=f"BL-{first}")
        one.cycle()
        two.cycle()
        persons.convert_identity(one.station, ut, pn)
        actions.issue_pump(two.station, f"PD-{2 + 2 * first}", patient=pn,
                           patient_name="Ali Hassan", unit="602155", approval=f"BL-x{first}")
        for counter in ((one, two, one, two) if first == 0 else (two, one, two, one)):
            counter.cycle()
        for counter in (one, two):
            view = persons.person_view(counter.station, pn)
            assert len(view.loans) == 2, counter.station.ctx.workstation
            assert sql(counter.station, "SELECT count(*) FROM persons WHERE key = :k "
                                        "AND merged_into IS NULL", k=pn) == [(1,)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_the_same_new_person_at_two_offline_counters_is_one_record(pair,
                                                                   tmp_path: Path) -> None:
    one, two = pair
    actions.issue_pump(one.station, "PD-1", patient=PN, patient_name="Anna Utan",
                       unit="602154", approval="BL-1")
    actions.issue_pump(two.station, "PD-2", patient=PN, patient_name="Anna Utan",
                       unit="602155", approval="BL-2")
    for counter in (one, two, one):
        counter.cycle()
    for counter in (one, two):
        assert len(persons.person_view(counter.station, PN).loans) == 2
        assert sql(counter.station, "SELECT count(*) FROM persons WHERE merged_into "
                                    "IS NULL") == [(1,)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_no_trace_of_a_protected_person_anywhere(pair, central_url: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Every place data lands: each counter's database file and WAL, its log file, every
    command's output and printout, and a dump of the central database after a sync."""
    from app.cli import main
    one, two = pair
    lent = actions.issue_pump(one.station, "PD-1", patient=UT, unit="602154",
                              approval="BL-1")
    persons.convert_identity(one.station, UT, LMA)
    persons.convert_identity(one.station, LMA, PN, name="Anna Utan")
    for counter in (one, two, one):
        counter.cycle()
    persons.protect_person(two.station, "UT 19850312 Anna Utan")
    for counter in (two, one, two):
        counter.cycle()
    outputs = []
    for counter in (one, two):
        db = str(counter.station.db.path)
        for argv in (["status", "PD-1", "--json"], ["history", "PD-1", "--json"],
                     ["list", "loans", "--json"], ["conflicts", "--json"],
                     ["print", "receipt", lent.loan_number, "-o", str(tmp_path / "r.pdf")],
                     ["print", "form", lent.loan_number, "-o", str(tmp_path / "f.pdf")]):
            main(["--db", db, *argv])
            outputs.append(capsys.readouterr().out)
            if argv[0] == "print":
                outputs.append(pdf_text(Path(argv[-1]).read_bytes()))
        outputs.append(pdf_text(printouts.receipt(counter.station, "PD-1").pdf))
        counter.station.db.scrub()
        files = list(counter.station.db.path.parent.glob(counter.station.db.path.name + "*"))
        files += list(counter.station.db.path.parent.glob("pumpdesk.log*"))
        outputs += [f.read_bytes().decode("latin-1") for f in files]
    params = psycopg.conninfo.conninfo_to_dict(central_url)
    schema = params["options"].split("=", 1)[1]
    dump = subprocess.run(["pg_dump", "-h", params["host"], "-p", str(params["port"]),
                           "-U", params["user"], "-d", params["dbname"], "-n", schema],
                          capture_output=True, text=True, check=True).stdout
    outputs.append(dump)
    logging.getLogger("pumpdesk").handlers.clear()
    for text in outputs:
        for trace in TRACES:
            assert trace not in text, (trace, text[:300])


# -- random work at two counters -------------------------------------------------------------

PEOPLE = [("19811228-9874", "Erik Berg"), ("19121212-1212", "Ida Lund"),
          ("19850312 Anna Utan - UT", None), ("LMA 19900101 50-008920/4", "Ali Hassan"),
          ("19811288-9871", "Sam Ek")]
UPGRADES = {"19850312 Anna Utan - UT": ["LMA 19850312 50-008921/4", "19850312-2387"],
            "LMA 19900101 50-008920/4": ["19900101-0008"],
            "19811288-9871": ["19811228-9874"]}

step = st.tuples(st.sampled_from(["lend", "convert", "protect", "sync"]), st.integers(0, 1),
                 st.integers(0, 4), st.booleans())


def test_new_people_from_another_counter_are_added_together(pair, tmp_path: Path) -> None:
    """A busy region's counters pull each other's new patients all day: records new here,
    whose keys nobody here holds, go in together (two statements, not six for each); one
    that changes a record this counter knows goes on its own, in its place, and the
    registers end equal."""
    from sqlalchemy import event as sa_event
    from stdnum import luhn

    one, two = pair
    # Twelve people born 1982-03-01 … 12, each with a valid personnummer.
    numbers = [f"19{born}-123{luhn.calc_check_digit(born + '123')}"
               for born in (f"8203{day:02d}" for day in range(1, 13))]
    actions.issue_pump(two.station, "PD-5", patient=UT, unit="602154", approval="BL-5")
    two.cycle()
    one.cycle()
    for n, number in enumerate(numbers[:6]):
        actions.issue_pump(one.station, "PD-1", patient=number, patient_name=f"Person {n}",
                           unit="602154", approval=f"BL-{n}")
        actions.return_pump(one.station, "PD-1")
        actions.clean_pump(one.station, "PD-1")
    persons.convert_identity(one.station, UT, PN, name="Anna Utan")  # known at KASSA2
    for n, number in enumerate(numbers[6:], start=6):
        actions.issue_pump(one.station, "PD-2", patient=number, patient_name=f"Person {n}",
                           unit="602154", approval=f"BL-{n}")
        actions.return_pump(one.station, "PD-2")
        actions.clean_pump(one.station, "PD-2")
    one.cycle()
    asked: list[str] = []
    sa_event.listen(two.station.db.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(statement))
    two.cycle()
    added = [s for s in asked if s.startswith("INSERT INTO persons")]
    assert len(added) == 2  # six new ones; the conversion (an update) on its own; six more
    assert len(person_register(two.station)) == 13
    assert person_register(two.station) == person_register(one.station)
    assert queries.pump_status(two.station, "PD-5").patient == "Anna Utan (19850312-2387)"
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_counters_own_people_come_back_with_their_versions_alone(pair,
                                                                   tmp_path: Path) -> None:
    """A counter's own new patients and conversions come back from the central register
    as it stored them: only their versions are new, set in one statement, without writing
    the records and their earlier keys again (six statements each, every cycle)."""
    from sqlalchemy import event as sa_event
    from stdnum import luhn

    one, two = pair
    actions.issue_pump(two.station, "PD-5", patient=UT, unit="602154", approval="BL-5")
    two.cycle()
    one.cycle()
    numbers = [f"19{born}-123{luhn.calc_check_digit(born + '123')}"
               for born in (f"8204{day:02d}" for day in range(1, 7))]
    for n, number in enumerate(numbers):
        actions.issue_pump(one.station, "PD-1", patient=number, patient_name=f"Person {n}",
                           unit="602154", approval=f"BL-{n}")
        actions.return_pump(one.station, "PD-1")
        actions.clean_pump(one.station, "PD-1")
    persons.convert_identity(one.station, UT, PN, name="Anna Utan")  # an earlier key now
    asked: list[str] = []
    sa_event.listen(one.station.db.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(statement))
    one.cycle()
    written = [s for s in asked if s.startswith(("UPDATE persons SET kind",
                                                 "DELETE FROM person_keys",
                                                 "INSERT INTO persons"))]
    assert written == []
    assert len([s for s in asked if s.startswith("UPDATE persons SET version")]) == 1
    versions = sql(one.station, "SELECT count(*), count(version) FROM persons")
    assert versions[0][0] == versions[0][1] == 7
    two.cycle()
    assert person_register(two.station) == person_register(one.station)
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_the_judge_reads_a_batch_once_for_its_new_patients(pair, region,
                                                           tmp_path: Path) -> None:
    """New people handed in with their loans: the judge reads what the batch's events
    need once, not again after each new record (only a protection, which uses
    prescriptions up, makes it read them again)."""
    from stdnum import luhn

    from app.persistence.persons import PersonRegister
    from app.persistence.sync_state import SyncState
    from app.sync.judge import judge_inbox

    one, two = pair
    region.stop_judge()
    for n, born in enumerate(f"8203{day:02d}" for day in range(1, 7)):
        actions.issue_pump(one.station, "PD-1", patient=f"19{born}-123"
                           f"{luhn.calc_check_digit(born + '123')}",
                           patient_name=f"Person {n}", unit="602154", approval=f"BL-{n}")
        actions.return_pump(one.station, "PD-1")
        actions.clean_pump(one.station, "PD-1")
    with one.station.db.reading() as connection:
        changes = PersonRegister(connection).pending(100)
        events = SyncState(connection, "KASSA1").pending(100)
    assert len(changes) == 6
    one.link.hand_in(events, [(change_id, change) for _seq, change_id, change in changes])
    statements: list[str] = []

    class Counting(psycopg.Cursor):  # type: ignore[type-arg]
        def execute(self, query, params=None, **kwargs):  # noqa: ANN001, ANN003, ANN201
            statements.append(str(query))
            return super().execute(query, params, **kwargs)

    with psycopg.connect(region.judge_url, cursor_factory=Counting) as connection:
        with connection.transaction(), connection.cursor() as cursor:
            assert judge_inbox(cursor) == len(events) + len(changes)
    assert len([s for s in statements if "WHERE registration = ANY" in s]) == 1
    region.start_judge()
    one.cycle()
    two.cycle()
    assert person_register(two.station) == person_register(one.station)
    assert_converged([one.station, two.station], one.central, tmp_path)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(step, min_size=4, max_size=18), seed=st.integers(0, 10_000))
def test_random_register_work_at_two_counters_converges(tmp_path_factory, central_url_factory,
                                                        steps, seed) -> None:  # noqa: ANN001
    """Loans, conversions (merging when confirmed), and protections at two counters,
    synced in random order: both end with the central register, and no payload anywhere
    holds anyone's name or number."""
    rng = random.Random(seed)
    folder = tmp_path_factory.mktemp("persons")
    url = central_url_factory()
    clock = FakeClock()
    counters = [Counter(folder, "KASSA1", url, clock), Counter(folder, "KASSA2", url, clock)]
    try:
        define_depot(counters[0].station)
        register_pumps(counters[0].station, "PD", 8)
        for counter in (*counters, *counters):
            counter.cycle()
        for kind, at, who, flag in steps:
            station = counters[at].station
            text, name = PEOPLE[who]
            try:
                if kind == "lend":
                    free = [f"PD-{n}" for n in range(1, 9)]
                    actions.issue_pump(station, rng.choice(free), patient=text,
                                       patient_name=name, unit="602154",
                                       approval=f"BL-{rng.randrange(999)}")
                elif kind == "convert" and text in UPGRADES:
                    for new in UPGRADES[text]:
                        try:
                            persons.convert_identity(station, text, new, same_person=flag)
                        except Refused:
                            pass
                elif kind == "protect":
                    persons.protect_person(station, text)
                else:
                    counters[at].cycle()
            except Refused:
                pass
        for counter in (*counters, *counters):
            counter.cycle()
        registers = [person_register(c.station) for c in counters]
        assert registers[0] == registers[1]
        central = central_rows(url, "SELECT count(*) FROM persons")[0][0]
        assert central == len(registers[0])
        words = [w for text, name in PEOPLE for w in (text[:8], name) if w]
        for counter in counters:
            for (payload,) in sql(counter.station, "SELECT payload FROM events"):
                assert not [w for w in words if w in payload], payload
        for (payload,) in central_rows(url, "SELECT payload::text FROM log"):
            assert not [w for w in words if w in payload], payload
    finally:
        for counter in counters:
            counter.close()
