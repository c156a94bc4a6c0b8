"""``pumpdesk order``, ``orders``, ``order-state`` and ``order-justify`` on the command line:
withdrawal numbers printed, refusals in one sentence, JSON shapes, a protected identity and a
Norwegian depot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.services.station import open_station
from tests.consumables_setup import define_articles, prescribe
from tests.integration.conftest import Run, set_up

PERSON = "19811228-9874"
#: Where the unit takes deliveries: a protected identity's orders go there (seed 002).
UNIT_ADDRESS = ("--address", "Entrégatan 7", "--postcode", "222 42", "--town", "Lund")


def _prescribe(path: Path, person: str | None, lines: dict[str, int], **kwargs) -> str:  # noqa: ANN003
    station = open_station(path)
    try:
        station.sign_in("anna.k")
        return prescribe(station, person, lines, **kwargs)
    finally:
        station.close()


@pytest.fixture
def shop(cli: Run, tmp_path: Path) -> Run:
    set_up(cli, ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient",
                 *UNIT_ADDRESS])
    station = open_station(tmp_path / "cli.db")
    try:
        station.sign_in("anna.k")
        define_articles(station)
    finally:
        station.close()
    _prescribe(tmp_path / "cli.db", PERSON, {"SPR10": 4, "NAL27": 2, "SPECIAL": 1},
               valid_from=dt.date(2026, 1, 1))
    return cli


def test_an_order_prints_its_withdrawal_number_and_lists(shop: Run) -> None:
    code, out, err = shop("order", PERSON, "--article", "SPR10=2", "--article", "nal27",
                          "--ordered-by", "relative", "--at", "2026-03-02 10:15")
    assert code == 0, err
    assert out.splitlines() == ["U01000001", "promised for 2026-03-09 (standard)"]
    code, out, _ = shop("orders", "--date", "2026-03-02", "--json")
    listed = json.loads(out)
    assert [(o["number"], o["state"], o["ordered_by"], o["delivery"]) for o in listed] == [
        ("U01000001", "registered", "relative", "standard")]
    assert [(line["article"], line["quantity"]) for line in listed[0]["lines"]] == [
        ("NAL27", 1), ("SPR10", 2)]
    assert json.loads(shop("orders", "--date", "2026-03-03", "--json")[1]) == []
    code, out, _ = shop("orders", "--person", PERSON)
    assert code == 0 and "U01000001" in out and "1 order(s)" in out


def test_a_refusal_says_why_in_one_sentence_and_changes_nothing(shop: Run) -> None:
    assert shop("order", PERSON, "--article", "SPR10=3", "--ordered-by", "patient",
                "--at", "2026-03-02 10:00")[0] == 0
    code, out, err = shop("order", PERSON, "--article", "SPR10=2", "--ordered-by", "patient",
                          "--at", "2026-03-03 10:00")
    assert code != 0 and out == ""
    assert "1 left" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _out, err = shop("order", PERSON, "--article", "NACL", "--ordered-by", "patient")
    assert code != 0 and "pharmacy" in err
    code, _out, err = shop("order", PERSON, "--article", "SPR10", "--ordered-by", "patient",
                           "--at", "yesterday")
    assert code != 0 and "YYYY-MM-DD HH:MM" in err
    assert len(json.loads(shop("orders", "--json")[1])) == 1


def test_the_states_on_the_command_line(shop: Run) -> None:
    shop("order", PERSON, "--article", "SPR10", "--ordered-by", "staff")
    for state in ("picked", "dispatched", "delivered"):
        code, out, err = shop("order-state", "U01000001", state)
        assert code == 0 and state in out, err
    code, _out, err = shop("order-state", "u01000001", "cancelled")
    assert code != 0 and "cancelled only before" in err
    history = json.loads(shop("orders", "--number", "U01000001", "--json")[1])
    assert history[0]["state"] == "delivered"
    assert shop("order-state", "U01999999", "picked")[0] != 0


def test_outside_the_assortment_waits_then_the_justification_registers_it(shop: Run) -> None:
    code, out, _ = shop("order", PERSON, "--article", "SPECIAL", "--ordered-by", "prescriber",
                        "--delivery", "pickup", "--pickup-point", "ICA Nära Linero",
                        "--notify", "sms", "--notify-to", "0701234567")
    assert code == 0 and out.splitlines()[0] == "U01000001" and "justification" in out
    waiting = json.loads(shop("orders", "--state", "awaiting_prescriber", "--json")[1])
    assert [(o["number"], o["delivery"], o["returnable"]) for o in waiting] == [
        ("U01000001", "pickup", False)]
    code, out, _ = shop("order-justify", "U01000001", "--justification", "Allergic")
    assert code == 0 and "registered" in out


def test_a_protected_identity_orders_once_by_its_prescription(shop: Run,
                                                               tmp_path: Path) -> None:
    pid = _prescribe(tmp_path / "cli.db", None, {"SPR10": 2},
                     valid_from=dt.date(2026, 1, 1), prescription_id="CLI1-K7")
    code, out, err = shop("order", pid, "--article", "SPR10", "--ordered-by", "staff",
                          "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["protected"] and made["person"] == "protected identity"
    assert made["person_id"] is None and made["unit"] == "602154"
    assert "19811228" not in out
    code, _out, err = shop("order", pid, "--article", "SPR10", "--ordered-by", "staff")
    assert code != 0 and "one order only" in err
    code, _out, err = shop("order", "skyddad", "--article", "SPR10", "--ordered-by", "staff")
    assert code != 0 and "prescription's number" in err


def test_a_norwegian_depot_orders_for_a_fodselsnummer(cli: Run, tmp_path: Path) -> None:
    set_up(cli, ["depot", "--country", "NO"],
           ["unit", "300100", "--name", "OUS Ullevål", "--kind", "hospital_inpatient"])
    station = open_station(tmp_path / "cli.db")
    try:
        station.sign_in("anna.k")
        define_articles(station)
        prescribe(station, "15108695088", {"FILM": 2}, unit="300100",
                  valid_from=dt.date(2026, 1, 1))
    finally:
        station.close()
    code, out, err = cli("--lang", "nb", "order", "15108695088", "--article", "FILM=2",
                         "--ordered-by", "patient", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["number"] == "U01000001"
    assert [(line["name"], line["quantity"]) for line in made["lines"]] == [
        ("Transparent bandasje", 2)]
    # A Swedish personnummer is not a person of a Norwegian depot.
    code, _out, err = cli("order", PERSON, "--article", "FILM", "--ordered-by", "patient")
    assert code != 0 and err.strip()


def test_from_the_assortment_and_prescription_commands_to_an_order(cli: Run) -> None:
    """The whole way on the command line: articles, a prescription (``consumables``), an
    order from it, and the protected identity's prescription by its number."""
    set_up(cli,
           ["unit", "602154", "--name", "SUS Lund, Gastro", "--kind", "hospital_inpatient",
            *UNIT_ADDRESS],
           ["article", "302001", "--name-sv", "Sprutor och slangar", "--area",
            "subcutaneous_infusion", "--pack", "14-dagarsförpackning"],
           ["article", "450190", "--name-sv", "Specialset", "--area",
            "subcutaneous_infusion", "--pack", "förpackning", "--supply", "outside"],
           ["prescriber", "add", "Dr. Eva Lind", "--role", "lakare", "--unit", "602154"])
    code, out, err = cli("consumables", PERSON, "--prescriber", "Dr. Eva Lind", "--article",
                         "302001=2", "--article", "450190=1", "--valid-from", "2026-01-01",
                         "--json")
    assert code == 0, err
    code, out, err = cli("order", PERSON, "--article", "302001=2", "--article", "450190",
                         "--ordered-by", "patient", "--justification", "Allergi",
                         "--at", "2026-03-02 09:30", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert (made["number"], made["state"], made["extra_cost"]) == ("U01000001", "registered",
                                                                  True)
    code, _out, err = cli("order", PERSON, "--article", "302001", "--ordered-by", "patient",
                          "--at", "2026-03-03 09:30")
    assert code != 0 and "0 left" in err
    code, out, err = cli("consumables", "protected", "--prescriber", "Dr. Eva Lind",
                         "--unit", "602154", "--article", "302001=1", "--valid-from",
                         "2026-01-01", "--json")
    assert code == 0, err
    number = json.loads(out)["id"]
    assert cli("order", number, "--article", "302001", "--ordered-by", "staff")[0] == 0
    code, _out, err = cli("order", number, "--article", "302001", "--ordered-by", "staff")
    assert code != 0 and "one order only" in err
