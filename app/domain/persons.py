"""The person register: one record per person, which events only point to.

A person's name, identity number and birth date live in one record, never in an event. A
person who gets a fuller identity is converted (the record keeps the earlier identities, so
a search by an old number still finds them); two records found to be the same person are
merged (the one merged away becomes an alias that points to the other); a person who gets
protected personal data is erased to a record that says only "protected identity" (seed
002: "När en person som finns i Sesam LMN får skyddade personuppgifter spärras
personuppgifterna").

Every change is a ``PersonChange``: what a counter hands in to the central database and
what the central database decides by, with the same functions here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from app.domain.identity import (
    PROTECTED,
    IdentityKind,
    PatientIdentity,
    check_conversion,
    check_country,
)
from app.domain.refusals import RefusalCode, Refused

_UT_MARKER = re.compile(r"\s*[-–—]\s*UT\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Person:
    """A record of the register. ``merged_into`` names the record an alias stands for."""

    id: str
    identity: PatientIdentity
    #: Identity keys this person was known by before, oldest first.
    earlier: tuple[str, ...] = ()
    merged_into: str | None = None

    @property
    def protected(self) -> bool:
        return self.identity.is_protected

    @property
    def key(self) -> str | None:
        return self.identity.key

    @property
    def name(self) -> str | None:
        return self.identity.name

    def keys(self) -> tuple[str, ...]:
        """Every key the person can be found by: the current one, then the earlier ones."""
        return ((self.key,) if self.key else ()) + self.earlier

    def display(self) -> str:
        """The person as a screen may show them: never anything of a protected person."""
        if self.protected:
            return "protected identity"
        shown = self.identity.display()
        if self.name and self.identity.kind is not IdentityKind.UNDOCUMENTED:
            return f"{self.name} ({shown})"
        return shown

    def as_json(self) -> dict[str, Any]:
        """The record as it travels to and from the central database."""
        return {"id": self.id, "kind": self.identity.kind.value, "key": self.key,
                "birth_date": self.identity.birth_date.isoformat()
                if self.identity.birth_date else None,
                "name": self.name, "earlier": list(self.earlier),
                "merged_into": self.merged_into}

    @staticmethod
    def from_json(data: dict[str, Any]) -> "Person":
        born = data.get("birth_date")
        return Person(
            id=data["id"],
            identity=PatientIdentity(
                IdentityKind(data["kind"]), data.get("key"),
                dt.date.fromisoformat(born) if isinstance(born, str) else born,
                data.get("name")),
            earlier=tuple(data.get("earlier") or ()), merged_into=data.get("merged_into"))


def alias(person_id: str, into: str) -> Person:
    """A record merged into ``into``: it keeps nothing but where it points."""
    return Person(person_id, PatientIdentity(IdentityKind.PROTECTED, None), (), into)


def check_registered_identity(registered: Person, typed: PatientIdentity) -> None:
    """An LMA number is checked whole (seed 002: birth date and LMA number): typed with
    another birth date it is not the person registered under that number."""
    if typed.kind is not IdentityKind.LMA or registered.protected:
        return
    born = registered.identity.birth_date
    if typed.birth_date and born and typed.birth_date != born:
        raise Refused(
            RefusalCode.IDENTITY_MISMATCH,
            "{key} is registered to a person born {registered}, not {typed}: check the LMA "
            "card. Registered: {person}.",
            key=typed.key, registered=born.isoformat(), typed=typed.birth_date.isoformat(),
            person=registered.display())


def _without_ut_marker(name: str | None) -> str | None:
    """The "- UT" marker belongs to the UT identity, not to the person's name."""
    if not name:
        return None
    return _UT_MARKER.sub("", name).strip() or None


def converted(person: Person, new: PatientIdentity, country: str) -> Person:
    """The record after the person got the fuller identity ``new`` (UT → LMA →
    samordningsnummer/personnummer, D-nummer → fødselsnummer), refused downwards, across
    birth dates, or to a kind the depot's country does not take."""
    check_country(new, country)
    check_conversion(person.identity, new)
    name = new.name or _without_ut_marker(person.name)
    if new.kind is IdentityKind.UNDOCUMENTED:
        name = new.name
    identity = PatientIdentity(new.kind, new.key, new.birth_date or person.identity.birth_date,
                               name)
    earlier = tuple(k for k in (*person.earlier, person.key) if k and k != new.key)
    return replace(person, identity=identity, earlier=earlier)


def merged(into: Person, other: Person) -> Person:
    """``into`` after ``other`` turned out to be the same person: it takes over the other's
    identities as earlier ones (``other`` becomes ``alias(other.id, into.id)``)."""
    keys = [k for k in (*into.earlier, *other.keys()) if k != into.key]
    return replace(into, earlier=tuple(dict.fromkeys(keys)))


def protected(person: Person) -> Person:
    """The record after the person got protected personal data: nothing but the id."""
    return Person(person.id, PROTECTED)


def someone_else(person: Person, holder: Person, new: PatientIdentity) -> Refused:
    """Converting onto a number another record holds: refused, showing both people."""
    return Refused(
        RefusalCode.SAME_PERSON_UNCONFIRMED,
        "{key} already belongs to another person in the register: {holder}. The person "
        "being converted is {person}. If they are the same person, confirm it (--same-person"
        " on the command line) and the two records are merged.",
        key=new.key, holder=holder.display(), person=person.display())


def unknown_person(text: str) -> Refused:
    return Refused(RefusalCode.UNKNOWN_PATIENT,
                   "No person {identity} in the register.", identity=text.strip())
