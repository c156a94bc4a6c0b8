"""The depots' own rules (seeds 000, 001 and 002), each held at the domain level: who may
start a loan, which identities a depot takes, one withdrawal per protected prescription,
buffer stocks, and the codes on a pump."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum import luhn
from stdnum.no import fodselsnummer

from app.domain import rules
from app.domain.depot import print_language, requires_specialist
from app.domain.events import Context, Event, EventType
from app.domain.identity import PROTECTED, check_country, parse_identity
from app.domain.loans import approval_key, patient_loan_terms
from app.domain.pump import Pump
from app.domain.reference import (
    CareUnit,
    ProductArea,
    PumpModel,
    UnitKind,
    check_gtin,
    check_model,
    check_udi_gtin,
)
from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import check_registration, read_scan
from app.domain.states import PumpState
from app.domain.stock import check_larger
from app.domain.sync import judge

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
CTX = Context("anna.k", "DESK1", clock=lambda: NOW)
HOSPITAL = CareUnit("710101", "Haukeland, Palliativ avdeling", UnitKind.HOSPITAL_INPATIENT)
GP = CareUnit("720022", "Fjell legekontor", UnitKind.PRIMARY_CARE)
NURSING_HOME = CareUnit("720010", "Bergen kommune, sykehjem", UnitKind.MUNICIPALITY)
AGREEMENT = CareUnit("720030", "Privat spesialist med avtale", UnitKind.PRIMARY_CARE,
                     regional_agreement=True)
ASYLUM = CareUnit("601628", "Asylenheten VGR", UnitKind.ASYLUM)


def _terms(unit: CareUnit, *, require_specialist: bool, patient=None, approval="BL-1"):  # noqa: ANN001, ANN202
    return patient_loan_terms(
        loan_id="loan-1", number="DESK1-000001", transport=False, unit=unit,
        patient=patient or parse_identity("15108695088"), patient_id="p-1",
        approval=approval, prescriber=None, consumables={}, asylum_unit=ASYLUM,
        require_specialist=require_specialist)


def pump(state: PumpState = PumpState.READY, **kw: object) -> Pump:
    return Pump("PD-1", "T34", state, NOW - dt.timedelta(days=3), **kw)  # type: ignore[arg-type]


# -- who may lend (seed 001) ----------------------------------------------------------------


@pytest.mark.parametrize("unit", [GP, NURSING_HOME])
def test_a_loan_from_outside_specialist_care_is_refused_where_the_depot_requires_it(
        unit: CareUnit) -> None:
    with pytest.raises(Refused) as refused:
        _terms(unit, require_specialist=True)
    assert refused.value.code is RefusalCode.SPECIALIST_REQUIRED
    assert "GP or nursing-home doctor must contact the patient's specialist" \
        in refused.value.message


@pytest.mark.parametrize("unit", [HOSPITAL, AGREEMENT,
                                  CareUnit("710115", "Poliklinikk",
                                           UnitKind.HOSPITAL_OUTPATIENT)])
def test_specialist_care_or_an_agreement_with_the_region_may_start_a_loan(
        unit: CareUnit) -> None:
    assert _terms(unit, require_specialist=True).responsible_unit == unit


def test_without_the_requirement_primary_care_starts_loans_as_before() -> None:
    assert _terms(GP, require_specialist=False).responsible_unit == GP


def test_the_requirement_is_on_by_default_in_norway_only_and_a_setting_overrides_it() -> None:
    assert requires_specialist("NO", None) and requires_specialist("NO", "")
    assert not requires_specialist("SE", None)
    assert requires_specialist("SE", "1") and not requires_specialist("NO", "0")


def test_care_may_still_move_to_primary_care_after_the_loan_started() -> None:
    on_loan = pump(PumpState.ON_LOAN, responsible_unit=HOSPITAL.customer_number, loan_id="l")
    assert rules.move(CTX, on_loan, GP).payload["to_unit"] == GP.customer_number


def test_care_never_moves_to_the_asylum_billing_unit() -> None:
    on_loan = pump(PumpState.ON_LOAN, responsible_unit=HOSPITAL.customer_number, loan_id="l")
    with pytest.raises(Refused) as refused:
        rules.move(CTX, on_loan, ASYLUM)
    assert refused.value.code is RefusalCode.CANNOT_CARRY_CARE


# -- identities -------------------------------------------------------------------------


def test_a_norwegian_depot_refuses_people_without_permit_and_lma_at_once() -> None:
    for text in ("19900101 Ali Hassan - UT", "LMA 19900101 50-008920/4"):
        with pytest.raises(Refused) as refused:
            check_country(parse_identity(text), "NO")
        assert refused.value.code is RefusalCode.INVALID_IDENTITY
    check_country(parse_identity("19900101 Ali Hassan - UT"), "SE")
    check_country(parse_identity("15108695088"), "NO")
    check_country(PROTECTED, "NO")


def _centenarian(born: dt.date) -> str:
    """A valid ten-digit personnummer of someone born 100 or more years ago ("+")."""
    body = f"{born:%y%m%d}123"
    return f"{body[:6]}+{body[6:]}{luhn.calc_check_digit(body)}"


def _norwegian(born: dt.date) -> str:
    # Individual numbers 000–499 are people born 1900–1999.
    for individual in range(0, 500):
        body = f"{born:%d%m%y}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(body)
        second = fodselsnummer.calc_check_digit2(body + first) if first != "10" else "10"
        if "10" not in (first, second):
            return body + first + second
    raise AssertionError("no number")


@pytest.mark.parametrize("text", [
    _centenarian(dt.date(1902, 5, 17)), "19020517 Ali Hassan - UT",
    "LMA 19030101 50-008920/4", _norwegian(dt.date(1901, 3, 3))])
def test_an_identity_older_than_120_years_is_refused_as_implausible(text: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_identity(text)
    assert "older than 120 years" in refused.value.message


def test_a_person_aged_119_is_still_a_patient() -> None:
    born = dt.date(dt.date.today().year - 119, 1, 2)
    assert parse_identity(_centenarian(born)).birth_date == born


# -- one withdrawal per protected prescription (seed 002) --------------------------------------


def test_approval_references_are_compared_ignoring_case_and_spaces() -> None:
    assert approval_key("BL 2026-14 a") == approval_key("bl2026-14A") == "bl2026-14a"


def _protected_loan(loan_id: str, approval: str, reg: str = "PD-1") -> Event:
    return Event(f"e-{loan_id}-{reg}", EventType.ISSUED_TO_PATIENT, reg, "a", "DESK2", NOW,
                 {"loan_id": loan_id, "loan_number": f"DESK2-{loan_id}", "approval": approval,
                  "patient": {"kind": "protected"}, "responsible_unit": "602154"})


def test_the_central_judge_refuses_a_second_loan_on_a_protected_prescription() -> None:
    used = {"bl-7": ("first", "DESK1-000003", "e-first")}
    refused = judge(pump(), _protected_loan("second", "Bl - 7"), used)
    assert refused is not None and refused.code is RefusalCode.PRESCRIPTION_USED
    assert "DESK1-000003" in refused.message and "new prescription" in refused.message
    # Further pumps under the same loan are the same withdrawal.
    assert judge(pump(), _protected_loan("first", "BL-7", "PD-2"), used) is None
    assert judge(pump(), _protected_loan("third", "BL-8"), used) is None


def test_a_prescription_for_a_named_person_may_serve_several_loans() -> None:
    event = _protected_loan("second", "BL-7")
    named = Event(event.id, event.type, event.pump, event.actor, event.workstation,
                  event.occurred_at, {**event.payload, "patient": {"kind": "se_personnummer"}})
    assert judge(pump(), named, {"bl-7": ("first", "DESK1-000003", "e")}) is None


# -- stocks (seed 000) --------------------------------------------------------------------


def test_prescribing_from_a_stock_refuses_a_pump_due_for_maintenance() -> None:
    stocked = pump(PumpState.IN_UNIT_STOCK, responsible_unit=HOSPITAL.customer_number,
                   loan_id="buffer", next_maintenance=NOW.date() - dt.timedelta(days=1))
    with pytest.raises(Refused) as refused:
        rules.prescribe(CTX, stocked, _terms(HOSPITAL, require_specialist=False))
    assert refused.value.code is RefusalCode.MAINTENANCE_OVERDUE
    assert "send it to service for maintenance" in refused.value.message


@pytest.mark.parametrize(("requested", "current"), [(3, 3), (2, 3), (0, 0)])
def test_a_request_for_a_larger_stock_must_ask_for_more(requested: int, current: int) -> None:
    with pytest.raises(Refused) as refused:
        check_larger(HOSPITAL, "T34", requested, current)
    assert "change the target instead" in refused.value.message
    check_larger(HOSPITAL, "T34", current + 1, current)


# -- codes --------------------------------------------------------------------------------


@pytest.mark.parametrize("gtin", ["05021234500011", "5021234500012", "12345"])
def test_a_gtin_with_a_wrong_check_digit_is_refused(gtin: str) -> None:
    with pytest.raises(Refused):
        check_gtin(gtin)


def test_a_model_keeps_its_gtins_checked_and_padded() -> None:
    model = check_model(PumpModel("JOEY", "Cardinal", "Joey", ProductArea.ENTERAL_NUTRITION,
                                  365, gtins=("5021234500017", "05021234500017",
                                              "08712400000017")))
    assert model.gtins == ("05021234500017", "08712400000017")
    check_udi_gtin(model, "08712400000017")
    with pytest.raises(Refused) as refused:
        check_udi_gtin(model, "05060123450019")
    assert "not one of model JOEY's GTINs" in refused.value.message


def test_a_registration_number_that_reads_as_a_udi_is_refused() -> None:
    with pytest.raises(Refused) as refused:
        check_registration("010502123450001721SN5")
    assert "manufacturer's UDI" in refused.value.message
    assert check_registration("hs-000007") == "HS-000007"


@pytest.mark.parametrize("typed", ["01 05021234500017 21 SN5", "(01) 05021234500017 (21) SN5",
                                   "0105021234500017 21SN5", " 01 05021234500017  21 sn5 "])
def test_a_udi_typed_with_spaces_between_its_elements_is_read_whole(typed: str) -> None:
    code = read_scan(typed)
    assert (code.gtin, code.serial) == ("05021234500017", "SN5")


# -- the depot's paper ----------------------------------------------------------------------


def test_a_depot_prints_in_its_countrys_language_unless_it_chose_another() -> None:
    assert print_language("NO", None) == "nb" and print_language("SE", "") == "sv"
    assert print_language("NO", "en") == "en"
