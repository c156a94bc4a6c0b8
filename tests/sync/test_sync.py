"""Two and more workstations with the central PostgreSQL: what each does reaches the
others, nothing is lost or applied twice, and conflicts are decided by the central order."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

from app.domain.refusals import Refused
from app.domain.sync import Outcome
from app.services import actions
from app.services.station import Station
from app.sync.central import Central, CentralUnavailable, WorkstationClash
from app.sync.client import Sync
from tests.conftest import FakeClock, define_depot, make_station
from tests.sync.conftest import UNREACHABLE
from tests.sync.region import enroll
from tests.sync.workload import act, assert_converged, central_pumps, pumps_of, \
    register_pumps, sql



class Counter:
    """A workstation, enrolled in the region with its own role, and its sync, for a test.
    ``central`` reads the region as its administrator (the pumps' central state)."""

    def __init__(self, folder: Path, name: str, url: str, clock: FakeClock) -> None:
        self.station = make_station(folder / f"{name}.db", clock, workstation=name,
                                    readable_ids=False)
        self.central = Central(url)
        self.link = Central(enroll(url, name))
        self.sync = Sync(self.station.db, name, self.link)

    def cycle(self):  # noqa: ANN201
        return self.sync.cycle()

    def close(self) -> None:
        self.sync.close()
        self.central.close()
        self.station.close()


@pytest.fixture
def counters(tmp_path: Path, central_url: str, clock: FakeClock) -> Iterator[dict[str, Counter]]:
    made: dict[str, Counter] = {}

    class Made(dict):  # type: ignore[type-arg]
        def __missing__(self, name: str) -> Counter:
            self[name] = Counter(tmp_path, name, central_url, clock)
            return self[name]

    made = Made()
    yield made
    for counter in made.values():
        counter.close()


@pytest.fixture
def depot_pair(counters: dict[str, Counter]) -> tuple[Counter, Counter]:
    """KASSA1 defined the depot and registered pumps; KASSA2 has pulled them."""
    one, two = counters["KASSA1"], counters["KASSA2"]
    define_depot(one.station)
    register_pumps(one.station, "PD", 6)
    one.cycle()
    two.cycle()
    return one, two


def test_each_workstations_actions_reach_the_other(depot_pair, tmp_path: Path) -> None:
    one, two = depot_pair
    assert pumps_of(two.station) == pumps_of(one.station)
    actions.issue_pump(one.station, "PD-1", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    actions.dispatch_pump(two.station, "PD-2", unit="602155")
    one.cycle()
    two.cycle()
    one.cycle()
    assert pumps_of(one.station)["PD-2"][:2] == ("in_unit_stock", "602155")
    assert pumps_of(two.station)["PD-1"][:2] == ("on_loan", "602154")
    # The patient came with the loan: the other counter can take the pump back.
    actions.return_pump(two.station, "PD-1")
    two.cycle()
    one.cycle()
    assert pumps_of(one.station)["PD-1"][0] == "awaiting_cleaning"
    assert_converged([one.station, two.station], one.central, tmp_path)


@pytest.mark.parametrize("seed", range(6))
def test_random_work_with_syncs_in_between_converges(depot_pair, tmp_path: Path,
                                                      counters, seed: int) -> None:
    """Both counters work on the same pumps, syncing at random moments (so each often
    works on a state the other has already changed); after quiet all agree."""
    one, two = depot_pair
    three = counters["KASSA3"]
    rng = random.Random(seed)
    pumps = [f"PD-{n}" for n in range(1, 7)]
    everyone = [one, two, three]
    for _ in range(120):
        counter = rng.choice(everyone)
        if rng.random() < 0.25:
            counter.cycle()
        else:
            act(counter.station, pumps, rng)
    for _ in range(2):
        for counter in everyone:
            report = counter.cycle()
    assert report.pending == 0
    assert_converged([c.station for c in everyone], one.central, tmp_path)
    counts = one.central.counts()
    assert counts.events == sum(
        sql(c.station, "SELECT count(*) FROM events WHERE workstation = :w",
            w=c.station.ctx.workstation)[0][0] for c in everyone)
    # Every conflict is known at every counter.
    known = {c.station.ctx.workstation: sql(c.station, "SELECT count(*) FROM sync_conflicts")
             for c in everyone}
    assert set(map(str, known.values())) == {str([(counts.conflicts,)])}


def test_actions_succeed_offline_and_arrive_when_central_is_back(
        tmp_path: Path, central_url: str, clock: FakeClock, depot_pair) -> None:
    one, two = depot_pair
    offline = Sync(one.station.db, "KASSA1", Central(UNREACHABLE))
    actions.issue_pump(one.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    actions.return_pump(one.station, "PD-3")
    actions.clean_pump(one.station, "PD-3")
    with pytest.raises(CentralUnavailable):
        offline.cycle()
    status = offline.status()
    assert status.pending == 3
    assert pumps_of(one.station)["PD-3"][0] == "ready"
    report = one.cycle()
    assert (report.pushed, report.accepted, report.pending) == (3, 3, 0)
    two.cycle()
    assert sql(two.station, "SELECT type FROM events WHERE pump = 'PD-3' ORDER BY seq") == [
        ("pump_registered",), ("issued_to_patient",), ("returned",), ("cleaned",)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_the_same_pump_issued_at_two_offline_counters(depot_pair, tmp_path: Path) -> None:
    one, two = depot_pair
    actions.issue_pump(one.station, "PD-4", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    actions.issue_pump(two.station, "PD-4", patient="19811288-9871", unit="602155",
                       approval="BL-7")
    first, second = one.cycle(), two.cycle()
    assert (first.accepted, first.conflicts) == (1, 0)
    assert (second.accepted, second.conflicts) == (0, 1)
    one.cycle()
    # Exactly one loan stands, everywhere: the one the central database took first.
    for counter in (one, two):
        assert sql(counter.station, "SELECT l.number, p.state FROM pumps p "
                   "JOIN loans l ON l.id = p.loan_id WHERE p.registration = 'PD-4'") == [
            ("KASSA1-000001", "on_loan")]
        assert sql(counter.station, "SELECT count(*) FROM loans") == [(1,)]
        # ... and both counters see the conflict, naming both sides.
        assert sql(counter.station,
                   "SELECT e.workstation, e.type, a.workstation, a.type FROM sync_conflicts c "
                   "JOIN events e ON e.id = c.event_id "
                   "JOIN events a ON a.id = c.against_event_id") == [
            ("KASSA2", "issued_to_patient", "KASSA1", "issued_to_patient")]
    # Both people are in the region's register at both counters, as one record each.
    for counter in (one, two):
        assert sql(counter.station, "SELECT count(*) FROM persons") == [(2,)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_return_is_accepted_whatever_the_central_state(depot_pair, tmp_path: Path) -> None:
    """Physical facts win: the pump is back at the depot, whatever was recorded."""
    one, two = depot_pair
    actions.issue_pump(one.station, "PD-5", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    one.cycle()
    two.cycle()
    actions.return_pump(one.station, "PD-5")   # returned at one counter ...
    actions.return_pump(two.station, "PD-5", fault="Cracked")  # ... and, faulty, at the other
    one.cycle()
    report = two.cycle()
    assert (report.accepted, report.conflicts) == (1, 0)
    one.cycle()
    assert central_pumps(one.central)["PD-5"][0] == "faulty"
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_pulled_event_before_an_own_one_is_put_in_central_order(
        depot_pair, tmp_path: Path) -> None:
    """KASSA2 reports a fault on a pump KASSA1 has just issued, both before syncing: the
    central order is issue, fault; KASSA1 applied them the other way round and must end
    as the central database does."""
    one, two = depot_pair
    actions.report_fault(two.station, "PD-6", "Battery")
    actions.issue_pump(one.station, "PD-6", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    two.cycle()            # the fault is first centrally
    report = one.cycle()   # the issue now meets a faulty pump: a conflict
    assert report.conflicts == 1
    assert pumps_of(one.station)["PD-6"][0] == "faulty"
    two.cycle()
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_pull_asks_once_per_batch_which_pumps_have_own_events_later(
        depot_pair, tmp_path: Path) -> None:
    """While own events wait for their verdicts, every pulled event on a pump must know
    whether an own one comes after it (then the pump is rebuilt in central order). A busy
    region's counter always has events waiting: asked per pulled event, that was a query
    each; it is one for the batch, and the tables still end as the central database's."""
    from sqlalchemy import event as sa_event

    one, two = depot_pair
    for _ in range(10):  # thirty events on KASSA2's side
        actions.report_fault(two.station, "PD-2", "Battery")
        actions.send_to_service(two.station, "PD-2", reason="repair")
        actions.back_from_service(two.station, "PD-2", repair="battery replaced")
    two.cycle()
    actions.issue_pump(one.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-1")  # waits for its verdict while KASSA1 pulls
    asked: list[str] = []
    sa_event.listen(one.station.db.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(statement))
    report = one.cycle()
    assert report.applied >= 30
    per_event = [s for s in asked if "events.workstation = ?" in s
                 and "sync_log.central_seq IS NULL" in s and "events.pump = ?" in s]
    assert per_event == []
    two.cycle()
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_own_events_coming_back_in_a_row_are_answered_together(
        depot_pair, region, tmp_path: Path) -> None:
    """After a hand-in, the pull brings the counter's own events back with their verdicts,
    often thousands in a row: their answers are recorded together, not one by one (that
    was five statements an event, most of a big hand-in's time); own events between
    another counter's are answered in their place, and the tables end as the central
    database's."""
    from sqlalchemy import event as sa_event

    from app.persistence.sync_state import SyncState

    one, two = depot_pair
    region.stop_judge()  # KASSA1's events, then KASSA2's, then KASSA1's again, in the log
    for _ in range(4):
        actions.report_fault(one.station, "PD-1", "Battery")
        actions.send_to_service(one.station, "PD-1", reason="repair")
        actions.back_from_service(one.station, "PD-1", repair="battery replaced")
    with one.station.db.reading() as connection:
        first = SyncState(connection, "KASSA1").pending(100)
    one.link.hand_in(first, [])
    actions.report_fault(two.station, "PD-2", "Battery")
    two.cycle()
    actions.issue_pump(one.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    region.start_judge()
    assert one.link.wait_for_judge(5)
    asked: list[str] = []
    sa_event.listen(one.station.db.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(statement))
    report = one.cycle()
    assert (report.accepted, report.pending, report.conflicts) == (len(first) + 1, 0, 0)
    unqueued = [s for s in asked if s.startswith("DELETE FROM sync_outbox")]
    assert len(unqueued) == 2  # the twelve in a row, then the one after KASSA2's
    two.cycle()
    assert_converged([one.station, two.station], one.central, tmp_path)


def _handed_in_unjudged(counter: Counter, region) -> None:  # noqa: ANN001
    """One of ``counter``'s loans handed in, with the judge stopped: it waits for it."""
    from app.persistence.sync_state import SyncState

    region.stop_judge()
    actions.issue_pump(counter.station, "PD-1", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    with counter.station.db.reading() as connection:
        counter.link.hand_in(SyncState(connection, counter.sync.workstation).pending(100), [])


def _count_looks(link: Central, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The moments ``link`` listened after finding its items still waiting."""
    looks: list[float] = []
    hear = link._hear_judge

    def counted(timeout_s: float) -> None:
        looks.append(time.monotonic())
        hear(timeout_s)

    monkeypatch.setattr(link, "_hear_judge", counted)
    return looks


def test_a_counter_waiting_for_its_verdicts_hears_the_judge(
        depot_pair, region, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """While it waits for its verdicts, a counter listens for the judge's word that a batch
    is judged, rather than asking the inbox again twenty times a second: here it would ask
    again only after a minute, and the judge's word ends its wait as soon as it judged."""
    import threading

    from app.sync import central as central_module

    one, _two = depot_pair
    _handed_in_unjudged(one, region)
    monkeypatch.setattr(central_module, "RECHECK_S", 60.0)
    looks = _count_looks(one.link, monkeypatch)
    answer: list[bool] = []
    waiting = threading.Thread(target=lambda: answer.append(one.link.wait_for_judge(120)),
                               daemon=True)
    waiting.start()
    time.sleep(0.5)
    region.start_judge()
    waiting.join(30)
    assert not waiting.is_alive(), "the judge's word did not end the wait"
    assert answer == [True]
    assert len(looks) == 1


def test_a_flood_of_notifications_makes_a_counter_ask_no_more_often(
        depot_pair, region, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Any role may send the judge's notification: another counter's role sending it as
    fast as it can makes a waiting counter ask the inbox at most every
    ``RECHECK_GAP_S``, not once per notification."""
    import threading

    from app.sync.central import RECHECK_GAP_S
    from app.sync.connection import connect

    one, two = depot_pair
    _handed_in_unjudged(one, region)
    looks = _count_looks(one.link, monkeypatch)
    flooding = threading.Event()
    sent: list[int] = []

    def flood() -> None:
        with connect(two.link.url, autocommit=True) as connection:
            region_name = connection.execute("SELECT current_schema()").fetchone()[0]
            flooding.set()
            while flooding.is_set():
                connection.execute("SELECT pg_notify('pumpdesk_judged', %s)", (region_name,))
                sent.append(1)

    flooder = threading.Thread(target=flood, daemon=True)
    flooder.start()
    assert flooding.wait(10)
    began = time.monotonic()
    assert not one.link.wait_for_judge(2.0)  # the judge is stopped: no verdict comes
    took = time.monotonic() - began
    flooding.clear()
    flooder.join(10)
    assert len(looks) <= took / RECHECK_GAP_S + 2, (len(looks), took)
    assert len(sent) > 2 * len(looks), (len(sent), len(looks))  # it was a flood


def test_an_idle_cycle_asks_only_for_the_judges_status(
        depot_pair, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A cycle with nothing to hand in pulls the log and the person register only when the
    newest numbers read with the judge's status are past what the counter has: an idle
    counter's cycle is one round trip. What another counter did is still pulled."""
    one, two = depot_pair
    two.cycle()
    one.cycle()
    asked: list[str] = []
    for name in ("pull", "pull_persons"):
        ask = getattr(one.link, name)
        monkeypatch.setattr(one.link, name,
                            lambda *a, _n=name, _ask=ask: asked.append(_n) or _ask(*a))
    one.cycle()
    assert asked == []
    actions.report_fault(two.station, "PD-2", "Battery")
    two.cycle()
    report = one.cycle()
    assert asked == ["pull"] and report.applied == 1
    actions.issue_pump(two.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-1")  # a new patient, in the person register
    two.cycle()
    asked.clear()
    one.cycle()
    assert asked == ["pull", "pull_persons"]
    asked.clear()
    one.cycle()
    assert asked == []


def test_a_cycle_whose_verdicts_are_in_asks_for_the_person_register_only_if_it_moved(
        depot_pair, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The look that finds a counter's verdicts in reads the heads again: a hand-in with
    no new patient in it costs no question to the person register; one with a new
    patient, or another counter's, still brings the register's change back."""
    one, two = depot_pair
    two.cycle()
    one.cycle()
    asked: list[str] = []
    ask = one.link.pull_persons
    monkeypatch.setattr(one.link, "pull_persons",
                        lambda *a: asked.append("pull_persons") or ask(*a))
    actions.report_fault(one.station, "PD-2", "Battery")
    report = one.cycle()
    assert report.accepted == 1 and asked == []
    actions.issue_pump(one.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-1")  # a new patient: the register's version comes back
    one.cycle()
    assert asked == ["pull_persons"]
    versions = _versions(one)
    assert len(versions) == 1 and None not in versions  # the central version is in
    asked.clear()
    actions.issue_pump(two.station, "PD-4", patient="19121212-1212", unit="602154",
                       approval="BL-2")
    two.cycle()
    actions.report_fault(one.station, "PD-5", "Battery")
    one.cycle()
    assert asked == ["pull_persons"]
    versions = _versions(one)
    assert len(versions) == 2 and None not in versions


def _versions(counter: Counter) -> list[int | None]:
    """The central versions of the person records ``counter`` holds."""
    with counter.station.db.reading() as connection:
        return [row[0] for row in connection.exec_driver_sql(
            "SELECT version FROM persons")]


def test_a_batch_of_own_events_coming_back_reads_nothing_ahead(
        depot_pair) -> None:  # noqa: ANN001
    """Own events coming back are answers to record, not events to apply: the cycle that
    hands them in and takes them back reads no pumps, loans or later own events ahead (a
    counter working alone does this every cycle)."""
    from sqlalchemy import event as sa_event

    one, two = depot_pair
    two.cycle()
    one.cycle()
    actions.issue_pump(one.station, "PD-1", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    actions.report_fault(one.station, "PD-2", "Battery")
    asked: list[str] = []
    sa_event.listen(one.station.db.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_: asked.append(" ".join(statement.split())))
    report = one.cycle()
    assert report.accepted == 2 and report.pending == 0
    ahead = [s for s in asked if s.startswith(("SELECT pumps.", "SELECT loans.id",
                                               "SELECT events.pump, events.id"))]
    assert ahead == []


def test_a_hand_in_sent_again_or_out_of_order_changes_nothing(depot_pair, region) -> None:
    one, _ = depot_pair
    for reg in ("PD-1", "PD-2", "PD-3", "PD-4"):
        actions.issue_pump(one.station, reg, patient="19811228-9874", unit="602154",
                           approval="BL-1")
    with one.station.db.reading() as connection:
        from app.persistence.sync_state import SyncState
        batch = SyncState(connection, "KASSA1").pending(100)
    region.stop_judge()
    one.link.hand_in(batch, [])
    one.link.hand_in(batch, [])  # handed in again: taken once
    region.start_judge()
    assert one.link.wait_for_judge(5)
    before = one.central.counts()
    one.link.hand_in(list(reversed(batch)), [])  # already judged: judged once
    region.judge.leading.wait(5)
    time.sleep(0.3)
    assert one.central.counts() == before
    assert [e.outcome for e in one.link.pull(0, 1000)[-4:]] == [Outcome.ACCEPTED] * 4
    # The workstation, which never marked them handed in, learns the verdicts from the log.
    report = one.cycle()
    assert (report.accepted, report.pending) == (4, 0)
    assert one.central.counts() == before


def test_a_counter_cannot_sync_with_another_workstations_credentials(
        counters, tmp_path: Path, central_url: str, clock) -> None:
    counters["KASSA1"].cycle()
    impostor = make_station(tmp_path / "impostor.db", clock, workstation="KASSA2",
                            readable_ids=False)
    sync = Sync(impostor.db, "KASSA2", Central(enroll(central_url, "KASSA1")))
    with pytest.raises(WorkstationClash, match="KASSA1"):
        sync.cycle()
    sync.close()
    impostor.close()


def test_a_new_workstation_starts_from_the_central_state(depot_pair, counters,
                                                         tmp_path: Path) -> None:
    one, two = depot_pair
    rng = random.Random(3)
    for _ in range(60):
        act(rng.choice([one, two]).station, [f"PD-{n}" for n in range(1, 7)], rng)
    one.cycle(); two.cycle(); one.cycle()  # noqa: E702
    late = counters["KASSA9"]
    late.sync.pull_batch = 7  # several batches, each its own transaction
    report = late.cycle()
    assert report.pulled == one.central.counts().events
    assert_converged([one.station, two.station, late.station], one.central, tmp_path)


def test_the_central_log_is_append_only(depot_pair, central_url: str) -> None:
    with psycopg.connect(central_url) as connection:  # even for its administrator
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            connection.execute("DELETE FROM log WHERE seq = 1")


def test_the_last_word_on_a_target_is_the_central_order_s(depot_pair, tmp_path: Path) -> None:
    """Both counters set one unit's target while apart: the one the central database
    took last stands everywhere, though each counter set its own last."""
    from app.services import stock

    one, two = depot_pair
    stock.set_target(one.station, "602154", "T34", 2)
    stock.set_target(two.station, "602154", "T34", 5)
    stock.set_target(two.station, "602155", "T34", 1)
    one.cycle()
    two.cycle()
    one.cycle()
    for counter in (one, two):
        assert sql(counter.station, "SELECT unit, target FROM buffer_targets "
                   "WHERE model = 'T34' ORDER BY unit") == [("602154", 5), ("602155", 1)]
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_protected_prescription_used_at_two_offline_counters_is_a_conflict(
        depot_pair, tmp_path: Path) -> None:
    """Seed 002: one withdrawal per protected prescription, across the region. Two counters
    that lend on the same prescription while offline each see it free; the central order
    keeps the first loan and refuses the second, however its reference was typed."""
    one, two = depot_pair
    first = actions.issue_pump(one.station, "PD-1", patient="protected", unit="602154",
                               approval="BL 2026-5")
    actions.issue_pump(two.station, "PD-2", patient="skyddad", unit="602155",
                       approval="bl2026-5")
    assert one.cycle().conflicts == 0
    assert two.cycle().conflicts == 1
    one.cycle()
    for counter in (one, two):
        (reason, against), = sql(counter.station, "SELECT reason, against_event_id "
                                 "FROM sync_conflicts")
        assert "RefusalCode.PRESCRIPTION_USED" not in reason and "prescription_used" in reason
        assert first.loan_number in reason
        assert against == first.event_id
        assert pumps_of(counter.station)["PD-2"][0] == "ready"
    # The same prescription is refused at once wherever the first loan is known.
    with pytest.raises(Refused, match="new prescription"):
        actions.issue_pump(two.station, "PD-3", patient="protected", unit="602155",
                           approval="BL 2026-5")
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_transport_pump_returned_at_another_counter_comes_home_through_sync(
        depot_pair, tmp_path: Path) -> None:
    """Seed 001: a transport pump goes back to the counter that lent it. Returned at
    another counter it is on its way back everywhere, until the lending counter receives
    it; a fault phoned in meanwhile travels with it."""
    one, two = depot_pair
    actions.issue_pump(one.station, "PD-6", patient="19811228-9874", unit="602154",
                       approval="BL-1", transport=True)
    one.cycle()
    two.cycle()
    actions.report_fault(two.station, "PD-6", "Alarm during the transfer")
    assert actions.return_pump(two.station, "PD-6").send_back_to == "KASSA1"
    two.cycle()
    one.cycle()
    for counter in (one, two):
        assert pumps_of(counter.station)["PD-6"][0] == "returning"
    with pytest.raises(Refused, match="KASSA1"):
        actions.receive_back(two.station, "PD-6")
    assert actions.return_pump(one.station, "PD-6").state == "faulty"
    one.cycle()
    two.cycle()
    assert pumps_of(two.station)["PD-6"][0] == "faulty"
    assert_converged([one.station, two.station], one.central, tmp_path)


@pytest.mark.parametrize("rounds", [1, 3])
def test_a_register_change_has_the_same_last_word_at_every_counter(
        depot_pair, tmp_path: Path, rounds: int) -> None:
    """Units changed at two counters while both were offline: the one later in the central
    order wins everywhere — also at the counter whose own change came earlier, and also
    when a counter's own change still waits while an older one of the other's arrives."""
    from app.services.register import define_unit
    from tests.sync.workload import sql

    one, two = depot_pair
    for n in range(rounds):
        define_unit(one.station, "602154", name=f"Lund {n} one", kind="hospital_inpatient")
        define_unit(two.station, "602154", name=f"Lund {n} two", kind="hospital_inpatient")
        define_unit(two.station, "602155", name=f"Malmö {n} two", kind="hospital_inpatient")
        two.cycle()  # two's changes first in the central order
        define_unit(two.station, "602155", name=f"Malmö {n} two again",
                    kind="hospital_inpatient")  # waits at two while one's arrive
        one.cycle()  # one's after: the last word on 602154
        assert sql(one.station, "SELECT name FROM care_units WHERE customer_number = "
                   "'602154'") == [(f"Lund {n} one",)]
        define_unit(one.station, "602155", name=f"Malmö {n} one", kind="hospital_inpatient")
        one.cycle()
        two.cycle()  # its waiting change goes after one's: its own last word
        one.cycle()
    names = "SELECT customer_number, name FROM care_units ORDER BY 1"
    assert sql(one.station, names) == sql(two.station, names)
    assert dict(sql(one.station, names))["602154"] == f"Lund {rounds - 1} one"
    assert dict(sql(one.station, names))["602155"] == f"Malmö {rounds - 1} two again"
    assert_converged([one.station, two.station], one.central, tmp_path)
