"""The assortment of consumables and the rules of a prescription of consumables (seed 001:
syringes, needles and dressings in 14-day packs, the pharmacy's NaCl refused; seed 002: a
prescription of articles and quantities per period, valid from/to)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.assortment import (
    article_from_payload,
    article_payload,
    check_article,
    check_lines,
    check_orderable,
    check_period,
    parse_quantities,
    prescription_from_payload,
    prescription_payload,
)
from app.domain.consumables import Article, ConsumablePrescription, PrescriptionLine, Supply
from app.domain.events import Event, EventType
from app.domain.refusals import RefusalCode, Refused
from app.domain.staff import Role, StaffMember, may_record
from app.domain.sync import UPSERT_TYPES, upsert_keys

AREAS = {"subcutaneous_infusion", "enteral_nutrition", "diabetes"}
MODELS = {"T34", "CADD"}
SYRINGES = Article("5010", {"nb": "Sprøyter og slanger", "sv": "Sprutor och slangar"},
                   "subcutaneous_infusion", "14-dagerspakke", models=frozenset({"T34"}))
NACL = Article("5090", {"nb": "NaCl 9 mg/ml"}, "subcutaneous_infusion", "100 ml",
               Supply.PHARMACY)
OLD = Article("5001", {"nb": "Gamle nåler"}, "subcutaneous_infusion", "14-dagerspakke",
              active=False)
SPECIAL = Article("5099", {"nb": "Spesialnål"}, "subcutaneous_infusion", "stk",
                  Supply.OUTSIDE)
ASSORTMENT = {a.number: a for a in (SYRINGES, NACL, OLD, SPECIAL)}


def _refused(call, code: RefusalCode, says: str) -> Refused:  # noqa: ANN001
    with pytest.raises(Refused) as refused:
        call()
    assert refused.value.code is code, refused.value.message
    assert says in refused.value.message, refused.value.message
    return refused.value


def test_an_article_is_kept_with_its_names_area_pack_and_models() -> None:
    checked = check_article(Article(" 5010 ", {"nb": "  Sprøyter   og slanger ", "en": ""},
                                    "subcutaneous_infusion", " 14-dagerspakke ",
                                    models=frozenset({"T34"})), AREAS, MODELS)
    assert checked == Article("5010", {"nb": "Sprøyter og slanger"}, "subcutaneous_infusion",
                              "14-dagerspakke", Supply.STOCKED, True, frozenset({"T34"}))
    assert checked.name("sv") == "Sprøyter og slanger"  # no Swedish name: another one


@pytest.mark.parametrize(("article", "code", "says"), [
    (Article("5010", {}, "subcutaneous_infusion", "pack"), RefusalCode.INVALID_INPUT,
     "needs a name"),
    (Article("5010", {"de": "Spritzen"}, "subcutaneous_infusion", "pack"),
     RefusalCode.INVALID_INPUT, "'de' is not a language"),
    (Article("5010", {"nb": "x"}, "stoma_care", "pack"), RefusalCode.INVALID_INPUT,
     "'stoma_care' is not a product area"),
    (Article("5010", {"nb": "x"}, "diabetes", " "), RefusalCode.INVALID_INPUT,
     "needs its pack"),
    (Article("50 10", {"nb": "x"}, "diabetes", "pack"), RefusalCode.INVALID_INPUT,
     "is not an article number"),
    (Article("5010", {"nb": "x"}, "diabetes", "pack", models=frozenset({"JOEY"})),
     RefusalCode.UNKNOWN_MODEL, "No pump model 'JOEY'"),
])
def test_an_article_without_what_it_needs_is_refused(article: Article, code: RefusalCode,
                                                     says: str) -> None:
    _refused(lambda: check_article(article, AREAS, MODELS), code, says)


def test_the_pharmacys_an_inactive_and_an_unknown_article_are_refused_with_the_reason(
        ) -> None:
    refused = _refused(lambda: check_orderable(NACL, "5090", "nb"), RefusalCode.NOT_SUPPLIED,
                       "from the pharmacy")
    assert refused.params["article"] == "NaCl 9 mg/ml (5090)"
    _refused(lambda: check_orderable(OLD, "5001", "nb"), RefusalCode.UNKNOWN_ARTICLE,
             "no longer in the assortment")
    _refused(lambda: check_orderable(None, "4711", "nb"), RefusalCode.UNKNOWN_ARTICLE,
             "No article 4711")
    assert check_orderable(SPECIAL, "5099", "nb") is SPECIAL  # outside: prescribed, noted


def test_a_prescriptions_lines_are_articles_the_depot_supplies_in_quantities_1_to_999(
        ) -> None:
    lines, articles = check_lines({"5010": 2, "5099": 1}, ASSORTMENT.get, "sv")
    assert lines == (PrescriptionLine("5010", 2), PrescriptionLine("5099", 1))
    assert articles == [SYRINGES, SPECIAL]
    for quantity in (0, -1, 1000):
        _refused(lambda: check_lines({"5010": quantity}, ASSORTMENT.get, "sv"),
                 RefusalCode.INVALID_INPUT, "is not a quantity to prescribe")
    _refused(lambda: check_lines({}, ASSORTMENT.get, "sv"), RefusalCode.INVALID_INPUT,
             "at least one article")
    _refused(lambda: check_lines({"5010": 1, "5090": 1}, ASSORTMENT.get, "sv"),
             RefusalCode.NOT_SUPPLIED, "NaCl 9 mg/ml (5090)")


def test_quantities_are_read_as_the_counter_writes_them() -> None:
    assert parse_quantities(["5010=2", "cadd-1:3", "5011", " 5010 = 1 "]) == {
        "5010": 3, "CADD-1": 3, "5011": 1}
    _refused(lambda: parse_quantities(["5010=two"]), RefusalCode.INVALID_INPUT,
             "is not ARTICLE=QUANTITY")


def test_a_period_of_1_to_366_days_that_ends_after_it_starts() -> None:
    day = dt.date(2026, 12, 1)
    check_period(14, day, None)
    check_period(366, day, day)
    _refused(lambda: check_period(0, day, None), RefusalCode.INVALID_INPUT, "0 days")
    _refused(lambda: check_period(367, day, None), RefusalCode.INVALID_INPUT, "367 days")
    _refused(lambda: check_period(14, day, day - dt.timedelta(days=1)),
             RefusalCode.INVALID_INPUT, "end (2026-11-30) before it starts (2026-12-01)")


def test_a_prescription_is_valid_from_to_and_says_how_many_of_each() -> None:
    prescription = ConsumablePrescription(
        "K1-K1", "person-1", "K1-P1", "710101",
        (PrescriptionLine("5010", 2), PrescriptionLine("5011", 1)), 14,
        dt.date(2026, 12, 1), dt.date(2027, 5, 31))
    assert prescription.quantity("5010") == 2 and prescription.quantity("5012") == 0
    assert not prescription.valid_on(dt.date(2026, 11, 30))
    assert prescription.valid_on(dt.date(2026, 12, 1))
    assert prescription.valid_on(dt.date(2027, 5, 31))
    assert not prescription.valid_on(dt.date(2027, 6, 1))
    assert not prescription.recipient_is_unit


_names = st.dictionaries(st.sampled_from(["sv", "nb", "en"]),
                         st.text(min_size=1, max_size=30).filter(str.strip), min_size=1)


@given(names=_names, supply=st.sampled_from(list(Supply)), active=st.booleans(),
       models=st.frozensets(st.sampled_from(sorted(MODELS))))
def test_an_article_goes_through_its_event_unchanged(names: dict[str, str], supply: Supply,
                                                     active: bool,
                                                     models: frozenset[str]) -> None:
    article = Article("A-1", names, "diabetes", "box", supply, active, models)
    assert article_from_payload(article_payload(article)) == article


def test_a_protected_identitys_prescription_names_no_person_and_goes_through_its_event(
        ) -> None:
    made = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    prescription = ConsumablePrescription(
        "K1-K2", "", "K1-P1", "710101", (PrescriptionLine("5010", 2),), 14,
        dt.date(2026, 12, 1), None, protected=True, loan_id="loan-1",
        prescriber_name="Lege Ingrid Dahl", made_at=made, workstation="K1")
    payload = prescription_payload(prescription)
    assert payload["person"] is None and payload["protected"] is True
    assert prescription_from_payload(payload, made, "K1") == prescription
    assert prescription.recipient_is_unit


def _event(type_: EventType, actor: str, **payload: object) -> Event:
    return Event("e1", type_, None, actor, "K1", dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
                 payload)


def test_only_an_administrator_keeps_the_assortment_and_the_counter_prescribes() -> None:
    counter = StaffMember("bo", "Bo Ek", frozenset({Role.COUNTER}))
    admin = StaffMember("anna", "Anna", frozenset({Role.ADMINISTRATOR}))
    article = _event(EventType.ARTICLE_DEFINED, "bo", **article_payload(SYRINGES))
    refused = may_record(counter, article, any_administrator=True)
    assert refused is not None and refused.code is RefusalCode.ROLE_REQUIRED
    assert may_record(admin, article, any_administrator=True) is None
    prescribed = _event(EventType.CONSUMABLES_PRESCRIBED, "bo", id="K1-K1")
    assert may_record(counter, prescribed, any_administrator=True) is None
    assert may_record(admin, prescribed, any_administrator=True) is not None


def test_an_articles_last_word_wins_in_the_central_order() -> None:
    article = _event(EventType.ARTICLE_DEFINED, "anna", **article_payload(SYRINGES))
    assert upsert_keys(article) == {("article", "5010")}
    assert EventType.ARTICLE_DEFINED in UPSERT_TYPES
