"""The person register as the counter uses it: find a person by any identity they have had,
convert them to a fuller identity, merge two records of one person, and erase a person
who gets protected personal data. Each change is recorded in the register and, without
any personal data, as an event in the log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.events import EventType
from app.domain.identity import parse_identity
from app.domain.persons import Person, converted, merged, someone_else, unknown_person
from app.domain.refusals import RefusalCode, Refused
from app.persistence.persons import PersonRegister
from app.persistence.tables import loan_pumps, loans, persons
from app.services.station import Station


def find_person(register: PersonRegister, text: str) -> Person:
    identity = parse_identity(text)
    if identity.is_protected:
        raise Refused(RefusalCode.UNKNOWN_PATIENT,
                      "A protected identity has no record to look up: give an identity number "
                      "the person has had.")
    found = register.by_key(identity.key or "")
    if found is None:
        raise unknown_person(identity.display())
    return found


def convert_identity(station: Station, old: str, new: str, *, name: str | None = None,
                     same_person: bool = False) -> str:
    """A person got a fuller identity: their record takes it, keeping the earlier one. Onto
    a number another record holds only when ``same_person`` confirms they are one person
    (the two records are then merged). Returns the person as they may be shown."""
    new_identity = parse_identity(new, name)
    with station.unit_of_work() as uow:
        register = PersonRegister(uow.connection)
        person = find_person(register, old)
        after = converted(person, new_identity, uow.repo.country())
        holder = register.by_key(new_identity.key or "")
        if holder is not None and holder.id != person.id:
            if not same_person:
                raise someone_else(person, holder, new_identity)
            register.merge(holder, merged(person, holder))
            person = register.by_id(person.id) or person
            after = converted(person, new_identity, uow.repo.country())
            uow.record(station.ctx.event(EventType.PERSONS_MERGED, None, person=holder.id,
                                         into=person.id))
        register.convert(person, after)
        uow.record(station.ctx.event(EventType.IDENTITY_CONVERTED, None, person=person.id))
        uow.commit()
    return after.display()


def protect_person(station: Station, identity: str) -> str:
    """The person got protected personal data: their name, numbers and birth date are
    erased here at once and everywhere at the next sync. Returns the person's id."""
    with station.unit_of_work() as uow:
        register = PersonRegister(uow.connection)
        person = find_person(register, identity)
        register.protect(person)
        uow.record(station.ctx.event(EventType.PERSON_PROTECTED, None, person=person.id))
        uow.commit()
    station.db.scrub()
    return person.id


@dataclass(frozen=True)
class PersonView:
    id: str
    shown: str
    kind: str
    identity: str | None
    birth_date: dt.date | None
    name: str | None
    earlier: tuple[str, ...]
    #: (loan number, pump, started, ended or None)
    loans: tuple[tuple[str, str, dt.datetime, dt.datetime | None], ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "shown": self.shown, "kind": self.kind,
                "identity": self.identity,
                "birth_date": self.birth_date.isoformat() if self.birth_date else None,
                "name": self.name, "earlier_identities": list(self.earlier),
                "loans": [{"loan": number, "pump": pump, "from": start.isoformat(),
                           "to": end.isoformat() if end else None}
                          for number, pump, start, end in self.loans]}


def person_view(station: Station, identity: str) -> PersonView:
    """A person as the register has them now, found by any identity they have had, with
    every loan made to them under any of their records."""
    with station.db.reading() as connection:
        register = PersonRegister(connection)
        person = find_person(register, identity)
        ids = [person.id, *connection.execute(select(persons.c.id).where(
            persons.c.merged_into == person.id)).scalars()]
        rows = connection.execute(
            select(loans.c.number, loan_pumps.c.pump, loan_pumps.c.started_at,
                   loan_pumps.c.ended_at)
            .join(loan_pumps, loan_pumps.c.loan_id == loans.c.id)
            .where(loans.c.patient_id.in_(ids)).order_by(loan_pumps.c.started_at)).all()
    return PersonView(person.id, person.display(), person.identity.kind.value, person.key,
                      person.identity.birth_date, person.name, person.earlier,
                      tuple((r.number, r.pump, r.started_at, r.ended_at) for r in rows))
