"""Seed 002's payer structure: a unit's payer per product area, else its payer for every
area, else the unit itself; payers kept by administrators."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.domain.events import Context, Event, EventType
from app.domain.identity import parse_identity
from app.domain.loans import patient_loan_terms
from app.domain.payers import (
    EVERY_AREA,
    LoanPayer,
    Payer,
    check_payer,
    loan_payer_from,
    payer_for,
    payer_in_use,
)
from app.domain.reference import CareUnit, UnitKind
from app.domain.refusals import RefusalCode, Refused
from app.domain.staff import Role, StaffMember, may_record
from app.domain.sync import UPSERT_TYPES, upsert_keys

WARD = CareUnit("602154", "SUS Lund, Gastro", UnitKind.HOSPITAL_INPATIENT)
HOSPITAL = Payer("K1-B1", "Region Skåne, SUS", "Fakturaservice\nBox 2024", "SUS 7010")
NUTRITION = Payer("K1-B2", "Region Skåne, Nutrition", "Box 1\n221 00 Lund")
REGISTER = {p.id: p for p in (HOSPITAL, NUTRITION)}


def test_the_area_s_payer_pays_before_the_unit_s_payer_for_every_area() -> None:
    assigned = {EVERY_AREA: "K1-B1", "enteral_nutrition": "K1-B2"}
    nutrition = payer_for(WARD, "enteral_nutrition", assigned, REGISTER)
    infusion = payer_for(WARD, "subcutaneous_infusion", assigned, REGISTER)
    assert (nutrition.id, nutrition.name, nutrition.invoice_address) == (
        "K1-B2", "Region Skåne, Nutrition", "Box 1\n221 00 Lund")
    assert (infusion.id, infusion.reference, infusion.customer_number) == (
        "K1-B1", "SUS 7010", "602154")


def test_a_unit_without_a_payer_pays_itself() -> None:
    for assigned in ({}, {"enteral_nutrition": "K1-B2"}):
        payer = payer_for(WARD, "subcutaneous_infusion", assigned, REGISTER)
        assert payer == LoanPayer("602154", "SUS Lund, Gastro")
        assert payer.is_the_unit


def test_an_inactive_payer_is_passed_over() -> None:
    closed = {**REGISTER, "K1-B2": Payer("K1-B2", "Old", "Box 1", active=False)}
    assigned = {EVERY_AREA: "K1-B1", "enteral_nutrition": "K1-B2"}
    assert payer_for(WARD, "enteral_nutrition", assigned, closed).id == "K1-B1"
    assert payer_for(WARD, "enteral_nutrition", {"enteral_nutrition": "K1-B2"},
                     closed).is_the_unit


def test_a_payer_needs_a_name_and_an_invoice_address() -> None:
    checked = check_payer(Payer("K1-B3", "  Lunds kommun ", "Box 41; 221 00 Lund ;",
                                " HSV-31 "))
    assert (checked.name, checked.invoice_address, checked.reference) == (
        "Lunds kommun", "Box 41\n221 00 Lund", "HSV-31")
    assert check_payer(Payer("K1-B3", "X", "Box 1", "  ")).reference is None
    for name, address, says in (("  ", "Box 1", "A payer needs a name."),
                                ("X", " ; ", "A payer needs an invoice address")):
        with pytest.raises(Refused) as refused:
            check_payer(Payer("K1-B3", name, address))
        assert refused.value.code is RefusalCode.INVALID_INPUT
        assert says in refused.value.message


def test_a_payer_in_use_says_which_units_it_pays_for() -> None:
    refused = payer_in_use(HOSPITAL, [("602154", EVERY_AREA), ("602160", "nutrition")])
    assert refused.code is RefusalCode.PAYER_IN_USE
    assert "Region Skåne, SUS (K1-B1) still pays for 2 unit(s): 602154, 602160 (nutrition)" \
        in refused.message


def test_the_loan_carries_its_payer_and_reads_it_back() -> None:
    payer = payer_for(WARD, "enteral_nutrition", {"enteral_nutrition": "K1-B2"}, REGISTER)
    terms = patient_loan_terms(
        loan_id="L1", number="K1-000001", transport=False, unit=WARD,
        patient=parse_identity("19811228-9874"), patient_id="p1", approval="BL-1",
        prescriber=None, consumables={}, asylum_unit=None)
    assert "payer" not in terms.payload()
    carried = replace(terms, payer=payer).payload()["payer"]
    assert carried == {"id": "K1-B2", "name": "Region Skåne, Nutrition",
                       "customer_number": "602154", "invoice_address": "Box 1\n221 00 Lund",
                       "reference": None}
    assert loan_payer_from(carried) == payer
    assert loan_payer_from(None) is None


def _event(type_: EventType, **payload: object) -> Event:
    return Context("bo", "K1", clock=lambda: dt.datetime(2026, 11, 30, tzinfo=dt.UTC)).event(
        type_, None, **payload)


@pytest.mark.parametrize("type_", [EventType.PAYER_DEFINED, EventType.UNIT_PAYER_SET])
def test_only_an_administrator_keeps_payers(type_: EventType) -> None:
    event = _event(type_, id="K1-B1", unit="602154", area=EVERY_AREA, payer="K1-B1")
    counter = StaffMember("bo", "Bo Ek", frozenset({Role.COUNTER, Role.TECHNICIAN}))
    refused = may_record(counter, event, any_administrator=True)
    assert refused is not None and refused.code is RefusalCode.ROLE_REQUIRED
    assert "administrator" in refused.message
    admin = StaffMember("bo", "Bo Ek", frozenset({Role.ADMINISTRATOR}))
    assert may_record(admin, event, any_administrator=True) is None


def test_the_last_word_on_a_payer_or_a_unit_s_payer_wins_in_the_central_order() -> None:
    assert {EventType.PAYER_DEFINED, EventType.UNIT_PAYER_SET} <= UPSERT_TYPES
    assert upsert_keys(_event(EventType.PAYER_DEFINED, id="K1-B1")) == {("payer", "K1-B1")}
    assert upsert_keys(_event(EventType.UNIT_PAYER_SET, unit="602154", area="nutrition",
                              payer=None)) == {("unit_payer", "602154", "nutrition")}
