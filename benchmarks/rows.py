"""The projected tables' rows for a stream of events, written with bare ``sqlite3``.

This mirrors ``app.persistence.projector.Projector`` statement for statement (loan starts
and ends, patients keyed by identity, faults closed by a service visit) and the column
formats SQLAlchemy gives them: ``UtcDateTime`` as UTC ISO text with microseconds, ``Date``
as 'YYYY-MM-DD', ``Boolean`` as 0/1, ``JSON`` as ``json.dumps`` text. The pump itself is
always ``app.domain.pump.evolve``'s. ``tests/integration/test_bench_builder.py`` replays
the log through the real projector and compares every table, so a drift here fails it.

Rows are held until they are final (a loan's pump until it ends, a fault until service
closes it) and then appended, so nothing is ever updated in the database.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from app.domain.events import Event, EventType
from app.domain.identity import PatientIdentity
from app.domain.loans import approval_key
from app.domain.pump import Pump, evolve
from app.domain.states import FAULT_KEEPS_STATE

E = EventType
# As in the projector.
_LOAN_STARTS = frozenset({E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT,
                          E.PRESCRIBED_FROM_STOCK})
_LOAN_ENDS = {E.RETURNED: "returned", E.FAULT_REPORTED: "returned_faulty",
              E.SENT_TO_SERVICE: "sent_to_service", E.REPORTED_LOST: "lost",
              E.PRESCRIBED_FROM_STOCK: "prescribed"}
_ENDED_BY_PAYLOAD_LOAN = frozenset({E.RETURNED, E.FAULT_REPORTED, E.SENT_TO_SERVICE,
                                    E.REPORTED_LOST})

_INSERT = {
    "events": "INSERT INTO events (id, type, pump, actor, workstation, occurred_at, payload) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "persons": "INSERT INTO persons (id, kind, key, birth_date, name) VALUES (?, ?, ?, ?, ?)",
    "loans": "INSERT INTO loans (id, number, type, patient_id, protected_identity, "
             "responsible_unit, billing_unit, approval, approval_key, prescriber, consumables, "
             "started_at, workstation, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "loan_pumps": "INSERT INTO loan_pumps (loan_id, pump, started_at, ended_at, end_reason, "
                  "payer_id, payer_name, payer_address, payer_reference, loan_type, "
                  "responsible_unit, billing_unit, model_code) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "fault_reports": "INSERT INTO fault_reports (id, pump, description, category, "
                     "reported_by, reported_at, closed_at, repair) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "pumps": "INSERT INTO pumps (registration, model_code, serial_number, udi_gtin, "
             "udi_serial, udi_lot, udi_produced, udi_expires, state, since, "
             "responsible_unit, loan_id, last_maintenance, next_maintenance, service_reason, "
             "return_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def utc_text(moment: dt.datetime) -> str:
    """``UtcDateTime.process_bind_param``."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _date_text(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def pump_row(pump: Pump) -> tuple[Any, ...]:
    """``projector._write_pump``, in ``pumps``' column order."""
    return (pump.registration, pump.model, pump.serial_number, pump.udi_gtin, pump.udi_serial,
            pump.udi_lot, _date_text(pump.udi_produced), _date_text(pump.udi_expires),
            pump.state.value, utc_text(pump.since), pump.responsible_unit, pump.loan_id,
            _date_text(pump.last_maintenance), _date_text(pump.next_maintenance),
            pump.service_reason, pump.return_to)


class ProjectedRows:
    """Collects rows for events applied in recorded order; ``flush`` writes what is final."""

    def __init__(self) -> None:
        self._pending: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _INSERT}
        self._loan_ids: set[str] = set()
        #: (loan id, pump) → [loan_id, pump, started_at, ended_at, end_reason, payer_id,
        #: payer_name, payer_address, payer_reference, and the copies of the loan's type,
        #: units and the pump's model the loans report reads]
        self._open_loan_pumps: dict[tuple[str, str], list[Any]] = {}
        #: pump → its fault rows not yet closed
        self._open_faults: dict[str, list[list[Any]]] = {}
        self.counts: dict[str, int] = {table: 0 for table in _INSERT}

    def apply(self, event: Event, before: Pump | None) -> Pump | None:
        """``Projector.apply``: the event's row changes, then the log line. Returns the
        pump after the event."""
        at = utc_text(event.occurred_at)
        payload = event.payload
        kind = event.type
        if kind is E.PRESCRIBED_FROM_STOCK:
            self._end_loan(event, payload.get("from_loan_id"), at)
        elif kind in _ENDED_BY_PAYLOAD_LOAN and not (
                kind is E.FAULT_REPORTED and before is not None
                and before.state in FAULT_KEEPS_STATE):
            self._end_loan(event, payload.get("loan_id"), at)
        if kind in _LOAN_STARTS:
            self._start_loan(event, at)
        if kind in (E.RETURNED, E.FAULT_REPORTED) and payload.get("fault"):
            fault = payload["fault"]
            self._open_faults.setdefault(event.pump or "", []).append(
                [fault["id"], event.pump, fault["description"], fault.get("category"),
                 event.actor, at, None, None])
        elif kind is E.BACK_FROM_SERVICE:
            for row in self._open_faults.pop(event.pump or "", []):
                row[6], row[7] = at, payload.get("repair")
                self._pending["fault_reports"].append(tuple(row))
        after = None
        if event.pump is not None:
            after = evolve(before, event)
            if kind in _LOAN_STARTS:
                key = (payload["loan_id"], event.pump)
                if key in self._open_loan_pumps:
                    raise ValueError(f"loan_pumps {key} inserted twice")
                payer = payload.get("payer") or {}
                self._open_loan_pumps[key] = [*key, at, None, None, payer.get("id"),
                                              payer.get("name"), payer.get("invoice_address"),
                                              payer.get("reference"), payload["loan_type"],
                                              payload["responsible_unit"],
                                              payload["billing_unit"], after.model]
        self._pending["events"].append(
            (event.id, kind.value, event.pump, event.actor, event.workstation, at,
             json.dumps(dict(payload))))
        return after

    def add_people(self, people: Iterable[tuple[str, PatientIdentity]]) -> None:
        """The person register: not a projection of the log, so written as it is."""
        self._pending["persons"] += [
            (person_id, identity.kind.value, identity.key,
             _date_text(identity.birth_date), identity.name) for person_id, identity in people]

    @staticmethod
    def _patient_id(patient: dict[str, Any] | None) -> str | None:
        """``Projector._patient_id``: the register id the loan's event names."""
        return (patient or {}).get("person")

    def _start_loan(self, event: Event, at: str) -> None:
        p = event.payload
        if p["loan_id"] in self._loan_ids:
            return  # a further pump under the same loan
        self._loan_ids.add(p["loan_id"])
        patient = p.get("patient")
        self._pending["loans"].append((
            p["loan_id"], p["loan_number"], p["loan_type"], self._patient_id(patient),
            int(bool(patient and patient.get("kind") == "protected")),
            p["responsible_unit"], p["billing_unit"], p.get("approval"),
            approval_key(p.get("approval")) or None, p.get("prescriber"),
            json.dumps(dict(p.get("consumables") or {})), at, event.workstation, p.get("due")))

    def _end_loan(self, event: Event, loan_id: str | None, at: str) -> None:
        if loan_id is None:
            return
        row = self._open_loan_pumps.pop((loan_id, event.pump or ""), None)
        if row is None:
            # The projector's UPDATE would match an ended row or none: a plan the builder
            # never makes, so stop rather than guess.
            raise ValueError(f"{event.type} ends loan {loan_id} of {event.pump}, not open")
        row[3], row[4] = at, _LOAN_ENDS[event.type]
        self._pending["loan_pumps"].append(tuple(row))

    def flush(self, connection: sqlite3.Connection) -> None:
        """Insert every final row collected so far, parents before children."""
        for table in ("persons", "loans", "loan_pumps", "fault_reports", "events"):
            self._write(connection, table, self._pending[table])
            self._pending[table] = []

    def finish(self, connection: sqlite3.Connection, pumps: Iterable[Pump]) -> None:
        """The rows still open (loans out, faults not yet repaired) and every pump."""
        self._write(connection, "pumps", [pump_row(p) for p in pumps])
        self._pending["loan_pumps"] += [tuple(r) for r in self._open_loan_pumps.values()]
        self._pending["fault_reports"] += [tuple(r) for rows in self._open_faults.values()
                                           for r in rows]
        self._open_loan_pumps.clear()
        self._open_faults.clear()
        self.flush(connection)

    def _write(self, connection: sqlite3.Connection, table: str,
               rows: list[tuple[Any, ...]]) -> None:
        if rows:
            connection.executemany(_INSERT[table], rows)
            self.counts[table] += len(rows)
