"""Lookback for an investigation or a field safety notice: every loan period of a pump
between two dates with its faults, services and cleanings; every pump a person had, under
every identity they have had; everyone who had a pump of a model in a period. Each is a
table that exports to CSV.

A person with protected identity shows only as "protected identity", with the responsible
unit: a loan made to one names no record, and a person who became protected has a record
that holds nothing but its id (``app.domain.persons.protected``), so no lookback can show,
export or print anything of them — nor find them by a number they had.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, String, false, func, null, or_, select, type_coerce

from app.domain.events import EVENT_LABELS, EventType
from app.domain.lookback import (
    LOAN_TYPE_LABELS,
    NOT_YET_HOLDER,
    PROTECTED_HOLDER,
    SERVICE_REASON_LABELS,
    UNIT_STOCK_HOLDER,
    Period,
    PumpSelection,
    period,
)
from app.domain.persons import Person
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.persistence.database import json_values
from app.persistence.persons import PersonRegister, current, named
from app.persistence.repository import Repository, holder_of
from app.persistence.staff import StaffRegister
from app.persistence.tables import (
    care_units,
    events,
    loan_pumps,
    loans,
    persons,
    pumps,
    sync_conflicts,
)
from app.services.export import write_table
from app.services.persons import find_person
from app.services.queries import scanned_pump
from app.services.station import Station

E = EventType
#: What a pump's lookback lists beside its loans: faults, services and cleanings (a
#: return is listed when it brought a fault note).
_PUMP_EVENTS = (E.FAULT_REPORTED, E.RETURNED, E.SENT_TO_SERVICE, E.BACK_FROM_SERVICE,
                E.CLEANED)
_MOVES = (E.CARE_MOVED.value, E.STOCK_MOVED.value)


class LoanPeriod(NamedTuple):
    """One pump under one loan, from when it was lent until it ended (None: still out). A
    tuple: a model's lookback makes a hundred thousand of them."""

    pump: str
    model: str
    loan_number: str
    loan_type: str
    #: The patient as a screen may show them; a ``Phrase`` for a protected identity and
    #: for a unit's buffer stock.
    holder: str
    protected: bool
    #: The units that answered for the pump, in order: (customer number, name, since).
    units: tuple[tuple[str, str, dt.datetime], ...]
    prescriber: str | None
    approval: str | None
    started_at: dt.datetime
    ended_at: dt.datetime | None

    @property
    def unit(self) -> str:
        """The responsible unit, with where care moved to: "A (123456) → B (654321)"."""
        return " → ".join(f"{name} ({number})" for number, name, _since in self.units)

    def as_json(self) -> dict[str, Any]:
        return {"pump": self.pump, "model": self.model, "loan": self.loan_number,
                "loan_type": self.loan_type, "holder": str(self.holder),
                "protected_identity": self.protected,
                "responsible_units": [{"unit": number, "unit_name": name,
                                       "from": since.isoformat()}
                                      for number, name, since in self.units],
                "prescriber": self.prescriber, "approval": self.approval,
                "from": self.started_at.isoformat(),
                "to": self.ended_at.isoformat() if self.ended_at else None}


@dataclass(frozen=True)
class PumpEvent:
    """A fault, a service or a cleaning of the pump."""

    occurred_at: dt.datetime
    type: str
    label: str
    #: What was wrong, why it went to service, what was repaired (``Phrase``s among them).
    details: tuple[str, ...]
    actor_name: str
    workstation: str

    @property
    def detail(self) -> str:
        return " · ".join(self.details)

    def as_json(self) -> dict[str, Any]:
        return {"at": self.occurred_at.isoformat(), "type": self.type, "label": self.label,
                "detail": self.detail, "actor": self.actor_name,
                "workstation": self.workstation}


@dataclass(frozen=True)
class PumpLookback:
    registration: str
    model: str
    period: Period
    loans: tuple[LoanPeriod, ...]
    events: tuple[PumpEvent, ...]

    def as_json(self) -> dict[str, Any]:
        return {"pump": self.registration, "model": self.model, **self.period.as_json(),
                "loans": [loan.as_json() for loan in self.loans],
                "events": [event.as_json() for event in self.events]}


@dataclass(frozen=True)
class PersonLookback:
    """Every pump a person had, under every record and identity they have had."""

    shown: str
    #: The identity keys the person has had: the current one first, then the earlier ones.
    identities: tuple[str, ...]
    period: Period
    loans: tuple[LoanPeriod, ...]

    def as_json(self) -> dict[str, Any]:
        return {"person": self.shown, "identities": list(self.identities),
                **self.period.as_json(), "loans": [loan.as_json() for loan in self.loans]}


@dataclass(frozen=True)
class ModelLookback:
    selection: PumpSelection
    period: Period
    loans: tuple[LoanPeriod, ...]

    def as_json(self) -> dict[str, Any]:
        return {**self.selection.criteria(), **self.period.as_json(),
                "loans": [loan.as_json() for loan in self.loans]}


Lookback = PumpLookback | PersonLookback | ModelLookback

# -- the queries ------------------------------------------------------------------------

#: The loan periods, narrowed by ``_overlapping`` and a pump, a person or a selection.
#: Times come as stored (ISO 8601 in UTC, which sorts and compares as text), to be parsed
#: once each; the people the loans name are read apart (``_holders``): a few thousand
#: people hold a model's hundred thousand loans.
_periods = (
    select(loan_pumps.c.pump, type_coerce(loan_pumps.c.started_at, String).label("started"),
           type_coerce(loan_pumps.c.ended_at, String).label("ended"), pumps.c.model_code,
           loan_pumps.c.loan_id, loans.c.number, loans.c.type, loans.c.protected_identity, loans.c.patient_id, loans.c.responsible_unit,
           loans.c.prescriber, loans.c.approval)
    .select_from(pumps.join(loan_pumps, loan_pumps.c.pump == pumps.c.registration)
                 .join(loans, loans.c.id == loan_pumps.c.loan_id)))
_people = (
    select(named.c.id.label("patient_id"), false().label("protected_identity"),
           null().label("unit_name"), current.c.id, current.c.kind, current.c.key,
           current.c.birth_date, current.c.name, current.c.merged_into)
    .select_from(named.join(current, current.c.id == func.coalesce(named.c.merged_into,
                                                                   named.c.id)))
    .where(named.c.id.in_(json_values("ids"))))

#: Events the central database refused changed nothing: a lookback leaves them out.
_not_refused = ~events.c.id.in_(select(sync_conflicts.c.event_id))


def _overlapping(query: Select[Any], within: Period) -> Select[Any]:
    if within.end is not None:
        query = query.where(loan_pumps.c.started_at < within.end)
    if within.start is not None:
        query = query.where(or_(loan_pumps.c.ended_at.is_(None),
                                loan_pumps.c.ended_at >= within.start))
    return query


def _selected(query: Select[Any], selection: PumpSelection) -> Select[Any]:
    """The pumps a selection covers; each criterion one condition on ``pumps``."""
    if selection.model is not None:
        query = query.where(pumps.c.model_code == selection.model)
    if selection.lot is not None:
        query = query.where(pumps.c.udi_lot == selection.lot)
    return query


#: Up to this many pumps, a lookback reads their moves pump by pump; more, and it reads
#: every move of the period (the events by type and time) and keeps theirs.
_MOVES_BY_PUMP = 1000


def _moves(connection: Connection, rows: list[Any],
           within: Period) -> dict[str, list[tuple[str, str]]]:
    """Where responsibility moved during the loans of ``rows`` (``_periods``' tuples,
    sorted by when they began) before the period ended: loan id → [(when as stored, to unit)], in order."""
    moved: dict[str, list[tuple[str, str]]] = {}
    if not rows:
        return moved
    loan_ids = {row[4] for row in rows}
    query = (select(events.c.type, type_coerce(events.c.occurred_at, String).label("at"),
                    func.json_extract(events.c.payload, "$.loan_id").label("loan_id"),
                    func.json_extract(events.c.payload, "$.to_unit").label("to_unit"))
             .where(_not_refused, events.c.occurred_at >= dt.datetime.fromisoformat(
                 rows[0][1]))
             .order_by(events.c.seq))
    lent = {row[0] for row in rows}
    if len(lent) <= _MOVES_BY_PUMP:
        # Each pump's few events by its own index; the moves are picked out below (a
        # condition on the type would have SQLite read the period's moves of every pump).
        query = query.where(events.c.pump.in_(json_values("pumps")))
    else:
        query = query.where(events.c.type.in_(_MOVES))
    if within.end is not None:
        query = query.where(events.c.occurred_at < within.end)
    for row in connection.execute(query, {"pumps": json.dumps(sorted(lent))}):
        if row.type in _MOVES and row.loan_id in loan_ids:
            moved.setdefault(row.loan_id, []).append((row.at, row.to_unit))
    return moved


def _holders(connection: Connection, patient_ids: set[str]) -> dict[str, tuple[str, bool]]:
    """Each person a loan names → (who as a screen may show them, protected)."""
    if not patient_ids:
        return {}
    return {row.patient_id: holder_of(row) for row in connection.execute(
        _people, {"ids": json.dumps(sorted(patient_ids))})}


def _holder(loan_type: str, protected: bool, patient_id: str | None,
            people: dict[str, tuple[str, bool]]) -> tuple[str, bool]:
    if loan_type == "unit_buffer" or (patient_id is None and not protected):
        return UNIT_STOCK_HOLDER, False
    if protected:
        return PROTECTED_HOLDER, True
    holder, protected = people.get(patient_id or "", (NOT_YET_HOLDER, False))
    return (PROTECTED_HOLDER, True) if protected else (holder, False)


def _loan_periods(connection: Connection, query: Select[Any],
                  within: Period) -> tuple[LoanPeriod, ...]:
    # Plain tuples, in _periods' column order: a model's lookback makes 100,000 of them.
    rows = connection.execute(_overlapping(query, within)).all()
    rows.sort(key=itemgetter(1, 0))  # by when the pump was lent, then the pump
    moved = _moves(connection, rows, within)
    people = _holders(connection, {row[8] for row in rows if row[8]})
    names = dict(connection.execute(select(care_units.c.customer_number,
                                           care_units.c.name)).all())
    moment = dt.datetime.fromisoformat
    found = []
    for (pump, started, ended, model, loan_id, number, loan_type, protected, patient_id,
         unit, prescriber, approval) in rows:
        holder, hidden = _holder(loan_type, protected, patient_id, people)
        began = moment(started)
        units = [(unit, names.get(unit, ""), began)]
        for when, to_unit in moved.get(loan_id, ()):
            if when >= started and (ended is None or when <= ended):
                units.append((to_unit, names.get(to_unit, to_unit), moment(when)))
        found.append(LoanPeriod(pump, model, number, loan_type, holder, hidden, tuple(units),
                                prescriber, approval, began, ended and moment(ended)))
    return tuple(found)


def _event_details(type_: str, payload: dict[str, Any]) -> tuple[str, ...]:
    fault = payload.get("fault") or {}
    reason = payload.get("reason") if type_ in (E.SENT_TO_SERVICE, E.BACK_FROM_SERVICE) \
        else None
    parts = [fault.get("category"), fault.get("description"),
             SERVICE_REASON_LABELS.get(reason or "", reason), payload.get("repair")]
    return tuple(part for part in parts if part)


def _pump_events(connection: Connection, registration: str,
                 within: Period) -> tuple[PumpEvent, ...]:
    query = (select(events.c.type, events.c.occurred_at, events.c.actor,
                    events.c.workstation, events.c.payload)
             .where(events.c.pump == registration,
                    events.c.type.in_([t.value for t in _PUMP_EVENTS]), _not_refused)
             .order_by(events.c.occurred_at, events.c.seq))
    if within.start is not None:
        query = query.where(events.c.occurred_at >= within.start)
    if within.end is not None:
        query = query.where(events.c.occurred_at < within.end)
    staff_names = StaffRegister(connection).names()
    return tuple(
        PumpEvent(row.occurred_at, row.type, EVENT_LABELS[EventType(row.type)],
                  _event_details(row.type, row.payload), staff_names.get(row.actor, row.actor),
                  row.workstation)
        for row in connection.execute(query)
        if row.type != E.RETURNED or (row.payload or {}).get("fault"))


# -- the lookbacks ----------------------------------------------------------------------


def pump_lookback(station: Station, scan: str, first: str | dt.date | None,
                  last: str | dt.date | None) -> PumpLookback:
    """Every loan period of a pump (by registration or any scan of its labels) that
    overlaps the days ``first`` to ``last``, and its faults, services and cleanings in
    them."""
    within = period(first, last)
    with station.db.reading() as connection:
        pump = scanned_pump(Repository(connection), scan)
        loans_ = _loan_periods(connection, _periods.where(
            loan_pumps.c.pump == pump.registration), within)
        return PumpLookback(pump.registration, pump.model, within, loans_,
                            _pump_events(connection, pump.registration, within))


def _person_lookback(connection: Connection, person: Person, within: Period) -> PersonLookback:
    records = [person.id, *connection.execute(select(persons.c.id).where(
        persons.c.merged_into == person.id)).scalars()]
    loans_ = _loan_periods(connection, _periods.where(loans.c.patient_id.in_(records)),
                           within)
    return PersonLookback(person.display(), person.keys(), within, loans_)


def person_lookback(station: Station, identity: str, first: str | dt.date | None = None,
                    last: str | dt.date | None = None) -> PersonLookback:
    """Every pump a person had (found by any identity number they have had), with dates,
    under every record they have had (converted, or merged from another); with ``first``
    and ``last``, only the loans that overlap those days."""
    within = period(first, last, required=False)
    with station.db.reading() as connection:
        return _person_lookback(connection, find_person(PersonRegister(connection), identity),
                                within)


def person_lookback_if_any(station: Station, text: str) -> PersonLookback | None:
    """The person ``text`` names, if it is a whole identity number of a person in the
    register (the Pump tab's search tries this beside the pumps): else None."""
    try:
        return person_lookback(station, text)
    except Refused as refused:
        if refused.code in (RefusalCode.UNKNOWN_PATIENT, RefusalCode.INVALID_IDENTITY,
                            RefusalCode.INVALID_INPUT):
            return None
        raise


def selection_lookback(station: Station, selection: PumpSelection,
                       first: str | dt.date | None,
                       last: str | dt.date | None) -> ModelLookback:
    """Everyone who had a pump the selection covers during the days ``first`` to
    ``last``: every loan period of such a pump that overlaps them (patients, transports
    and units' buffer stocks)."""
    within = period(first, last)
    with station.db.reading() as connection:
        if selection.model and Repository(connection).model(selection.model) is None:
            raise Refused(RefusalCode.UNKNOWN_MODEL,
                          "No pump model {model} in the register: see pumpdesk list models.",
                          model=selection.model)
        return ModelLookback(selection, within, _loan_periods(
            connection, _selected(_periods, selection), within))


def model_lookback(station: Station, model: str | None, first: str | dt.date | None,
                   last: str | dt.date | None, lot: str | None = None) -> ModelLookback:
    """Everyone who had a pump of ``model`` (and of the UDI lot ``lot``, either may be
    left out) during the days ``first`` to ``last``."""
    return selection_lookback(station, PumpSelection(
        model=(model or "").strip().upper() or None, lot=(lot or "").strip() or None),
        first, last)


# -- export -----------------------------------------------------------------------------

LOAN_COLUMNS: tuple[str, ...] = (
    Phrase("Pump"), Phrase("Model"), Phrase("Loan"), Phrase("Loan type"), Phrase("Patient"),
    Phrase("Responsible unit"), Phrase("Prescriber"), Phrase("Approval"), Phrase("From"),
    Phrase("To"))
#: A pump's lookback adds its events after its loans, in the same columns and two more.
EVENT_COLUMNS: tuple[str, ...] = (Phrase("Event"), Phrase("Details"))


def _loan_cells(loan: LoanPeriod) -> list[Any]:
    return [loan.pump, loan.model, loan.loan_number, LOAN_TYPE_LABELS.get(loan.loan_type,
                                                                         loan.loan_type),
            loan.holder, loan.unit, loan.prescriber, loan.approval, loan.started_at,
            loan.ended_at]


def table(lookback: Lookback) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The lookback as one table: its column headers (``Phrase``s) and rows, each cell a
    text (a ``Phrase`` to translate), a moment, or None. A pump's events follow its loans,
    each with its moment in "From"."""
    rows = [_loan_cells(loan) for loan in lookback.loans]
    if not isinstance(lookback, PumpLookback):
        return LOAN_COLUMNS, rows
    rows = [cells + [None, None] for cells in rows]
    for event in lookback.events:
        rows.append([lookback.registration, lookback.model, None, None, None, None, None,
                     None, event.occurred_at, None, event.label,
                     event.details + (event.actor_name,)])
    return LOAN_COLUMNS + EVENT_COLUMNS, rows


def write_csv(lookback: Lookback, path: str, translate: Any) -> int:
    """Write the lookback to ``path`` as CSV for a spreadsheet (UTF-8 with a byte-order
    mark, semicolons, local times), headers and phrases through ``translate(context,
    text)``. Returns the number of rows written."""
    headers, rows = table(lookback)
    return write_table(path, headers, rows, translate)

