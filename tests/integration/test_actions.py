"""The counter's actions through the services, on a real workstation database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, persons, queries, register
from app.services.station import Station
from tests.conftest import T34_GTIN, FakeClock
from tests.integration.helpers import event_count, rows, snapshot

PERSON = "19811228-9874"


def new_pump(depot: Station, reg: str = "PD-1", model: str = "T34",
             serial: str = "ABC123") -> None:
    actions.register_pump(depot, reg, model, f"SN-{reg}", udi=f"(01){T34_GTIN}(21){serial}"
                          if model == "T34" else None)


def lend(depot: Station, reg: str = "PD-1", patient: str = PERSON, **kw: object):
    options = {"unit": "602154", "approval": "BL-77", "patient_name": "Anna Berg"}
    options.update(kw)
    return actions.issue_pump(depot, reg, patient=patient, **options)


def test_each_action_writes_exactly_one_event_with_its_state(depot: Station) -> None:
    steps = [
        lambda: new_pump(depot),
        lambda: lend(depot),
        lambda: actions.move_pump(depot, "PD-1", unit="604001"),
        lambda: actions.return_pump(depot, "PD-1"),
        lambda: actions.clean_pump(depot, "PD-1"),
        lambda: actions.dispatch_pump(depot, "PD-1", unit="602154"),
        lambda: actions.move_pump(depot, "PD-1", unit="602155"),
        lambda: actions.prescribe_pump(depot, "PD-1", patient=PERSON, approval="BL-78"),
        lambda: actions.report_lost(depot, "PD-1"),
        lambda: actions.return_pump(depot, "PD-1", fault="Door latch broken"),
        lambda: actions.send_to_service(depot, "PD-1", reason="repair"),
        lambda: actions.back_from_service(depot, "PD-1", repair="New door latch"),
        lambda: actions.report_fault(depot, "PD-1", "Battery will not charge"),
        lambda: actions.retire_pump(depot, "PD-1"),
    ]
    expected = ["ready", "on_loan", "on_loan", "awaiting_cleaning", "ready", "in_unit_stock",
                "in_unit_stock", "on_loan", "lost", "faulty", "in_service", "ready", "faulty",
                "retired"]
    for step, state in zip(steps, expected):
        before = event_count(depot)
        step()
        assert event_count(depot) == before + 1
        assert queries.pump_status(depot, "PD-1").state == state
    history = [entry.type for entry in queries.pump_history(depot, "PD-1")]
    assert history == ["pump_registered", "issued_to_patient", "care_moved", "returned",
                       "cleaned", "dispatched_to_unit", "stock_moved", "prescribed_from_stock",
                       "reported_lost", "returned", "sent_to_service", "back_from_service",
                       "fault_reported", "retired"]


def test_event_carries_who_where_when(depot: Station, clock: FakeClock) -> None:
    new_pump(depot)
    entry = queries.pump_history(depot, "PD-1")[0]
    assert (entry.actor, entry.workstation) == ("anna.k", "DESK1")
    assert entry.occurred_at == clock.now
    assert len(entry.id) == 36


@pytest.mark.parametrize("scan", ["PD-1", "pd-1\r\n", "]C0PD-1", f"]d201{T34_GTIN}21ABC123",
                                  f"01{T34_GTIN}21abc123", f"(01){T34_GTIN}(21)ABC123",
                                  f"01{T34_GTIN}1727010110LOT121ABC123"])
def test_any_scan_of_either_label_returns_the_pump(depot: Station, scan: str) -> None:
    new_pump(depot)
    lend(depot)
    result = actions.return_pump(depot, scan)
    assert (result.registration, result.state) == ("PD-1", "awaiting_cleaning")
    assert result.holder == f"Anna Berg ({PERSON})"
    assert result.holder_unit == "SUS Lund, Gastro avd 1"
    assert result.held_since is not None


def test_after_care_moved_the_banner_names_the_unit_now_responsible(depot: Station) -> None:
    new_pump(depot)
    lend(depot)
    actions.move_pump(depot, "PD-1", unit="604001")
    assert queries.pump_status(depot, "PD-1").unit_name == "Vårdcentralen Linero"
    assert actions.return_pump(depot, "PD-1").holder_unit == "Vårdcentralen Linero"


def test_udi_tail_lookup_does_not_confuse_pumps_of_one_model(depot: Station) -> None:
    new_pump(depot, "PD-1", serial="ABC123")
    new_pump(depot, "PD-2", serial="ABC1234")
    code = f"01{T34_GTIN}1727010110LOT121ABC1234"
    # "21ABC123" is also in the tail: two candidates, so the scan names no single pump.
    with pytest.raises(Refused) as refused:
        actions.return_pump(depot, code)
    assert refused.value.code is RefusalCode.UNKNOWN_PUMP


def test_a_second_scan_of_a_returned_pump_changes_nothing(depot: Station) -> None:
    new_pump(depot)
    lend(depot)
    actions.return_pump(depot, "PD-1")
    before = snapshot(depot)
    with pytest.raises(Refused) as refused:
        actions.return_pump(depot, "PD-1")
    assert refused.value.code is RefusalCode.ALREADY_DONE
    assert "already returned" in str(refused.value)
    assert snapshot(depot) == before


@pytest.mark.parametrize("scan", ["XX-999", "0105060123450019219999", "]C0"])
def test_an_unknown_code_says_so_and_changes_nothing(depot: Station, scan: str) -> None:
    new_pump(depot)
    before = snapshot(depot)
    with pytest.raises(Refused) as refused:
        actions.return_pump(depot, scan)
    assert refused.value.code in (RefusalCode.UNKNOWN_PUMP, RefusalCode.UNKNOWN_CODE)
    assert snapshot(depot) == before


def test_refusals_inside_a_multi_pump_loan_change_nothing(depot: Station) -> None:
    new_pump(depot, "PD-1", serial="A1")
    new_pump(depot, "PD-2", serial="A2")
    lend(depot, "PD-2")
    before = snapshot(depot)
    with pytest.raises(Refused):
        actions.issue_pumps(depot, ["PD-1", "PD-2"], patient=PERSON, unit="602154",
                            approval="BL-1")
    with pytest.raises(Refused) as refused:
        actions.issue_pumps(depot, ["PD-1", "pd-1"], patient=PERSON, unit="602154",
                            approval="BL-1")
    assert refused.value.code is RefusalCode.DUPLICATE
    assert snapshot(depot) == before


def test_one_loan_may_hold_several_pumps(depot: Station) -> None:
    new_pump(depot, "PD-1", serial="A1")
    new_pump(depot, "PD-2", serial="A2")
    results = actions.issue_pumps(depot, ["PD-1", "PD-2"], patient=PERSON, unit="602154",
                                  approval="BL-1", consumables={"Syringes, 14-day pack": 2})
    assert {r.loan_number for r in results} == {"DESK1-000001"}
    assert rows(depot, "SELECT count(*) FROM loans") == [(1,)]
    assert rows(depot, "SELECT count(*) FROM loan_pumps WHERE ended_at IS NULL") == [(2,)]
    actions.return_pump(depot, "PD-1")
    assert rows(depot, "SELECT pump FROM loan_pumps WHERE ended_at IS NULL") == [("PD-2",)]


def test_loan_numbers_follow_on(depot: Station) -> None:
    new_pump(depot)
    numbers = []
    for _ in range(3):
        numbers.append(lend(depot).loan_number)
        actions.return_pump(depot, "PD-1")
        actions.clean_pump(depot, "PD-1")
    assert numbers == ["DESK1-000001", "DESK1-000002", "DESK1-000003"]


def test_overdue_maintenance_is_refused_at_issue(depot: Station, clock: FakeClock) -> None:
    new_pump(depot)
    clock.advance(days=366)
    before = snapshot(depot)
    with pytest.raises(Refused) as refused:
        lend(depot)
    assert refused.value.code is RefusalCode.MAINTENANCE_OVERDUE
    assert snapshot(depot) == before
    actions.send_to_service(depot, "PD-1", reason="maintenance")
    actions.back_from_service(depot, "PD-1")
    status = queries.pump_status(depot, "PD-1")
    assert status.next_maintenance == clock.now.date() + dt.timedelta(days=365)
    assert lend(depot).state == "on_loan"


def test_protected_identity_leaves_no_trace_of_the_person(depot: Station) -> None:
    new_pump(depot)
    lend(depot, patient="skyddad", patient_name="Secret Name")
    assert rows(depot, "SELECT count(*) FROM persons") == [(0,)]
    assert rows(depot, "SELECT protected_identity, patient_id FROM loans") == [(1, None)]
    payloads = " ".join(json.dumps(p) for (p,) in rows(depot, "SELECT payload FROM events"))
    assert "Secret Name" not in payloads
    status = queries.pump_status(depot, "PD-1")
    assert status.patient == "protected"
    result = actions.return_pump(depot, "PD-1")
    assert result.holder == "protected identity"


def test_asylum_seeker_loan_is_billed_to_the_asylum_unit(depot: Station) -> None:
    new_pump(depot)
    lend(depot, patient="LMA 19900101 50-008920/4")
    assert rows(depot, "SELECT responsible_unit, billing_unit FROM loans") == \
        [("602154", "601628")]
    assert rows(depot, "SELECT kind, key, birth_date FROM persons") == \
        [("lma", "LMA-50008920", "1990-01-01")]


def test_a_returning_patient_is_found_by_their_number(depot: Station) -> None:
    new_pump(depot, "PD-1", serial="A1")
    new_pump(depot, "PD-2", serial="A2")
    lend(depot, "PD-1", patient="811228-9874")
    lend(depot, "PD-2", patient="198112289874", patient_name=None)
    assert rows(depot, "SELECT count(*), max(name) FROM persons") == [(1, "Anna Berg")]


def test_first_lma_loan_needs_the_birth_date(depot: Station) -> None:
    new_pump(depot)
    with pytest.raises(Refused) as refused:
        lend(depot, patient="LMA 50-008920/4")
    assert "birth date" in str(refused.value)


def test_history_is_converted_to_a_new_identity(depot: Station) -> None:
    new_pump(depot)
    lend(depot, patient="LMA 19811228 50-008920/4")
    persons.convert_identity(depot, "LMA 50-008920/4", "19811228-9874")
    assert rows(depot, "SELECT kind, key FROM persons") == \
        [("se_personnummer", "19811228-9874")]
    assert rows(depot, "SELECT key FROM person_keys") == [("LMA-50008920",)]
    assert queries.pump_status(depot, "PD-1").patient.endswith("(19811228-9874)")


def test_conversion_into_an_existing_person_merges_the_histories(depot: Station) -> None:
    new_pump(depot, "PD-1", serial="A1")
    new_pump(depot, "PD-2", serial="A2")
    lend(depot, "PD-1", patient="19811288-9871")  # samordningsnummer
    lend(depot, "PD-2", patient=PERSON)
    with pytest.raises(Refused) as refused:  # two records: only on confirmation
        persons.convert_identity(depot, "19811288-9871", PERSON)
    assert refused.value.code is RefusalCode.SAME_PERSON_UNCONFIRMED
    persons.convert_identity(depot, "19811288-9871", PERSON, same_person=True)
    assert rows(depot, "SELECT key FROM persons WHERE merged_into IS NULL") == [(PERSON,)]
    assert rows(depot, "SELECT key FROM person_keys") == [("19811288-9871",)]
    assert len(persons.person_view(depot, "19811288-9871").loans) == 2


def test_unknown_unit_model_and_duplicates_are_refused(depot: Station) -> None:
    new_pump(depot)
    before = snapshot(depot)
    cases = [
        (lambda: lend(depot, unit="999999"), RefusalCode.UNKNOWN_UNIT),
        (lambda: lend(depot, unit="12345"), RefusalCode.INVALID_INPUT),
        (lambda: actions.register_pump(depot, "PD-9", "NOPE"), RefusalCode.UNKNOWN_MODEL),
        (lambda: actions.register_pump(depot, "pd-1", "T34"), RefusalCode.DUPLICATE),
        (lambda: actions.register_pump(depot, "PD-9", "T34", udi=f"(01){T34_GTIN}(21)ABC123"),
         RefusalCode.DUPLICATE),
        (lambda: actions.register_pump(depot, "PD-9", "T34", udi="garbage"),
         RefusalCode.INVALID_INPUT),
        (lambda: lend(depot, patient="19811228-9875"), RefusalCode.INVALID_IDENTITY),
        (lambda: lend(depot, approval=""), RefusalCode.APPROVAL_REQUIRED),
        (lambda: actions.send_to_service(depot, "PD-1", reason="polish"),
         RefusalCode.INVALID_INPUT),
        (lambda: register.define_unit(depot, "1", name="X", kind="hospital_inpatient"),
         RefusalCode.INVALID_INPUT),
    ]
    for action, code in cases:
        with pytest.raises(Refused) as refused:
            action()
        assert refused.value.code is code, refused.value.message
    assert snapshot(depot) == before


def test_status_of_a_pump_in_unit_stock_names_no_patient(depot: Station) -> None:
    new_pump(depot)
    actions.dispatch_pump(depot, "PD-1", unit="602154")
    status = queries.pump_status(depot, "PD-1").as_json()
    assert (status["state"], status["unit"], status["patient"]) == \
        ("in_unit_stock", "602154", None)


def test_the_depot_s_country_decides_which_identity_numbers_it_takes(depot) -> None:
    """A Swedish depot takes personnummer and LMA but not a fødselsnummer; set up as a
    Norwegian depot, the same counter takes the fødselsnummer and refuses the personnummer."""
    from app.services import setup

    actions.register_pump(depot, "PD-8", "T34")
    actions.register_pump(depot, "PD-9", "T34")
    before = snapshot(depot)
    with pytest.raises(Refused) as refused:
        actions.issue_pump(depot, "PD-8", patient="15076500565", unit="602154",
                           approval="BL-1")
    assert refused.value.code is RefusalCode.INVALID_IDENTITY
    assert "fødselsnummer is not used at a depot in Sweden" in refused.value.message
    assert snapshot(depot) == before
    setup.apply_depot_setup(depot, setup.DepotSetup("Hjelpemiddelsentralen", "", "NO"))
    actions.issue_pump(depot, "PD-8", patient="15076500565", unit="602154", approval="BL-1")
    with pytest.raises(Refused, match="personnummer is not used at a depot in Norway"):
        actions.issue_pump(depot, "PD-9", patient="19811228-9874", unit="602154",
                           approval="BL-1")
    actions.issue_pump(depot, "PD-9", patient="protected", unit="602154", approval="BL-1")
