"""Faults that match what happened, and transport loans that come home (seed 001), through
the services and the command line."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, documents, queries, setup, views
from app.services.station import Station
from tests.conftest import FakeClock, enroll
from tests.integration.conftest import Run, set_up
from tests.integration.helpers import rows, snapshot

PERSON = "19811228-9874"


@pytest.fixture
def pumps(depot: Station) -> Station:
    for reg in ("PD-1", "PD-2"):
        actions.register_pump(depot, reg, "T34")
    return depot


def other_counter(station: Station, name: str = "DESK2") -> Station:
    """A second counter on the same register (as two synced counters share it)."""
    return Station(station.db, replace(station.ctx, workstation=name))


# -- faults -------------------------------------------------------------------------------


def test_a_fault_phoned_in_leaves_the_loan_and_the_return_later_sends_it_to_faulty(
        pumps: Station) -> None:
    lent = actions.issue_pump(pumps, "PD-1", patient=PERSON, patient_name="Anna Berg",
                              unit="602154", approval="BL-1")
    reported = actions.report_fault(pumps, "PD-1", "Occlusion alarm at home", "alarm")
    assert (reported.state, reported.open_faults, reported.loan_number) == (
        "on_loan", 1, lent.loan_number)
    status = queries.pump_status(pumps, "PD-1")
    assert (status.state, status.patient, status.open_faults) == (
        "on_loan", "Anna Berg (19811228-9874)", 1)
    assert rows(pumps, "SELECT count(*) FROM loan_pumps WHERE ended_at IS NULL") == [(1,)]
    assert [f["registration"] for f in views.open_faults(pumps)] == ["PD-1"]
    # The physical return later is taken, and sends the pump to faulty.
    back = actions.return_pump(pumps, "PD-1")
    assert (back.state, back.holder) == ("faulty", "Anna Berg (19811228-9874)")
    with pytest.raises(Refused):
        actions.clean_pump(pumps, "PD-1")


def test_a_fault_on_a_lost_pump_keeps_it_lost_and_the_unit_liable(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602155", approval="BL-1")
    actions.report_lost(pumps, "PD-1")
    after = actions.report_fault(pumps, "PD-1", "Found broken by the road")
    assert (after.state, after.responsible_unit) == ("lost", "602155")


def test_a_fault_in_service_joins_the_visit_and_is_repaired_before_it_comes_back(
        pumps: Station) -> None:
    actions.send_to_service(pumps, "PD-1", reason="maintenance")
    assert actions.report_fault(pumps, "PD-1", "Battery swells").state == "in_service"
    before = snapshot(pumps)
    with pytest.raises(Refused) as refused:
        actions.back_from_service(pumps, "PD-1")
    assert refused.value.code is RefusalCode.REPAIR_REQUIRED and snapshot(pumps) == before
    assert actions.back_from_service(pumps, "PD-1", repair="New battery").state == "ready"
    (repair, closed), = rows(pumps, "SELECT repair, closed_at IS NOT NULL FROM fault_reports")
    assert (repair, closed) == ("New battery", 1)
    history = queries.pump_history(pumps, "PD-1")
    assert history[-1].payload["repair"] == "New battery"


def test_a_faulty_pump_sent_to_maintenance_comes_back_with_what_was_found(
        pumps: Station) -> None:
    actions.report_fault(pumps, "PD-1", "Door latch loose")
    actions.send_to_service(pumps, "PD-1", reason="maintenance")
    with pytest.raises(Refused):
        actions.back_from_service(pumps, "PD-1")
    actions.back_from_service(pumps, "PD-1", no_fault_found=True)
    assert rows(pumps, "SELECT repair FROM fault_reports") == [("no fault found",)]


# -- transport loans ------------------------------------------------------------------------


def test_a_transport_loan_has_a_due_date_and_is_listed_when_overdue(
        pumps: Station, clock: FakeClock) -> None:
    lent = actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1",
                              transport=True)
    today = clock.now.date()
    (loan,) = queries.list_loans(pumps)
    assert (loan["loan"], loan["due"], loan["lending_counter"]) == (
        lent.loan_number, (today + dt.timedelta(days=2)).isoformat(), "DESK1")
    assert queries.list_loans(pumps, overdue=True) == []
    clock.advance(days=3)
    (late,) = queries.list_loans(pumps, overdue=True)
    assert (late["loan"], late["pump"], late["overdue"]) == (lent.loan_number, "PD-1", True)
    actions.return_pump(pumps, "PD-1")
    assert queries.list_loans(pumps, overdue=True) == []


def test_the_depot_sets_how_long_a_transport_loan_lasts(pumps: Station,
                                                        clock: FakeClock) -> None:
    current = setup.depot_setup(pumps)
    setup.apply_depot_setup(pumps, replace(current, transport_days="5"))
    actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1",
                       transport=True)
    assert queries.list_loans(pumps)[0]["due"] == (
        clock.now.date() + dt.timedelta(days=5)).isoformat()
    with pytest.raises(Refused):
        setup.apply_depot_setup(pumps, replace(current, transport_days="0"))


def test_returned_at_another_counter_it_goes_back_to_the_lending_counter(
        pumps: Station) -> None:
    desk2 = other_counter(pumps)
    actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1",
                       transport=True)
    returned = actions.return_pump(desk2, "PD-1")  # a physical fact: taken in
    assert (returned.state, returned.send_back_to) == ("returning", "DESK1")
    for refused_there in (lambda: actions.issue_pump(desk2, "PD-1", patient=PERSON,
                                                     unit="602154", approval="BL-2"),
                          lambda: actions.clean_pump(desk2, "PD-1"),
                          lambda: actions.receive_back(desk2, "PD-1"),
                          lambda: actions.return_pump(desk2, "PD-1")):
        with pytest.raises(Refused) as refused:
            refused_there()
        assert "DESK1" in refused.value.message or "lent it" in refused.value.message
    assert queries.pump_status(pumps, "PD-1").return_to == "DESK1"
    # The lending counter's ordinary return scan receives it.
    received = actions.return_pump(pumps, "PD-1")
    assert (received.event_type, received.state) == ("received_back", "awaiting_cleaning")
    actions.clean_pump(pumps, "PD-1")


def test_a_transport_pump_with_a_fault_phoned_in_is_received_as_faulty(
        pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1",
                       transport=True)
    actions.report_fault(pumps, "PD-1", "Screen dark")
    assert actions.return_pump(other_counter(pumps), "PD-1").state == "returning"
    assert actions.receive_back(pumps, "PD-1").state == "faulty"


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def run(cli: Run) -> Run:
    set_up(cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
                 "subcutaneous_infusion", "--interval", "365"],
                ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
                ["register", "PD-1", "--model", "T34"], ["register", "PD-2", "--model", "T34"])
    return cli


def test_faults_and_transport_on_the_command_line(run, tmp_path: Path) -> None:  # noqa: ANN001
    assert run("issue", "PD-1", "--patient", PERSON, "--unit", "602154", "--approval",
               "BL-1")[0] == 0
    code, out, _ = run("fault", "PD-1", "Alarm at home")
    assert code == 0 and "on loan" in out and "stays where it is" in out
    status = json.loads(run("status", "PD-1", "--json")[1])
    assert (status["state"], status["open_faults"], status["patient"]) == (
        "on_loan", 1, PERSON)
    code, out, _ = run("return", "PD-1")
    assert code == 0 and "faulty" in out
    assert run("service", "PD-1", "--reason", "maintenance")[0] == 0
    code, _, err = run("back", "PD-1")
    assert code == 1 and "what was repaired" in err
    assert run("back", "PD-1", "--repaired", "New alarm board")[0] == 0
    history = json.loads(run("history", "PD-1", "--json")[1])
    assert history[-1]["payload"]["repair"] == "New alarm board"
    # A transport loan: its counter and due date; overdue when the day has passed.
    assert run("depot", "--transport-days", "3")[0] == 0
    assert run("issue", "PD-2", "--patient", PERSON, "--unit", "602154", "--approval",
               "BL-2", "--transport")[0] == 0
    (loan,) = json.loads(run("list", "loans", "--json")[1])
    today = dt.date.today()
    assert (loan["pump"], loan["lending_counter"], loan["due"]) == (
        "PD-2", "CLI1", (today + dt.timedelta(days=3)).isoformat())
    assert json.loads(run("list", "loans", "--overdue", "--json")[1]) == []
    code, _, err = run("list", "pumps", "--overdue")
    assert code == 1 and "list loans" in err


def test_an_overdue_transport_loan_is_listed_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        clock: FakeClock) -> None:
    from tests.conftest import define_depot, make_station

    station = define_depot(make_station(tmp_path / "late.db", clock, workstation="KASSA1"))
    actions.register_pump(station, "PD-7", "T34")
    lent = actions.issue_pump(station, "PD-7", patient=PERSON, unit="602154", approval="BL-1",
                              transport=True)  # in March 2026, by the test's clock
    station.close()
    monkeypatch.setenv("PUMPDESK_DB", str(tmp_path / "late.db"))
    assert main(["list", "loans", "--overdue", "--json"]) == 0
    (late,) = json.loads(capsys.readouterr().out)
    assert (late["loan"], late["pump"], late["lending_counter"], late["due"]) == (
        lent.loan_number, "PD-7", "KASSA1", "2026-03-04")
    assert main(["list", "loans", "--overdue"]) == 0
    assert "PD-7" in capsys.readouterr().out


def test_a_loan_is_listed_once_when_another_event_of_its_pump_shares_its_time(
        pumps: Station, clock: FakeClock) -> None:
    """A clock that ticks coarsely (a workstation's, 15.6 ms on some) may give the lending
    event and the next one of the same pump one time: the loan is still one row, and it
    and the receipt name the staff member who lent the pump, not the one who came next."""
    lent = actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1")
    enroll(pumps, "eva.s", name="Eva Strand")
    colleague = Station(pumps.db, replace(pumps.ctx, actor="eva.s"))
    clock.advance(seconds=-1)  # the next reading repeats the lending event's time
    actions.report_fault(colleague, "PD-1", "Occlusion alarm at home", "alarm")
    assert rows(pumps, "SELECT count(DISTINCT occurred_at), count(DISTINCT actor) FROM events "
                       "WHERE pump = 'PD-1' AND type IN ('issued_to_patient', "
                       "'fault_reported')") == [(1, 2)]
    listed = queries.list_loans(pumps)
    assert [(loan["loan"], loan["pump"], loan["issued_by"]) for loan in listed] == [
        (lent.loan_number, "PD-1", pumps.ctx.actor)]
    receipt = documents.loan_document(pumps, lent.loan_number)
    assert receipt.issued_by == listed[0]["issued_by_name"] != "Eva Strand"


def test_a_receipt_names_who_lent_the_pump_when_its_cleaning_has_the_same_time(
        pumps: Station, clock: FakeClock) -> None:
    enroll(pumps, "eva.s", name="Eva Strand")
    colleague = Station(pumps.db, replace(pumps.ctx, actor="eva.s"))
    actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-1")
    actions.return_pump(pumps, "PD-1")
    actions.clean_pump(colleague, "PD-1")
    clock.advance(seconds=-3)  # lent again at the very time it was cleaned (the lending
    # reads the clock three times, and its event has the last)
    lent = actions.issue_pump(pumps, "PD-1", patient=PERSON, unit="602154", approval="BL-2")
    assert rows(pumps, "SELECT group_concat(type), count(DISTINCT occurred_at) FROM (SELECT * "
                       "FROM events WHERE pump = 'PD-1' ORDER BY seq DESC LIMIT 2)") == [
        ("issued_to_patient,cleaned", 1)]
    receipt = documents.loan_document(pumps, lent.loan_number)
    assert receipt.issued_by == queries.list_loans(pumps)[0]["issued_by_name"] != "Eva Strand"
