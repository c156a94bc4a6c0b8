"""Writing events into the tables. The one place that knows how an event changes rows:
live actions and a replay of the log both go through ``Projector.apply``, which is why
replaying the log from empty gives exactly the tables."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Row, Text, bindparam, delete, insert, or_, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.assortment import article_from_payload, article_payload
from app.domain.events import Event, EventType
from app.domain.loans import approval_key
from app.domain.pump import Pump, evolve
from app.domain.states import FAULT_KEEPS_STATE, PumpState
from app.persistence.database import execute_rows, json_values
from app.persistence.orders import project as order_rows
from app.persistence.tables import (
    articles,
    buffer_targets,
    care_units,
    consumable_prescriptions,
    count_scans,
    counts,
    events,
    fault_reports,
    loan_pumps,
    loans,
    payers,
    prescribers,
    product_areas,
    pump_models,
    pumps,
    recall_progress,
    recalls,
    replenishment_runs,
    staff,
    sync_conflicts,
    target_requests,
    unit_payers,
)

E = EventType
_LOAN_STARTS = {E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT,
                E.PRESCRIBED_FROM_STOCK}
_LOAN_ENDS = {E.RETURNED: "returned", E.FAULT_REPORTED: "returned_faulty",
              E.SENT_TO_SERVICE: "sent_to_service", E.REPORTED_LOST: "lost",
              E.PRESCRIBED_FROM_STOCK: "prescribed"}


#: Events whose rows are gathered for ``flush``: the pump's life. The rest (the register,
#: buffer stocks, resolutions) are rare and write at once.
_GATHERED = frozenset({E.PUMP_REGISTERED, *_LOAN_STARTS, E.CARE_MOVED, E.STOCK_MOVED,
                       E.RETURNED, E.RECEIVED_BACK, E.CLEANED, E.FAULT_REPORTED,
                       E.SENT_TO_SERVICE,
                       E.BACK_FROM_SERVICE, E.REPORTED_LOST, E.RETIRED, E.UDI_RECORDED})

# Built once: the statements every scan runs take only their parameters at execution.
# The payload comes as JSON text already (what the column's JSON type would make of it).
_insert_event = insert(events).values(payload=bindparam("payload", type_=Text()))
_update_pump = update(pumps).where(pumps.c.registration == bindparam("_registration"))
_insert_loan_pump = insert(loan_pumps)
_insert_pump = insert(pumps)
_insert_loan = insert(loans)
#: A loan's type and units: copied onto each of its pumps' rows (``loan_pumps``).
_LOAN_FACTS = (loans.c.type, loans.c.responsible_unit, loans.c.billing_unit)
_loan_facts = select(*_LOAN_FACTS).where(loans.c.id == bindparam("loan_id"))
_insert_fault = insert(fault_reports)
_loans_among = select(loans.c.id, *_LOAN_FACTS).where(loans.c.id.in_(json_values("ids")))
_close_faults = (update(fault_reports)
                 .where(fault_reports.c.pump == bindparam("_pump"),
                        fault_reports.c.closed_at.is_(None)))
_end_loan_pump = (update(loan_pumps)
                  .where(loan_pumps.c.loan_id == bindparam("_loan_id"),
                         loan_pumps.c.pump == bindparam("_pump")))


def pump_from_row(row: Row[Any], open_faults: int) -> Pump:
    return Pump(
        registration=row.registration,
        model=row.model_code,
        state=PumpState(row.state),
        since=row.since,
        serial_number=row.serial_number,
        udi_gtin=row.udi_gtin,
        udi_serial=row.udi_serial,
        udi_lot=row.udi_lot,
        udi_produced=row.udi_produced,
        udi_expires=row.udi_expires,
        responsible_unit=row.responsible_unit,
        loan_id=row.loan_id,
        last_maintenance=row.last_maintenance,
        next_maintenance=row.next_maintenance,
        service_reason=row.service_reason,
        open_faults=open_faults,
        return_to=row.return_to,
    )


def _pump_values(pump: Pump) -> dict[str, Any]:
    return {
        "model_code": pump.model, "serial_number": pump.serial_number,
        "udi_gtin": pump.udi_gtin, "udi_serial": pump.udi_serial, "udi_lot": pump.udi_lot,
        "udi_produced": pump.udi_produced, "udi_expires": pump.udi_expires,
        "state": pump.state.value,
        "since": pump.since, "responsible_unit": pump.responsible_unit, "loan_id": pump.loan_id,
        "last_maintenance": pump.last_maintenance, "next_maintenance": pump.next_maintenance,
        "service_reason": pump.service_reason, "return_to": pump.return_to,
    }


def event_from_row(row: Row[Any]) -> Event:
    return Event(id=row.id, type=EventType(row.type), pump=row.pump, actor=row.actor,
                 workstation=row.workstation, occurred_at=row.occurred_at,
                 payload=row.payload)


def _event_values(event: Event, payload_json: str | None = None) -> dict[str, Any]:
    """The log's row of ``event``; its payload as JSON text, ``payload_json`` when the
    text is known already (a pulled event: what ``json.dumps`` made of the payload)."""
    return {"id": event.id, "type": event.type.value, "pump": event.pump,
            "actor": event.actor, "workstation": event.workstation,
            "occurred_at": event.occurred_at,
            "payload": json.dumps(dict(event.payload)) if payload_json is None
            else payload_json}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@lru_cache(maxsize=64)
def _upsert_statement(table: Any, key: str, columns: tuple[str, ...]) -> Any:
    """Insert a register row, or update the columns given: one statement per table and
    set of columns, compiled once (values inlined into the statement would be compiled
    anew for every row a pull applies)."""
    statement = upsert(table)
    return statement.on_conflict_do_update(
        index_elements=[key],
        set_={column: statement.excluded[column] for column in columns if column != key})


class Projector:
    """Applies events to one connection's tables.

    Writes are gathered and then written table by table, each with one statement for all
    its rows: at the end of every ``apply`` (a counter's action), or, with ``batch=True``,
    only at ``flush()`` (a pulled batch of the central log). Reads inside a batch look at the
    gathered rows first, so an event sees what earlier events of the batch did. Events that
    change the register, buffer stocks or conflicts write at once, after a flush.
    """

    def __init__(self, connection: Connection, *, batch: bool = False) -> None:
        self.db = connection
        self.batch = batch
        #: Filled by ``prefetch`` for a batch: the batch's loans that exist already (and,
        #: after each ``flush``, those it wrote), with their type and units.
        self._existing_loans: dict[str, tuple[str, str, str]] | None = None
        self._clear()

    def _clear(self) -> None:
        #: Pumps as the gathered events left them: new ones, and changed ones with what
        #: their rows hold now.
        self._new_pumps: dict[str, Pump] = {}
        self._changed_pumps: dict[str, Pump] = {}
        self._pumps_as_stored: dict[str, Pump] = {}
        self._loans: dict[str, dict[str, Any]] = {}
        self._loan_pumps: dict[tuple[str, str], dict[str, Any]] = {}
        self._loan_pump_ends: list[dict[str, Any]] = []
        self._faults: list[dict[str, Any]] = []
        #: The gathered faults not yet closed, by pump (a service visit closes them).
        self._open_faults: dict[str, list[dict[str, Any]]] = {}
        self._fault_closes: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []

    def prefetch(self, batch: list[Event]) -> None:
        """Read at once what the batch's loans will look up one by one: which of its loans
        exist already, and their type and units."""
        loan_ids = [e.payload["loan_id"] for e in batch if e.type in _LOAN_STARTS]
        self._existing_loans = {row[0]: tuple(row[1:]) for row in self.db.execute(
            _loans_among, {"ids": json.dumps(loan_ids)})}

    def apply(self, event: Event, before: Pump | None, *, log: bool = True,
              payload_json: str | None = None) -> Pump | None:
        """Write ``event``'s changes to the tables and (unless ``log`` is false, for an
        event the log already holds) append it to the log.

        ``payload_json``: the payload's JSON text, when known (see ``append``).

        ``before`` is the pump as the caller loaded it in this transaction (None for
        events that do not concern a pump, and for a pump's registration). What an event
        does depends only on ``before`` and the event, never on what the workstation that
        recorded it believed: applied in the same order, the same events give the same rows
        at every workstation. Returns the pump after the event.
        """
        if event.type not in _GATHERED:
            self.flush()
        after = None
        if event.pump is not None:
            # The pumps themselves are kept; their rows are made once, at ``flush``.
            after = evolve(before, event)
            if event.type is E.PUMP_REGISTERED or event.pump in self._new_pumps:
                self._new_pumps[event.pump] = after
            else:
                if event.pump not in self._changed_pumps:
                    self._pumps_as_stored[event.pump] = before
                self._changed_pumps[event.pump] = after
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event, before)
        if event.type in _LOAN_STARTS:
            key = (event.payload["loan_id"], event.pump)
            payer = event.payload.get("payer") or {}
            # The loan as its row holds it (made by this event, or by its first pump's).
            loan_type, unit, billed = self._loan_of(key[0]) or (None, None, None)
            self._loan_pumps[key] = {"loan_id": key[0], "pump": key[1],
                                     "started_at": event.occurred_at, "ended_at": None,
                                     "end_reason": None, "payer_id": payer.get("id"),
                                     "payer_name": payer.get("name"),
                                     "payer_address": payer.get("invoice_address"),
                                     "payer_reference": payer.get("reference"),
                                     "loan_type": loan_type, "responsible_unit": unit,
                                     "billing_unit": billed,
                                     "model_code": after.model if after else None}
        if log:
            self.append(event, payload_json)
        if not self.batch:
            self.flush()
        return after

    def append(self, event: Event, payload_json: str | None = None) -> None:
        """Append ``event`` to the log without touching any other table. ``payload_json``:
        its payload's JSON text as ``json.dumps`` made it (the central log's, for a pulled
        event), stored as it is."""
        self._events.append(_event_values(event, payload_json))
        if not self.batch:
            self.flush()

    def _pump_updates(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        """The changed pumps' rows, each setting only the columns that changed (most
        events change two or three, and every set column costs its indexes' upkeep),
        grouped by the columns they set."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for registration, pump in self._changed_pumps.items():
            stored = _pump_values(self._pumps_as_stored[registration])
            changed = {k: v for k, v in _pump_values(pump).items() if stored[k] != v}
            if changed:
                groups.setdefault(tuple(changed), []).append(
                    {"_registration": registration, **changed})
        return [(_update_pump, rows) for rows in groups.values()]

    def flush(self) -> None:
        """Write what was gathered, table by table, in an order the foreign keys allow."""
        writes = [(_insert_loan, list(self._loans.values())),
                  (_insert_pump, [{"registration": registration, **_pump_values(pump)}
                                  for registration, pump in self._new_pumps.items()]),
                  *self._pump_updates(),
                  (_insert_loan_pump, list(self._loan_pumps.values())),
                  (_end_loan_pump, self._loan_pump_ends),
                  # Faults of earlier batches close first; this batch's carry their closing.
                  (_close_faults, self._fault_closes),
                  (_insert_fault, self._faults),
                  (_insert_event, self._events)]
        if self._existing_loans is not None:  # written now: a later start finds them
            self._existing_loans.update(
                (loan_id, (loan["type"], loan["responsible_unit"], loan["billing_unit"]))
                for loan_id, loan in self._loans.items())
        self._clear()
        for statement, rows in writes:
            if rows:
                execute_rows(self.db, statement, rows)

    # -- the register -------------------------------------------------------------------

    def _upsert(self, table: Any, key: str, values: dict[str, Any]) -> None:
        self.db.execute(_upsert_statement(table, key, tuple(values)), values)

    def _on_model_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(pump_models, "code", {
            "code": p["code"], "make": p["make"], "name": p["name"],
            "product_area": p["product_area"],
            "maintenance_interval_days": p["maintenance_interval_days"], "gtin": p.get("gtin"),
            "gtins": list(p.get("gtins") or ([p["gtin"]] if p.get("gtin") else [])),
            "consumables": list(p.get("consumables", [])),
            "replacement_cost": p.get("replacement_cost")})

    def _on_unit_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(care_units, "customer_number", {
            "customer_number": p["customer_number"], "name": p["name"], "kind": p["kind"],
            "contact_person": p.get("contact_person"),
            "regional_agreement": bool(p.get("regional_agreement")),
            "route_days": sorted(p.get("route_days") or ()),
            "delivery_address": p.get("delivery_address")})

    def _on_staff_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(staff, "number", {
            "number": p["number"], "name": p["name"], "roles": list(p.get("roles", [])),
            "active": bool(p.get("active", True)), "card_code": p.get("card_code"),
            "pin_hash": p.get("pin_hash")})

    def _on_product_area_defined(self, event: Event, _before: Pump | None) -> None:
        self._upsert(product_areas, "code", {"code": event.payload["code"],
                                             "name": event.payload["name"]})

    def _on_prescriber_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(prescribers, "id", {
            "id": p["id"], "name": p["name"], "role": p["role"],
            "areas": list(p.get("areas", [])), "units": list(p.get("units", [])),
            "joint_order_units": list(p.get("joint_order_units", [])),
            "phone": p.get("phone"), "email": p.get("email"),
            "active": bool(p.get("active", True))})

    def _on_payer_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(payers, "id", {
            "id": p["id"], "name": p["name"], "invoice_address": p["invoice_address"],
            "reference": p.get("reference"), "active": bool(p.get("active", True))})

    def forget(self, key: tuple[str, ...]) -> bool:
        """Delete the row a register change's ``upsert_keys`` key names, for the kinds a
        counter takes back when the judge refuses its own change (see
        ``SyncState._undo_refused``). False for a kind it does not take back."""
        if key[0] == "payer":
            self.db.execute(delete(payers).where(payers.c.id == key[1]))
        elif key[0] == "article":
            self.db.execute(delete(articles).where(articles.c.number == key[1]))
        elif key[0] == "consumable_prescription":
            self.db.execute(delete(consumable_prescriptions)
                            .where(consumable_prescriptions.c.id == key[1]))
        elif key[0] == "unit_payer":
            self.db.execute(delete(unit_payers).where(unit_payers.c.unit == key[1],
                                                      unit_payers.c.area == key[2]))
        else:
            return False
        return True

    def _on_unit_payer_set(self, event: Event, _before: Pump | None) -> None:
        """A unit's payer for an area set, or (payer None) taken away: the unit's payer for
        every area, or the unit itself, pays for that area again."""
        p = event.payload
        self.db.execute(delete(unit_payers).where(unit_payers.c.unit == p["unit"],
                                                  unit_payers.c.area == p["area"]))
        if p.get("payer"):
            self.db.execute(insert(unit_payers).values(unit=p["unit"], area=p["area"],
                                                       payer_id=p["payer"]))

    # -- consumables --------------------------------------------------------------------

    def _on_article_defined(self, event: Event, _before: Pump | None) -> None:
        values = article_payload(article_from_payload(event.payload))
        self._upsert(articles, "number", {
            "number": values["number"], "names": values["names"],
            "product_area": values["product_area"], "pack": values["pack"],
            "supply": values["supply"], "active": values["active"],
            "models": values["models"]})

    def _on_consumables_prescribed(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self.db.execute(upsert(consumable_prescriptions).values(
            id=p["id"], person_id=p.get("person") or None, prescriber=p["prescriber"],
            prescriber_name=p.get("prescriber_name") or p["prescriber"], unit=p["unit"],
            lines=list(p.get("lines") or []), per_days=int(p["per_days"]),
            valid_from=_date(p["valid_from"]), valid_to=_date(p.get("valid_to")),
            protected=bool(p.get("protected")), loan_id=p.get("loan_id"),
            made_at=event.occurred_at, workstation=event.workstation, event_id=event.id)
            .on_conflict_do_nothing(index_elements=["id"]))

    # -- buffer stocks ------------------------------------------------------------------

    def _set_target(self, unit: str, model: str, target: int) -> None:
        self.db.execute(upsert(buffer_targets).values(unit=unit, model=model, target=target)
                        .on_conflict_do_update(index_elements=["unit", "model"],
                                               set_={"target": target}))

    def _on_target_set(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._set_target(p["unit"], p["model"], p["target"])

    def _on_target_requested(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self.db.execute(insert(target_requests).values(
            id=p["request_id"], unit=p["unit"], model=p["model"], requested=p["requested"],
            requester=p["requester"], reason=p["reason"], requested_at=event.occurred_at,
            status="pending"))

    def _on_target_request_decided(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self.db.execute(update(target_requests).where(target_requests.c.id == p["request_id"])
                        .values(status="approved" if p["approved"] else "rejected",
                                decided_by=event.actor, decided_at=event.occurred_at))
        if p["approved"]:
            self._set_target(p["unit"], p["model"], p["requested"])

    def _on_replenishment_ran(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self.db.execute(insert(replenishment_runs).values(
            id=event.id, day=_date(p["day"]), ran_at=event.occurred_at, ran_by=event.actor,
            lines=p["lines"], shortages=p["shortages"]))

    # -- loans --------------------------------------------------------------------------

    @staticmethod
    def _patient_id(patient: dict[str, Any] | None) -> str | None:
        """The register id the loan names (None for a protected identity without a
        record). The register itself is not a projection of the log: events carry no
        personal data, only the id."""
        return (patient or {}).get("person")

    def _loan_of(self, loan_id: str) -> tuple[str, str, str] | None:
        """The loan's type, responsible and billed unit, as its row holds them (gathered in
        this batch, or written before); None for a loan not made yet."""
        gathered = self._loans.get(loan_id)
        if gathered is not None:
            return gathered["type"], gathered["responsible_unit"], gathered["billing_unit"]
        if self._existing_loans is not None:
            return self._existing_loans.get(loan_id)
        row = self.db.execute(_loan_facts, {"loan_id": loan_id}).first()
        return (row[0], row[1], row[2]) if row is not None else None

    def _start_loan(self, event: Event, _before: Pump | None = None) -> None:
        p = event.payload
        if self._loan_of(p["loan_id"]) is not None:
            return  # a further pump under the same loan
        patient = p.get("patient")
        self._loans[p["loan_id"]] = {
            "id": p["loan_id"], "number": p["loan_number"], "type": p["loan_type"],
            "patient_id": self._patient_id(patient),
            "protected_identity": bool(patient and patient.get("kind") == "protected"),
            "responsible_unit": p["responsible_unit"], "billing_unit": p["billing_unit"],
            "approval": p.get("approval"), "approval_key": approval_key(p.get("approval")) or None,
            "prescriber": p.get("prescriber"), "prescriber_id": p.get("prescriber_id"),
            "prescriber_verified": p.get("prescriber_verified"),
            "consumables": dict(p.get("consumables") or {}), "started_at": event.occurred_at,
            "workstation": event.workstation, "due_on": _date(p.get("due"))}

    def _end_loan(self, event: Event, before: Pump | None) -> None:
        """End the pump's loan as this database knows it, which after a sync conflict may
        be another counter's loan than the one the event's own workstation saw."""
        loan_id = before.loan_id if before is not None else None
        if loan_id is None:
            return
        ended = {"ended_at": event.occurred_at, "end_reason": _LOAN_ENDS[event.type]}
        gathered = self._loan_pumps.get((loan_id, event.pump))
        if gathered is not None:
            gathered.update(ended)
        else:
            self._loan_pump_ends.append({"_loan_id": loan_id, "_pump": event.pump, **ended})

    def _add_fault(self, event: Event) -> None:
        fault = event.payload.get("fault")
        if fault:
            row = {"id": fault["id"], "pump": event.pump, "description": fault["description"],
                   "category": fault.get("category"), "reported_by": event.actor,
                   "reported_at": event.occurred_at, "closed_at": None, "repair": None}
            self._faults.append(row)
            self._open_faults.setdefault(event.pump, []).append(row)

    # -- the pump's life ----------------------------------------------------------------

    _on_issued_to_patient = _start_loan
    _on_issued_for_transport = _start_loan
    _on_dispatched_to_unit = _start_loan

    def _on_prescribed_from_stock(self, event: Event, before: Pump | None) -> None:
        self._end_loan(event, before)
        self._start_loan(event)

    def _on_returned(self, event: Event, before: Pump | None) -> None:
        self._end_loan(event, before)
        self._add_fault(event)

    def _on_fault_reported(self, event: Event, before: Pump | None) -> None:
        # A fault phoned in on a loan (or found on a lost pump, or in service) leaves the
        # loan as it is; at the depot or in a unit's stock it ends the unit's loan.
        if before is not None and before.state not in FAULT_KEEPS_STATE \
                and before.state is not PumpState.RETIRED:
            self._end_loan(event, before)
        self._add_fault(event)

    def _on_sent_to_service(self, event: Event, before: Pump | None) -> None:
        self._end_loan(event, before)

    _on_reported_lost = _on_sent_to_service

    def _on_conflict_resolved(self, event: Event, _before: Pump | None) -> None:
        self.db.execute(
            update(sync_conflicts)
            .where(sync_conflicts.c.event_id == event.payload["conflict"])
            .values(resolved_by=event.id, resolved_actor=event.actor,
                    resolved_at=event.occurred_at, resolution=event.payload.get("note", "")))

    # -- orders of consumables (``app.persistence.orders``) ---------------------------------

    def _on_order_placed(self, event: Event, _before: Pump | None) -> None:
        order_rows(self.db, event)

    _on_order_moved = _on_order_placed
    _on_order_justified = _on_order_placed

    # -- stocktake ----------------------------------------------------------------------

    def _on_count_started(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self.db.execute(upsert(counts).values(
            id=p["count"], place=p["place"], started_at=event.occurred_at,
            started_by=event.actor, workstation=event.workstation)
            .on_conflict_do_nothing(index_elements=["id"]))

    def _on_count_scanned(self, event: Event, _before: Pump | None) -> None:
        # The first scan of a pump counts, whichever counter made it.
        self.db.execute(upsert(count_scans).values(
            count_id=event.payload["count"], pump=event.payload["registration"],
            scanned_at=event.occurred_at, scanned_by=event.actor)
            .on_conflict_do_nothing(index_elements=["count_id", "pump"]))

    def _on_count_finished(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        result = {k: p[k] for k in ("expected", "found", "missing", "unexpected")}
        # Two counters may both finish a count while apart: the earlier finish stands, at
        # every counter whichever order they apply them in.
        self.db.execute(update(counts).where(counts.c.id == p["count"], or_(
            counts.c.finished_at.is_(None), counts.c.finished_at > event.occurred_at))
                        .values(finished_at=event.occurred_at, finished_by=event.actor,
                                result=result))

    # -- recalls ------------------------------------------------------------------------

    def _on_recall_defined(self, event: Event, _before: Pump | None) -> None:
        p = event.payload
        self._upsert(recalls, "reference", {
            "reference": p["reference"], "title": p["title"], "action": p["action"],
            "selection": dict(p.get("selection") or {}), "recorded_at": event.occurred_at,
            "recorded_by": event.actor, "event_id": event.id})

    def _recall_progress(self, event: Event, reference: str, how: str,
                         note: str | None) -> None:
        self.db.execute(upsert(recall_progress).values(
            reference=reference, pump=event.pump, done_at=event.occurred_at,
            done_by=event.actor, how=how, note=note, event_id=event.id)
            .on_conflict_do_nothing(index_elements=["reference", "pump"]))

    def _on_recall_done(self, event: Event, _before: Pump | None) -> None:
        self._recall_progress(event, event.payload["recall"], "done", event.payload.get("note"))

    def _on_back_from_service(self, event: Event, _before: Pump | None) -> None:
        if event.payload.get("recall"):
            self._recall_progress(event, event.payload["recall"], "service",
                                  event.payload.get("repair"))
        repair = event.payload.get("repair")
        for fault in self._open_faults.pop(event.pump, ()):
            fault["closed_at"] = event.occurred_at
            fault["repair"] = repair
        self._fault_closes.append({"_pump": event.pump, "closed_at": event.occurred_at,
                                   "repair": repair})


#: Each event type's handler, looked up once per event rather than by name.
_HANDLERS = {t: handler for t in EventType
             if (handler := getattr(Projector, f"_on_{t.value}", None)) is not None}
