"""What a person types, as a person or a broken keyboard or command line would: the words
for a protected identity in every inflection, case and spacing; broken characters and
pasted novels; a field called ``code`` in a refusal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.identity import is_protected_phrase, parse_identity
from app.domain.reference import PumpModel, ProductArea, check_model
from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import read_scan
from app.domain.text import typed

# The phrases the depots' staff and forms use (seeds 000–002, the Norwegian address codes),
# each as one list of words.
PHRASES = [
    ["skyddad"], ["skyddade"], ["skyddad", "identitet"], ["skyddade", "personuppgifter"],
    ["skyddad", "personuppgift"], ["skyddade", "identiteter"], ["skyddad", "folkbokföring"],
    ["skyddat", "folkbokföringen"], ["sekretessmarkerad"], ["sekretessmarkering"],
    ["sekretessmarkerade", "personuppgifter"], ["sekretess", "markering"],
    ["sekretessmarkeringen"], ["fortrolig"], ["fortrolig", "adresse"],
    ["strengt", "fortrolig"], ["strengt", "fortrolig", "adresse"], ["fortrolige", "adressen"],
    ["kode", "6"], ["kode", "7"], ["sperret", "adresse"], ["skjermet"], ["protected"],
    ["protected", "identity"],
]

NOT_PROTECTED = [
    "oskyddad", "ej skyddad", "inte skyddad identitet", "skyddsrum", "skydd", "kode 8",
    "kode 67", "fortrolighet", "protection", "Anna skyddad", "skyddad Anna Berg",
    "19811228-9874", "15108695088", "", "   ", "sekretess", "adresse", "strengt",
]


def spell(words: list[str], cases: list[int], seps: list[str]) -> str:
    out = []
    for i, word in enumerate(words):
        case = cases[i % len(cases)]
        out.append(word.upper() if case == 0 else word.capitalize() if case == 1 else word)
        if i < len(words) - 1:
            out.append(seps[i % len(seps)])
    return "".join(out)


@given(phrase=st.sampled_from(PHRASES),
       cases=st.lists(st.integers(0, 2), min_size=1, max_size=4),
       seps=st.lists(st.sampled_from([" ", "", "  ", "-", "\t", " - ", "_", ". "]),
                     min_size=1, max_size=3),
       around=st.sampled_from(["", " ", "  ", "\t", "\n"]))
def test_protected_identity_in_any_case_and_spacing(phrase: list[str], cases: list[int],
                                                     seps: list[str], around: str) -> None:
    text = around + spell(phrase, cases, seps) + around
    assert is_protected_phrase(text), text
    identity = parse_identity(text)
    assert identity.is_protected and identity.key is None and identity.display() == "protected"


@pytest.mark.parametrize("text", ["Skyddad identitet", "Sekretessmarkerad",
                                  "skyddad folkbokföring", "Strengt fortrolig adresse",
                                  "SKYDDADE PERSONUPPGIFTER", "Kode 6", "kode-7",
                                  # ö typed as o and a combining diaeresis
                                  "skyddad folkbokfo\u0308ring"])
def test_the_natural_words_of_the_counter_are_understood(text: str) -> None:
    assert parse_identity(text).is_protected


@pytest.mark.parametrize("text", NOT_PROTECTED)
def test_other_words_are_not_taken_for_a_protected_identity(text: str) -> None:
    assert not is_protected_phrase(text)
    try:
        identity = parse_identity(text)
    except Refused:
        return
    assert not identity.is_protected


@pytest.mark.parametrize(("check", "text"), [
    (lambda t: parse_identity(t), "1981\udcff1228-9874"),
    (lambda t: read_scan(t), "PD-1\udcc3"),
    (lambda t: typed(t, "The search"), "x" * 50_000),
    (lambda t: parse_identity(t), "1" * 5_000),
    (lambda t: read_scan(t), "]C1" + "A" * 10_000),
])
def test_broken_characters_and_pasted_novels_are_refused(check, text: str) -> None:  # noqa: ANN001
    with pytest.raises(Refused) as refused:
        check(text)
    assert refused.value.code is RefusalCode.INVALID_INPUT
    assert len(refused.value.message) < 300  # the message does not repeat the novel


def test_a_field_named_code_does_not_break_the_refusal() -> None:
    model = PumpModel(code="bad code", make="BD", name="T", product_area=ProductArea(
        "subcutaneous_infusion"), maintenance_interval_days=365)
    with pytest.raises(Refused) as refused:
        check_model(model)
    assert refused.value.code is RefusalCode.INVALID_INPUT
    assert "'bad code' is not a model code" in refused.value.message


@pytest.mark.parametrize("days", [0, -1, 3651, 10**20])
def test_a_maintenance_interval_is_between_a_day_and_ten_years(days: int) -> None:
    model = PumpModel(code="T34", make="BD", name="T", product_area=ProductArea(
        "subcutaneous_infusion"), maintenance_interval_days=days)
    with pytest.raises(Refused, match="from 1 to 3650"):
        check_model(model)
