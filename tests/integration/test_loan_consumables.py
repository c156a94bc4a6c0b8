"""A pump loan prescribes its consumables with it (issue 23): article numbers and
quantities checked against the assortment, a prescription of consumables registered in
the loan's own transaction and linked to it — or the whole loan refused, changing nothing.
While the depot keeps no assortment the packs are free text, as before. And the register
orders are made against: ``ConsumableRegister``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.persistence.consumables import ConsumableRegister
from app.persistence.database import Database
from app.persistence.replay import projection, replay
from app.services import actions, consumables, prescribers, stock
from app.services.station import Station
from tests.integration.helpers import rows, snapshot

PATIENT = "19811228-9874"


@pytest.fixture
def kept(depot: Station) -> Station:
    """The depot with an assortment: the T34's syringes and needles, a diabetes article,
    the pharmacy's NaCl; a nurse who prescribes subcutaneous infusion for 602154."""
    for number, name, area, supply, models in (
            ("302001", "Sprutor och slangar", "subcutaneous_infusion", "stocked", ["T34"]),
            ("302002", "Subkutana nålar", "subcutaneous_infusion", "stocked", ["T34"]),
            ("410101", "Blodglukosteststickor", "diabetes", "stocked", []),
            ("5090", "NaCl 9 mg/ml", "subcutaneous_infusion", "pharmacy", ["T34"])):
        consumables.define_article(depot, number, names={"sv": name}, area=area,
                                   pack="14-dagarsförpackning", supply=supply, models=models)
    prescribers.add_prescriber(depot, "Ssk. Maja Öberg", role="forskrivare",
                               areas=["subcutaneous_infusion"], units=["602154"])
    for reg in ("PD-1", "PD-2", "PD-3"):
        actions.register_pump(depot, reg, "T34")
    return depot


def _lend(station: Station, reg: str, packs: dict[str, int], patient: str = PATIENT,
          prescriber: str | None = "Ssk. Maja Öberg") -> str:
    [result] = actions.issue_pumps(station, [reg], patient=patient, unit="602154",
                                   approval="BL-1", prescriber=prescriber,
                                   consumables=packs)
    return str(result.loan_number)


def test_the_loan_prescribes_its_consumables_in_its_own_transaction(kept: Station) -> None:
    number = _lend(kept, "PD-1", {"302001": 2, "302002": 1})
    [(loan_id, packs, person)] = rows(kept, "SELECT id, consumables, patient_id FROM loans "
                                      "WHERE number = :n", n=number)
    assert json.loads(packs) == {"302001": 2, "302002": 1}
    with kept.db.reading() as connection:
        register = ConsumableRegister(connection)
        [prescription] = register.prescriptions_of_loan(loan_id)
        assert register.prescriptions_of(person) == [prescription]
        assert register.valid_prescription(person, kept.ctx.today()) == prescription
    assert (prescription.person_id, prescription.unit, prescription.per_days,
            prescription.loan_id, prescription.protected) == (person, "602154", 14, loan_id,
                                                              False)
    assert [(line.article, line.quantity) for line in prescription.lines] == [
        ("302001", 2), ("302002", 1)]
    assert (prescription.prescriber, prescription.prescriber_name) == (
        "DESK1-P1", "Ssk. Maja Öberg")
    assert prescription.valid_from == kept.ctx.today() and prescription.valid_to is None


@pytest.mark.parametrize(("packs", "code", "says"), [
    ({"Syringes, 14-day pack": 2}, RefusalCode.UNKNOWN_ARTICLE, "No article Syringes"),
    ({"5090": 1}, RefusalCode.NOT_SUPPLIED, "NaCl 9 mg/ml (5090) is not supplied"),
    ({"302001": 1, "410101": 1}, RefusalCode.PRESCRIBER_NOT_ALLOWED,
     "may not prescribe in the product area Diabetes"),
])
def test_a_loan_with_consumables_the_assortment_refuses_is_not_made(
        kept: Station, packs: dict[str, int], code: RefusalCode, says: str) -> None:
    before = snapshot(kept)
    with pytest.raises(Refused) as refused:
        _lend(kept, "PD-1", packs)
    assert refused.value.code is code and says in refused.value.message
    assert snapshot(kept) == before
    assert rows(kept, "SELECT state FROM pumps WHERE registration = 'PD-1'") == [("ready",)]


def test_without_an_assortment_the_packs_are_free_text_as_before(depot: Station) -> None:
    actions.register_pump(depot, "PD-1", "T34")
    _lend(depot, "PD-1", {"Syringes, 14-day pack": 2})
    [(packs,)] = rows(depot, "SELECT consumables FROM loans")
    assert json.loads(packs) == {"Syringes, 14-day pack": 2}
    assert rows(depot, "SELECT count(*) FROM consumable_prescriptions") == [(0,)]


def test_a_loan_without_consumables_prescribes_none(kept: Station) -> None:
    _lend(kept, "PD-1", {})
    _lend(kept, "PD-2", {"302001": 0})  # none handed out
    assert rows(kept, "SELECT consumables FROM loans") == [("{}",), ("{}",)]
    assert rows(kept, "SELECT count(*) FROM consumable_prescriptions") == [(0,)]


def test_a_protected_identitys_loan_prescribes_to_the_unit_for_one_order(
        kept: Station) -> None:
    _lend(kept, "PD-1", {"302001": 1}, patient="protected")
    assert rows(kept, "SELECT person_id, protected, unit, loan_id IS NOT NULL FROM "
                "consumable_prescriptions") == [(None, 1, "602154", 1)]
    with kept.db.reading() as connection:
        [prescription] = ConsumableRegister(connection).protected_prescriptions("602154")
    assert prescription.recipient_is_unit and prescription.person_id == ""


def test_a_pump_prescribed_from_a_units_stock_prescribes_its_consumables_too(
        kept: Station) -> None:
    actions.dispatch_pump(kept, "PD-2", unit="602154")
    actions.prescribe_pump(kept, "PD-2", patient=PATIENT, approval="BL-2",
                           prescriber="Ssk. Maja Öberg", consumables={"302002": 3})
    [(loan_id,)] = rows(kept, "SELECT l.id FROM loans l JOIN loan_pumps p ON p.loan_id = l.id "
                        "WHERE p.pump = 'PD-2' AND l.type = 'patient'")
    [(prescribed_with, lines)] = rows(kept, "SELECT loan_id, lines FROM "
                                      "consumable_prescriptions")
    assert (prescribed_with, json.loads(lines)) == (loan_id, [{"article": "302002",
                                                                "quantity": 3}])


def test_the_register_finds_the_valid_prescription_and_a_models_consumables(
        kept: Station) -> None:
    first = consumables.prescribe(kept, PATIENT, prescriber="Ssk. Maja Öberg",
                                  articles={"302001": 1}, valid_from=dt.date(2026, 1, 1),
                                  valid_to=dt.date(2026, 6, 30))
    second = consumables.prescribe(kept, PATIENT, prescriber="Ssk. Maja Öberg",
                                   articles={"302002": 2}, valid_from=dt.date(2026, 7, 1))
    with kept.db.reading() as connection:
        register = ConsumableRegister(connection)
        person = first.person_id
        assert [p.id for p in register.prescriptions_of(person)] == [second.id, first.id]
        assert register.valid_prescription(person, dt.date(2025, 12, 31)) is None
        assert register.valid_prescription(person, dt.date(2026, 3, 1)).id == first.id
        assert register.valid_prescription(person, dt.date(2027, 3, 1)).id == second.id
        assert register.prescription(second.id) == register.prescriptions_of(person)[0]
        assert register.model_consumables("t34") == ["302001", "302002"]  # not the NaCl
        assert register.model_consumables("JOEY") == []
        assert register.article(" 302001 ").name("sv") == "Sprutor och slangar"
        assert [a.number for a in register.articles()] == ["302001", "302002", "410101",
                                                           "5090"]
    usual = consumables.usual_consumables(kept, ["T34", "T34"])
    assert usual.kept and usual.articles == (("302001", "Sprutor och slangar"),
                                             ("302002", "Subkutana nålar"))


def test_replaying_the_log_gives_the_same_assortment_and_prescriptions(
        kept: Station, tmp_path: Path) -> None:
    _lend(kept, "PD-1", {"302001": 2})
    _lend(kept, "PD-2", {"302002": 1}, patient="protected")
    consumables.define_article(kept, "302001", active=False)
    stock.set_target(kept, "602154", "T34", 1)
    rebuilt = Database(tmp_path / "replayed.db")
    replay(kept.db, rebuilt)
    again, before = projection(rebuilt), projection(kept.db)
    assert again == before
    assert len(before["articles"]) == 4 and len(before["consumable_prescriptions"]) == 2


def test_a_persons_prescriptions_follow_their_record_when_two_are_merged(
        kept: Station) -> None:
    """Seed 002: when the person gets a fuller identity, the prescription history follows
    ("konverterar patientens förskrivnings- och uttagshistorik")."""
    from app.services import persons

    undocumented = consumables.prescribe(kept, "19811228 Erik Berg - UT",
                                         prescriber="Ssk. Maja Öberg",
                                         articles={"302001": 1})
    registered = consumables.prescribe(kept, PATIENT, name="Erik Bergh",
                                       prescriber="Ssk. Maja Öberg", articles={"302002": 1})
    persons.convert_identity(kept, "19811228 Erik Berg - UT", PATIENT, same_person=True)
    with kept.db.reading() as connection:
        register = ConsumableRegister(connection)
        for person in (undocumented.person_id, registered.person_id):
            assert {p.id for p in register.prescriptions_of(person)} == {undocumented.id,
                                                                         registered.id}
