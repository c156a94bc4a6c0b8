"""Patient identities of every kind the depots meet, parsed and validated.

Swedish personnummer/samordningsnummer and Norwegian fødselsnummer/D-nummer are checked
with python-stdnum. Asylum seekers are known by birth date and the first eight digits of
their LMA number; people without permits by birth date and a name followed by "- UT"; a
person with protected identity is never stored at all (the prescribing unit stands as
recipient).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed


class IdentityKind(StrEnum):
    SE_PERSONNUMMER = "se_personnummer"
    SE_SAMORDNINGSNUMMER = "se_samordningsnummer"
    NO_FODSELSNUMMER = "no_fodselsnummer"
    NO_D_NUMMER = "no_d_nummer"
    LMA = "lma"
    UNDOCUMENTED = "undocumented"
    PROTECTED = "protected"


KIND_LABELS: dict[IdentityKind, str] = {
    IdentityKind.SE_PERSONNUMMER: Phrase("personnummer"),
    IdentityKind.SE_SAMORDNINGSNUMMER: Phrase("samordningsnummer"),
    IdentityKind.NO_FODSELSNUMMER: Phrase("fødselsnummer"),
    IdentityKind.NO_D_NUMMER: Phrase("D-nummer"),
    IdentityKind.LMA: Phrase("asylum seeker (LMA)"),
    IdentityKind.UNDOCUMENTED: Phrase("without permit (UT)"),
    IdentityKind.PROTECTED: Phrase("protected identity"),
}

# How complete an identity is: a person's history may only be converted upwards.
_RANK = {
    IdentityKind.UNDOCUMENTED: 0,
    IdentityKind.LMA: 1,
    IdentityKind.SE_SAMORDNINGSNUMMER: 2,
    IdentityKind.NO_D_NUMMER: 2,
    IdentityKind.SE_PERSONNUMMER: 3,
    IdentityKind.NO_FODSELSNUMMER: 3,
}

#: What a counter may type, or a form or referral may carry, for a protected identity: the
#: Swedish "skyddade personuppgifter" (sekretessmarkering, skyddad folkbokföring), the
#: Norwegian "strengt fortrolig adresse" (kode 6) and "fortrolig adresse" (kode 7), and
#: the program's own "protected". A small grammar over the words as normalised by
#: ``_words``, so every inflection, case and spacing of the phrases is understood:
#: "Skyddad identitet", "skyddade personuppgifter", "SEKRETESSMARKERAD",
#: "skyddad folkbokföring", "Strengt fortrolig adresse", "kode 6".
_PROTECTED = re.compile(r"""
    protected(\ ?identity)?
  | skydd(ad|at|ade)(\ ?(personuppgift(er(na)?)?|identitet(en|er(na)?)?|folkbokföring(en)?))?
  | sekretess\ ?marker(ad|at|ade|ing(en)?)(\ ?(personuppgift(er(na)?)?|identitet(en)?))?
  | (strengt\ ?)?fortrolig(e)?(\ ?adresse(n)?)?
  | (sperret|skjermet)(\ ?adresse(n)?)?
  | kode\ ?[67]
""", re.VERBOSE)


def _words(text: str) -> str:
    """``text`` as lower-case words (letters and digits) one space apart: no case, no
    punctuation, no accents written as two characters, no spacing of its own."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"[^\W_]+", folded))


def is_protected_phrase(text: str) -> bool:
    """Whether ``text`` says "protected identity" in any of the depots' words."""
    return _PROTECTED.fullmatch(_words(text)) is not None


_UT_SUFFIX = re.compile(r"\s*[-–—]\s*UT\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PatientIdentity:
    """A validated identity. ``key`` is what the register looks a person up by."""

    kind: IdentityKind
    key: str | None
    birth_date: dt.date | None = None
    name: str | None = None

    @property
    def is_protected(self) -> bool:
        return self.kind is IdentityKind.PROTECTED

    @property
    def rank(self) -> int:
        return _RANK.get(self.kind, -1)

    def display(self) -> str:
        """What may be shown or printed: never anything of a protected person."""
        if self.is_protected:
            return "protected"
        if self.kind is IdentityKind.UNDOCUMENTED:
            return f"{self.birth_date:%Y%m%d} {self.name}"
        if self.kind is IdentityKind.LMA and self.birth_date:
            return f"{self.birth_date:%Y%m%d} {self.key}"
        return self.key or ""


PROTECTED = PatientIdentity(IdentityKind.PROTECTED, None)


def _invalid(text: str, why: Phrase) -> Refused:
    return Refused(RefusalCode.INVALID_IDENTITY,
                   "'{text}' is not a valid patient identity: {why}.", text=text, why=why)


#: No one lives longer: a birth date further back is a typing slip, not a patient.
OLDEST_AGE_YEARS = 120


def _plausible(text: str, born: dt.date) -> dt.date:
    """Refuse a birth date in the future, or one that would make the person older than
    anyone lives (``OLDEST_AGE_YEARS``)."""
    today = dt.date.today()
    if born > today:
        raise _invalid(text, Phrase("the birth date is in the future"))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > OLDEST_AGE_YEARS:
        raise _invalid(text, Phrase("the birth date would make the person older than 120 "
                                    "years; check the number"))
    return born


def _birth_date(text: str, digits: str) -> dt.date:
    try:
        born = dt.datetime.strptime(digits, "%Y%m%d").date()
    except ValueError:
        raise _invalid(text, Phrase("the birth date is not a real date (YYYYMMDD)")) from None
    return _plausible(text, born)


def _parse_swedish(text: str, compact: str) -> PatientIdentity:
    """``compact`` is stdnum's compact form: YYMMDD-NNNN, YYMMDD+NNNN or YYYYMMDD-NNNN."""
    if len(compact) not in (11, 13) or compact[-5] not in "-+":
        raise _invalid(text, Phrase("a Swedish number has 10 or 12 digits"))
    digits = compact[:-5] + compact[-4:]
    if not digits.isdigit():
        raise _invalid(text, Phrase("it may only hold digits and one - or +"))
    day_at = len(compact) - 7  # index of the day's two digits
    day = int(compact[day_at : day_at + 2])
    samordning = day > 60
    shifted = compact if not samordning else (
        compact[:day_at] + f"{day - 60:02d}" + compact[day_at + 2 :]
    )
    try:
        born = personnummer.get_birth_date(shifted)
        luhn.validate(digits[-10:])
    except InvalidChecksum:
        raise _invalid(text, Phrase("the check digit is wrong")) from None
    except InvalidComponent:
        raise _invalid(text, Phrase("the birth date in it is not a real date")) from None
    _plausible(text, born)
    shown_day = born.day + 60 if samordning else born.day
    key = f"{born:%Y%m}{shown_day:02d}-{compact[-4:]}"
    kind = IdentityKind.SE_SAMORDNINGSNUMMER if samordning else IdentityKind.SE_PERSONNUMMER
    return PatientIdentity(kind, key, born)


def _parse_norwegian(text: str, digits: str) -> PatientIdentity:
    if int(digits[2:4]) > 40:
        raise _invalid(text, Phrase("an H-number is a temporary hospital number; use the "
                             "fødselsnummer or D-nummer"))
    try:
        fodselsnummer.validate(digits)
        born = fodselsnummer.get_birth_date(digits)
    except InvalidChecksum:
        raise _invalid(text, Phrase("the check digits are wrong")) from None
    except ValidationError:
        raise _invalid(text, Phrase("the birth date in it is not valid")) from None
    _plausible(text, born)
    kind = IdentityKind.NO_D_NUMMER if int(digits[0]) >= 4 else IdentityKind.NO_FODSELSNUMMER
    return PatientIdentity(kind, digits, born)


def _parse_lma(text: str, rest: str) -> PatientIdentity:
    groups = re.findall(r"[0-9][0-9\-/]*", rest)
    born = None
    lma_digits = ""
    for group in groups:
        digits = re.sub(r"[^0-9]", "", group)
        if born is None and len(digits) == 8 and not lma_digits and digits[:2] in ("19", "20"):
            born = _birth_date(text, digits)
        else:
            lma_digits += digits
    if len(lma_digits) < 8:
        raise _invalid(text, Phrase("an LMA number needs at least its first eight digits"))
    return PatientIdentity(IdentityKind.LMA, f"LMA-{lma_digits[:8]}", born)


def _parse_undocumented(text: str, rest: str, name: str | None) -> PatientIdentity:
    match = re.match(r"^\s*([0-9]{8})\s*(.*?)\s*$", rest)
    if not match:
        raise _invalid(text, Phrase("a person without permit is given as birth date YYYYMMDD "
                             "and name followed by '- UT'"))
    born = _birth_date(text, match.group(1))
    person = (match.group(2) or name or "").strip()
    person = _UT_SUFFIX.sub("", person).strip()
    if not person:
        raise _invalid(text, Phrase("a person without permit needs a name"))
    shown = f"{person} - UT"
    key = f"UT-{born:%Y%m%d}-{' '.join(person.upper().split())}"
    return PatientIdentity(IdentityKind.UNDOCUMENTED, key, born, shown)


def parse_identity(text: str, name: str | None = None) -> PatientIdentity:
    """Read what the counter typed or scanned as a patient identity, or refuse it.

    ``name`` is a person's name given beside the number (needed for "- UT").
    """
    raw = typed(text, Phrase("The patient identity")).strip()
    name = optional(name, Phrase("The name"))
    if not raw:
        raise _invalid(text, Phrase("it is empty"))
    if is_protected_phrase(raw):
        return PROTECTED
    upper = raw.upper()
    if re.match(r"^UT\b", upper) or _UT_SUFFIX.search(upper) or (
        name and _UT_SUFFIX.search(name)
    ):
        rest = re.sub(r"^UT\b[:\s]*", "", raw, flags=re.IGNORECASE)
        return _parse_undocumented(text, rest, name)
    spaced = re.sub(r"\s", "", raw)
    if "LMA" in upper:
        identity = _parse_lma(text, upper.replace("LMA", " "))
    elif re.fullmatch(r"[0-9]{11}", spaced):
        identity = _parse_norwegian(text, spaced)
    elif re.fullmatch(r"[0-9]{6}[-+][0-9]{4}|[0-9]{8}-?[0-9]{4}|[0-9]{10}", spaced):
        identity = _parse_swedish(text, personnummer.compact(spaced))
    else:
        raise _invalid(
            text,
            Phrase("type a personnummer, samordningsnummer, fødselsnummer, D-nummer, "
                   "'LMA' with birth date and LMA number, birth date and name followed by "
                   "'- UT', or 'protected'"),
        )
    return PatientIdentity(identity.kind, identity.key, identity.birth_date, name)


#: The identity kinds a depot of each country meets: its own national numbers, and those
#: of the people its routines name (seed 002, a Swedish routine: asylum seekers by LMA
#: number and people without permits by birth date and "- UT", both billed to the region's
#: asylum unit; protected identities). A Norwegian depot's routine (seed 001) names neither
#: LMA numbers nor "- UT", and has no asylum unit to bill. The depot's country is set up
#: once per workstation.
KINDS_BY_COUNTRY: dict[str, frozenset[IdentityKind]] = {
    "SE": frozenset({IdentityKind.SE_PERSONNUMMER, IdentityKind.SE_SAMORDNINGSNUMMER,
                     IdentityKind.LMA, IdentityKind.UNDOCUMENTED, IdentityKind.PROTECTED}),
    "NO": frozenset({IdentityKind.NO_FODSELSNUMMER, IdentityKind.NO_D_NUMMER,
                     IdentityKind.PROTECTED}),
}
COUNTRY_NAMES = {"SE": Phrase("Sweden"), "NO": Phrase("Norway")}


def check_country(identity: PatientIdentity, country: str) -> None:
    """Refuse an identity kind the depot's country does not use (a Norwegian number typed
    at a Swedish counter is far more likely a slip than a Norwegian patient)."""
    if identity.kind not in KINDS_BY_COUNTRY.get(country, frozenset(IdentityKind)):
        raise Refused(
            RefusalCode.INVALID_IDENTITY,
            "A {kind} is not used at a depot in {country}: check the number, or register the "
            "person with an identity this depot uses.",
            kind=KIND_LABELS[identity.kind], country=COUNTRY_NAMES.get(country, country))


def check_conversion(old: PatientIdentity, new: PatientIdentity) -> None:
    """Refuse converting a history to an identity that is not a fuller one of the same person."""
    if old.is_protected or new.is_protected:
        raise Refused(
            RefusalCode.CONVERSION_NOT_ALLOWED,
            "A protected identity has no stored history to convert.")
    if new.rank <= old.rank:
        raise Refused(
            RefusalCode.CONVERSION_NOT_ALLOWED,
            "A {old} can only be converted to a fuller identity, not to a {new}.",
            old=KIND_LABELS[old.kind], new=KIND_LABELS[new.kind])
    if old.birth_date and new.birth_date and old.birth_date != new.birth_date:
        raise Refused(
            RefusalCode.CONVERSION_NOT_ALLOWED,
            "The birth dates differ ({old} and {new}); check both numbers before converting.",
            old=old.birth_date.isoformat(), new=new.birth_date.isoformat())
