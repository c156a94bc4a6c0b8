"""Every move of DESIGN.md's state table, legal and illegal, decided by the pure domain."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import rules
from app.domain.events import Context, EventType
from app.domain.identity import PROTECTED, parse_identity
from app.domain.loans import LoanTerms, LoanType, parse_consumables, patient_loan_terms
from app.domain.pump import Pump, evolve
from app.domain.reference import CareUnit, ProductArea, PumpModel, UnitKind
from app.domain.refusals import RefusalCode, Refused
from app.domain.states import STATE_LABELS, PumpState

S = PumpState
E = EventType
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
CTX = Context("anna.k", "DESK1", clock=lambda: NOW, ids=lambda: "event-id")
HOSPITAL = CareUnit("602154", "SUS Lund, Gastro avd 1", UnitKind.HOSPITAL_INPATIENT)
OTHER_HOSPITAL = CareUnit("602155", "SUS Malmö", UnitKind.HOSPITAL_OUTPATIENT)
PRIMARY = CareUnit("604001", "Vårdcentralen Linero", UnitKind.PRIMARY_CARE)
MODEL = PumpModel("T34", "BD", "BodyGuard T", ProductArea.SUBCUTANEOUS_INFUSION, 365)

# DESIGN.md's table, written out here independently of the code's own table:
# event -> (the states it may come from, the state it leads to).
EXPECTED = {
    E.ISSUED_TO_PATIENT: ({S.READY}, S.ON_LOAN),
    E.ISSUED_FOR_TRANSPORT: ({S.READY}, S.ON_TRANSPORT_LOAN),
    E.DISPATCHED_TO_UNIT: ({S.READY}, S.IN_UNIT_STOCK),
    E.PRESCRIBED_FROM_STOCK: ({S.IN_UNIT_STOCK}, S.ON_LOAN),
    E.CARE_MOVED: ({S.ON_LOAN}, S.ON_LOAN),
    E.STOCK_MOVED: ({S.IN_UNIT_STOCK}, S.IN_UNIT_STOCK),
    E.RETURNED: ({S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.IN_UNIT_STOCK, S.LOST}, S.AWAITING_CLEANING),
    E.RECEIVED_BACK: ({S.RETURNING}, S.AWAITING_CLEANING),
    E.CLEANED: ({S.AWAITING_CLEANING}, S.READY),
    E.FAULT_REPORTED: (set(S) - {S.RETIRED}, S.FAULTY),
    E.SENT_TO_SERVICE: ({S.FAULTY, S.AWAITING_CLEANING, S.READY, S.IN_UNIT_STOCK}, S.IN_SERVICE),
    E.BACK_FROM_SERVICE: ({S.IN_SERVICE}, S.READY),
    E.REPORTED_LOST: ({S.ON_LOAN, S.IN_UNIT_STOCK, S.READY, S.AWAITING_CLEANING, S.FAULTY},
                      S.LOST),
    # "not on loan": a pump out with a patient, on transport or in a unit's stock stays.
    E.RETIRED: ({S.READY, S.AWAITING_CLEANING, S.FAULTY, S.IN_SERVICE, S.LOST}, S.RETIRED),
}
#: Where a fault report changes nothing but the open faults: the patient still has the
#: pump, it is lost, on its way back, or in service (DESIGN.md: "(unchanged)").
FAULT_LEAVES = {S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.LOST, S.IN_SERVICE, S.RETURNING}


def pump_in(state: PumpState, **changes: object) -> Pump:
    out = state in (S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.IN_UNIT_STOCK, S.LOST)
    values = dict(registration="PD-1", model="T34", state=state, since=NOW - dt.timedelta(days=3),
                  responsible_unit="602154" if out else None,
                  loan_id="loan-0" if out and state is not S.LOST else None,
                  next_maintenance=dt.date(2026, 12, 1),
                  service_reason="repair" if state is S.IN_SERVICE else None,
                  return_to="DESK1" if state in (S.ON_TRANSPORT_LOAN, S.RETURNING) else None)
    values.update(changes)
    return Pump(**values)  # type: ignore[arg-type]


def terms(transport: bool = False, unit: CareUnit = HOSPITAL) -> LoanTerms:
    return patient_loan_terms(
        loan_id="loan-1", number="DESK1-000001", transport=transport, unit=unit,
        patient=parse_identity("19811228-9874"), patient_id="patient-1", approval="BL-1",
        prescriber="Dr. Lind", consumables={"14-day pack": 1}, asylum_unit=None)


def unit_terms(unit: CareUnit = HOSPITAL) -> LoanTerms:
    return LoanTerms("loan-1", "DESK1-000001", LoanType.UNIT_BUFFER, unit, unit.customer_number)


def decide(action: EventType, pump: Pump):
    return {
        E.ISSUED_TO_PATIENT: lambda: rules.issue(CTX, pump, terms()),
        E.ISSUED_FOR_TRANSPORT: lambda: rules.issue(CTX, pump, terms(transport=True)),
        E.DISPATCHED_TO_UNIT: lambda: rules.dispatch(CTX, pump, unit_terms()),
        E.PRESCRIBED_FROM_STOCK: lambda: rules.prescribe(CTX, pump, terms()),
        E.CARE_MOVED: lambda: rules.move(CTX, pump, PRIMARY),
        E.STOCK_MOVED: lambda: rules.move(CTX, pump, OTHER_HOSPITAL),
        E.RETURNED: lambda: rules.return_pump(CTX, pump),
        E.RECEIVED_BACK: lambda: rules.receive_back(CTX, pump),
        E.CLEANED: lambda: rules.clean(CTX, pump),
        E.FAULT_REPORTED: lambda: rules.report_fault(
            CTX, pump, rules.fault_payload("f1", "Alarm will not clear", "alarm")),
        E.SENT_TO_SERVICE: lambda: rules.send_to_service(CTX, pump,
                                                         rules.ServiceReason.MAINTENANCE),
        E.BACK_FROM_SERVICE: lambda: rules.back_from_service(CTX, pump, MODEL),
        E.REPORTED_LOST: lambda: rules.report_lost(
            CTX, pump, "count-1" if pump.state in rules.LOST_AFTER_COUNT_ONLY else None),
        E.RETIRED: lambda: rules.retire(CTX, pump),
    }[action]()


LEGAL = [(a, s) for a, (froms, _) in EXPECTED.items() for s in S if s in froms]
ILLEGAL = [(a, s) for a, (froms, _) in EXPECTED.items() for s in S if s not in froms
           # "move" picks its event from the state: stock move in stock, care move else
           and not (a is E.CARE_MOVED and s is S.IN_UNIT_STOCK)
           and not (a is E.STOCK_MOVED and s is not S.IN_UNIT_STOCK)]


def test_the_code_table_is_the_design_table() -> None:
    assert {a: set(f) for a, f in rules.ALLOWED_FROM.items()} == \
        {a: froms for a, (froms, _) in EXPECTED.items()}


@pytest.mark.parametrize(("action", "state"), LEGAL, ids=lambda v: str(v))
def test_legal_move(action: EventType, state: PumpState) -> None:
    before = pump_in(state)
    event = decide(action, before)
    assert event.type is action
    assert event.pump == "PD-1" and event.actor == "anna.k" and event.workstation == "DESK1"
    expected = state if action is E.FAULT_REPORTED and state in FAULT_LEAVES \
        else EXPECTED[action][1]
    assert evolve(before, event).state is expected


@pytest.mark.parametrize(("action", "state"), ILLEGAL, ids=lambda v: str(v))
def test_illegal_move_is_refused_with_state_and_next_step(action: EventType,
                                                         state: PumpState) -> None:
    with pytest.raises(Refused) as refused:
        decide(action, pump_in(state))
    assert refused.value.code in (RefusalCode.ILLEGAL_MOVE, RefusalCode.ALREADY_DONE)
    message = str(refused.value)
    assert "PD-1" in message
    assert STATE_LABELS[state] in message  # what the pump's state is
    assert " — " in message and message.endswith(".")  # … and what to do


def test_second_return_says_already_returned() -> None:
    refused = pytest.raises(Refused, decide, E.RETURNED, pump_in(S.AWAITING_CLEANING)).value
    assert refused.code is RefusalCode.ALREADY_DONE
    assert "already returned" in str(refused)


def test_return_with_fault_goes_to_faulty_with_an_open_fault() -> None:
    before = pump_in(S.ON_LOAN)
    event = rules.return_pump(CTX, before, rules.fault_payload("f1", "Cracked display", None))
    after = evolve(before, event)
    assert (after.state, after.open_faults, after.loan_id, after.responsible_unit) == \
        (S.FAULTY, 1, None, None)


def _fault(pump: Pump) -> Pump:
    return evolve(pump, decide(E.FAULT_REPORTED, pump))


def test_a_fault_phoned_in_on_a_loan_leaves_the_loan_and_the_return_sends_it_to_faulty() -> None:
    on_loan = pump_in(S.ON_LOAN)
    faulted = _fault(on_loan)
    assert (faulted.state, faulted.loan_id, faulted.responsible_unit, faulted.open_faults) == \
        (S.ON_LOAN, "loan-0", "602154", 1)
    returned = evolve(faulted, rules.return_pump(CTX, faulted))  # no note: the fault is open
    assert (returned.state, returned.open_faults, returned.loan_id) == (S.FAULTY, 1, None)


def test_a_fault_on_a_lost_pump_keeps_it_lost_and_the_unit_liable() -> None:
    lost = _fault(pump_in(S.LOST))
    assert (lost.state, lost.responsible_unit, lost.open_faults) == (S.LOST, "602154", 1)


def test_a_fault_in_service_joins_the_visit_and_must_be_repaired_to_come_back() -> None:
    visit = _fault(pump_in(S.IN_SERVICE, service_reason="maintenance"))
    assert (visit.state, visit.open_faults) == (S.IN_SERVICE, 1)
    refused = pytest.raises(Refused, rules.back_from_service, CTX, visit, MODEL).value
    assert refused.code is RefusalCode.REPAIR_REQUIRED and "what was repaired" in str(refused)
    event = rules.back_from_service(CTX, visit, MODEL, "Replaced the occlusion sensor")
    assert event.payload["repair"] == "Replaced the occlusion sensor"
    assert evolve(visit, event).open_faults == 0


def test_a_faulty_pump_sent_to_maintenance_does_not_come_back_silently_repaired() -> None:
    faulty = _fault(pump_in(S.READY))
    in_service = evolve(faulty, rules.send_to_service(CTX, faulty,
                                                      rules.ServiceReason.MAINTENANCE))
    with pytest.raises(Refused):
        rules.back_from_service(CTX, in_service, MODEL)
    event = rules.back_from_service(CTX, in_service, MODEL, rules.NO_FAULT_FOUND)
    assert event.payload["repair"] == "no fault found" and event.payload["closes_faults"] == 1


def test_a_fault_at_the_depot_or_in_a_stock_makes_the_pump_faulty() -> None:
    for state in (S.READY, S.AWAITING_CLEANING, S.IN_UNIT_STOCK):
        after = _fault(pump_in(state))
        assert (after.state, after.loan_id, after.responsible_unit) == (S.FAULTY, None, None)


def test_a_transport_loan_records_its_counter_and_due_date() -> None:
    due = NOW.date() + dt.timedelta(days=2)
    loan_terms = patient_loan_terms(
        loan_id="loan-1", number="DESK1-000001", transport=True, unit=HOSPITAL,
        patient=parse_identity("19811228-9874"), patient_id="p", approval="BL-1",
        prescriber=None, consumables={}, asylum_unit=None, transport_due=due)
    event = rules.issue(CTX, pump_in(S.READY), loan_terms)
    assert event.payload["due"] == due.isoformat()
    assert evolve(pump_in(S.READY), event).return_to == "DESK1"


def test_a_transport_pump_returned_at_another_counter_goes_back_to_the_lending_one() -> None:
    elsewhere = Context("bo.l", "DESK2", clock=lambda: NOW, ids=lambda: "event-2")
    lent = pump_in(S.ON_TRANSPORT_LOAN)
    returned = evolve(lent, rules.return_pump(elsewhere, lent))
    assert (returned.state, returned.return_to, returned.loan_id) == (S.RETURNING, "DESK1", None)
    # It cannot be lent, cleaned or received until the lending counter takes it in.
    for action in (E.ISSUED_TO_PATIENT, E.CLEANED):
        pytest.raises(Refused, decide, action, returned)
    refused = pytest.raises(Refused, rules.receive_back, elsewhere, returned).value
    assert refused.code is RefusalCode.WRONG_COUNTER and "DESK1" in str(refused)
    home = evolve(returned, rules.receive_back(CTX, returned))
    assert (home.state, home.return_to) == (S.AWAITING_CLEANING, None)


def test_a_transport_pump_with_an_open_fault_is_received_as_faulty() -> None:
    elsewhere = Context("bo.l", "DESK2", clock=lambda: NOW, ids=lambda: "event-2")
    lent = _fault(pump_in(S.ON_TRANSPORT_LOAN))
    returned = evolve(lent, rules.return_pump(elsewhere, lent))
    assert evolve(returned, rules.receive_back(CTX, returned)).state is S.FAULTY


def test_returned_at_the_lending_counter_it_goes_straight_to_cleaning() -> None:
    lent = pump_in(S.ON_TRANSPORT_LOAN)
    assert evolve(lent, rules.return_pump(CTX, lent)).state is S.AWAITING_CLEANING


def test_issue_refuses_overdue_maintenance() -> None:
    overdue = pump_in(S.READY, next_maintenance=NOW.date() - dt.timedelta(days=1))
    for action in (E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT):
        refused = pytest.raises(Refused, decide, action, overdue).value
        assert refused.code is RefusalCode.MAINTENANCE_OVERDUE
        assert "maintenance" in str(refused)


def test_maintenance_due_today_is_not_overdue() -> None:
    assert decide(E.ISSUED_TO_PATIENT, pump_in(S.READY, next_maintenance=NOW.date())).type \
        is E.ISSUED_TO_PATIENT


def test_issue_requires_an_approval_reference() -> None:
    with pytest.raises(Refused) as refused:
        patient_loan_terms(loan_id="l", number="n", transport=False, unit=HOSPITAL,
                           patient=parse_identity("19811228-9874"), patient_id="p",
                           approval="  ", prescriber=None, consumables={}, asylum_unit=None)
    assert refused.value.code is RefusalCode.APPROVAL_REQUIRED


def test_clean_is_refused_while_a_fault_is_open() -> None:
    refused = pytest.raises(Refused, decide, E.CLEANED,
                            pump_in(S.AWAITING_CLEANING, open_faults=1)).value
    assert refused.code is RefusalCode.OPEN_FAULT


@pytest.mark.parametrize("unit", [PRIMARY, CareUnit("605010", "Lund", UnitKind.MUNICIPALITY)])
def test_only_hospital_units_hold_buffer_stock(unit: CareUnit) -> None:
    with pytest.raises(Refused) as refused:
        rules.dispatch(CTX, pump_in(S.READY), unit_terms(unit))
    assert refused.value.code is RefusalCode.NO_BUFFER_STOCK
    with pytest.raises(Refused):
        rules.move(CTX, pump_in(S.IN_UNIT_STOCK), unit)


def test_care_may_move_to_primary_care_without_a_new_loan() -> None:
    before = pump_in(S.ON_LOAN)
    after = evolve(before, rules.move(CTX, before, PRIMARY))
    assert (after.state, after.responsible_unit, after.loan_id) == (S.ON_LOAN, "604001", "loan-0")


def test_move_to_the_same_unit_is_refused() -> None:
    with pytest.raises(Refused) as refused:
        rules.move(CTX, pump_in(S.ON_LOAN), HOSPITAL)
    assert refused.value.code is RefusalCode.SAME_UNIT


def test_back_from_maintenance_moves_the_dates() -> None:
    before = pump_in(S.IN_SERVICE, service_reason="maintenance",
                     next_maintenance=dt.date(2026, 1, 1))
    after = evolve(before, rules.back_from_service(CTX, before, MODEL))
    assert after.last_maintenance == NOW.date()
    assert after.next_maintenance == NOW.date() + dt.timedelta(days=365)


def test_back_from_repair_keeps_the_dates_and_closes_faults() -> None:
    before = pump_in(S.IN_SERVICE, open_faults=2)
    after = evolve(before, rules.back_from_service(CTX, before, MODEL, "New battery"))
    assert after.next_maintenance == before.next_maintenance
    assert after.open_faults == 0


def test_lost_keeps_the_liable_unit() -> None:
    before = pump_in(S.IN_UNIT_STOCK)
    event = rules.report_lost(CTX, before)
    assert event.payload["liable_unit"] == "602154"
    assert evolve(before, event).responsible_unit == "602154"


def test_protected_identity_payload_holds_no_person_data() -> None:
    protected = patient_loan_terms(
        loan_id="l", number="n", transport=False, unit=HOSPITAL, patient=PROTECTED,
        patient_id="should-be-dropped", approval="BL-1", prescriber=None, consumables={},
        asylum_unit=None)
    assert protected.payload()["patient"] == {"kind": "protected"}


def test_asylum_seekers_are_billed_to_the_asylum_unit() -> None:
    asylum = CareUnit("601628", "Asylenheten", UnitKind.ASYLUM)
    lma = parse_identity("LMA 19900101 50-008920/4")
    loan = patient_loan_terms(loan_id="l", number="n", transport=False, unit=HOSPITAL,
                              patient=lma, patient_id="p", approval="BL-1", prescriber=None,
                              consumables={}, asylum_unit=asylum)
    assert (loan.responsible_unit.customer_number, loan.billing_unit) == ("602154", "601628")
    with pytest.raises(Refused) as refused:
        patient_loan_terms(loan_id="l", number="n", transport=False, unit=HOSPITAL, patient=lma,
                           patient_id="p", approval="BL-1", prescriber=None, consumables={},
                           asylum_unit=None)
    assert refused.value.code is RefusalCode.NO_ASYLUM_UNIT


@pytest.mark.parametrize("state", sorted(rules.LOST_AFTER_COUNT_ONLY))
def test_a_pump_on_the_depots_shelves_is_lost_only_by_a_count(state: PumpState) -> None:
    with pytest.raises(Refused) as refused:
        rules.report_lost(CTX, pump_in(state))
    assert refused.value.code is RefusalCode.ILLEGAL_MOVE and "count" in str(refused.value)
    event = rules.report_lost(CTX, pump_in(state), count="count-1")
    assert event.payload["count"] == "count-1" and event.payload["liable_unit"] is None


@pytest.mark.parametrize("item", ["NaCl 9 mg/ml=2", "nacl", "Glukose 50 mg/ml", "Glukos 5%=1",
                                  "Klorhexidinsprit 5 mg/ml", "klorheksidin", "Chlorhexidine"])
def test_a_free_text_consumable_the_pharmacy_supplies_is_refused(item: str) -> None:
    """Seed 001: NaCl and glucose for drug mixtures, and chlorhexidine, come from the
    pharmacy on prescription "og kan ikke bestilles via BHM"."""
    with pytest.raises(Refused) as caught:
        parse_consumables(["Sprøyter 10 ml=2", item])
    assert caught.value.code is RefusalCode.NOT_SUPPLIED and "pharmacy" in caught.value.message


def test_free_text_consumables_of_the_depot_are_taken() -> None:
    assert parse_consumables(["Sprøyter 10 ml=2", "Glukosemåler-lansetter", "Nåler x3",
                              "Transparent bandasje"]) == {
        "Sprøyter 10 ml": 2, "Glukosemåler-lansetter": 1, "Nåler": 3,
        "Transparent bandasje": 1}
