"""The person register: one record per person, which events only point to; conversions,
merges and protection, through the services and the command line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.cli import main
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, documents, persons, printouts, queries, views
from app.services.station import Station
from tests.integration.conftest import Run, set_up
from tests.integration.helpers import rows, snapshot
from tests.printing.reading import text as pdf_text

UT = "19850312 Anna Utan - UT"
LMA = "LMA 19850312 50-008920/4"
PN = "19850312-2387"
#: What a person's data looks like in the log, were it there.
PERSONAL = ["Anna", "Utan", "19850312", "8503122387", "50008920", "Erik Berg", "19811228"]


@pytest.fixture
def pumps(depot: Station) -> Station:
    for reg in ("PD-1", "PD-2", "PD-3", "PD-4"):
        actions.register_pump(depot, reg, "T34")
    return depot


def payloads(station: Station) -> str:
    return " ".join(payload for (payload,) in rows(station, "SELECT payload FROM events"))


def test_events_name_the_person_by_register_id_only(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL-1")
    actions.issue_pump(pumps, "PD-2", patient="19811228-9874", patient_name="Erik Berg",
                       unit="602154", approval="BL-2")
    persons.convert_identity(pumps, UT, LMA)
    text = payloads(pumps)
    assert not [word for word in PERSONAL if word in text], text
    (person_id,) = rows(pumps, "SELECT id FROM persons WHERE name = 'Anna Utan'")[0]
    loan = json.loads(rows(pumps, "SELECT payload FROM events WHERE type = "
                              "'issued_to_patient' ORDER BY seq")[0][0])
    assert loan["patient"] == {"person": person_id}


def test_every_view_shows_the_person_as_the_record_says_now(pumps: Station) -> None:
    lent = actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL-1")
    assert queries.pump_status(pumps, "PD-1").patient == "19850312 Anna Utan - UT"
    persons.convert_identity(pumps, UT, LMA)
    persons.convert_identity(pumps, LMA, PN)
    assert queries.pump_status(pumps, "PD-1").patient == "Anna Utan (19850312-2387)"
    doc = documents.loan_document(pumps, lent.loan_number)
    assert (doc.patient_name, doc.patient_identity) == ("Anna Utan", PN)
    assert "Anna Utan - UT" not in pdf_text(printouts.receipt(pumps, lent.loan_number).pdf)
    # An old number still finds the person, and the earlier identities are kept.
    for old in (UT, LMA, "LMA 50-008920/4", PN):
        view = persons.person_view(pumps, old)
        assert view.shown == "Anna Utan (19850312-2387)"
        assert view.earlier == ("UT-19850312-ANNA UTAN", "LMA-50008920")
    # The Pump tab's search finds the pump on loan by the earlier number too.
    assert [row["registration"] for row in views.search_pumps(pumps, "LMA-5000")] == ["PD-1"]
    assert actions.return_pump(pumps, "PD-1").holder == "Anna Utan (19850312-2387)"


def test_a_loan_by_an_earlier_identity_finds_the_same_record(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL-1")
    persons.convert_identity(pumps, UT, PN, name="Anna Utan")
    actions.issue_pump(pumps, "PD-2", patient="19850312 Anna Utan - UT", unit="602154",
                       approval="BL-2")
    assert rows(pumps, "SELECT count(*) FROM persons") == [(1,)]
    assert len(persons.person_view(pumps, PN).loans) == 2


def test_the_ut_marker_goes_with_the_ut_identity(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL-1")
    assert persons.convert_identity(pumps, UT, LMA) == "Anna Utan (19850312 LMA-50008920)"


def test_downward_and_foreign_conversions_are_refused(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=PN, unit="602154", approval="BL-1")
    for new in (LMA, "19850312 Anna Utan - UT"):
        with pytest.raises(Refused) as refused:
            persons.convert_identity(pumps, PN, new)
        assert refused.value.code is RefusalCode.CONVERSION_NOT_ALLOWED
    actions.issue_pump(pumps, "PD-2", patient="19811228 Erik Berg - UT", unit="602154",
                       approval="BL-2")
    with pytest.raises(Refused) as refused:  # a Norwegian number at a Swedish depot
        persons.convert_identity(pumps, "19811228 Erik Berg - UT", "15108695088")
    assert refused.value.code is RefusalCode.INVALID_IDENTITY and "Sweden" in \
        refused.value.message
    assert rows(pumps, "SELECT count(*) FROM persons") == [(2,)]


def test_an_lma_number_with_another_birth_date_is_refused(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=LMA, patient_name="Anna Utan", unit="602154",
                       approval="BL-1")
    before = snapshot(pumps)
    with pytest.raises(Refused) as refused:
        actions.issue_pump(pumps, "PD-2", patient="LMA 19900101 50-008920/4",
                           patient_name="Ali Hassan", unit="602154", approval="BL-2")
    assert refused.value.code is RefusalCode.IDENTITY_MISMATCH
    assert "1985-03-12" in refused.value.message and "Anna Utan" in refused.value.message
    assert snapshot(pumps) == before
    actions.issue_pump(pumps, "PD-2", patient="LMA 50-008920/4", unit="602154",
                       approval="BL-2")  # the number alone is the registered person


def test_converting_onto_another_persons_number_needs_confirmation(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient="19811228 Erik Berg - UT", unit="602154",
                       approval="BL-1")
    actions.issue_pump(pumps, "PD-2", patient="19811228-9874", patient_name="Erik Bergh",
                       unit="602154", approval="BL-2")
    before = snapshot(pumps)
    with pytest.raises(Refused) as refused:
        persons.convert_identity(pumps, "19811228 Erik Berg - UT", "19811228-9874")
    message = refused.value.message
    assert refused.value.code is RefusalCode.SAME_PERSON_UNCONFIRMED
    assert "Erik Bergh (19811228-9874)" in message and "Erik Berg - UT" in message
    assert snapshot(pumps) == before
    persons.convert_identity(pumps, "19811228 Erik Berg - UT", "19811228-9874",
                             same_person=True)
    view = persons.person_view(pumps, "19811228-9874")
    assert len(view.loans) == 2 and "UT-19811228-ERIK BERG" in view.earlier
    assert rows(pumps, "SELECT type FROM events WHERE type IN ('persons_merged', "
                       "'identity_converted') ORDER BY seq") == [
        ("persons_merged",), ("identity_converted",)]


def test_protecting_a_person_erases_them_and_their_prescriptions(pumps: Station,
                                                                 tmp_path: Path) -> None:
    lent = actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL 7")
    persons.convert_identity(pumps, UT, PN, name="Anna Utan")
    persons.protect_person(pumps, PN)
    assert rows(pumps, "SELECT kind, key, birth_date, name FROM persons") == [
        ("protected", None, None, None)]
    assert rows(pumps, "SELECT count(*) FROM person_keys") == [(0,)]
    status = queries.pump_status(pumps, "PD-1")
    assert (status.state, status.patient) == ("on_loan", "protected")
    doc = documents.loan_document(pumps, lent.loan_number)
    assert doc.unit_is_recipient and doc.patient_name is None
    assert "Recipient: responsible unit" in pdf_text(
        printouts.receipt(pumps, lent.loan_number, "en").pdf)
    # Seed 002: "Förskrivning måste registreras på nytt".
    with pytest.raises(Refused) as refused:
        actions.issue_pump(pumps, "PD-2", patient="protected", unit="602154", approval="bl7")
    assert refused.value.code is RefusalCode.PRESCRIPTION_USED
    with pytest.raises(Refused):  # the old numbers find no one now
        persons.person_view(pumps, PN)
    raw = b"".join(p.read_bytes() for p in pumps.db.path.parent.glob("workstation.db*"))
    for word in ("Anna Utan", "19850312", "8503122387", "ANNA UTAN"):
        assert word.encode() not in raw, word


def test_a_failed_write_names_no_ones_data(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient=PN, patient_name="Anna Utan", unit="602154",
                       approval="BL-1")
    with pytest.raises(IntegrityError) as error, pumps.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO persons (id, kind, key, name) VALUES ('x', 'se_personnummer', ?, ?)",
            (PN, "Anna Utan"))
    assert PN not in str(error.value) and "Anna Utan" not in str(error.value)


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def run(cli: Run) -> Run:
    set_up(cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
                 "subcutaneous_infusion", "--interval", "365"],
                ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
                ["unit", "601628", "--name", "Asylenheten", "--kind", "asylum"],
                ["register", "PD-1", "--model", "T34"], ["register", "PD-2", "--model", "T34"])
    return cli


def test_conversions_and_protection_on_the_command_line(run, tmp_path: Path) -> None:  # noqa: ANN001
    assert run("issue", "PD-1", "--patient", UT, "--unit", "602154", "--approval",
               "BL-1")[0] == 0
    assert run("convert", UT, LMA)[0] == 0
    code, out, _ = run("convert", LMA, PN, "--name", "Anna Utan")
    assert code == 0 and "Anna Utan (19850312-2387)" in out
    code, out, _ = run("status", "PD-1", "--json")
    assert json.loads(out)["patient"] == "Anna Utan (19850312-2387)"
    view = json.loads(run("person", "LMA 50-008920/4", "--json")[1])
    assert view["identity"] == PN and view["earlier_identities"] == [
        "UT-19850312-ANNA UTAN", "LMA-50008920"]
    assert [loan["pump"] for loan in view["loans"]] == ["PD-1"]
    code, _, err = run("convert", PN, "15108695088")
    assert code == 1 and "Sweden" in err
    # Onto another person's number: refused, showing both, unless --same-person.
    assert run("issue", "PD-2", "--patient", "19811228-9874", "--name", "Erik Berg",
               "--unit", "602154", "--approval", "BL-2")[0] == 0
    code, _, err = run("convert", PN, "19811228-9874")
    assert code == 1  # a personnummer is never converted further
    # Protection: everything of the person goes, everywhere they were shown.
    code, out, _ = run("protect", "UT 19850312 Anna Utan")
    assert code == 0 and "erased" in out
    outputs = [run("status", "PD-1", "--json")[1], run("history", "PD-1", "--json")[1],
               run("list", "loans", "--json")[1]]
    assert json.loads(outputs[0])["patient"] == "protected"
    pdf = tmp_path / "r.pdf"
    assert run("print", "receipt", "PD-1", "-o", str(pdf))[0] == 0
    outputs.append(pdf_text(pdf.read_bytes()))
    for text in outputs:
        for word in ("Anna", "Utan", "19850312", "50008920"):
            assert word not in text, (word, text[:200])
    code, _, err = run("person", PN)
    assert code == 1
    code, _, err = run("protect", "protected")
    assert code == 1


def test_the_log_file_names_no_one(run, tmp_path: Path) -> None:  # noqa: ANN001
    assert run("issue", "PD-1", "--patient", PN, "--name", "Anna Utan", "--unit", "602154",
               "--approval", "BL-1")[0] == 0
    for argv in (("issue", "PD-2", "--patient", "LMA 19900101 50-008920/4", "--unit",
                  "602154", "--approval", "BL-1"),
                 ("convert", PN, "19850312-2387"), ("person", "19811228-9874")):
        run(*argv)
    log = tmp_path / "pumpdesk.log"
    text = log.read_text() if log.exists() else ""
    for word in ("Anna", "19850312", "50008920"):
        assert word not in text
    logging.getLogger("pumpdesk").handlers.clear()
