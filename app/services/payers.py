"""The payers and who pays for each prescribing unit (administrators keep them; each change
an event, so they reach every counter), and the payer a lent pump is billed to."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Connection

from app.domain.events import EventType
from app.domain.payers import (
    EVERY_AREA,
    LoanPayer,
    Payer,
    check_payer,
    payer_for,
    payer_in_use,
    payer_payload,
)
from app.domain.reference import CareUnit
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import typed
from app.persistence.payers import PayerRegister
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
from app.services.actions import find_unit
from app.services.station import Station


def add_payer(station: Station, name: str, *, invoice_address: str,
              reference: str | None = None) -> Payer:
    """Register a payer; returns it with its new id."""
    with station.unit_of_work() as uow:
        register = PayerRegister(uow.connection)
        payer = check_payer(Payer(register.next_id(station.ctx.workstation), name,
                                  invoice_address, reference))
        uow.record(station.ctx.event(EventType.PAYER_DEFINED, None, **payer_payload(payer)))
        uow.commit()
    return payer


def find_payer(register: PayerRegister, text: str) -> Payer:
    """A payer by id, or by a name only one payer has."""
    wanted = typed(text, Phrase("The payer")).strip()
    found = register.by_id(wanted) or register.by_id(wanted.upper())
    if found is not None:
        return found
    named = register.by_name(wanted)
    if len(named) > 1:
        raise Refused(RefusalCode.UNKNOWN_PAYER,
                      "{count} payers are called {name}: give the id ({ids}).",
                      count=len(named), name=wanted, ids=", ".join(p.id for p in named))
    if not named:
        raise Refused(RefusalCode.UNKNOWN_PAYER,
                      "No payer '{text}' is in the register: see pumpdesk list payers, or add "
                      "it with pumpdesk payer add.", text=wanted)
    return named[0]


def change_payer(station: Station, payer: str, *, name: str | None = None,
                 invoice_address: str | None = None, reference: str | None = None,
                 active: bool | None = None) -> Payer:
    """Change a payer's name, invoice address or reference (an empty reference removes it),
    or make it inactive — refused while units still have it as their payer. Loans made
    before keep the payer as it was when they were made."""
    with station.unit_of_work() as uow:
        register = PayerRegister(uow.connection)
        before = find_payer(register, payer)
        changed = check_payer(replace(
            before, name=before.name if name is None else name,
            invoice_address=before.invoice_address if invoice_address is None
            else invoice_address,
            reference=before.reference if reference is None else reference,
            active=before.active if active is None else active))
        if not changed.active and (units := register.units_paid_by(changed.id)):
            raise payer_in_use(changed, units)
        uow.record(station.ctx.event(EventType.PAYER_DEFINED, None, **payer_payload(changed)))
        uow.commit()
    return changed


def _area(connection: Connection, area: str | None) -> str:
    if area is None or not area.strip():
        return EVERY_AREA
    code = area.strip().lower()
    known = PrescriberRegister(connection).areas()
    if code not in known:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{area}' is not a product area: see pumpdesk list areas.", area=area)
    return code


@dataclass(frozen=True)
class UnitPayerSet:
    unit: CareUnit
    #: A product area's code, or ``EVERY_AREA``.
    area: str
    #: None: taken away (the unit's payer for every area, or the unit itself, pays).
    payer: Payer | None


def set_unit_payer(station: Station, unit: str, payer: str | None, *,
                   area: str | None = None) -> UnitPayerSet:
    """Set who pays for ``unit``'s loans of pumps in ``area`` (no area: every area the
    unit has no payer of its own for). ``payer`` None takes the unit's payer for that area
    away."""
    with station.unit_of_work() as uow:
        found_unit = find_unit(uow.repo, unit)
        code = _area(uow.connection, area)
        register = PayerRegister(uow.connection)
        chosen = find_payer(register, payer) if payer is not None else None
        if chosen is not None and not chosen.active:
            raise Refused(RefusalCode.UNKNOWN_PAYER,
                          "{payer} is no longer active: choose an active payer, or make it "
                          "active again first.", payer=chosen.shown())
        uow.record(station.ctx.event(
            EventType.UNIT_PAYER_SET, None, unit=found_unit.customer_number, area=code,
            payer=chosen.id if chosen else None))
        uow.commit()
    return UnitPayerSet(found_unit, code, chosen)


@dataclass(frozen=True)
class PayerEntry:
    """A payer with what it pays for: (unit, area or ``EVERY_AREA``)."""

    payer: Payer
    pays_for: tuple[tuple[str, str], ...]


def list_payers(station: Station) -> list[PayerEntry]:
    with station.db.reading() as connection:
        register = PayerRegister(connection)
        paid: dict[str, list[tuple[str, str]]] = {}
        for unit, area, payer_id in register.assignments():
            paid.setdefault(payer_id, []).append((unit, area))
        return [PayerEntry(p, tuple(paid.get(p.id, ()))) for p in register.everyone()]


def payer_as_json(entry: PayerEntry) -> dict[str, object]:
    return {**payer_payload(entry.payer),
            "pays_for": [{"unit": unit, "area": None if area == EVERY_AREA else area}
                         for unit, area in entry.pays_for]}


@dataclass(frozen=True)
class AreaPayer:
    """Who a unit's loans in one product area are billed to, and whether the unit has a
    payer set for that area itself (else its payer for every area, or the unit, pays)."""

    area: str
    area_name: str
    payer: LoanPayer
    set_for_area: bool


def unit_payers(station: Station, unit: str) -> tuple[CareUnit, list[AreaPayer]]:
    """Who pays for ``unit``'s loans, area by area, as a loan made now would be billed."""
    with station.db.reading() as connection:
        found = find_unit(Repository(connection), unit)
        register = PayerRegister(connection)
        assigned = register.of_unit(found.customer_number)
        everyone = {p.id: p for p in register.everyone()}
        areas = PrescriberRegister(connection).areas()
    return found, [AreaPayer(code, name, payer_for(found, code, assigned, everyone),
                             code in assigned)
                   for code, name in sorted(areas.items())]

