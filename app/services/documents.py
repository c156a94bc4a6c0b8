"""Gathering what a printed document says, from the register. Only what may be printed
is ever put in a document: a protected identity leaves the patient fields empty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, func, select

from app.domain.identity import IdentityKind, PatientIdentity
from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import read_scan
from app.persistence.consumables import ConsumableRegister
from app.persistence.persons import PersonRegister
from app.persistence.repository import Repository, lending_event
from app.persistence.staff import StaffRegister
from app.persistence.tables import (
    care_units,
    events,
    loan_pumps,
    loans,
    pump_models,
    pumps,
    staff,
)
from app.printing.model import (
    Depot,
    LoanDocument,
    PackingSlip,
    PayerLine,
    PumpLabel,
    PumpLine,
)
from app.services.actions import find_pump, find_unit
from app.services.station import Station

DEPOT_KEYS = ("depot_name", "depot_address", "depot_hours", "depot_phone", "depot_email")


def depot(station: Station) -> Depot:
    with station.db.reading() as connection:
        return _depot(Repository(connection))


def _depot(repo: Repository) -> Depot:
    name, address, hours, phone, email = (repo.meta(key) or "" for key in DEPOT_KEYS)
    return Depot(name or "PumpDesk", address, hours, phone, email)


def set_depot(station: Station, depot: Depot) -> None:
    """The depot's name and contact details, printed on every document."""
    with station.unit_of_work() as uow:
        for key, value in zip(DEPOT_KEYS, (depot.name, depot.address, depot.opening_hours,
                                           depot.phone, depot.email)):
            uow.repo.set_meta(key, value)
        uow.commit()


def _pump_lines(connection: Connection, registrations: list[str]) -> tuple[PumpLine, ...]:
    rows = connection.execute(
        select(pumps.c.registration, pumps.c.serial_number, pumps.c.udi_gtin,
               pumps.c.udi_serial, pump_models.c.make, pump_models.c.name)
        .join(pump_models, pump_models.c.code == pumps.c.model_code)
        .where(pumps.c.registration.in_(registrations))).all()
    by_registration = {row.registration: row for row in rows}
    return tuple(
        PumpLine(row.registration, f"{row.make} {row.name}", row.serial_number,
                 f"(01){row.udi_gtin}(21){row.udi_serial}" if row.udi_gtin else None)
        for row in (by_registration[r] for r in registrations if r in by_registration))


def _loan_id(connection: Connection, repo: Repository, reference: str) -> str:
    """A loan by its number, or the loan a scanned pump is on now."""
    found = connection.execute(select(loans.c.id).where(
        loans.c.number == reference.strip().upper())).scalar()
    if found:
        return found
    pump = repo.pump_by_scan(read_scan(reference))
    if pump is not None and pump.loan_id:
        return pump.loan_id
    raise Refused(RefusalCode.INVALID_INPUT,
                  "No loan '{reference}': give a loan number, or scan a pump that is on loan.",
                  reference=reference)


def printed_person(person: PatientIdentity) -> tuple[str | None, str]:
    """(name, identity) as a document prints a person who is not protected: a person
    without a permit by name with "- UT" and birth date, an asylum seeker by birth date and
    LMA number, everyone else by identity number; the name wherever the register has one."""
    if person.kind is IdentityKind.UNDOCUMENTED:
        born = f"{person.birth_date:%Y%m%d}" if person.birth_date else ""
        return person.name, born
    return person.name, person.display()


def loan_document(station: Station, reference: str,
                  language: str | None = None) -> LoanDocument:
    """The receipt's and the loan form's contents for a loan (number, or a pump on it);
    the articles handed out named in ``language`` (default: the depot's printing one)."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        loan = connection.execute(select(loans).where(
            loans.c.id == _loan_id(connection, repo, reference))).one()
        unit = connection.execute(select(care_units).where(
            care_units.c.customer_number == loan.responsible_unit)).one()
        lines = connection.execute(
            select(loan_pumps).where(loan_pumps.c.loan_id == loan.id)
            .order_by(loan_pumps.c.pump)).all()
        lent = [line.pump for line in lines]
        issued_by = connection.execute(
            select(func.coalesce(staff.c.name, events.c.actor))
            .select_from(events.outerjoin(staff, staff.c.number == events.c.actor))
            .where(lending_event(lent[0], loan.id))).scalar()
        name = identity = None
        person = PersonRegister(connection).by_id(loan.patient_id) if loan.patient_id else None
        protected = loan.protected_identity or (person is not None and person.protected)
        if person is not None and not protected:
            name, identity = printed_person(person.identity)
        return LoanDocument(
            depot=_depot(repo), loan_number=loan.number, loan_type=loan.type,
            issued_at=loan.started_at, issued_by=issued_by or "", unit_name=unit.name,
            unit_number=unit.customer_number, pumps=_pump_lines(connection, lent),
            patient_name=name, patient_identity=identity,
            protected=protected, billing_unit=loan.billing_unit,
            prescriber=loan.prescriber, approval=loan.approval,
            prescriber_unverified=loan.prescriber_verified is False,
            consumables=_consumables(connection, language or repo.print_language(),
                                     loan.consumables or {}),
            payers=_payers(connection, loan.billing_unit, lines))


def _consumables(connection: Connection, language: str,
                 packs: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """The loan's consumables as printed: an article of the assortment by its name, pack
    and number (in the printing language, else another it has); free-text packs (a loan
    from before the assortment) as they were written."""
    register = ConsumableRegister(connection)
    shown = []
    for key, count in sorted(packs.items()):
        article = register.article(key)
        shown.append((f"{article.name(language)}, {article.pack} ({article.number})"
                       if article is not None else key, count))
    return tuple(shown)


def _payers(connection: Connection, billing_unit: str, lines: list[Any]
            ) -> tuple[PayerLine, ...]:
    """The loan's payers as recorded with its pumps; a loan from before payers were kept
    is billed to its billing unit."""
    found: dict[tuple[Any, ...], list[str]] = {}
    for line in lines:
        if line.payer_name is not None:
            key = (line.payer_name, line.payer_address, line.payer_reference)
            found.setdefault(key, []).append(line.pump)
    if not found:
        name = connection.execute(select(care_units.c.name).where(
            care_units.c.customer_number == billing_unit)).scalar()
        return (PayerLine(name or billing_unit, billing_unit),)
    return tuple(PayerLine(name, billing_unit, address, reference, tuple(pumps))
                 for (name, address, reference), pumps in found.items())


def pump_label(station: Station, scan: str) -> PumpLabel:
    with station.db.reading() as connection:
        repo = Repository(connection)
        pump = find_pump(repo, scan)
        line = _pump_lines(connection, [pump.registration])[0]
        return PumpLabel(_depot(repo).name, line.registration, line.model_name, line.udi)


def packing_slip(station: Station, unit: str, scans: list[str],
                 at: dt.datetime | None = None) -> PackingSlip:
    """A slip for pumps shipped to a unit's buffer stock; numbered by its first loan."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        target = find_unit(repo, unit)
        found = [find_pump(repo, scan) for scan in scans]
        numbers = [summary.number for pump in found
                   if (summary := repo.loan_summary(pump.loan_id)) is not None]
        return PackingSlip(
            depot=_depot(repo), slip_number=f"S-{numbers[0]}" if numbers else "S-",
            shipped_at=at or dt.datetime.now(dt.UTC), shipped_by=StaffRegister(connection).names().get(station.ctx.actor, station.ctx.actor),
            unit_name=target.name, unit_number=target.customer_number,
            contact_person=target.contact_person,
            pumps=_pump_lines(connection, [p.registration for p in found]))
