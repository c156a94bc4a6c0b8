"""A loan number names one loan in the whole region, forever: numbers come from a counter
that never goes back, a refused loan's number stays used, a counter restored from a backup
takes its own events back from the central log and numbers after them, and the judge
refuses a number given twice."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from pathlib import Path

from app.domain.events import Context, EventType
from app.domain.sync import judge, loan_number_met
from app.services import actions
from tests.conftest import FakeClock, make_station
from tests.sync.test_sync import Counter, counters, depot_pair  # noqa: F401 - fixtures
from tests.sync.workload import assert_converged, sql

PATIENTS = ["19811228-9874", "19811288-9871", "19121212-1212", "19800101-0001"]


def _lend(counter: Counter, pump: str, n: int) -> str:
    return actions.issue_pump(counter.station, pump, patient=PATIENTS[n % len(PATIENTS)],
                              unit="602154", approval=f"BL-{n}").loan_number


def _backup(counter: Counter, folder: Path) -> Path:
    """A copy of the counter's database file as a backup program takes it."""
    counter.station.db.dispose()  # its WAL checkpointed into the file
    backup = folder / "backup.db"
    shutil.copy(counter.station.db.path, backup)
    return backup


def _restore(counter: Counter, backup: Path) -> None:
    """The disk failed: the technician puts the backup back, and the counter starts."""
    from app.sync.client import Sync

    counter.sync.close()
    counter.station.close()
    path = Path(counter.station.db.path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, path)
    name = counter.station.ctx.workstation
    counter.station = make_station(path, FakeClock(), workstation=name, readable_ids=False)
    counter.sync = Sync(counter.station.db, name, counter.link)


def _numbers_name_one_loan_each(*counters: Counter) -> None:
    """At every counter and centrally: no loan number names two loans."""
    for counter in counters:
        rows = sql(counter.station, "SELECT number, count(*) FROM loans GROUP BY number "
                   "HAVING count(*) > 1")
        assert rows == [], counter.station.ctx.workstation
    import psycopg

    with psycopg.connect(counters[0].central.url) as connection:
        doubled = connection.execute(
            "SELECT payload->>'loan_number' FROM log WHERE outcome = 'accepted' "
            "AND payload->>'loan_number' IS NOT NULL "
            "GROUP BY 1 HAVING count(DISTINCT payload->>'loan_id') > 1").fetchall()
    assert doubled == []


def test_a_refused_loans_number_is_never_given_again(depot_pair, tmp_path: Path) -> None:
    one, two = depot_pair
    assert _lend(two, "PD-4", 1) == "KASSA2-000001"
    assert _lend(one, "PD-4", 2) == "KASSA1-000001"
    two.cycle()
    report = one.cycle()
    assert report.conflicts == 1  # KASSA1's loan was refused: its row is gone
    assert sql(one.station, "SELECT count(*) FROM loans WHERE number = 'KASSA1-000001'") == \
        [(0,)]
    assert _lend(one, "PD-5", 3) == "KASSA1-000002"  # not 000001 again
    one.cycle()
    two.cycle()
    _numbers_name_one_loan_each(one, two)
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_counter_restored_from_a_backup_numbers_after_what_it_had_handed_in(
        depot_pair, tmp_path: Path) -> None:
    one, two = depot_pair
    _lend(one, "PD-1", 1)
    backup = _backup(one, tmp_path)  # the night's backup, before the last sync
    one.cycle()
    assert _lend(one, "PD-2", 2) == "KASSA1-000002"
    one.cycle()
    two.cycle()
    _restore(one, backup)
    one.cycle()  # its own events come back from the central log
    assert sql(one.station, "SELECT number FROM loans ORDER BY number") == [
        ("KASSA1-000001",), ("KASSA1-000002",)]
    assert _lend(one, "PD-3", 3) == "KASSA1-000003"
    one.cycle()
    two.cycle()
    _numbers_name_one_loan_each(one, two)
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_a_number_given_twice_is_refused_centrally_and_stops_no_one(
        depot_pair, tmp_path: Path) -> None:
    """Restored and lending before its first sync, a counter gives a number again: the
    judge refuses that loan as a conflict; every counter's pull goes on."""
    one, two = depot_pair
    backup = _backup(one, tmp_path)
    assert _lend(one, "PD-1", 1) == "KASSA1-000001"
    one.cycle()
    two.cycle()
    _restore(one, backup)
    assert _lend(one, "PD-2", 2) == "KASSA1-000001"  # offline: it cannot know yet
    report = one.cycle()
    assert report.conflicts == 1
    reason = sql(one.station, "SELECT reason FROM sync_conflicts")[0][0]
    assert "KASSA1-000001" in reason and "already names another loan" in reason
    assert _lend(one, "PD-3", 3) == "KASSA1-000002"
    one.cycle()
    two.cycle()
    for counter in (one, two):
        assert sql(counter.station, "SELECT l.number, p.registration FROM loans l "
                   "JOIN pumps p ON p.loan_id = l.id ORDER BY l.number") == [
            ("KASSA1-000001", "PD-1"), ("KASSA1-000002", "PD-3")]
    _numbers_name_one_loan_each(one, two)
    assert_converged([one.station, two.station], one.central, tmp_path)


def test_the_judge_refuses_a_number_another_loan_has() -> None:
    clock = FakeClock()
    ctx = Context("anna", "KASSA1", clock=clock)
    event = ctx.event(EventType.DISPATCHED_TO_UNIT, "PD-1", loan_id="L2",
                      loan_number="KASSA1-000007", unit="602154")
    assert loan_number_met(event, {"KASSA1-000007": ("L1", "e1")}) == ("L1", "e1")
    # One loan of several pumps: the same number, the same loan.
    assert loan_number_met(event, {"KASSA1-000007": ("L2", "e0")}) is None
    refused = judge(None, dataclasses.replace(event, pump=None),
                    numbers={"KASSA1-000007": ("L1", "e1")})
    assert refused is not None and "KASSA1-000007" in refused.message



def test_one_replenishment_run_per_day_in_the_region(depot_pair, tmp_path: Path) -> None:
    """Both counters plan Monday's run with the same view; the first to dispatch gets the
    central claim on the day, the second sends nothing and is told who ran it. Offline, a
    counter plans but does not dispatch."""
    import datetime as dt

    from app.domain.refusals import Refused
    from app.services import stock
    from tests.sync.conftest import UNREACHABLE

    one, two = depot_pair
    stock.set_target(one.station, "602154", "T34", 3)
    one.cycle()
    two.cycle()
    monday = dt.date(2026, 3, 2)
    plans = [stock.make_plan(c.station, monday) for c in (one, two)]
    assert len(plans[0].lines) == len(plans[1].lines) == 3
    url_one, url_two = one.link.url, two.link.url
    with pytest.raises(Refused, match="cannot be reached"):
        stock.dispatch_day(one.station, plans[0], UNREACHABLE)
    assert stock.past_runs(one.station) == []
    first = stock.dispatch_day(one.station, plans[0], url_one)
    assert len(first.sent) == 3
    with pytest.raises(Refused, match="already run at KASSA1") as refused:
        stock.dispatch_day(two.station, plans[1], url_two)
    assert refused.value.code.value == "already_done"
    assert stock.past_runs(two.station) == []  # nothing sent, no run recorded
    one.cycle()
    two.cycle()
    # KASSA2 now knows KASSA1's run: refused locally too, and its slips can be printed.
    with pytest.raises(Refused, match="already run at KASSA1"):
        stock.dispatch_day(two.station, plans[1], url_two)
    assert [r["sent"] for r in stock.past_runs(two.station)] == [3]
    _numbers_name_one_loan_each(one, two)
    assert_converged([one.station, two.station], one.central, tmp_path)


class _Copy:
    """A second database running as ``counter``'s workstation: a copy of its file taken
    while it ran (or a backup restored on another computer while the original still runs),
    with the same credentials."""

    def __init__(self, counter: Counter, folder: Path) -> None:
        from app.sync.central import Central
        from app.sync.client import Sync

        path = folder / "copy.db"
        shutil.copy(_backup(counter, folder), path)
        name = counter.station.ctx.workstation
        self.station = make_station(path, FakeClock(), workstation=name, readable_ids=False)
        self.link = Central(counter.link.url)
        self.sync = Sync(self.station.db, name, self.link)

    def cycle(self):  # noqa: ANN201
        return self.sync.cycle()

    def close(self) -> None:
        self.sync.close()
        self.station.close()


def test_two_copies_running_at_once_clash_and_both_are_told(
        depot_pair, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first copy to find its own events it did not know takes the workstation over
    (as a restored database would); what the other copy hands in afterwards is refused as
    a clash, and both counters' status says so, with what to do."""
    one, two = depot_pair
    _lend(one, "PD-1", 1)
    one.cycle()
    copy = _Copy(one, tmp_path)
    try:
        assert _lend(one, "PD-2", 2) == "KASSA1-000002"
        one.cycle()
        assert _lend(copy, "PD-3", 3) == "KASSA1-000002"  # it cannot know: refused by number
        assert copy.cycle().conflicts == 1
        # The copy took back the original's loan: it takes over with its next hand-in.
        assert _lend(copy, "PD-4", 4) == "KASSA1-000003"
        taken_over = copy.cycle()
        assert (taken_over.accepted, taken_over.clash_since) == (1, None)
        # The original goes on: what it hands in now is refused as a clash.
        assert _lend(one, "PD-5", 5) == "KASSA1-000003"
        refused = one.cycle()
        assert refused.conflicts == 2  # its own loan, and the copy's refused PD-3 loan
        reason = sql(one.station, "SELECT reason FROM sync_conflicts WHERE pump = 'PD-5'")
        assert "copy_clash" in reason[0][0]
        assert sql(one.station, "SELECT state FROM pumps WHERE registration = 'PD-5'") == [
            ("ready",)]
        original, the_copy = one.cycle(), copy.cycle()
        assert original.clash_since is not None and original.clash_here
        assert the_copy.clash_since == original.clash_since and not the_copy.clash_here
        assert original.error is None and the_copy.error is None  # sync itself goes on
        # Nothing the other counters see is doubled or lost.
        two.cycle()
        for counter in (one, copy):
            counter.cycle()
        _numbers_name_one_loan_each(one, two)
        assert_converged([two.station, copy.station], one.central, tmp_path)
        # The command line says it too, in `sync --json` and in words.
        from app.cli import main

        monkeypatch.setenv("PUMPDESK_LANG", "en")
        copy.close()
        assert main(["--db", str(tmp_path / "copy.db"), "--workstation", "KASSA1",
                     "--central", one.link.url, "sync", "--json"]) == 0
        out, err = capsys.readouterr()
        import json

        shown = json.loads(out)
        assert shown["clash_since"] and shown["clash_here"] is False
        assert "Two databases are working as workstation KASSA1" in err
        assert "--reenroll" in err and "the other copy" in err
    finally:
        copy.close()


def test_re_enrolling_ends_the_clash_for_the_copy_kept(depot_pair, tmp_path: Path,
                                                       central_url: str) -> None:
    from app.sync.admin import add_workstation
    from app.sync.central import Central
    from app.sync.client import Sync

    one, _two = depot_pair
    _lend(one, "PD-1", 1)
    one.cycle()
    copy = _Copy(one, tmp_path)
    try:
        _lend(one, "PD-2", 2)
        one.cycle()
        copy.cycle()  # takes back PD-2's loan
        _lend(copy, "PD-3", 3)
        copy.cycle()  # takes over
        _lend(one, "PD-4", 4)
        one.cycle()  # refused: a clash
        assert one.cycle().clash_here
        # The depot keeps the original: it is enrolled anew, the copy shut down.
        copy.close()
        credentials = add_workstation(central_url, "KASSA1", reenroll=True)
        one.sync.close()
        one.link = Central(credentials.url)
        one.sync = Sync(one.station.db, "KASSA1", one.link)
        report = one.cycle()
        assert (report.clash_since, report.clash_here) == (None, False)
        assert _lend(one, "PD-5", 5) == "KASSA1-000004"
        assert one.cycle().accepted == 1
    finally:
        copy.close()


def test_a_counter_that_lost_its_database_is_re_enrolled_and_gets_its_history_back(
        depot_pair, tmp_path: Path, central_url: str) -> None:
    from app.sync.admin import add_workstation
    from app.sync.central import Central
    from app.sync.client import Sync

    one, two = depot_pair
    _lend(one, "PD-1", 1)
    _lend(one, "PD-2", 2)
    one.cycle()
    two.cycle()
    before = sql(one.station, "SELECT number FROM loans ORDER BY number")
    # The disk is gone, and with it the credentials kept beside the database.
    one.sync.close()
    one.station.close()
    credentials = add_workstation(central_url, "KASSA1", reenroll=True)
    one.station = make_station(tmp_path / "new-disk.db", FakeClock(), workstation="KASSA1",
                               readable_ids=False)
    one.link = Central(credentials.url)
    one.sync = Sync(one.station.db, "KASSA1", one.link)
    report = one.cycle()
    assert report.error is None and report.clash_since is None
    assert sql(one.station, "SELECT number FROM loans ORDER BY number") == before
    assert _lend(one, "PD-3", 3) == "KASSA1-000003"
    assert one.cycle().accepted == 1
    assert one.cycle().clash_since is None
    two.cycle()
    _numbers_name_one_loan_each(one, two)
    assert_converged([one.station, two.station], one.central, tmp_path)
