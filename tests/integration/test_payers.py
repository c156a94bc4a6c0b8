"""Payers on the command line (seed 002: a payer and invoice address per prescribing unit
and product area), and the payer each lent pump is billed to, recorded with the loan."""

from __future__ import annotations

import json
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
        ["unit", "601628", "--name", "Asylenheten", "--kind", "asylum"],
        *(["register", f"PD-{i}", "--model", "T34" if i % 2 else "JOEY"]
          for i in range(1, 7)))


def _add(run: Run, *argv: str) -> str:
    code, out, err = run("payer", "add", *argv)
    assert code == 0, err
    return out.strip()


def _billed(run: Run) -> dict[str, tuple[object, ...]]:
    """Each lent pump: (payer id, payer, invoice address, reference, billed unit)."""
    loans = json.loads(run("list", "loans", "--json")[1])
    return {row["pump"]: (row["payer_id"], row["payer"], row["payer_address"],
                          row["payer_reference"], row["billing_unit"]) for row in loans}


def test_a_pump_is_billed_to_its_unit_s_payer_for_its_area(depot: Run,
                                                           tmp_path: Path) -> None:
    hospital = _add(depot, "Region Skåne, SUS", "--address",
                    "Fakturaservice; Box 2024; 291 02 Kristianstad", "--reference", "SUS 7010")
    nutrition = _add(depot, "Region Skåne, Nutrition", "--address", "Box 1; 221 00 Lund")
    assert (hospital, nutrition) == ("CLI1-B1", "CLI1-B2")
    # No payer yet: the unit pays itself.
    assert depot("issue", "PD-1", *LOAN)[0] == 0
    set_up(depot, ["payer", "set", "602154", hospital],
           ["payer", "set", "602154", "region skåne, nutrition", "--area",
            "enteral_nutrition"])
    # One loan, two product areas: each pump its own payer.
    assert depot("issue", "PD-2", "PD-3", *LOAN, "--approval", "BL-2")[0] == 0
    billed = _billed(depot)
    assert billed["PD-1"] == (None, "SUS Lund, Gastro", None, None, "602154")
    assert billed["PD-2"] == (nutrition, "Region Skåne, Nutrition", "Box 1\n221 00 Lund",
                              None, "602154")
    assert billed["PD-3"] == (hospital, "Region Skåne, SUS",
                              "Fakturaservice\nBox 2024\n291 02 Kristianstad", "SUS 7010",
                              "602154")
    code, out, _ = depot("list", "loans")
    assert code == 0 and "lent at CLI1 by Kim Lund, billed to" in out
    status = json.loads(depot("status", "PD-2", "--json")[1])
    assert status["billed_to"]["payer_id"] == nutrition
    assert "billed to: Region Skåne, SUS (CLI1-B1) for unit 602154" in depot(
        "status", "PD-3")[1]
    assert {row["issued_by_name"] for row in json.loads(depot("list", "loans", "--json")[1])} \
        == {"Kim Lund"}
    assert "billed to Region Skåne, Nutrition (CLI1-B2) for unit 602154" in out
    assert "billed to the unit SUS Lund, Gastro (602154)" in out
    station = open_station(tmp_path / "cli.db")
    try:
        form = " ".join(text(printouts.loan_form(station, "PD-3", "en").pdf).split())
    finally:
        station.close()
    assert "Payer for PD-3 Region Skåne, SUS Fakturaservice, Box 2024, 291 02 Kristianstad" \
        in form and "SUS 7010" in form and "Payer for PD-2 Region Skåne, Nutrition" in form


def test_a_later_change_of_payer_rewrites_no_loan(depot: Run, tmp_path: Path) -> None:
    payer = _add(depot, "Region Skåne, SUS", "--address", "Box 2024; 291 02 Kristianstad")
    set_up(depot, ["payer", "set", "602154", payer])
    assert depot("issue", "PD-1", *LOAN)[0] == 0
    set_up(depot, ["payer", "change", payer, "--address", "Box 99; 205 02 Malmö",
                   "--reference", "NEW-1"])
    other = _add(depot, "Lunds kommun", "--address", "Box 41; 221 00 Lund")
    set_up(depot, ["payer", "set", "602154", other, "--area", "subcutaneous_infusion"])
    assert depot("issue", "PD-3", *LOAN, "--approval", "BL-2")[0] == 0
    billed = _billed(depot)
    assert billed["PD-1"][:4] == (payer, "Region Skåne, SUS", "Box 2024\n291 02 Kristianstad",
                                  None)
    assert billed["PD-3"][:3] == (other, "Lunds kommun", "Box 41\n221 00 Lund")
    station = open_station(tmp_path / "cli.db")
    try:
        form = " ".join(text(printouts.loan_form(station, "PD-1", "sv").pdf).split())
    finally:
        station.close()
    assert "Box 2024, 291 02 Kristianstad" in form and "Malmö" not in form
    # Taken away again: the unit's payer for every area pays for that area once more.
    set_up(depot, ["payer", "clear", "602154", "--area", "subcutaneous_infusion"])
    assert depot("issue", "PD-5", *LOAN, "--approval", "BL-3")[0] == 0
    assert _billed(depot)["PD-5"][:2] == (payer, "Region Skåne, SUS")


def test_asylum_seekers_are_billed_to_the_asylum_unit_s_payer(depot: Run) -> None:
    asylum = _add(depot, "Region Skåne, Asylenheten", "--address", "Box 2024",
                  "--reference", "ASYL 9001")
    ward = _add(depot, "Region Skåne, SUS", "--address", "Box 1")
    set_up(depot, ["payer", "set", "601628", asylum], ["payer", "set", "602154", ward])
    for reg, patient in (("PD-1", "LMA 19800101 12-345678/9"),
                         ("PD-3", "19800101 Amir Said - UT")):
        code, _, err = depot("issue", reg, "--patient", patient, "--unit", "602154",
                             "--approval", f"BL-{reg}")
        assert code == 0, err
    billed = _billed(depot)
    assert billed["PD-1"] == billed["PD-3"] == (asylum, "Region Skåne, Asylenheten",
                                                "Box 2024", "ASYL 9001", "601628")


def test_a_unit_s_buffer_stock_is_billed_to_its_payer(depot: Run) -> None:
    payer = _add(depot, "Region Skåne, Nutrition", "--address", "Box 1")
    set_up(depot, ["payer", "set", "602154", payer, "--area", "enteral_nutrition"],
           ["dispatch", "PD-2", "--unit", "602154"], ["dispatch", "PD-1", "--unit", "602154"])
    billed = _billed(depot)
    assert billed["PD-2"][:2] == (payer, "Region Skåne, Nutrition")
    assert billed["PD-1"][:2] == (None, "SUS Lund, Gastro")


def test_an_administrator_sees_who_pays_for_a_unit_area_by_area(depot: Run) -> None:
    payer = _add(depot, "Region Skåne, SUS", "--address", "Box 1; 221 00 Lund")
    nutrition = _add(depot, "Region Skåne, Nutrition", "--address", "Box 2")
    set_up(depot, ["payer", "set", "602154", payer],
           ["payer", "set", "602154", nutrition, "--area", "enteral_nutrition"])
    shown = json.loads(depot("payer", "unit", "602154", "--json", "--debug")[1])
    by_area = {a["area"]: (a["id"], a["set_for_area"]) for a in shown["areas"]}
    assert by_area["enteral_nutrition"] == (nutrition, True)
    assert by_area["stoma"] == by_area["subcutaneous_infusion"] == (payer, False)
    shown = json.loads(depot("payer", "unit", "601628", "--json")[1])
    assert {a["id"] for a in shown["areas"]} == {None}  # no payer: the unit itself
    listed = {p["id"]: p for p in json.loads(depot("list", "payers", "--json")[1])}
    assert listed[payer]["invoice_address"] == "Box 1\n221 00 Lund"
    assert listed[payer]["pays_for"] == [{"unit": "602154", "area": None}]
    assert listed[nutrition]["pays_for"] == [{"unit": "602154", "area": "enteral_nutrition"}]
    code, out, _ = depot("list", "payers")
    assert code == 0 and "pays for 602154 (enteral_nutrition)" in out


def test_payers_are_refused_clearly_and_change_nothing(depot: Run) -> None:
    payer = _add(depot, "Region Skåne, SUS", "--address", "Box 1")
    set_up(depot, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"],
           ["payer", "set", "602154", payer])
    before = depot("list", "payers", "--json")[1]
    for argv, says in (
            (["--staff", "bo", "payer", "add", "X", "--address", "Box 2"],
             "administrator role"),
            (["--staff", "bo", "payer", "set", "601628", payer], "administrator role"),
            (["payer", "add", "X", "--address", " ; "], "needs an invoice address"),
            (["payer", "set", "602154", "Nobody AB"], "No payer 'Nobody AB'"),
            (["payer", "set", "699999", payer], "No care unit has customer number 699999"),
            (["payer", "set", "602154", payer, "--area", "cooking"], "not a product area"),
            (["payer", "change", payer, "--inactive"],
             "Region Skåne, SUS (CLI1-B1) still pays for 1 unit(s): 602154")):
        code, _, err = depot(*argv)
        assert code == 1 and says in err, (argv, err)
    assert depot("list", "payers", "--json")[1] == before
    # Once no unit has it, it may close; a closed payer is given to no unit.
    set_up(depot, ["payer", "clear", "602154"], ["payer", "change", payer, "--inactive"])
    code, _, err = depot("payer", "set", "602154", payer)
    assert code == 1 and "no longer active" in err
    twin = _add(depot, "Region Skåne, SUS", "--address", "Box 3")
    code, _, err = depot("payer", "set", "602154", "Region Skåne, SUS")
    assert code == 1 and f"2 payers are called Region Skåne, SUS: give the id ({payer}, " \
        f"{twin})" in err
