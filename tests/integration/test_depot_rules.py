"""The depots' own rules through the services and the command line, as a counter meets
them: each refusal names what to do and changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.events import EventType
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, documents, printouts, queries, register, setup, stock
from app.services.station import Station
from tests.conftest import T34_GTIN, FakeClock
from tests.integration.conftest import Run, set_up
from tests.integration.helpers import snapshot
from tests.printing.reading import text as pdf_text

JOEY_GTIN = "05021234500017"


def _depot_in(station: Station, country: str, **changes: str) -> None:
    current = setup.depot_setup(station)
    setup.apply_depot_setup(station, setup.DepotSetup(
        current.name, current.address, country, changes.get("print_language", ""),
        changes.get("require_specialist", "")))


@pytest.fixture
def pumps(depot: Station) -> Station:
    for reg in ("PD-1", "PD-2", "PD-3"):
        actions.register_pump(depot, reg, "T34", udi=f"(01){T34_GTIN}(21){reg}")
    return depot


def refused(call, *args, **kwargs) -> Refused:  # noqa: ANN001
    with pytest.raises(Refused) as caught:
        call(*args, **kwargs)
    return caught.value


# -- paper: the patient is named unless protected ------------------------------------------


@pytest.mark.parametrize(("patient", "name", "printed", "hidden"), [
    ("19850312 Anna Utan - UT", None, ["Anna Utan - UT", "19850312"], []),
    ("LMA 19900101 50-008920/4", "Ali Hassan", ["Ali Hassan", "19900101 LMA-50008920"], []),
    ("19811228-9874", None, ["19811228-9874"], []),
    ("19811228-9874", "Anna Berg", ["Anna Berg", "19811228-9874"], []),
])
def test_receipt_and_form_name_every_patient_who_is_not_protected(
        pumps: Station, patient: str, name: str | None, printed: list[str],
        hidden: list[str]) -> None:
    result = actions.issue_pump(pumps, "PD-1", patient=patient, patient_name=name,
                                unit="602154", approval="BL-1")
    for make in (printouts.receipt, printouts.loan_form):
        words = pdf_text(make(pumps, result.loan_number, "en").pdf)
        for text in printed:
            assert text in words, (make.__name__, text)
        assert "Recipient: responsible unit" not in words
        assert "Patient" in words


def test_only_a_protected_identity_puts_the_unit_where_the_patient_stands(
        pumps: Station) -> None:
    result = actions.issue_pump(pumps, "PD-1", patient="protected", unit="602154",
                                approval="BL-1")
    doc = documents.loan_document(pumps, result.loan_number)
    assert doc.unit_is_recipient and doc.patient_name is None and doc.patient_identity is None
    assert "Recipient: responsible unit" in pdf_text(
        printouts.receipt(pumps, result.loan_number, "en").pdf)


def test_a_norwegian_depot_prints_in_norwegian_whatever_the_window_speaks(
        pumps: Station) -> None:
    _depot_in(pumps, "NO")
    register.define_unit(pumps, "710101", name="Haukeland", kind="hospital_inpatient")
    result = actions.issue_pump(pumps, "PD-1", patient="15108695088", unit="710101",
                                approval="BL-1", transport=True)
    assert "Kvittering for transportlån" in pdf_text(
        printouts.receipt(pumps, result.loan_number).pdf)
    _depot_in(pumps, "NO", print_language="en")
    assert "Transport loan receipt" in pdf_text(
        printouts.receipt(pumps, result.loan_number).pdf)
    _depot_in(pumps, "SE")
    assert "Lånebekräftelse för transportlån" in pdf_text(
        printouts.receipt(pumps, result.loan_number).pdf)


# -- one withdrawal per protected prescription ---------------------------------------------


def test_a_protected_prescription_serves_one_loan_only(pumps: Station) -> None:
    first = actions.issue_pumps(pumps, ["PD-1", "PD-2"], patient="protected", unit="602154",
                                approval="BL 2026-7")
    assert len({r.loan_number for r in first}) == 1  # two pumps, one withdrawal
    before = snapshot(pumps)
    for typed in ("BL 2026-7", "bl2026-7", " Bl 2026 -7 "):
        why = refused(actions.issue_pump, pumps, "PD-3", patient="skyddad", unit="602155",
                      approval=typed)
        assert why.code is RefusalCode.PRESCRIPTION_USED
        assert first[0].loan_number in why.message and "new prescription" in why.message
    assert snapshot(pumps) == before
    # A named person's referral may serve several loans; a new prescription serves anew.
    actions.issue_pump(pumps, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL 2026-7")
    actions.return_pump(pumps, "PD-3")
    actions.clean_pump(pumps, "PD-3")
    actions.issue_pump(pumps, "PD-3", patient="protected", unit="602154", approval="BL-8")


def test_prescribing_from_a_stock_to_a_protected_identity_uses_the_prescription_too(
        pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient="protected", unit="602154", approval="BL-9")
    actions.dispatch_pump(pumps, "PD-2", unit="602154")
    why = refused(actions.prescribe_pump, pumps, "PD-2", patient="protected",
                  approval="bl-9")
    assert why.code is RefusalCode.PRESCRIPTION_USED


# -- who may lend ------------------------------------------------------------------------


def test_a_norwegian_depot_lends_only_on_specialist_care(pumps: Station) -> None:
    _depot_in(pumps, "NO")
    register.define_unit(pumps, "710101", name="Haukeland", kind="hospital_inpatient")
    register.define_unit(pumps, "720022", name="Fjell legekontor", kind="primary_care")
    register.define_unit(pumps, "720030", name="Privat spesialist", kind="primary_care",
                         regional_agreement=True)
    before = snapshot(pumps)
    why = refused(actions.issue_pump, pumps, "PD-1", patient="15108695088", unit="720022",
                  approval="BL-1")
    assert why.code is RefusalCode.SPECIALIST_REQUIRED and snapshot(pumps) == before
    actions.issue_pump(pumps, "PD-1", patient="15108695088", unit="720030", approval="BL-1")
    actions.issue_pump(pumps, "PD-2", patient="15108695088", unit="710101", approval="BL-2")
    # Care may move on to the GP afterwards (seed 000), just not start there.
    assert actions.move_pump(pumps, "PD-2", unit="720022").responsible_unit == "720022"
    _depot_in(pumps, "NO", require_specialist="0")
    actions.issue_pump(pumps, "PD-3", patient="15108695088", unit="720022", approval="BL-3")


def test_a_swedish_depot_may_require_it_too(pumps: Station) -> None:
    _depot_in(pumps, "SE", require_specialist="1")
    assert refused(actions.issue_pump, pumps, "PD-1", patient="19811228-9874",
                   unit="604001", approval="BL-1").code is RefusalCode.SPECIALIST_REQUIRED


def test_a_norwegian_depot_refuses_a_person_without_permit_at_once(pumps: Station) -> None:
    _depot_in(pumps, "NO")
    register.define_unit(pumps, "710101", name="Haukeland", kind="hospital_inpatient")
    why = refused(actions.issue_pump, pumps, "PD-1", patient="19850312 Anna Utan - UT",
                  unit="710101", approval="BL-1")
    assert why.code is RefusalCode.INVALID_IDENTITY and "Norway" in why.message


def test_care_cannot_move_to_the_asylum_unit(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient="LMA 19900101 50-008920/4", unit="602154",
                       approval="BL-1")
    why = refused(actions.move_pump, pumps, "PD-1", unit="601628")
    assert why.code is RefusalCode.CANNOT_CARRY_CARE


# -- stocks ------------------------------------------------------------------------------


def test_a_unit_with_a_stock_cannot_become_primary_care_until_the_stock_is_wound_up(
        pumps: Station) -> None:
    stock.set_target(pumps, "602154", "T34", 1)
    actions.dispatch_pump(pumps, "PD-1", unit="602154")
    why = refused(register.define_unit, pumps, "602154", name="SUS Lund",
                  kind="primary_care")
    assert why.code is RefusalCode.STOCK_IN_THE_WAY
    assert "End its targets" in why.message and "take its pumps back" in why.message
    stock.set_target(pumps, "602154", "T34", 0)
    assert refused(register.define_unit, pumps, "602154", name="SUS Lund",
                   kind="primary_care").code is RefusalCode.STOCK_IN_THE_WAY
    actions.return_pump(pumps, "PD-1")
    register.define_unit(pumps, "602154", name="SUS Lund", kind="primary_care")


def test_one_unit_cannot_stop_the_days_replenishment(pumps: Station, clock: FakeClock) -> None:
    stock.set_target(pumps, "602154", "T34", 1)
    stock.set_target(pumps, "602155", "T34", 1)
    # Another counter turned 602155 into primary care before this one's target arrived (as a
    # sync brings it): the register now holds a target for a unit that may not hold one.
    with pumps.unit_of_work() as uow:
        uow.record(pumps.ctx.event(EventType.UNIT_DEFINED, None, customer_number="602155",
                                   name="Vårdcentralen", kind="primary_care",
                                   contact_person=None))
        uow.commit()
    day = dt.date(2026, 3, 3)
    when, plan, run = stock.replenish(pumps, day)
    assert plan is not None and run is not None
    assert [line.unit for line in run.sent] == ["602154"]
    assert [(line.unit, why.code) for line, why in run.not_sent] == [
        ("602155", RefusalCode.NO_BUFFER_STOCK)]
    assert queries.pump_status(pumps, run.sent[0].registration).state == "in_unit_stock"


def test_prescribing_from_a_stock_refuses_a_pump_due_for_maintenance(
        pumps: Station, clock: FakeClock) -> None:
    actions.dispatch_pump(pumps, "PD-1", unit="602154")
    clock.advance(days=400)
    before = snapshot(pumps)
    why = refused(actions.prescribe_pump, pumps, "PD-1", patient="19811228-9874",
                  approval="BL-1")
    assert why.code is RefusalCode.MAINTENANCE_OVERDUE and snapshot(pumps) == before


def test_a_request_must_ask_for_more_than_the_target(pumps: Station) -> None:
    stock.set_target(pumps, "602154", "T34", 3)
    for asked in (3, 2):
        refused(stock.request_target, pumps, "602154", "T34", asked, requester="Karin",
                reason="more beds")
    assert stock.request_target(pumps, "602154", "T34", 4, requester="Karin",
                                reason="more beds")


# -- codes --------------------------------------------------------------------------------


def test_a_pumps_udi_must_carry_one_of_its_models_gtins(depot: Station) -> None:
    why = refused(actions.register_pump, depot, "PD-9", "JOEY", udi=f"(01){T34_GTIN}(21)X1")
    assert "not one of model JOEY's GTINs" in why.message
    assert "check digit" in refused(actions.register_pump, depot, "PD-9", "T34",
                                    udi="(01)05060123450011(21)X1").message
    register.define_model(depot, "JOEY", make="Cardinal Health", name="Kangaroo Joey",
                          product_area="enteral_nutrition", maintenance_interval_days=180,
                          gtins=[JOEY_GTIN, "08712400000017"])
    actions.register_pump(depot, "PD-9", "JOEY", udi="(01)08712400000017(21)X1")
    assert "already belongs to model JOEY" in refused(
        register.define_model, depot, "OTHER", make="X", name="Y",
        product_area="enteral_nutrition", maintenance_interval_days=180,
        gtin=JOEY_GTIN).message


def test_a_registration_number_that_is_another_pumps_udi_is_refused(pumps: Station) -> None:
    why = refused(actions.register_pump, pumps, f"01{T34_GTIN}21PD-1", "T34")
    assert "manufacturer's UDI" in why.message


def test_a_udi_typed_with_spaces_finds_the_pump(pumps: Station) -> None:
    assert queries.pump_status(pumps, f"01 {T34_GTIN} 21 PD-2").registration == "PD-2"
    assert actions.dispatch_pump(pumps, f"(01) {T34_GTIN} (21) PD-3",
                                 unit="602154").registration == "PD-3"


def test_an_identity_over_120_years_old_is_refused(pumps: Station) -> None:
    why = refused(actions.issue_pump, pumps, "PD-1", patient="19020517 Ali Hassan - UT",
                  unit="602154", approval="BL-1")
    assert "older than 120 years" in why.message


# -- the same rules through the command line ---------------------------------------------


@pytest.fixture
def run(cli: Run) -> Run:
    set_up(cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
                 "subcutaneous_infusion", "--interval", "365", "--gtin", T34_GTIN],
                ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient",
                 "--contact", "Karin Ek"],
                ["unit", "604001", "--name", "Vårdcentralen Linero", "--kind", "primary_care"],
                ["unit", "601628", "--name", "Asylenheten", "--kind", "asylum"])
    for reg in ("PD-1", "PD-2"):
        assert cli("register", reg, "--model", "T34", "--udi", f"(01){T34_GTIN}(21){reg}")[0] == 0
    return cli


def test_the_rules_hold_on_the_command_line(run, tmp_path: Path) -> None:  # noqa: ANN001
    code, _, err = run("model", "JOEY", "--make", "C", "--name", "Joey", "--area",
                       "enteral_nutrition", "--interval", "180", "--gtin", "05021234500011")
    assert code == 1 and "check digit" in err
    assert run("model", "JOEY", "--make", "C", "--name", "Joey", "--area", "enteral_nutrition",
               "--interval", "180", "--gtin", JOEY_GTIN, "--gtin", "08712400000017")[0] == 0
    code, out, _ = run("list", "models", "--json")
    assert next(m for m in json.loads(out) if m["code"] == "JOEY")["gtins"] == [
        JOEY_GTIN, "08712400000017"]
    code, _, err = run("register", "PD-3", "--model", "JOEY", "--udi", f"(01){T34_GTIN}(21)Z")
    assert code == 1 and "GTINs" in err
    code, _, err = run("register", f"01{T34_GTIN}21PD-1", "--model", "T34")
    assert code == 1 and "UDI" in err
    code, out, _ = run("status", f"01 {T34_GTIN} 21 PD-2", "--json")
    assert code == 0 and json.loads(out)["registration"] == "PD-2"
    code, _, err = run("issue", "PD-1", "--patient", "19020517 Ali Hassan - UT", "--unit",
                       "602154", "--approval", "BL-1")
    assert code == 1 and "120 years" in err
    # One withdrawal per protected prescription.
    assert run("issue", "PD-1", "--patient", "protected", "--unit", "602154",
               "--approval", "BL 44")[0] == 0
    code, _, err = run("issue", "PD-2", "--patient", "Skyddad", "--unit", "602154",
                       "--approval", "bl44")
    assert code == 1 and "new prescription" in err
    # Care never moves to the asylum unit.
    code, _, err = run("move", "PD-1", "--unit", "601628")
    assert code == 1 and "not a care unit" in err
    # A unit holding a stock keeps its kind until the stock is wound up.
    assert run("target", "602154", "T34", "2")[0] == 0
    code, _, err = run("unit", "602154", "--name", "SUS Lund", "--kind", "primary_care")
    assert code == 1 and "End its targets" in err
    code, _, err = run("target", "602154", "T34", "2", "--requester", "Karin", "--reason",
                       "beds")
    assert code == 1 and "more than the current target" in err
    # A Norwegian depot: specialist care only, no "- UT", and paper in Norwegian.
    code, out, _ = run("depot", "--country", "NO", "--json")
    assert code == 0 and json.loads(out) == {
        "name": "", "address": "", "phone": "", "email": "", "opening_hours": "",
        "country": "NO", "print_language": "nb", "require_specialist": True,
        "transport_days": 2, "free_text_prescriber": False}
    # Seed 001's contact details, printed under the depot's name (below, on the receipt).
    code, out, _ = run("depot", "--phone", "55 97 41 77", "--email", "sbh@helse-bergen.no",
                       "--hours", "08.00–15.00 ", "--json")
    assert code == 0 and {k: json.loads(out)[k] for k in ("phone", "email", "opening_hours")} \
        == {"phone": "55 97 41 77", "email": "sbh@helse-bergen.no",
            "opening_hours": "08.00–15.00"}
    assert run("depot", "--country", "NO")[0] == 0  # other changes keep them
    code, _, err = run("issue", "PD-2", "--patient", "15108695088", "--unit", "604001",
                       "--approval", "BL-2")
    assert code == 1 and "specialist" in err
    code, _, err = run("issue", "PD-2", "--patient", "19850312 Anna Utan - UT", "--unit",
                       "602154", "--approval", "BL-2")
    assert code == 1 and "Norway" in err
    code, out, _ = run("issue", "PD-2", "--patient", "15108695088", "--unit", "602154",
                       "--approval", "BL-2", "--transport", "--name", "Kari Nordmann")
    assert code == 0
    pdf = tmp_path / "receipt.pdf"
    assert run("print", "receipt", "PD-2", "-o", str(pdf))[0] == 0
    words = pdf_text(pdf.read_bytes())
    assert "Kvittering for transportlån" in words and "Kari Nordmann" in words
    assert "55 97 41 77" in words and "sbh@helse-bergen.no" in words and "08.00–15.00" in words
    assert run("print", "receipt", "PD-2", "--language", "en", "-o", str(pdf))[0] == 0
    assert "Transport loan receipt" in pdf_text(pdf.read_bytes())
    code, out, _ = run("depot", "--require-specialist", "no", "--print-language", "en",
                       "--json")
    assert json.loads(out)["require_specialist"] is False
    assert json.loads(out)["print_language"] == "en"


def test_a_depot_setup_without_contact_details_leaves_them_as_they_are(
        pumps: Station) -> None:
    """A rolled-out settings file that names no phone (None) keeps the one the database has;
    the dialog, which shows it, may clear it ("")."""
    current = setup.depot_setup(pumps)
    setup.apply_depot_setup(pumps, replace(current, phone="046-17 10 00",
                                           opening_hours="Mån–fre 8–16"))
    _depot_in(pumps, "SE")  # a DepotSetup of name, address and country alone
    assert (documents.depot(pumps).phone, documents.depot(pumps).opening_hours) == (
        "046-17 10 00", "Mån–fre 8–16")
    setup.apply_depot_setup(pumps, replace(setup.depot_setup(pumps), phone=""))
    assert documents.depot(pumps).phone == ""
    assert refused(setup.apply_depot_setup, pumps, replace(
        setup.depot_setup(pumps), email="x" * 500)).code is RefusalCode.INVALID_INPUT
