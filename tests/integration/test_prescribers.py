"""The prescriber register on the command line, and a loan's prescriber checked against it
(seed 002: role, product area, unit; seed 001: the specialist requirement)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.services import printouts
from app.services.station import open_station
from tests.conftest import T34_GTIN
from tests.integration.conftest import Run, set_up
from tests.printing.reading import text

LOAN = ["--patient", "19811228-9874", "--unit", "602154", "--approval", "BL-1"]


@pytest.fixture
def depot(cli: Run) -> Run:
    return set_up(
        cli,
        ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365", "--gtin", T34_GTIN],
        ["model", "JOEY", "--make", "Cardinal", "--name", "Kangaroo Joey", "--area",
         "enteral_nutrition", "--interval", "365"],
        ["unit", "602154", "--name", "SUS Lund, Gastro", "--kind", "hospital_inpatient"],
        ["unit", "604001", "--name", "Vårdcentralen Linero", "--kind", "primary_care"],
        ["register", "PD-1", "--model", "T34"], ["register", "PD-2", "--model", "JOEY"])


def _add(run: Run, *argv: str) -> str:
    code, out, err = run("prescriber", "add", *argv)
    assert code == 0, err
    return out.strip()


def test_without_a_register_the_prescriber_is_free_text_as_before(depot: Run) -> None:
    assert depot("issue", "PD-1", *LOAN, "--prescriber", "Dr. Anyone")[0] == 0
    assert depot("issue", "PD-2", *LOAN)[0] == 0  # none needed either


def test_a_loan_needs_a_prescriber_who_may_prescribe_the_area_for_the_unit(
        depot: Run, tmp_path: Path) -> None:
    nurse = _add(depot, "Ssk. Maja Öberg", "--role", "forskrivare", "--area",
                 "enteral_nutrition", "--unit", "602154", "--phone", "046-17 10 00",
                 "--email", "maja.oberg@skane.se")
    orderer = _add(depot, "Lena Berg", "--role", "bestallare", "--unit", "602154")
    gp = _add(depot, "Dr. Aisha Karim", "--role", "lakare", "--unit", "604001")
    doctor = _add(depot, "Dr. Eva Lind", "--role", "lakare", "--unit", "602154")
    assert nurse == "CLI1-P1" and doctor == "CLI1-P4"
    for prescriber, says in ((None, "A loan needs its prescriber"),
                             (orderer, "never prescribe"),
                             (nurse, "may not prescribe in the product area Subcutaneous "
                                     "infusion"),
                             (gp, "not registered to prescribe for SUS Lund, Gastro (602154)"),
                             ("Dr. Nobody", "No prescriber 'Dr. Nobody'")):
        code, _, err = depot("issue", "PD-1", *LOAN,
                             *(["--prescriber", prescriber] if prescriber else []))
        assert code == 1 and says in err, (prescriber, err)
    assert depot("issue", "PD-2", *LOAN, "--prescriber", "ssk. maja öberg")[0] == 0
    code, out, err = depot("issue", "PD-1", *LOAN, "--approval", "BL-2", "--prescriber",
                           "Dr. Eva Lind (CLI1-P4)")
    assert code == 0, err
    with closing(sqlite3.connect(tmp_path / "cli.db")) as connection:
        loans = connection.execute("SELECT prescriber, prescriber_id, prescriber_verified "
                                   "FROM loans ORDER BY number").fetchall()
    assert loans == [("Ssk. Maja Öberg", nurse, 1), ("Dr. Eva Lind", doctor, 1)]
    listed = json.loads(depot("list", "prescribers", "--json")[1])
    assert {p["id"]: (p["role"], p["areas"], p["units"]) for p in listed}[nurse] == (
        "forskrivare", ["enteral_nutrition"], ["602154"])
    station = open_station(tmp_path / "cli.db")
    try:
        form = text(printouts.loan_form(station, "PD-2", "sv").pdf)
    finally:
        station.close()
    assert "Ssk. Maja Öberg" in form and "046-17" not in form and "maja.oberg" not in form


def test_the_specialist_requirement_asks_for_a_lakare(depot: Run) -> None:
    nurse = _add(depot, "Ssk. Jonas Vik", "--role", "forskrivare", "--area",
                 "subcutaneous_infusion", "--unit", "602154")
    set_up(depot, ["depot", "--require-specialist", "yes"])
    code, _, err = depot("issue", "PD-1", *LOAN, "--prescriber", nurse)
    assert code == 1 and "is not a Läkare" in err
    doctor = _add(depot, "Dr. Per Strand", "--role", "lakare", "--unit", "602154",
                  "--unit", "604001")
    assert depot("issue", "PD-1", *LOAN, "--prescriber", doctor)[0] == 0
    code, _, err = depot("issue", "PD-2", "--patient", "19811228-9874", "--unit", "604001",
                         "--approval", "BL-3", "--prescriber", doctor)
    assert code == 1 and "specialist care" in err  # the unit is no specialist care


def test_a_free_text_prescriber_where_the_depot_allows_it_is_marked_unverified(
        depot: Run, tmp_path: Path) -> None:
    _add(depot, "Dr. Eva Lind", "--role", "lakare", "--unit", "602154")
    gp_loan = ["--patient", "19811228-9874", "--unit", "604001", "--approval", "BL-9"]
    code, _, err = depot("issue", "PD-1", *gp_loan, "--prescriber", "Dr. Ny Läkare")
    assert code == 1 and "No prescriber" in err  # off by default
    set_up(depot, ["depot", "--free-text-prescriber", "yes"])
    code, _, err = depot("issue", "PD-1", *LOAN, "--prescriber", "Dr. Ny Läkare")
    assert code == 1 and "No prescriber" in err  # 602154 has registered prescribers
    assert depot("issue", "PD-1", *gp_loan, "--prescriber", "Dr. Ny Läkare")[0] == 0
    station = open_station(tmp_path / "cli.db")
    try:
        form = text(printouts.loan_form(station, "PD-1", "en").pdf)
    finally:
        station.close()
    assert "Dr. Ny Läkare (not verified against the prescriber register)" in " ".join(
        form.split())


def test_only_an_administrator_keeps_the_register(depot: Run) -> None:
    set_up(depot, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"])
    code, _, err = depot("--staff", "bo", "prescriber", "add", "Dr. X", "--role", "lakare")
    assert code == 1 and "administrator role" in err
    code, _, err = depot("prescriber", "add", "Dr. X", "--role", "doctor")
    assert code == 1 and "not a prescriber role" in err
    code, _, err = depot("prescriber", "add", "Dr. X", "--role", "lakare", "--unit", "699999")
    assert code == 1 and "No care unit has customer number 699999" in err
    assert depot("area", "wound_care", "--name", "Sårvård")[0] == 0
    areas = {a["code"] for a in json.loads(depot("list", "areas", "--json")[1])}
    assert {"diabetes", "incontinence", "nutrition", "nutrition_tube_feeding", "stoma",
            "enteral_nutrition", "subcutaneous_infusion", "wound_care"} <= areas
    assert depot("model", "W1", "--make", "M", "--name", "N", "--area", "wound_care",
                 "--interval", "30")[0] == 0
    code, _, err = depot("model", "W2", "--make", "M", "--name", "N", "--area", "cooking",
                         "--interval", "30")
    assert code == 1 and "not a product area" in err


def test_an_administrator_changes_a_prescriber_and_makes_them_inactive(
        depot: Run, tmp_path: Path) -> None:
    nurse = _add(depot, "Ssk. Jonas Vik", "--role", "forskrivare", "--area",
                 "enteral_nutrition", "--unit", "602154", "--phone", "046-17 10 00")
    code, _, err = depot("issue", "PD-1", *LOAN, "--prescriber", nurse)
    assert code == 1 and "may not prescribe in the product area" in err
    code, out, err = depot("prescriber", "change", "ssk. jonas vik", "--area",
                           "enteral_nutrition", "--area", "subcutaneous_infusion", "--phone", "")
    assert code == 0 and "enteral_nutrition, subcutaneous_infusion; units 602154" in out, err
    assert depot("issue", "PD-1", *LOAN, "--prescriber", nurse)[0] == 0
    listed = {p["id"]: p for p in json.loads(depot("list", "prescribers", "--json")[1])}
    assert listed[nurse]["phone"] is None and listed[nurse]["active"]
    set_up(depot, ["prescriber", "change", nurse, "--inactive", "--name", "Jonas Vik"])
    code, _, err = depot("issue", "PD-2", *LOAN, "--approval", "BL-2", "--prescriber", nurse)
    assert code == 1 and "Jonas Vik (CLI1-P1) is no longer active" in err
    station = open_station(tmp_path / "cli.db")
    try:
        form = text(printouts.loan_form(station, "PD-1", "en").pdf)
    finally:
        station.close()
    assert "Ssk. Jonas Vik" in form  # the loan keeps its prescriber as it was
    set_up(depot, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"])
    for argv, says in ((["--staff", "bo", "prescriber", "change", nurse, "--active"],
                        "administrator role"),
                       (["prescriber", "change", "Dr. Nobody", "--active"],
                        "No prescriber 'Dr. Nobody'"),
                       (["prescriber", "change", nurse, "--unit", "699999"],
                        "No care unit has customer number 699999"),
                       (["prescriber", "change", nurse, "--role", "surgeon"],
                        "not a prescriber role")):
        code, _, err = depot(*argv)
        assert code == 1 and says in err, (argv, err)
    assert not {p["id"]: p for p in json.loads(
        depot("list", "prescribers", "--json")[1])}[nurse]["active"]
    set_up(depot, ["prescriber", "change", nurse, "--active"])
    assert depot("issue", "PD-2", *LOAN, "--approval", "BL-2", "--prescriber", nurse)[0] == 0
