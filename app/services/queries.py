"""Read-only views for the counter: a pump's status, its history, lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select

from app.domain.events import EVENT_LABELS, EventType
from app.domain.pump import Pump
from app.domain.recalls import ACTION_TODO
from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import read_scan
from app.domain.states import PumpState
from app.domain.sync import reason_from_json
from app.persistence.repository import Repository, lending_event
from app.persistence.sync_state import CURSOR as SYNC_CURSOR
from app.persistence.staff import StaffRegister
from app.persistence.tables import (
    care_units,
    events,
    loan_pumps,
    loans,
    persons,
    pump_models,
    pumps,
    staff,
    sync_conflicts,
    sync_log,
    sync_outbox,
)
from app.services.actions import unknown_pump
from app.services.station import Station


@dataclass(frozen=True)
class PumpStatus:
    registration: str
    state: str
    model: str
    model_name: str
    since: dt.datetime
    serial_number: str | None
    udi: str | None
    unit: str | None
    unit_name: str | None
    patient: str | None
    loan_number: str | None
    next_maintenance: dt.date | None
    open_faults: int
    #: The lending counter a transport pump goes back to.
    return_to: str | None = None
    #: The UDI label's production identifier (lot, production date, expiry).
    udi_lot: str | None = None
    udi_produced: dt.date | None = None
    udi_expires: dt.date | None = None
    #: The recall that keeps the pump from being lent (its reference), what it is about
    #: and what must be done first.
    recall: str | None = None
    recall_title: str | None = None
    recall_todo: str | None = None
    #: Who the pump's loan is billed to, as the loan recorded it (``billed_to``).
    billed: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "registration": self.registration, "state": self.state, "model": self.model,
            "model_name": self.model_name, "since": self.since.isoformat(),
            "serial_number": self.serial_number, "udi": self.udi, "unit": self.unit,
            "unit_name": self.unit_name, "patient": self.patient,
            "loan_number": self.loan_number,
            "next_maintenance": self.next_maintenance.isoformat()
            if self.next_maintenance else None,
            "open_faults": self.open_faults, "return_to": self.return_to,
            "udi_lot": self.udi_lot,
            "udi_produced": self.udi_produced.isoformat() if self.udi_produced else None,
            "udi_expires": self.udi_expires.isoformat() if self.udi_expires else None,
            "recall": self.recall, "recall_title": self.recall_title,
            "recall_todo": self.recall_todo,
            "billed_to": self.billed,
        }


def pump_status(station: Station, scan: str) -> PumpStatus:
    """Where a pump is and who answers for it. Never shows a protected person's data."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        return status_of(repo, scanned_pump(repo, scan))


def scanned_pump(repo: Repository, scan: str) -> Pump:
    pump = repo.pump_by_scan(read_scan(scan))
    if pump is None:
        raise unknown_pump(scan)
    return pump


def status_of(repo: Repository, pump: Pump) -> PumpStatus:
    """The status of a pump already loaded in ``repo``'s transaction."""
    model = repo.model(pump.model)
    unit = repo.unit(pump.responsible_unit) if pump.responsible_unit else None
    loan = repo.loan_summary(pump.loan_id, pump.responsible_unit)
    patient = None
    if loan is not None and loan.loan_type != "unit_buffer":
        patient = "protected" if loan.protected else loan.holder
    udi = f"(01){pump.udi_gtin}(21){pump.udi_serial}" if pump.udi_gtin else None
    recall = repo.blocking_recall(pump)
    billed = repo.db.execute(
        select(loans.c.billing_unit, loan_pumps.c.payer_id, loan_pumps.c.payer_name,
               loan_pumps.c.payer_address, loan_pumps.c.payer_reference)
        .join(loan_pumps, loan_pumps.c.loan_id == loans.c.id)
        .where(loans.c.id == pump.loan_id, loan_pumps.c.pump == pump.registration)
    ).first() if pump.loan_id else None
    return PumpStatus(
        registration=pump.registration, state=pump.state.value, model=pump.model,
        model_name=f"{model.make} {model.name}" if model else pump.model, since=pump.since,
        serial_number=pump.serial_number, udi=udi,
        unit=pump.responsible_unit, unit_name=unit.name if unit else None, patient=patient,
        loan_number=loan.number if loan else None, next_maintenance=pump.next_maintenance,
        open_faults=pump.open_faults, return_to=pump.return_to, udi_lot=pump.udi_lot,
        udi_produced=pump.udi_produced, udi_expires=pump.udi_expires,
        recall=recall.reference if recall else None,
        recall_title=recall.title if recall else None,
        recall_todo=ACTION_TODO[recall.action] if recall else None,
        billed=billed_to(billed) if billed else None)


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    id: str
    type: str
    label: str
    occurred_at: dt.datetime
    actor: str
    workstation: str
    payload: dict[str, Any]
    #: Its number in the region's central order (None: not answered yet, or no central).
    central_seq: int | None = None
    #: "accepted" or "refused" by the central judge, "waiting" to be handed in or judged,
    #: "local" at a counter that syncs with no central database.
    status: str = "local"
    #: Why it was refused, and the event it met.
    reason: Refused | None = None
    against: str | None = None
    #: The staff member's name (an event from before the staff register: its login).
    actor_name: str = ""

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    @property
    def loan_number(self) -> str | None:
        """The loan this line may reprint a receipt for: none for a refused loan."""
        return None if self.refused else self.payload.get("loan_number")

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "id": self.id, "type": self.type, "label": self.label,
                "occurred_at": self.occurred_at.isoformat(), "actor": self.actor,
                "actor_name": self.actor_name or self.actor,
                "workstation": self.workstation, "payload": self.payload,
                "central_seq": self.central_seq, "status": self.status,
                "reason": self.reason.message if self.reason else None,
                "against": self.against}


_history = (
    select(events, sync_log.c.central_seq, sync_log.c.outcome,
           sync_conflicts.c.reason.label("conflict_reason"),
           sync_conflicts.c.against_event_id,
           sync_outbox.c.event_id.label("queued"))
    .outerjoin(sync_log, sync_log.c.event_id == events.c.id)
    .outerjoin(sync_conflicts, sync_conflicts.c.event_id == events.c.id)
    .outerjoin(sync_outbox, sync_outbox.c.event_id == events.c.id))


def pump_history(station: Station, scan: str) -> list[HistoryEntry]:
    """Every event of a pump, oldest first, in the same order at every counter: the
    region's central order, then this counter's own events still waiting (marked so).
    Refused events are marked, with why and the event they met."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        pump = repo.pump_by_scan(read_scan(scan))
        if pump is None:
            raise unknown_pump(scan)
        # Only a counter that has synced waits for the central database; one that works
        # alone queues its events too, but nothing is waiting for anyone.
        syncs = repo.meta(SYNC_CURSOR) is not None
        rows = connection.execute(
            _history.where(events.c.pump == pump.registration)
            .order_by(sync_log.c.central_seq.is_(None), sync_log.c.central_seq,
                      events.c.seq)).all()
        names = StaffRegister(connection).names()
    entries = []
    for row in rows:
        if row.outcome == "conflict":
            status = "refused"
        elif row.outcome is not None:
            status = "accepted"
        else:
            status = "waiting" if syncs and row.queued is not None else "local"
        entries.append(HistoryEntry(
            row.seq, row.id, row.type, EVENT_LABELS[EventType(row.type)], row.occurred_at,
            row.actor, row.workstation, row.payload, row.central_seq, status,
            reason_from_json(row.conflict_reason) if row.conflict_reason else None,
            row.against_event_id, names.get(row.actor, row.actor)))
    return entries


def list_pumps(station: Station, state: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
    if state is not None and state not in PumpState.__members__.values():
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{state}' is not a state: {states}.", state=state,
                      states=", ".join(s.value for s in PumpState))
    query = select(pumps).order_by(pumps.c.registration)
    if state:
        query = query.where(pumps.c.state == state)
    if limit:
        query = query.limit(limit)
    with station.db.reading() as connection:
        return [{"registration": p.registration, "state": p.state, "model": p.model_code,
                 "serial_number": p.serial_number, "unit": p.responsible_unit,
                 "since": p.since.isoformat(),
                 "next_maintenance": p.next_maintenance.isoformat()
                 if p.next_maintenance else None}
                for p in connection.execute(query)]


def list_models(station: Station) -> list[dict[str, Any]]:
    with station.db.reading() as connection:
        return [{"code": m.code, "make": m.make, "name": m.name,
                 "product_area": m.product_area,
                 "maintenance_interval_days": m.maintenance_interval_days, "gtin": m.gtin,
                 "gtins": list(m.gtins or ([m.gtin] if m.gtin else [])),
                 "consumables": m.consumables, "replacement_cost": m.replacement_cost}
                for m in connection.execute(select(pump_models).order_by(pump_models.c.code))]


def list_units(station: Station) -> list[dict[str, Any]]:
    with station.db.reading() as connection:
        return [{"customer_number": u.customer_number, "name": u.name, "kind": u.kind,
                 "contact_person": u.contact_person, "delivery_address": u.delivery_address}
                for u in connection.execute(
                    select(care_units).order_by(care_units.c.customer_number))]


def list_loans(station: Station, *, overdue: bool = False,
               today: dt.date | None = None) -> list[dict[str, Any]]:
    """The loans whose pumps are still out, newest first; with ``overdue``, only transport
    loans past their due date (seed 001: the pump comes back to the counter that lent it),
    oldest due first."""
    today = today or station.ctx.today()
    query = (select(loans.c.number, loans.c.type, loans.c.responsible_unit,
                    loans.c.workstation, loans.c.due_on, loans.c.started_at,
                    loans.c.billing_unit, loan_pumps.c.pump, loan_pumps.c.payer_id,
                    loan_pumps.c.payer_name, loan_pumps.c.payer_address,
                    loan_pumps.c.payer_reference, care_units.c.name.label("unit_name"),
                    events.c.actor.label("issued_by"),
                    func.coalesce(staff.c.name, events.c.actor).label("issued_by_name"))
             .join(loan_pumps, loan_pumps.c.loan_id == loans.c.id)
             .join(care_units, care_units.c.customer_number == loans.c.responsible_unit)
             # The event that lent the pump: who lent it (the staff member's name).
             .outerjoin(events, lending_event(loan_pumps.c.pump, loan_pumps.c.loan_id))
             .outerjoin(staff, staff.c.number == events.c.actor)
             .where(loan_pumps.c.ended_at.is_(None)))
    if overdue:
        query = query.where(loans.c.type == "transport", loans.c.due_on < today) \
            .order_by(loans.c.due_on, loans.c.number, loan_pumps.c.pump)
    else:
        query = query.order_by(loans.c.started_at.desc(), loans.c.number, loan_pumps.c.pump)
    with station.db.reading() as connection:
        return [{"loan": row.number, "type": row.type, "pump": row.pump,
                 "unit": row.responsible_unit, "unit_name": row.unit_name,
                 "lending_counter": row.workstation, "started_at": row.started_at.isoformat(),
                 "due": row.due_on.isoformat() if row.due_on else None,
                 "overdue": row.due_on is not None and row.due_on < today,
                 "issued_by": row.issued_by, "issued_by_name": row.issued_by_name,
                 **billed_to(row)}
                for row in connection.execute(query)]


def billed_to(row: Any) -> dict[str, Any]:
    """Who a lent pump is billed to, as its loan recorded it (a row with ``billing_unit``
    and the ``loan_pumps`` payer columns): a loan made before payers were kept names the
    billed unit only."""
    return {"billing_unit": row.billing_unit, "payer_id": row.payer_id,
            "payer": row.payer_name, "payer_address": row.payer_address,
            "payer_reference": row.payer_reference}


def register_counts(station: Station) -> dict[str, int]:
    """How much the register holds: for summaries and the status bar."""
    with station.db.reading() as connection:
        return {name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("pumps", pumps), ("patients", persons),
                                    ("events", events))}
