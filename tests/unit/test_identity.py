"""Patient identities of every kind DESIGN.md and seed 002 name."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer

from app.domain.identity import IdentityKind, check_conversion, parse_identity
from app.domain.refusals import RefusalCode, Refused

K = IdentityKind


@pytest.mark.parametrize(("text", "kind", "key", "born"), [
    ("19811228-9874", K.SE_PERSONNUMMER, "19811228-9874", dt.date(1981, 12, 28)),
    ("811228-9874", K.SE_PERSONNUMMER, "19811228-9874", dt.date(1981, 12, 28)),
    ("198112289874", K.SE_PERSONNUMMER, "19811228-9874", dt.date(1981, 12, 28)),
    (" 8112289874 ", K.SE_PERSONNUMMER, "19811228-9874", dt.date(1981, 12, 28)),
    ("19811288-9871", K.SE_SAMORDNINGSNUMMER, "19811288-9871", dt.date(1981, 12, 28)),
    ("15108695088", K.NO_FODSELSNUMMER, "15108695088", dt.date(1986, 10, 15)),
    ("151086 95088", K.NO_FODSELSNUMMER, "15108695088", dt.date(1986, 10, 15)),
    ("41088695036", K.NO_D_NUMMER, "41088695036", dt.date(1986, 8, 1)),
    ("LMA 19900101 50-008920/4", K.LMA, "LMA-50008920", dt.date(1990, 1, 1)),
    ("19900101 LMA 50008920", K.LMA, "LMA-50008920", dt.date(1990, 1, 1)),
    ("lma 50-008920/4", K.LMA, "LMA-50008920", None),
    ("19900101 Ali Hassan - UT", K.UNDOCUMENTED, "UT-19900101-ALI HASSAN", dt.date(1990, 1, 1)),
    ("UT 19900101 Ali  Hassan", K.UNDOCUMENTED, "UT-19900101-ALI HASSAN", dt.date(1990, 1, 1)),
])
def test_every_identity_kind_is_read(text: str, kind: IdentityKind, key: str,
                                     born: dt.date | None) -> None:
    identity = parse_identity(text)
    assert (identity.kind, identity.key, identity.birth_date) == (kind, key, born)


def test_a_person_without_permit_is_named_with_ut() -> None:
    assert parse_identity("19900101 Ali Hassan - UT").name == "Ali Hassan - UT"


@pytest.mark.parametrize("word", ["protected", "Skyddad", "skyddade personuppgifter",
                                  "SPERRET", "kode 6"])
def test_protected_identity_keeps_nothing(word: str) -> None:
    identity = parse_identity(word)
    assert identity.is_protected
    assert (identity.key, identity.birth_date, identity.name) == (None, None, None)
    assert identity.display() == "protected"


@pytest.mark.parametrize(("text", "why"), [
    ("19811228-9875", "check digit"),
    ("19811328-9874", "birth date"),
    ("15108695077", "check digits"),
    ("15508695060", "H-number"),
    ("12345", "type a personnummer"),
    ("", "empty"),
    ("LMA 19900101 1234", "eight digits"),
    ("19900101 - UT", "name"),
    ("20991231 Someone - UT", "future"),
])
def test_invalid_identities_say_why(text: str, why: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_identity(text)
    assert refused.value.code is RefusalCode.INVALID_IDENTITY
    assert why in str(refused.value)


# No one is over 120 (a birth date further back is refused as implausible).
OLDEST = dt.date(dt.date.today().year - 119, 1, 1)
dates = st.dates(min_value=OLDEST, max_value=dt.date(2025, 12, 31))


@given(born=dates, serial=st.integers(0, 999), samordning=st.booleans())
def test_any_valid_swedish_number_is_accepted_and_a_wrong_check_digit_is_not(
        born: dt.date, serial: int, samordning: bool) -> None:
    day = born.day + (60 if samordning else 0)
    body = f"{born:%y%m}{day:02d}{serial:03d}"
    check = luhn.calc_check_digit(body)
    text = f"{born:%Y%m}{day:02d}-{serial:03d}{check}"
    identity = parse_identity(text)
    assert identity.birth_date == born
    assert identity.kind is (K.SE_SAMORDNINGSNUMMER if samordning else K.SE_PERSONNUMMER)
    wrong = f"{born:%Y%m}{day:02d}-{serial:03d}{(int(check) + 1) % 10}"
    with pytest.raises(Refused):
        parse_identity(wrong)


@given(born=st.dates(min_value=OLDEST, max_value=dt.date(1999, 12, 31)),
       individual=st.integers(0, 499), d_number=st.booleans())
def test_any_valid_norwegian_number_is_accepted(born: dt.date, individual: int,
                                                d_number: bool) -> None:
    body = f"{born.day + (40 if d_number else 0):02d}{born:%m%y}{individual:03d}"
    first = fodselsnummer.calc_check_digit1(body)
    second = fodselsnummer.calc_check_digit2(body + first)
    if "10" in (first, second):
        return  # no valid number has this body
    identity = parse_identity(body + first + second)
    assert identity.birth_date == born
    assert identity.kind is (K.NO_D_NUMMER if d_number else K.NO_FODSELSNUMMER)


@pytest.mark.parametrize(("old", "new"), [
    ("LMA 19811228 50-008920/4", "19811228-9874"),
    ("19811228 Ali Hassan - UT", "LMA 19811228 50-008920/4"),
    ("19811288-9871", "19811228-9874"),
])
def test_conversion_goes_to_a_fuller_identity(old: str, new: str) -> None:
    check_conversion(parse_identity(old), parse_identity(new))


@pytest.mark.parametrize(("old", "new"), [
    ("19811228-9874", "LMA 19811228 50-008920/4"),  # backwards
    ("LMA 19900101 50-008920/4", "19811228-9874"),  # birth dates differ
    ("LMA 19811228 50-008920/4", "protected"),
])
def test_conversion_is_refused_otherwise(old: str, new: str) -> None:
    with pytest.raises(Refused) as refused:
        check_conversion(parse_identity(old), parse_identity(new))
    assert refused.value.code is RefusalCode.CONVERSION_NOT_ALLOWED
