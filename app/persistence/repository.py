"""Loading what the rules need to decide, inside one transaction's connection."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import ColumnElement, Connection, Row, and_, bindparam, func, select
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain import depot
from app.domain.identity import IdentityKind
from app.domain.loans import LoanType, approval_key
from app.domain.pump import Pump
from app.domain.recalls import Recall, blocking
from app.domain.reference import CareUnit, PumpModel, UnitAddress, UnitKind
from app.domain.scan import ScanCode
from app.domain.sync import LOAN_STARTS
from app.persistence.database import json_values
from app.persistence.persons import current, loan_person_join, person_from_row
from app.persistence.projector import pump_from_row
from app.persistence.tables import (
    buffer_targets,
    care_units,
    events,
    fault_reports,
    loan_pumps,
    loans,
    meta,
    pump_models,
    pumps,
    recall_progress,
    recalls,
)


#: The meta key of the counter that loan numbers come from.
LOAN_NUMBER_HIGH = "loan_number_high"


def _serial(number: str) -> int:
    """The serial part of a loan number ``WORKSTATION-NNNNNN``."""
    try:
        return int(number.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return 0


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
    .where(fault_reports.c.pump == pumps.c.registration, fault_reports.c.closed_at.is_(None))
    .correlate(pumps)
    .scalar_subquery()
    .label("open_faults")
)
_pump_query = select(pumps, _open_faults)
# Built once: the statements every scan runs take only their parameters at execution.
_pump_by_registration = _pump_query.where(pumps.c.registration == bindparam("registration"))
_pumps_among = _pump_query.where(pumps.c.registration.in_(json_values("registrations")))
_recalls = select(recalls.c.reference, recalls.c.title, recalls.c.action, recalls.c.selection)
_recalls_done = select(recall_progress.c.reference).where(
    recall_progress.c.pump == bindparam("pump"))
_model_by_code = select(pump_models).where(pump_models.c.code == bindparam("code"))
# This database's own settings (the sync cursors, the copy token …): read and written
# several times a sync cycle and a counter action, so built once.
_meta_value = select(meta.c.value).where(meta.c.key == bindparam("key"))
_meta_values = select(meta.c.key, meta.c.value).where(meta.c.key.in_(json_values("keys")))
_meta_set = upsert(meta).values(key=bindparam("key"), value=bindparam("value"))
_meta_set = _meta_set.on_conflict_do_update(index_elements=["key"],
                                            set_={"value": _meta_set.excluded.value})
_loan_summary = loan_person_join(
    select(loans.c.number, loans.c.type, loans.c.protected_identity, loans.c.started_at,
           loans.c.patient_id, care_units.c.customer_number,
           care_units.c.name.label("unit_name"), current.c.id, current.c.kind,
           current.c.key, current.c.birth_date, current.c.name, current.c.merged_into)
    # The unit that answers for the pump now: care may have moved since the loan began.
    .join(care_units, care_units.c.customer_number
          == func.coalesce(bindparam("unit"), loans.c.responsible_unit))
).where(loans.c.id == bindparam("loan_id"))


def holder_of(row: Row[Any]) -> tuple[str, bool]:
    """(who holds a loan as a screen shows it, whether that is a protected identity) from a
    row of a loan joined to the person it names (``loan_person_join``)."""
    if row.protected_identity or row.kind == IdentityKind.PROTECTED.value:
        return "protected identity", True
    if row.kind is not None:
        return person_from_row(row).display(), False
    if row.patient_id is not None:  # named by a loan from elsewhere, not synced here yet
        return "a person not yet in this register", False
    return row.unit_name, False


def model_from_row(row: Row[Any]) -> PumpModel:
    return PumpModel(code=row.code, make=row.make, name=row.name,
                     product_area=row.product_area,
                     maintenance_interval_days=row.maintenance_interval_days,
                     gtins=tuple(row.gtins or ([row.gtin] if row.gtin else [])),
                     consumables=tuple(row.consumables or ()),
                     replacement_cost=row.replacement_cost)


def unit_from_row(row: Row[Any]) -> CareUnit:
    return CareUnit(customer_number=row.customer_number, name=row.name, kind=UnitKind(row.kind),
                    contact_person=row.contact_person,
                    regional_agreement=bool(row.regional_agreement),
                    route_days=frozenset(row.route_days or ()),
                    address=UnitAddress.from_json(row.delivery_address))


def lending_event(pump: Any, loan_id: Any) -> ColumnElement[bool]:
    """Which row of ``events`` lent ``pump`` under the loan ``loan_id`` (columns or values).
    Not the event at the loan's start time: the pump's next event may share that time (a
    coarse clock), and a join on it found both."""
    return and_(events.c.pump == pump, events.c.type.in_([t.value for t in LOAN_STARTS]),
                func.json_extract(events.c.payload, "$.loan_id") == loan_id)


class Repository:
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    # pumps
    def pump(self, registration: str) -> Pump | None:
        row = self.db.execute(_pump_by_registration, {"registration": registration}).first()
        return pump_from_row(row, row.open_faults) if row else None

    def pumps(self, registrations: set[str]) -> dict[str, Pump]:
        """Several pumps by registration, in one query."""
        rows = self.db.execute(_pumps_among, {"registrations": json.dumps(sorted(registrations))})
        return {row.registration: pump_from_row(row, row.open_faults) for row in rows}

    def pump_by_scan(self, code: ScanCode) -> Pump | None:
        """The pump a scan names: its registration label first, else its UDI."""
        pump = self.pump(code.text)
        if pump is not None or not code.is_udi:
            return pump
        query = _pump_query.where(pumps.c.udi_gtin == code.gtin)
        if code.serial is not None:
            query = query.where(pumps.c.udi_serial == code.serial.upper())
        elif code.gs1_tail:
            # No separator came through, so the serial could not be split off: find the
            # pump of this GTIN whose serial element stands in what followed.
            query = query.where(func.instr(code.gs1_tail, "21" + pumps.c.udi_serial) > 0)
        else:
            return None
        found = self.db.execute(query.limit(2)).all()
        return pump_from_row(found[0], found[0].open_faults) if len(found) == 1 else None

    def registration_taken(self, registration: str) -> bool:
        return self.db.execute(select(pumps.c.registration)
                               .where(pumps.c.registration == registration)).first() is not None

    def udi_taken(self, gtin: str, serial: str) -> str | None:
        return self.db.execute(select(pumps.c.registration).where(
            pumps.c.udi_gtin == gtin, pumps.c.udi_serial == serial)).scalar()

    # recalls
    def recalls(self) -> list[Recall]:
        """Every recall this counter knows (a depot has a handful a year)."""
        return [Recall.from_payload({**row._mapping}) for row in self.db.execute(_recalls)]

    def recall(self, reference: str) -> Recall | None:
        row = self.db.execute(_recalls.where(recalls.c.reference == reference)).first()
        return Recall.from_payload({**row._mapping}) if row else None

    def recalls_done(self, registration: str) -> set[str]:
        """The recalls whose action is recorded for this pump."""
        return set(self.db.execute(_recalls_done, {"pump": registration}).scalars())

    def blocking_recall(self, pump: Pump) -> Recall | None:
        """The recall that keeps ``pump`` from being lent, if one does."""
        known = self.recalls()
        if not known:
            return None
        return blocking(pump, known, self.recalls_done(pump.registration))

    # the register
    def model(self, code: str) -> PumpModel | None:
        row = self.db.execute(_model_by_code, {"code": code}).first()
        if row is None:
            row = self.db.execute(select(pump_models).where(
                func.upper(pump_models.c.code) == code.upper())).first()
        return model_from_row(row) if row else None

    def unit(self, customer_number: str) -> CareUnit | None:
        row = self.db.execute(select(care_units).where(
            care_units.c.customer_number == customer_number)).first()
        return unit_from_row(row) if row else None

    def asylum_unit(self) -> CareUnit | None:
        row = self.db.execute(select(care_units).where(
            care_units.c.kind == UnitKind.ASYLUM.value)
            .order_by(care_units.c.customer_number)).first()
        return unit_from_row(row) if row else None

    def loan_summary(self, loan_id: str | None, unit: str | None = None) -> LoanSummary | None:
        """Who has the pump under ``loan_id``; ``unit`` is the unit answering for it now."""
        if loan_id is None:
            return None
        row = self.db.execute(_loan_summary, {"loan_id": loan_id, "unit": unit}).first()
        if row is None:
            return None
        holder, protected = holder_of(row)
        return LoanSummary(row.number, row.type, holder, row.customer_number, row.unit_name,
                           row.started_at, protected)

    def protected_loan_on(self, approval: str) -> str | None:
        """The number of the loan to a protected identity made on this approval reference
        (compared as ``approval_key`` does), if there is one: lent to as protected, or to a
        person who has since become protected (seed 002: "Förskrivning måste registreras
        på nytt")."""
        return self.db.execute(loan_person_join(select(loans.c.number)).where(
            loans.c.approval_key == approval_key(approval),
            loans.c.protected_identity.is_(True)
            | (current.c.kind == IdentityKind.PROTECTED.value))
            .order_by(loans.c.started_at).limit(1)).scalar()

    def in_patient_loan(self, person_id: str) -> bool:
        """Whether a patient loan still holds a pump for this person (or a record since
        merged into it): a treatment under way."""
        return self.db.execute(loan_person_join(select(loans.c.id)).join(
            loan_pumps, loan_pumps.c.loan_id == loans.c.id).where(
            current.c.id == person_id, loans.c.type == LoanType.PATIENT.value,
            loan_pumps.c.ended_at.is_(None)).limit(1)).first() is not None

    def model_with_gtin(self, gtin: str) -> str | None:
        """The code of the model that has ``gtin`` among its GTINs (a depot has a few
        dozen models: read them all)."""
        for code, gtins in self.db.execute(select(pump_models.c.code, pump_models.c.gtins)):
            if gtin in (gtins or ()):
                return code
        return None

    def buffer_stock(self, unit: str) -> tuple[int, int]:
        """(models with a target above 0, pumps in stock) of a unit's buffer stock."""
        targets = self.db.execute(select(func.count()).select_from(buffer_targets).where(
            buffer_targets.c.unit == unit, buffer_targets.c.target > 0)).scalar_one()
        stocked = self.db.execute(select(func.count()).select_from(pumps).where(
            pumps.c.responsible_unit == unit, pumps.c.state == "in_unit_stock")).scalar_one()
        return targets, stocked

    def target(self, unit: str, model: str) -> int:
        return self.db.execute(select(buffer_targets.c.target).where(
            buffer_targets.c.unit == unit, buffer_targets.c.model == model)).scalar() or 0

    # the depot's rules, as set at this workstation
    def country(self) -> str:
        return self.meta("country") or "SE"

    def requires_specialist(self) -> bool:
        value = self.meta("require_specialist")
        return depot.requires_specialist(self.country(), value)

    def print_language(self) -> str:
        return depot.print_language(self.country(), self.meta("print_language"))

    def transport_due_days(self) -> int:
        return depot.transport_due_days(self.meta("transport_due_days"))

    def last_loan_number(self, workstation: str) -> int:
        """The highest loan number (its serial part) this workstation has given: kept in a
        counter that never goes back, so a loan refused centrally (whose row is gone) keeps
        its number. Without the counter yet (a database of an earlier version), every loan
        and every loan event of this workstation, refused ones too, is looked at."""
        kept = self.meta(LOAN_NUMBER_HIGH)
        if kept is not None:
            return int(kept)
        numbers = [self.db.execute(select(func.max(loans.c.number))
                                   .where(loans.c.workstation == workstation)).scalar(),
                   self.db.execute(
                       select(func.max(func.json_extract(events.c.payload, "$.loan_number")))
                       .where(events.c.workstation == workstation,
                              events.c.type.in_([t.value for t in LOAN_STARTS]))).scalar()]
        return max((_serial(n) for n in numbers if n), default=0)

    def loan_number_given(self, serial: int) -> None:
        """Loan number ``serial`` is given (or known to be used): the counter moves up to it,
        never back."""
        if serial > int(self.meta(LOAN_NUMBER_HIGH) or 0):
            self.set_meta(LOAN_NUMBER_HIGH, str(serial))

    def loan_numbers_used(self, workstation: str, numbers: Sequence[str]) -> None:
        """This workstation's own loan numbers seen in the central log."""
        if numbers:
            self.loan_number_given(max(self.last_loan_number(workstation),
                                       *(_serial(n) for n in numbers)))

    # this database
    def meta(self, key: str) -> str | None:
        return self.db.execute(_meta_value, {"key": key}).scalar()

    def metas(self, *keys: str) -> dict[str, str]:
        """The values of ``keys`` that are set, in one statement."""
        return dict(self.db.execute(_meta_values, {"keys": json.dumps(keys)}).all())

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(_meta_set, {"key": key, "value": value})
