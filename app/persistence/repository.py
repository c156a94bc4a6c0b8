"""Loading what the rules need to decide, inside a unit of work's session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.identity import IdentityKind, PatientIdentity
from app.domain.pump import Pump
from app.domain.reference import CareUnit, ProductArea, PumpModel, UnitKind
from app.domain.scan import ScanCode
from app.persistence.models import (
    CareUnitRow,
    FaultReportRow,
    LoanRow,
    MetaRow,
    PatientRow,
    PumpModelRow,
    PumpRow,
)
from app.persistence.projector import pump_from_row

@dataclass(frozen=True)
class LoanSummary:
    """Who had a pump under a loan: for the return banner and the status line."""

    number: str
    loan_type: str
    #: The patient as they may be shown; "protected identity" for a protected person.
    holder: str
    unit: str
    unit_name: str
    started_at: dt.datetime
    protected: bool


_open_faults = (
    select(func.count())
    .where(FaultReportRow.pump == PumpRow.registration, FaultReportRow.closed_at.is_(None))
    .correlate(PumpRow)
    .scalar_subquery()
)


def model_from_row(row: PumpModelRow) -> PumpModel:
    return PumpModel(code=row.code, make=row.make, name=row.name,
                     product_area=ProductArea(row.product_area),
                     maintenance_interval_days=row.maintenance_interval_days, gtin=row.gtin,
                     consumables=tuple(row.consumables or ()))


def unit_from_row(row: CareUnitRow) -> CareUnit:
    return CareUnit(customer_number=row.customer_number, name=row.name, kind=UnitKind(row.kind),
                    contact_person=row.contact_person,
                    payers=tuple(sorted((row.payers or {}).items())))


def patient_from_row(row: PatientRow) -> PatientIdentity:
    return PatientIdentity(IdentityKind(row.kind), row.key, row.birth_date, row.name)


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # pumps
    def pump(self, registration: str) -> Pump | None:
        found = self.session.execute(
            select(PumpRow, _open_faults).where(PumpRow.registration == registration)
        ).first()
        return pump_from_row(found[0], found[1]) if found else None

    def pump_by_scan(self, code: ScanCode) -> Pump | None:
        """The pump a scan names: its registration label first, else its UDI."""
        pump = self.pump(code.text)
        if pump is not None or not code.is_udi:
            return pump
        query = select(PumpRow, _open_faults).where(PumpRow.udi_gtin == code.gtin)
        if code.serial is not None:
            query = query.where(PumpRow.udi_serial == code.serial.upper())
        elif code.gs1_tail:
            # No separator came through, so the serial could not be split off: find the
            # pump of this GTIN whose serial element stands in what followed.
            query = query.where(func.instr(code.gs1_tail, "21" + PumpRow.udi_serial) > 0)
        else:
            return None
        found = self.session.execute(query.limit(2)).all()
        return pump_from_row(*found[0]) if len(found) == 1 else None

    def registration_taken(self, registration: str) -> bool:
        return self.session.get(PumpRow, registration) is not None

    def udi_taken(self, gtin: str, serial: str) -> str | None:
        return self.session.scalar(select(PumpRow.registration).where(
            PumpRow.udi_gtin == gtin, PumpRow.udi_serial == serial))

    # the register
    def model(self, code: str) -> PumpModel | None:
        row = self.session.get(PumpModelRow, code)
        if row is None:
            row = self.session.scalar(
                select(PumpModelRow).where(func.upper(PumpModelRow.code) == code.upper()))
        return model_from_row(row) if row else None

    def unit(self, customer_number: str) -> CareUnit | None:
        row = self.session.get(CareUnitRow, customer_number)
        return unit_from_row(row) if row else None

    def asylum_unit(self) -> CareUnit | None:
        row = self.session.scalar(select(CareUnitRow).where(
            CareUnitRow.kind == UnitKind.ASYLUM.value).order_by(CareUnitRow.customer_number))
        return unit_from_row(row) if row else None

    def patient_id(self, key: str) -> str | None:
        return self.session.scalar(select(PatientRow.id).where(PatientRow.key == key))

    def patient(self, key: str) -> tuple[str, PatientIdentity] | None:
        row = self.session.scalar(select(PatientRow).where(PatientRow.key == key))
        return (row.id, patient_from_row(row)) if row else None

    def loan_summary(self, loan_id: str | None) -> LoanSummary | None:
        if loan_id is None:
            return None
        found = self.session.execute(
            select(LoanRow, PatientRow, CareUnitRow)
            .join(CareUnitRow, CareUnitRow.customer_number == LoanRow.responsible_unit)
            .outerjoin(PatientRow, PatientRow.id == LoanRow.patient_id)
            .where(LoanRow.id == loan_id)
        ).first()
        if found is None:
            return None
        loan, patient, unit = found
        if loan.protected_identity:
            holder = "protected identity"
        elif patient is not None:
            holder = patient_from_row(patient).display()
            if patient.name and patient.kind != IdentityKind.UNDOCUMENTED:
                holder = f"{patient.name} ({holder})"
        else:
            holder = unit.name
        return LoanSummary(loan.number, loan.type, holder, unit.customer_number, unit.name,
                           loan.started_at, loan.protected_identity)

    def last_loan_number(self, workstation: str) -> str | None:
        """The highest loan number this workstation has given (numbers are zero-padded,
        so text order is number order)."""
        return self.session.scalar(
            select(func.max(LoanRow.number)).where(LoanRow.workstation == workstation))

    # this database
    def meta(self, key: str) -> str | None:
        row = self.session.get(MetaRow, key)
        return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.session.merge(MetaRow(key=key, value=value))
