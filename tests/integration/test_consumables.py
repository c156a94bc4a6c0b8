"""The assortment and prescriptions of consumables on the command line (issue 23): an
administrator keeps the articles, ``list articles --json`` shows them, ``consumables``
registers a prescription — or refuses it with the reason, changing nothing."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.integration.conftest import Run, set_up

NURSE = "Ssk. Maja Öberg"


@pytest.fixture
def depot(cli: Run) -> Run:
    """A Swedish depot with an assortment: syringes for the T34, a stoma article outside
    the procured assortment, the pharmacy's NaCl, and an article no longer kept."""
    return set_up(
        cli,
        ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365"],
        ["unit", "602154", "--name", "SUS Lund, Gastro", "--kind", "hospital_inpatient"],
        ["unit", "604001", "--name", "Vårdcentralen Linero", "--kind", "primary_care"],
        ["article", "302001", "--name-sv", "Sprutor och slangar", "--name-en",
         "Syringes and lines", "--area", "subcutaneous_infusion", "--pack",
         "14-dagarsförpackning", "--model", "t34"],
        ["article", "450190", "--name-sv", "Stomiplatta, specialstorlek", "--area", "stoma",
         "--pack", "förpackning om 10", "--supply", "outside"],
        ["article", "5090", "--name-sv", "NaCl 9 mg/ml", "--area", "subcutaneous_infusion",
         "--pack", "100 ml", "--supply", "pharmacy"],
        ["article", "302009", "--name-sv", "Gamla nålar", "--area", "subcutaneous_infusion",
         "--pack", "14-dagarsförpackning"],
        ["article", "302009", "--inactive"],
        ["prescriber", "add", NURSE, "--role", "forskrivare", "--area",
         "subcutaneous_infusion", "--unit", "602154"],
        ["prescriber", "add", "Dr. Eva Lind", "--role", "lakare", "--unit", "602154",
         "--unit", "604001"],
        ["prescriber", "add", "Lena Berg", "--role", "bestallare", "--unit", "602154"])


def _rows(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(tmp_path / "cli.db")) as connection:
        return connection.execute(sql).fetchall()


def test_the_assortment_is_listed_as_json(depot: Run) -> None:
    code, out, err = depot("list", "articles", "--json")
    assert code == 0, err
    listed = {a["number"]: a for a in json.loads(out)}
    assert sorted(listed) == ["302001", "302009", "450190", "5090"]
    assert listed["302001"] == {
        "number": "302001", "names": {"en": "Syringes and lines", "sv": "Sprutor och slangar"},
        "product_area": "subcutaneous_infusion", "pack": "14-dagarsförpackning",
        "supply": "stocked", "active": True, "models": ["T34"]}
    assert (listed["450190"]["supply"], listed["5090"]["supply"]) == ("outside", "pharmacy")
    assert listed["302009"]["active"] is False
    code, out, _ = depot("list", "articles")
    assert code == 0 and "302009" in out and "(inactive)" in out


def test_an_administrator_changes_an_article_and_what_is_not_given_stays(depot: Run) -> None:
    code, out, err = depot("article", "302001", "--name-nb", "Sprøyter og slanger",
                           "--pack", "14-day pack", "--json")
    assert code == 0, err
    changed = json.loads(out)
    assert changed["names"] == {"en": "Syringes and lines", "nb": "Sprøyter og slanger",
                                "sv": "Sprutor och slangar"}
    assert (changed["pack"], changed["models"], changed["supply"]) == (
        "14-day pack", ["T34"], "stocked")
    for argv, says in ((["302002", "--name-sv", "Nålar"], "needs its product area and its "
                        "pack"),
                       (["302002", "--name-sv", "Nålar", "--area", "pain", "--pack", "x"],
                        "'pain' is not a product area"),
                       (["302002", "--area", "stoma", "--pack", "x"], "needs a name"),
                       (["302001", "--model", "JOEY"], "No pump model 'JOEY'"),
                       (["302001", "--supply", "borrowed"], "not a way of supply")):
        code, _, err = depot("article", *argv)
        assert code == 1 and says in err, (argv, err)


def test_only_an_administrator_keeps_the_assortment(depot: Run, tmp_path: Path) -> None:
    set_up(depot, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"])
    before = _rows(tmp_path, "SELECT count(*) FROM events")
    code, _, err = depot("--staff", "bo", "article", "302001", "--name-sv", "Sprutor")
    assert code == 1 and "administrator role" in err
    assert _rows(tmp_path, "SELECT count(*) FROM events") == before
    assert _rows(tmp_path, "SELECT names FROM articles WHERE number = '302001'") == [
        ('{"en": "Syringes and lines", "sv": "Sprutor och slangar"}',)]


def test_a_prescription_of_consumables_for_a_person(depot: Run, tmp_path: Path) -> None:
    code, out, err = depot("consumables", "19811228-9874", "--prescriber", NURSE,
                           "--article", "302001=2", "--article", "302001", "--valid-from",
                           "2026-12-01", "--valid-to", "2027-05-31", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["id"] == "CLI1-K1" and made["person"] and made["protected"] is False
    assert (made["unit"], made["prescriber"], made["prescriber_name"]) == (
        "602154", "CLI1-P1", NURSE)  # the nurse's one unit
    assert made["articles"] == [{"article": "302001", "quantity": 3}]
    assert (made["per_days"], made["valid_from"], made["valid_to"]) == (
        14, "2026-12-01", "2027-05-31")
    # Outside the procured assortment: a Läkare prescribes it, for the unit given.
    code, out, err = depot("consumables", "19811228-9874", "--prescriber", "Dr. Eva Lind",
                           "--article", "450190=1", "302001=1", "--unit", "604001",
                           "--per-days", "28")
    assert code == 0, err
    assert out.startswith("Prescription CLI1-K2: 450190 × 1, 302001 × 1 per 28 days")
    rows = _rows(tmp_path, "SELECT c.id, c.unit, c.per_days, p.key FROM "
                 "consumable_prescriptions c JOIN persons p ON p.id = c.person_id "
                 "ORDER BY c.id")
    assert rows == [("CLI1-K1", "602154", 14, "19811228-9874"),
                    ("CLI1-K2", "604001", 28, "19811228-9874")]
    [(payload,)] = _rows(tmp_path, "SELECT payload FROM events WHERE type = "
                         "'consumables_prescribed' AND payload LIKE '%CLI1-K1%'")
    assert "19811228" not in payload  # the event names the person by register id only


@pytest.mark.parametrize(("argv", "says"), [
    (["--article", "4711=1"], "No article 4711 is in the assortment"),
    (["--article", "302009=1"], "Gamla nålar (302009) is no longer in the assortment"),
    (["--article", "5090=2"], "NaCl 9 mg/ml (5090) is not supplied by the depot: it comes "
                              "from the pharmacy"),
    (["--article", "302001=0"], "is not a quantity to prescribe"),
    (["--article", "302001=two"], "is not ARTICLE=QUANTITY"),
    (["--article", "450190=1"], "may not prescribe in the product area Stoma"),
    (["--article", "302001=1", "--prescriber", "Lena Berg"], "is a Beställare"),
    (["--article", "302001=1", "--unit", "604001"], "is not registered to prescribe for "
                                                    "Vårdcentralen Linero (604001)"),
    (["--article", "302001=1", "--prescriber", "Dr. Eva Lind"], "Give the prescribing unit"),
    (["--article", "302001=1", "--prescriber", "Dr. Nobody"], "No prescriber 'Dr. Nobody'"),
    (["--article", "302001=1", "--unit", "999999"], "No care unit has customer number 999999"),
    (["--article", "302001=1", "--per-days", "0"], "0 days is not a period"),
    (["--article", "302001=1", "--valid-from", "2026-12-01", "--valid-to", "2026-11-01"],
     "would end (2026-11-01) before it starts (2026-12-01)"),
    (["--article", "302001=1", "--valid-to", "31/12"], "'31/12' is not a date"),
])
def test_a_prescription_refused_says_why_and_changes_nothing(
        depot: Run, tmp_path: Path, argv: list[str], says: str) -> None:
    before = _rows(tmp_path, "SELECT (SELECT count(*) FROM events), "
                   "(SELECT count(*) FROM persons)")
    prescriber = [] if "--prescriber" in argv else ["--prescriber", NURSE]
    code, _, err = depot("consumables", "19811228-9874", *prescriber, *argv)
    assert code == 1 and says in err, err
    assert "loan" not in err  # a prescription of consumables is no loan
    assert _rows(tmp_path, "SELECT (SELECT count(*) FROM events), "
                 "(SELECT count(*) FROM persons)") == before


def test_a_protected_identity_has_the_unit_as_recipient_and_one_order(
        depot: Run, tmp_path: Path) -> None:
    code, out, err = depot("consumables", "skyddade personuppgifter", "--prescriber", NURSE,
                           "--article", "302001=2")
    assert code == 0, err
    assert "unit 602154 is the recipient" in out and "one order" in out
    code, out, err = depot("consumables", "protected", "--prescriber", "Dr. Eva Lind",
                           "--unit", "604001", "--article", "302001=1", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert (made["person"], made["protected"], made["recipient_unit"],
            made["orders_allowed"]) == (None, True, "604001", 1)
    assert _rows(tmp_path, "SELECT id, person_id, protected, unit FROM "
                 "consumable_prescriptions ORDER BY id") == [
        ("CLI1-K1", None, 1, "602154"), ("CLI1-K2", None, 1, "604001")]
    assert _rows(tmp_path, "SELECT count(*) FROM persons") == [(0,)]  # nothing stored


def test_a_norwegian_depot_refuses_the_pharmacys_articles_in_norwegian_names(
        cli: Run, tmp_path: Path) -> None:
    run = set_up(
        cli, ["depot", "--country", "NO"],
        ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365"],
        ["unit", "710101", "--name", "Haukeland, Palliativ avdeling", "--kind",
         "hospital_inpatient"],
        ["prescriber", "add", "Lege Ingrid Dahl", "--role", "lakare", "--unit", "710101"])
    for number, sv, nb, supply in (("5010", "Sprutor", "Sprøyter og slanger", "stocked"),
                                   ("5011", "Nålar", "Subkutane nåler", "stocked"),
                                   ("5012", "Förband", "Transparente bandasjer", "stocked"),
                                   ("5091", "Glukos", "Glukose 50 mg/ml", "pharmacy"),
                                   ("5092", "Klorhexidin", "Klorhexidinsprit", "pharmacy")):
        set_up(run, ["article", number, "--name-sv", sv, "--name-nb", nb, "--area",
                     "subcutaneous_infusion", "--pack", "14-dagerspakke", "--supply", supply,
                     "--model", "T34"])
    code, out, err = run("consumables", "15076500565", "--prescriber", "Lege Ingrid Dahl",
                         "--article", "5010=1", "5011=2", "5012=1", "--json")
    assert code == 0, err
    assert [line["article"] for line in json.loads(out)["articles"]] == ["5010", "5011",
                                                                         "5012"]
    for number, name in (("5091", "Glukose 50 mg/ml (5091)"),
                         ("5092", "Klorhexidinsprit (5092)")):
        code, _, err = run("consumables", "15076500565", "--prescriber", "Lege Ingrid Dahl",
                           "--article", f"{number}=1")
        assert code == 1 and f"{name} is not supplied by the depot" in err, err
    code, _, err = run("--lang", "nb", "consumables", "15076500565", "--prescriber",
                       "Lege Ingrid Dahl", "--article", "5091=1")
    assert code == 1 and "Glukose 50 mg/ml (5091) leveres ikke av utlånssentralen" in err, err
    code, _, err = run("consumables", "19811228-9874", "--prescriber", "Lege Ingrid Dahl",
                       "--article", "5010=1")
    assert code == 1 and "personnummer is not used at a depot in Norway" in err


def test_a_loan_on_the_command_line_prescribes_its_consumables(depot: Run,
                                                                tmp_path: Path) -> None:
    set_up(depot, ["register", "PD-1", "--model", "T34"], ["register", "PD-2", "--model", "T34"])
    code, _, err = depot("issue", "PD-1", "--patient", "19811228-9874", "--unit", "602154",
                         "--approval", "BL-1", "--prescriber", NURSE, "--consumable",
                         "302001=2")
    assert code == 0, err
    [(loan_id, packs)] = _rows(tmp_path, "SELECT id, consumables FROM loans")
    assert json.loads(str(packs)) == {"302001": 2}
    assert _rows(tmp_path, "SELECT loan_id, lines, unit FROM consumable_prescriptions") == [
        (loan_id, '[{"article": "302001", "quantity": 2}]', "602154")]
    before = _rows(tmp_path, "SELECT count(*) FROM events")
    code, _, err = depot("issue", "PD-2", "--patient", "19811228-9874", "--unit", "602154",
                         "--approval", "BL-2", "--prescriber", NURSE, "--consumable",
                         "5090=1")
    assert code == 1 and "NaCl 9 mg/ml (5090) is not supplied by the depot" in err
    assert _rows(tmp_path, "SELECT count(*) FROM events") == before
    assert _rows(tmp_path, "SELECT state FROM pumps WHERE registration = 'PD-2'") == [
        ("ready",)]


def test_at_a_depot_lending_on_specialist_care_only_so_are_consumables_started(
        depot: Run, tmp_path: Path) -> None:
    """Seed 001: "For at pasient skal få utlevert utstyr (pumpe) og tilhørende
    forbruksmateriell" the treatment is started in specialist care. A prescription for a
    patient on no loan starts it: a doctor of a specialist unit (or of one with an agreement
    with the health region), as for a loan. One for a patient on loan continues it."""
    set_up(depot, ["depot", "--country", "NO"], ["register", "PD-1", "--model", "T34"])
    events = "SELECT count(*) FROM events"
    before = _rows(tmp_path, events)
    code, _, err = depot("consumables", "15108695088", "--prescriber", "Dr. Eva Lind",
                         "--article", "302001=1", "--unit", "604001")
    assert code == 1 and "must be started in specialist care" in err, err
    code, _, err = depot("consumables", "15108695088", "--prescriber", NURSE,
                         "--article", "302001=1")
    assert code == 1 and "by a doctor" in err and "loan" not in err, err
    assert _rows(tmp_path, events) == before
    code, _, err = depot("consumables", "15108695088", "--prescriber", "Dr. Eva Lind",
                         "--article", "302001=1", "--unit", "602154")
    assert code == 0, err
    # On loan from the specialist unit, the patient's care may go on at the GP's.
    code, _, err = depot("issue", "PD-1", "--patient", "15108695088", "--unit", "602154",
                         "--approval", "BL-1", "--prescriber", "Dr. Eva Lind")
    assert code == 0, err
    code, _, err = depot("consumables", "15108695088", "--prescriber", "Dr. Eva Lind",
                         "--article", "302001=1", "--unit", "604001")
    assert code == 0, err
    # A Swedish depot asks nothing of the kind.
    set_up(depot, ["depot", "--country", "SE", "--require-specialist", "no"])
    code, _, err = depot("consumables", "19811228-9874", "--prescriber", NURSE,
                         "--article", "302001=1")
    assert code == 0, err
