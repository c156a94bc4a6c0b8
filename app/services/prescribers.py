"""The prescriber register and product areas (administrators keep them; each change an
event, so they reach every counter), and the prescriber a loan is made on.

While the register holds no prescriber (a depot upgraded from before it), a loan's
prescriber is free text as before. Once it holds any, a loan needs a registered
prescriber who may prescribe the pumps' product areas for the loan's unit — or, where the
depot allows it (a setting, off by default), a free-text prescriber for a unit no
registered prescriber works for yet, marked unverified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import Connection

from app.domain.events import EventType
from app.domain.prescribers import (
    BUILT_IN_AREAS,
    Prescriber,
    PrescriberRole,
    check_area_code,
    check_may_prescribe,
    check_prescriber,
    may_prescribe,
    prescriber_payload,
)
from app.domain.reference import CareUnit
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
from app.services.station import Station

_SHOWN = re.compile(r"^(?P<name>.*)\((?P<id>[^()]+)\)\s*$")


def define_area(station: Station, code: str, name: str) -> tuple[str, str]:
    """Add a product area (or rename one) beyond the built-in ones."""
    checked = check_area_code(code)
    shown = typed(name, Phrase("The name")).strip()
    if not shown:
        raise Refused(RefusalCode.INVALID_INPUT, "A product area needs a name.")
    with station.unit_of_work() as uow:
        uow.record(station.ctx.event(EventType.PRODUCT_AREA_DEFINED, None, code=checked,
                                     name=shown))
        uow.commit()
    return checked, shown


def _role(text: str) -> PrescriberRole:
    try:
        return PrescriberRole(text.strip().lower().replace("ö", "o").replace("ä", "a")
                              .replace("å", "a"))
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{role}' is not a prescriber role: forskrivare, bestallare or lakare.",
                      role=text) from None


def add_prescriber(station: Station, name: str, *, role: str, areas: Iterable[str] = (),
                   units: Iterable[str] = (), joint_order_units: Iterable[str] = (),
                   phone: str | None = None, email: str | None = None) -> Prescriber:
    """Register a prescriber; returns them with their new id."""
    with station.unit_of_work() as uow:
        register = PrescriberRegister(uow.connection)
        prescriber = check_prescriber(Prescriber(
            register.next_id(station.ctx.workstation), name, _role(role),
            frozenset(areas), frozenset(units), frozenset(joint_order_units), phone, email),
            register.areas())
        _check_units(uow.repo, prescriber)
        uow.record(station.ctx.event(EventType.PRESCRIBER_DEFINED, None,
                                     **prescriber_payload(prescriber)))
        uow.commit()
    return prescriber


def _check_units(repo: Repository, prescriber: Prescriber) -> None:
    for unit in sorted(prescriber.units | prescriber.joint_order_units):
        if repo.unit(unit) is None:
            raise Refused(RefusalCode.UNKNOWN_UNIT,
                          "No care unit has customer number {customer_number}: check the "
                          "number or add the unit.", customer_number=unit)


def change_prescriber(station: Station, prescriber: str, *, name: str | None = None,
                      role: str | None = None, areas: Iterable[str] | None = None,
                      units: Iterable[str] | None = None,
                      joint_order_units: Iterable[str] | None = None,
                      phone: str | None = None, email: str | None = None,
                      active: bool | None = None) -> Prescriber:
    """Change a prescriber (by id, or a name only one has): what is given replaces what
    was (``areas``, ``units`` and ``joint_order_units`` whole; an empty phone or e-mail
    removes it), or make them inactive — an inactive prescriber is offered for no loan and
    refused for any. Loans made before keep their prescriber."""
    with station.unit_of_work() as uow:
        register = PrescriberRegister(uow.connection)
        before = find(register, prescriber)
        if before is None:
            raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                          "No prescriber '{text}' is in the prescriber register: see "
                          "pumpdesk list prescribers.", text=prescriber)
        changed = check_prescriber(Prescriber(
            before.id, before.name if name is None else name,
            before.role if role is None else _role(role),
            before.areas if areas is None else frozenset(areas),
            before.units if units is None else frozenset(units),
            before.joint_order_units if joint_order_units is None
            else frozenset(joint_order_units),
            before.phone if phone is None else phone,
            before.email if email is None else email,
            before.active if active is None else active), register.areas())
        _check_units(uow.repo, changed)
        uow.record(station.ctx.event(EventType.PRESCRIBER_DEFINED, None,
                                     **prescriber_payload(changed)))
        uow.commit()
    return changed


def list_prescribers(station: Station) -> list[Prescriber]:
    with station.db.reading() as connection:
        return PrescriberRegister(connection).everyone()


def list_areas(station: Station) -> dict[str, str]:
    with station.db.reading() as connection:
        return PrescriberRegister(connection).areas()


def prescriber_as_json(prescriber: Prescriber) -> dict[str, object]:
    return prescriber_payload(prescriber)


@dataclass(frozen=True)
class Candidate:
    """A prescriber as the Issue tab offers them while typing."""

    id: str
    shown: str


def candidates(station: Station, unit: str | None, models: Iterable[str]) -> list[Candidate]:
    """The active prescribers who may prescribe the product areas of every one of
    ``models`` for ``unit`` (every active Förskrivare and Läkare while no unit is chosen),
    by name: what the Issue tab offers as the prescriber is typed."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        wanted = {model.product_area for code in set(models)
                  if (model := repo.model(code)) is not None}
        everyone = PrescriberRegister(connection).everyone()
    return [Candidate(p.id, p.shown()) for p in everyone
            if p.active and p.role is not PrescriberRole.BESTALLARE
            and (not unit or all(may_prescribe(p, area, unit) for area in wanted)
                 and unit in p.units)]


@dataclass(frozen=True)
class LoanPrescriber:
    #: As the loan shows it (a name; for an unverified one, as typed).
    name: str | None
    id: str | None = None
    verified: bool = True


def find(register: PrescriberRegister, text: str) -> Prescriber | None:
    """A registered prescriber by id, by "Name (id)" as the Issue tab offers them, or by
    a name only one prescriber has."""
    text = text.strip()
    shown = _SHOWN.match(text)
    for key in ((shown.group("id").strip(),) if shown else ()) + (text,):
        found = register.by_id(key)
        if found is not None:
            return found
    named = register.by_name(shown.group("name") if shown else text)
    if len(named) > 1:
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "{count} prescribers are called {name}: give the id ({ids}).",
                      count=len(named), name=text, ids=", ".join(p.id for p in named))
    return named[0] if named else None


def loan_prescriber(connection: Connection, text: str | None, unit: CareUnit,
                    areas: Iterable[str], require_specialist: bool) -> LoanPrescriber:
    """The prescriber a loan for ``unit`` of pumps in ``areas`` is made on, checked."""
    register = PrescriberRegister(connection)
    given = optional(text, Phrase("The prescriber"))
    if register.count() == 0:  # no register kept yet: free text, as before it
        return LoanPrescriber(given)
    if given is None:
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "A loan needs its prescriber: give a prescriber who may prescribe for "
                      "{unit_name} ({unit}).", unit_name=unit.name, unit=unit.customer_number)
    found = find(register, given)
    if found is None:
        repo = Repository(connection)
        anyone_for_unit = any(unit.customer_number in p.units for p in register.everyone())
        if repo.meta("free_text_prescriber") == "1" and not anyone_for_unit:
            return LoanPrescriber(given, None, verified=False)
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "No prescriber '{text}' is in the prescriber register: choose one from "
                      "the list, or ask an administrator to add them.", text=given)
    names = register.areas()
    check_may_prescribe(found, [(a, names.get(a, a)) for a in sorted(set(areas))], unit,
                        require_specialist)
    return LoanPrescriber(found.name, found.id)


def area_label(code: str) -> str:
    return BUILT_IN_AREAS.get(code, code)
