"""The reports a depot manager hands on: the figures of each, worked out from the register
and its history for a period and, where it applies, one unit. Each report is sections of
typed rows (numbers as numbers, dates as dates); ``report_files`` writes them as CSV, XLSX or
PDF with their titles in the depot's language.

No report names a patient: every figure is per unit, model, area or payer, and a pump's line
names the pump and its loan number, never who had it — so a protected identity cannot show."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from sqlalchemy import Connection, Integer, String, and_, func, select, type_coerce

from app.domain.events import EventType
from app.domain.refusals import RefusalCode, Refused
from app.domain.states import PumpState
from app.persistence.payers import PayerRegister
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
from app.persistence.tables import (
    care_units,
    events,
    fault_reports,
    loan_pumps,
    loans,
    pump_models,
    pumps,
    replenishment_runs,
)
from app.services.station import Station

#: The reports, in the order the window and ``pumpdesk report`` offer them.
REPORTS = ("out", "loans", "lost", "faults", "maintenance", "replenishment", "counts")
#: Reports of how things stand now: a period does not change them.
NOW_REPORTS = frozenset({"out"})
#: Reports a unit narrows (faults are per model and category, whatever unit had the pump).
UNIT_REPORTS = frozenset({"out", "loans", "lost", "maintenance", "replenishment", "counts"})
#: The loans report counts loans to patients and transport loans; a unit's buffer stock is
#: the out report's, not a loan.
LENT_TYPES = ("patient", "transport")


@dataclass(frozen=True)
class Section:
    """One table of a report. ``columns`` are keys ``app.printing.report`` gives titles;
    each row has one typed value per column (str, int, dt.date, float or None)."""

    key: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class Report:
    name: str
    start: dt.date
    end: dt.date
    unit: str | None
    made_at: dt.datetime
    sections: list[Section] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        def value(v: Any) -> Any:
            return v.isoformat() if isinstance(v, dt.date) else v
        return {"report": self.name, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "unit": self.unit,
                "made_at": self.made_at.isoformat(),
                "sections": [{"section": s.key, "columns": list(s.columns),
                              "rows": [dict(zip(s.columns, map(value, row)))
                                       for row in s.rows]} for s in self.sections]}


@dataclass(frozen=True)
class Period:
    """The days ``start`` to ``end``, both included, in the workstation's time zone."""

    start: dt.date
    end: dt.date

    @cached_property
    def since(self) -> dt.datetime:
        return _midnight_utc(self.start)

    @cached_property
    def until(self) -> dt.datetime:
        return _midnight_utc(self.end + dt.timedelta(days=1))


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def period(station: Station, start: dt.date | None, end: dt.date | None) -> Period:
    """The period asked for; without dates, the 365 days up to today (or to ``end``)."""
    end = end or station.ctx.today()
    start = start or end - dt.timedelta(days=364)
    if start > end:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The period starts ({start}) after it ends ({end}): give the earlier "
                      "date with --from.", start=start.isoformat(), end=end.isoformat())
    return Period(start, end)


def payer_of(payer_name: str | None, billing_unit: str, unit_names: dict[str, str]) -> str:
    """Who a lent pump is billed to, as its loan recorded it (``loan_pumps.payer_name``:
    the payer, or the unit itself, when it was lent); a pump lent before payers were kept,
    the unit billed, by name. The one place reports read a lent pump's payer."""
    return payer_name or unit_names.get(billing_unit, billing_unit)


def make_report(station: Station, name: str, start: dt.date | None = None,
                end: dt.date | None = None, unit: str | None = None) -> Report:
    """The figures of report ``name`` for the period (the last year by default) and, for
    the reports it applies to, one unit (its customer number)."""
    if name not in REPORTS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{name}' is not a report: choose one of {options}.", name=name,
                      options=", ".join(REPORTS))
    days = period(station, start, end)
    unit = (unit or "").strip() or None
    if unit is not None and name not in UNIT_REPORTS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The {name} report is for the whole depot: leave out the unit.",
                      name=name)
    with station.db.reading() as connection:
        if unit is not None and connection.execute(select(care_units.c.customer_number).where(
                care_units.c.customer_number == unit)).first() is None:
            raise Refused(RefusalCode.UNKNOWN_UNIT,
                          "No care unit with customer number {unit}.", unit=unit)
        sections = _FIGURES[name](connection, days, unit, station.ctx.today())
    return Report(name, days.start, days.end, unit, station.ctx.clock(), sections)


def _names(connection: Connection) -> tuple[dict[str, str], dict[str, Any]]:
    units = dict(connection.execute(select(care_units.c.customer_number, care_units.c.name)).all())
    models = {row.code: row for row in connection.execute(select(pump_models))}
    return units, models


def _model_name(models: dict[str, Any], code: str) -> str:
    row = models.get(code)
    return f"{row.make} {row.name}" if row is not None else code


# -- out: pumps out now ---------------------------------------------------------------------


def _out(connection: Connection, _days: Period, unit: str | None,
         _today: dt.date) -> list[Section]:
    units, models = _names(connection)
    query = (select(pumps.c.responsible_unit, pumps.c.model_code, pumps.c.state,
                    func.count().label("n"))
             .where(pumps.c.state.in_([PumpState.ON_LOAN, PumpState.ON_TRANSPORT_LOAN,
                                        PumpState.IN_UNIT_STOCK]))
             .group_by(pumps.c.responsible_unit, pumps.c.model_code, pumps.c.state))
    if unit is not None:
        query = query.where(pumps.c.responsible_unit == unit)
    figures: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    column = {PumpState.ON_LOAN: 0, PumpState.ON_TRANSPORT_LOAN: 1, PumpState.IN_UNIT_STOCK: 2}
    for row in connection.execute(query):
        figures[(row.responsible_unit or "", row.model_code)][column[PumpState(row.state)]] \
            += row.n
    rows = [(u, units.get(u, u), m, _model_name(models, m), *n, sum(n))
            for (u, m), n in sorted(figures.items())]
    return [Section("out", ("unit", "unit_name", "model", "model_name", "with_patients",
                            "on_transport", "in_stock", "total"), rows)]


# -- loans started and ended in a period ------------------------------------------------------


def _loans(connection: Connection, days: Period, unit: str | None,
           _today: dt.date) -> list[Section]:
    """Counted in SQL from one index (``ix_loan_pumps_report``): each lent pump's row holds
    its loan's type and units and the pump's model, in the order grouped by, so a year of
    lent pumps is read once, without a look-up per pump. A model's product area is read
    as it is now."""
    units, models = _names(connection)
    lent = loan_pumps.c
    began = and_(lent.started_at >= days.since, lent.started_at < days.until)
    ended = and_(lent.ended_at >= days.since, lent.ended_at < days.until)
    # Grouped by the loan's type too: the index's order, so SQLite sorts nothing.
    query = (select(lent.responsible_unit, lent.billing_unit, lent.model_code,
                    lent.payer_name, func.sum(began, type_=Integer),
                    func.sum(ended, type_=Integer))
             .where(lent.loan_type.in_(LENT_TYPES), began | ended)
             .group_by(lent.loan_type, lent.responsible_unit, lent.billing_unit,
                       lent.model_code, lent.payer_name))
    if unit is not None:
        query = query.where(lent.responsible_unit == unit)
    merged: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for responsible, billed, model, payer, started, ended_count in connection.execute(query):
        area = models[model].product_area if model in models else ""
        total = merged[(responsible, area or "", payer_of(payer, billed, units))]
        total[0] += started or 0
        total[1] += ended_count or 0
    areas = PrescriberRegister(connection).areas()
    rows = [(u, units.get(u, u), area, areas.get(area, area), payer, started, ended_count)
            for (u, area, payer), (started, ended_count) in sorted(merged.items())]
    return [Section("loans", ("unit", "unit_name", "area", "area_name", "payer", "started",
                              "ended"), rows)]


# -- lost pumps charged per unit --------------------------------------------------------------


def _lost(connection: Connection, days: Period, unit: str | None,
          _today: dt.date) -> list[Section]:
    """Each pump lost in the period, charged to the unit that answered for it when it was
    lost (the report of the loss names it): the loan's own unit, or the one its stock or
    its patient's care moved to since (seed 000: a "lagerflytt" moves the responsibility
    to the receiving unit, and with it the cost of a pump that is lost)."""
    units, models = _names(connection)
    lost = (select(events.c.pump, func.json_extract(events.c.payload, "$.loan_id").label(
                "loan_id"), func.json_extract(events.c.payload, "$.liable_unit").label("liable"))
            .where(events.c.type == EventType.REPORTED_LOST.value,
                   events.c.occurred_at >= days.since, events.c.occurred_at < days.until)
            .subquery())
    liable = func.coalesce(lost.c.liable, loans.c.responsible_unit).label("liable")
    query = (select(loan_pumps.c.pump, loan_pumps.c.ended_at, loan_pumps.c.payer_name,
                    loans.c.number, loans.c.responsible_unit, loans.c.billing_unit,
                    pumps.c.model_code, pumps.c.state, liable)
             .select_from(loan_pumps)
             .join(loans, loans.c.id == loan_pumps.c.loan_id)
             .join(pumps, pumps.c.registration == loan_pumps.c.pump)
             .outerjoin(lost, and_(lost.c.pump == loan_pumps.c.pump,
                                   lost.c.loan_id == loan_pumps.c.loan_id))
             .where(loan_pumps.c.end_reason == "lost", loan_pumps.c.ended_at >= days.since,
                    loan_pumps.c.ended_at < days.until)
             .order_by(liable, loan_pumps.c.ended_at, loan_pumps.c.pump))
    if unit is not None:
        query = query.where(liable == unit)
    payers, register = PayerRegister(connection), Repository(connection)
    #: The payer of a unit a pump moved to, by (unit, product area): read once each.
    moved_payers: dict[tuple[str, str], str] = {}

    def moved_payer(liable: str, area: str) -> str:
        if (liable, area) not in moved_payers:
            found = register.unit(liable)
            moved_payers[liable, area] = payers.loan_payer(found, area).name \
                if found is not None else units.get(liable, liable)
        return moved_payers[liable, area]

    pumps_lost, per_unit, per_payer = [], defaultdict(lambda: [0, 0, 0]), \
        defaultdict(lambda: [0, 0, 0])
    for row in connection.execute(query):
        model = models.get(row.model_code)
        cost = model.replacement_cost if model is not None else None
        # Moved since the loan was made: billed as the receiving unit's pumps are now.
        payer = moved_payer(row.liable, model.product_area) \
            if row.liable != row.responsible_unit and model is not None \
            else payer_of(row.payer_name, row.billing_unit, units)
        pumps_lost.append((row.liable, units.get(row.liable),
                           row.pump, _model_name(models, row.model_code), row.number,
                           row.ended_at.astimezone().date(), payer, cost,
                           row.state == PumpState.LOST))
        for totals in (per_unit[row.liable], per_payer[payer]):
            totals[0] += 1
            totals[1] += cost or 0
            totals[2] += cost is None
    return [
        Section("lost", ("unit", "unit_name", "pump", "model_name", "loan", "lost_on",
                         "payer", "replacement_cost", "still_lost"), pumps_lost),
        Section("lost_per_unit", ("unit", "unit_name", "pumps", "charged", "without_cost"),
                [(u, units.get(u, u), *t) for u, t in sorted(per_unit.items())]),
        Section("lost_per_payer", ("payer", "pumps", "charged", "without_cost"),
                [(p, *t) for p, t in sorted(per_payer.items())]),
    ]


# -- faults per model and category, and time in service ---------------------------------------


def _faults(connection: Connection, days: Period, _unit: str | None,
            _today: dt.date) -> list[Section]:
    _units, models = _names(connection)
    query = (select(pumps.c.model_code, fault_reports.c.category,
                    func.count().label("reported"),
                    func.count(fault_reports.c.closed_at).label("closed"),
                    func.sum(func.iif(fault_reports.c.repair == "no fault found", 1, 0))
                    .label("no_fault"))
             .select_from(fault_reports)
             .join(pumps, pumps.c.registration == fault_reports.c.pump)
             .where(fault_reports.c.reported_at >= days.since,
                    fault_reports.c.reported_at < days.until)
             .group_by(pumps.c.model_code, fault_reports.c.category)
             .order_by(pumps.c.model_code, fault_reports.c.category))
    faults = [(row.model_code, _model_name(models, row.model_code), row.category or "",
               row.reported, row.reported - row.closed, row.no_fault or 0)
              for row in connection.execute(query)]
    return [Section("faults", ("model", "model_name", "category", "reported", "open",
                               "no_fault_found"), faults),
            Section("service_time", ("model", "model_name", "visits", "average_days",
                                     "longest_days"),
                    _service_time(connection, days, models))]


def _service_time(connection: Connection, days: Period,
                  models: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Service visits ended in the period (back from service), per model: how many, and
    their days from sent to back. Each is paired in SQL with the pump's move before it, a
    sending that began up to a year before the period."""
    at = type_coerce(events.c.occurred_at, String)  # ISO text in UTC: julianday reads it
    window = {"partition_by": events.c.pump, "order_by": (events.c.occurred_at, events.c.seq)}
    moves = (select(events.c.pump, events.c.type, at.label("at"),
                    func.lag(events.c.type).over(**window).label("before"),
                    func.lag(at).over(**window).label("before_at"))
             .where(events.c.type.in_([EventType.SENT_TO_SERVICE,
                                        EventType.BACK_FROM_SERVICE]),
                    events.c.occurred_at >= days.since - dt.timedelta(days=366),
                    events.c.occurred_at < days.until)
             .subquery())
    span = func.julianday(moves.c.at) - func.julianday(moves.c.before_at)
    query = (select(pumps.c.model_code, func.count(), func.avg(span), func.max(span))
             .select_from(moves).join(pumps, pumps.c.registration == moves.c.pump)
             .where(moves.c.type == EventType.BACK_FROM_SERVICE,
                    moves.c.before == EventType.SENT_TO_SERVICE,
                    moves.c.at >= days.since.isoformat(timespec="microseconds"))
             .group_by(pumps.c.model_code).order_by(pumps.c.model_code))
    return [(m, _model_name(models, m), n, round(average, 1), round(longest, 1))
            for m, n, average, longest in connection.execute(query)]


# -- maintenance done and due -----------------------------------------------------------------


def _maintenance(connection: Connection, days: Period, unit: str | None,
                 today: dt.date) -> list[Section]:
    units, models = _names(connection)
    done_query = (select(pumps.c.model_code, func.count().label("n"))
                  .select_from(events)
                  .join(pumps, pumps.c.registration == events.c.pump)
                  .where(events.c.type == EventType.BACK_FROM_SERVICE,
                         events.c.occurred_at >= days.since, events.c.occurred_at < days.until,
                         func.json_extract(events.c.payload, "$.last_maintenance").isnot(None))
                  .group_by(pumps.c.model_code))
    due_query = (select(pumps.c.responsible_unit, pumps.c.model_code,
                        func.count().label("due"),
                        func.sum(func.iif(pumps.c.next_maintenance < today, 1, 0))
                        .label("overdue"))
                 .where(pumps.c.next_maintenance <= days.end,
                        pumps.c.state.notin_([PumpState.RETIRED, PumpState.LOST]))
                 .group_by(pumps.c.responsible_unit, pumps.c.model_code))
    if unit is not None:
        due_query = due_query.where(pumps.c.responsible_unit == unit)
    # Maintenance is done at the depot, for no unit: a unit's report shows what it must
    # send in.
    done = [] if unit is not None else [
        (m, _model_name(models, m), n) for m, n in sorted(connection.execute(done_query).all())]
    due = sorted(((row.responsible_unit or "", units.get(row.responsible_unit or "", ""),
                   row.model_code, _model_name(models, row.model_code), row.due,
                   row.overdue) for row in connection.execute(due_query)))
    return [Section("maintenance_done", ("model", "model_name", "done"), done),
            Section("maintenance_due", ("unit", "unit_name", "model", "model_name",
                                        "due_by_end", "overdue"), due)]


# -- replenishment runs and shortages ---------------------------------------------------------


def _replenishment(connection: Connection, days: Period, unit: str | None,
                   _today: dt.date) -> list[Section]:
    units, models = _names(connection)
    runs, short = [], defaultdict(lambda: [0, 0])
    for row in connection.execute(
            select(replenishment_runs)
            .where(and_(replenishment_runs.c.day >= days.start,
                        replenishment_runs.c.day <= days.end))
            .order_by(replenishment_runs.c.day)):
        lines = [line for line in row.lines if unit is None or line[0] == unit]
        shortages = [s for s in row.shortages if unit is None or s[0] == unit]
        runs.append((row.day, len(lines), len({line[0] for line in lines}),
                     sum(int(s[2]) for s in shortages)))
        for u, m, missing in shortages:
            short[(u, m)][0] += 1
            short[(u, m)][1] += int(missing)
    return [Section("runs", ("day", "pumps_sent", "units_served", "pumps_short"), runs),
            Section("shortages", ("unit", "unit_name", "model", "model_name", "runs_short",
                                  "pumps_short"),
                    [(u, units.get(u, u), m, _model_name(models, m), *n)
                     for (u, m), n in sorted(short.items())])]


# Stocktake differences have a module of their own (it reads this one's helpers).
from app.services.report_counts import counts_figures  # noqa: E402


def _loans_and_orders(connection: Connection, days: Period, unit: str | None,
                      today: dt.date) -> list[Section]:
    from app.services.order_reports import orders_per_payer

    return _loans(connection, days, unit, today) + orders_per_payer(connection, days, unit,
                                                                    today)


_FIGURES: dict[str, Callable[[Connection, Period, str | None, dt.date], list[Section]]] = {
    "out": _out, "loans": _loans_and_orders, "lost": _lost, "faults": _faults,
    "maintenance": _maintenance, "replenishment": _replenishment, "counts": counts_figures}
