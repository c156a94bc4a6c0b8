"""Writing events into the tables. The one place that knows how an event changes rows:
live actions and a replay of the log both go through ``Projector.apply``, which is why
replaying the log from empty gives exactly the tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.domain.events import Event, EventType
from app.domain.pump import Pump, evolve
from app.domain.states import PumpState
from app.persistence.models import (
    CareUnitRow,
    EventRow,
    FaultReportRow,
    LoanPumpRow,
    LoanRow,
    PatientRow,
    PumpModelRow,
    PumpRow,
)

E = EventType
_LOAN_STARTS = {E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT,
                E.PRESCRIBED_FROM_STOCK}
_LOAN_ENDS = {E.RETURNED: "returned", E.FAULT_REPORTED: "returned_faulty",
              E.SENT_TO_SERVICE: "sent_to_service", E.REPORTED_LOST: "lost",
              E.PRESCRIBED_FROM_STOCK: "prescribed"}


def pump_from_row(row: PumpRow, open_faults: int) -> Pump:
    return Pump(
        registration=row.registration,
        model=row.model_code,
        state=PumpState(row.state),
        since=row.since,
        serial_number=row.serial_number,
        udi_gtin=row.udi_gtin,
        udi_serial=row.udi_serial,
        responsible_unit=row.responsible_unit,
        loan_id=row.loan_id,
        last_maintenance=row.last_maintenance,
        next_maintenance=row.next_maintenance,
        service_reason=row.service_reason,
        open_faults=open_faults,
    )


def _write_pump(row: PumpRow, pump: Pump) -> None:
    row.model_code = pump.model
    row.serial_number = pump.serial_number
    row.udi_gtin = pump.udi_gtin
    row.udi_serial = pump.udi_serial
    row.state = pump.state.value
    row.since = pump.since
    row.responsible_unit = pump.responsible_unit
    row.loan_id = pump.loan_id
    row.last_maintenance = pump.last_maintenance
    row.next_maintenance = pump.next_maintenance
    row.service_reason = pump.service_reason


def _event_values(event: Event) -> dict[str, Any]:
    return {"id": event.id, "type": event.type.value, "pump": event.pump, "actor": event.actor,
            "workstation": event.workstation, "occurred_at": event.occurred_at,
            "payload": dict(event.payload)}


def event_from_row(row: EventRow) -> Event:
    return Event(id=row.id, type=EventType(row.type), pump=row.pump, actor=row.actor,
                 workstation=row.workstation, occurred_at=row.occurred_at,
                 payload=row.payload)


class Projector:
    def __init__(self, session: Session) -> None:
        self.session = session

    def apply(self, event: Event, before: Pump | None) -> Pump | None:
        """Write ``event``'s changes to the tables and append it to the log.

        ``before`` is the pump as loaded in this session (None for register events).
        Returns the pump after the event.
        """
        handler = getattr(self, f"_on_{event.type.value}", None)
        if handler is not None:
            handler(event)
        after = None
        if event.pump is not None:
            after = evolve(before, event)
            if event.type is E.PUMP_REGISTERED:
                row = PumpRow(registration=event.pump)
                _write_pump(row, after)
                self.session.add(row)
                self.session.flush()
            else:
                _write_pump(self.session.get(PumpRow, event.pump), after)
            if event.type in _LOAN_STARTS:
                # Core inserts run at once, in the order written: parents before children.
                self.session.execute(insert(LoanPumpRow).values(
                    loan_id=event.payload["loan_id"], pump=event.pump,
                    started_at=event.occurred_at))
        self.session.execute(insert(EventRow).values(_event_values(event)))
        return after

    # -- the register -------------------------------------------------------------------

    def _on_model_defined(self, event: Event) -> None:
        p = event.payload
        self.session.merge(PumpModelRow(
            code=p["code"], make=p["make"], name=p["name"], product_area=p["product_area"],
            maintenance_interval_days=p["maintenance_interval_days"], gtin=p.get("gtin"),
            consumables=list(p.get("consumables", []))))

    def _on_unit_defined(self, event: Event) -> None:
        p = event.payload
        self.session.merge(CareUnitRow(
            customer_number=p["customer_number"], name=p["name"], kind=p["kind"],
            contact_person=p.get("contact_person"), payers=dict(p.get("payers", {}))))

    def _on_identity_converted(self, event: Event) -> None:
        p = event.payload
        old = self.session.get(PatientRow, p["patient_id"])
        into = p.get("merge_into")
        if into:
            target = self.session.get(PatientRow, into)
            self.session.execute(update(LoanRow).where(LoanRow.patient_id == old.id)
                                 .values(patient_id=target.id))
            target.previous_keys = [*target.previous_keys, *old.previous_keys, old.key]
            self.session.delete(old)
            return
        to = p["to"]
        old.previous_keys = [*old.previous_keys, old.key]
        old.kind = to["kind"]
        old.key = to["key"]
        old.birth_date = dt.date.fromisoformat(to["birth_date"]) if to.get("birth_date") else None
        if to.get("name"):
            old.name = to["name"]

    # -- loans --------------------------------------------------------------------------

    def _patient_id(self, patient: dict[str, Any] | None) -> str | None:
        """The register's row for a person, created at their first loan. Looked up by
        identity key, so the same person recorded twice (at two counters) is one row."""
        if not patient or patient.get("kind") == "protected":
            return None
        existing = self.session.scalar(select(PatientRow.id).where(PatientRow.key == patient["key"]))
        if existing:
            return existing
        born = patient.get("birth_date")
        self.session.execute(insert(PatientRow).values(
            id=patient["id"], kind=patient["kind"], key=patient["key"],
            birth_date=dt.date.fromisoformat(born) if born else None, name=patient.get("name"),
            previous_keys=[]))
        return patient["id"]

    def _start_loan(self, event: Event) -> None:
        p = event.payload
        if self.session.scalar(select(LoanRow.id).where(LoanRow.id == p["loan_id"])):
            return  # a further pump under the same loan
        patient = p.get("patient")
        self.session.execute(insert(LoanRow).values(
            id=p["loan_id"], number=p["loan_number"], type=p["loan_type"],
            patient_id=self._patient_id(patient),
            protected_identity=bool(patient and patient.get("kind") == "protected"),
            responsible_unit=p["responsible_unit"], billing_unit=p["billing_unit"],
            approval=p.get("approval"), prescriber=p.get("prescriber"),
            consumables=dict(p.get("consumables") or {}), started_at=event.occurred_at,
            workstation=event.workstation))

    def _end_loan(self, event: Event, loan_id: str | None) -> None:
        if loan_id is None:
            return
        self.session.execute(
            update(LoanPumpRow)
            .where(LoanPumpRow.loan_id == loan_id, LoanPumpRow.pump == event.pump)
            .values(ended_at=event.occurred_at, end_reason=_LOAN_ENDS[event.type]))

    def _add_fault(self, event: Event) -> None:
        fault = event.payload.get("fault")
        if fault:
            self.session.execute(insert(FaultReportRow).values(
                id=fault["id"], pump=event.pump, description=fault["description"],
                category=fault.get("category"), reported_by=event.actor,
                reported_at=event.occurred_at))

    # -- the pump's life ----------------------------------------------------------------

    _on_issued_to_patient = _start_loan
    _on_issued_for_transport = _start_loan
    _on_dispatched_to_unit = _start_loan

    def _on_prescribed_from_stock(self, event: Event) -> None:
        self._end_loan(event, event.payload.get("from_loan_id"))
        self._start_loan(event)

    def _on_returned(self, event: Event) -> None:
        self._end_loan(event, event.payload.get("loan_id"))
        self._add_fault(event)

    def _on_fault_reported(self, event: Event) -> None:
        self._end_loan(event, event.payload.get("loan_id"))
        self._add_fault(event)

    def _on_sent_to_service(self, event: Event) -> None:
        self._end_loan(event, event.payload.get("loan_id"))

    def _on_reported_lost(self, event: Event) -> None:
        self._end_loan(event, event.payload.get("loan_id"))

    def _on_back_from_service(self, event: Event) -> None:
        self.session.execute(
            update(FaultReportRow)
            .where(FaultReportRow.pump == event.pump, FaultReportRow.closed_at.is_(None))
            .values(closed_at=event.occurred_at))
