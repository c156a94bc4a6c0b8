"""The ``counts`` report: stocktake differences in a period. Each count finished in the
period (of one unit's stock, with ``--unit``) with its place, when it was finished and by
whom, and its tally; then every difference it recorded — a pump missing from the place, or
found there while the register put it elsewhere — with how it was put right since.

A difference is resolved by the first of the pump's ordinary events after the count was
finished that settles where it is: reported lost (charged to the unit it was lost from, or
at the depot's cost), moved to a unit's stock, or returned (a missing pump that turns up
and comes back is settled too). Until one comes, it is open.
Counts hold pumps and places only, never a patient: a pump found that the register has on
loan shows its state and unit, not who has it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, select

from app.domain.counts import DEPOT, DEPOT_LABEL, Tally
from app.domain.events import EventType
from app.persistence.database import json_values
from app.persistence.tables import counts, events, pumps, staff
from app.services.reports import Period, Section, _model_name, _names

E = EventType

#: A difference's resolution, by the event that settled it (``lost`` is told apart below:
#: charged to a unit, or at the depot's cost). A move is a stock's (a count's ``move``);
#: care moving with a patient settles nothing about a stock.
_SETTLING = {E.REPORTED_LOST: "lost", E.STOCK_MOVED: "moved", E.RETURNED: "returned"}
#: The register's state of a pump missing from the depot's own shelves: one of ready,
#: awaiting cleaning or faulty, which the count does not record.
DEPOT_SHELVES_STATE = "depot_shelves"


def _local(moment: dt.datetime) -> dt.datetime:
    """A moment as the workstation's wall clock shows it, to the minute (a spreadsheet
    cell holds no time zone)."""
    return moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def _settling_events(connection: Connection, registrations: set[str],
                     since: dt.datetime) -> dict[str, list[Any]]:
    """The differing pumps' settling events from ``since`` on, oldest first, per pump."""
    found: dict[str, list[Any]] = {}
    if not registrations:
        return found
    query = (select(events.c.pump, events.c.type, events.c.occurred_at, events.c.payload)
             .where(events.c.pump.in_(json_values("pumps")),
                    events.c.type.in_([t.value for t in _SETTLING]),
                    events.c.occurred_at >= since)
             .order_by(events.c.occurred_at, events.c.seq))
    for row in connection.execute(query, {"pumps": json.dumps(sorted(registrations))}):
        found.setdefault(row.pump, []).append(row)
    return found


def _resolution(settling: list[Any], finished_at: dt.datetime
                ) -> tuple[str, str | None, dt.date | None]:
    """How a difference was resolved after ``finished_at``: the resolution's code, the
    unit charged or moved to, and the day."""
    for row in settling:
        if row.occurred_at < finished_at:
            continue
        kind = _SETTLING[EventType(row.type)]
        unit = None
        if kind == "lost":
            unit = row.payload.get("liable_unit")
            kind = "lost" if unit else "lost_at_depot"
        elif kind == "moved":
            unit = row.payload.get("to_unit")
        return kind, unit, row.occurred_at.astimezone().date()
    return "open", None, None


def counts_figures(connection: Connection, days: Period, unit: str | None,
                   _today: dt.date) -> list[Section]:
    units, models = _names(connection)
    who = dict(connection.execute(select(staff.c.number, staff.c.name)).all())
    query = (select(counts).where(counts.c.finished_at >= days.since,
                                  counts.c.finished_at < days.until)
             .order_by(counts.c.finished_at, counts.c.id))
    if unit is not None:
        query = query.where(counts.c.place == unit)
    finished = [(row, Tally.from_payload(row.result or {"expected": [], "found": [],
                                                         "missing": [], "unexpected": []}))
                for row in connection.execute(query)]
    differing = {r for _row, t in finished
                 for r in (*t.missing, *(u.registration for u in t.unexpected))}
    model_of = dict(connection.execute(
        select(pumps.c.registration, pumps.c.model_code)
        .where(pumps.c.registration.in_(json_values("pumps"))),
        {"pumps": json.dumps(sorted(differing))}).all()) if differing else {}
    settling = _settling_events(connection, differing,
                                min((row.finished_at for row, _t in finished), default=None)
                                or days.since)
    summary, lines = [], []
    for row, tally in finished:
        number = row.id[:8]
        place_name = DEPOT_LABEL if row.place == DEPOT else units.get(row.place, "")
        differences = [(r, "missing", DEPOT_SHELVES_STATE if row.place == DEPOT
                        else "in_unit_stock", None if row.place == DEPOT else row.place)
                       for r in tally.missing]
        differences += [(u.registration, "unexpected", u.state, u.unit)
                        for u in tally.unexpected]
        still_open = 0
        for registration, kind, state, where in differences:
            resolution, to_unit, on = _resolution(settling.get(registration, []),
                                                  row.finished_at)
            still_open += resolution == "open"
            model = model_of.get(registration, "")
            lines.append((number, row.place, registration, _model_name(models, model), kind,
                          state, where, resolution, to_unit, on))
        summary.append((number, row.place, place_name, _local(row.started_at),
                        _local(row.finished_at), who.get(row.finished_by, row.finished_by),
                        len(tally.expected), len(tally.expected) - len(tally.missing),
                        len(tally.missing), len(tally.unexpected), still_open))
    return [
        Section("counts", ("count", "place", "place_name", "count_started", "count_finished",
                           "finished_by", "expected", "found", "missing", "unexpected",
                           "unresolved"), summary),
        Section("count_differences", ("count", "place", "pump", "model_name", "difference",
                                      "register_state", "register_unit", "resolution",
                                      "resolved_unit", "resolved_on"), lines),
    ]
