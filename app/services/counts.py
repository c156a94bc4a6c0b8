"""Stocktake: start a count of a place, scan what is there, finish it, resolve what differs.

Every step is an event of the log (``app.domain.counts``), so a count begun at one counter
can be resumed at another after a sync; what a count shows while it is open is worked out
live from the register and the pumps scanned.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, func, select

from app.domain import counts as rules_counts
from app.domain import rules
from app.domain.counts import DEPOT, DEPOT_SHELVES, CountInfo, Tally
from app.domain.events import Event
from app.domain.pump import Pump
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.staff import Role
from app.domain.states import PumpState
from app.persistence.repository import Repository
from app.persistence.tables import (
    buffer_targets,
    care_units,
    count_scans,
    counts,
    pumps,
)
from app.persistence.unit_of_work import UnitOfWork
from app.services import actions
from app.services.results import ActionResult
from app.services.station import Station

#: The depot's setting: how many months between counts of a unit's buffer stock.
INTERVAL_KEY = "count_interval_months"
#: How many missing pumps the window lists (the tally counts them all).
SHOWN_MISSING = 1000


class CountLine(NamedTuple):
    """One pump of a count's view, with where the register puts it now (a tuple: a view
    of hundreds of pumps is built again at every scan)."""

    registration: str
    model: str
    state: str
    unit: str | None
    unit_name: str | None
    #: For a difference of a finished count: already put right (lost, moved, returned).
    resolved: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"registration": self.registration, "model": self.model, "state": self.state,
                "unit": self.unit, "unit_name": self.unit_name, "resolved": self.resolved}


@dataclass(frozen=True)
class CountView:
    """What a count shows: expected, found (expected and scanned), missing and unexpected
    (scanned, not expected) — live while it is open, as recorded once it is finished."""

    info: CountInfo
    place_name: str
    expected: int
    found: list[CountLine]
    missing: list[CountLine]
    unexpected: list[CountLine]
    #: The pump just scanned (its line), and whether it had been counted already.
    last: CountLine | None = None
    again: bool = False
    #: How many are missing: ``missing`` lists the first of them when the view was asked
    #: for fewer (the depot's shelves may hold tens of thousands).
    missing_total: int = 0

    @property
    def id(self) -> str:
        return self.info.id

    def as_json(self) -> dict[str, Any]:
        i = self.info
        return {"id": i.id, "place": i.place, "place_name": self.place_name,
                "started_at": i.started_at.isoformat(), "started_by": i.started_by,
                "finished_at": i.finished_at.isoformat() if i.finished_at else None,
                "finished_by": i.finished_by, "open": i.open, "expected": self.expected,
                "found": [line.as_json() for line in self.found],
                "missing": [line.as_json() for line in self.missing],
                "missing_total": self.missing_total,
                "unexpected": [line.as_json() for line in self.unexpected]}


@dataclass(frozen=True)
class CountSummary:
    info: CountInfo
    place_name: str
    #: Pumps scanned (expected or not).
    scanned: int
    missing: int | None = None
    unexpected: int | None = None

    def as_json(self) -> dict[str, Any]:
        i = self.info
        return {"id": i.id, "place": i.place, "place_name": self.place_name,
                "started_at": i.started_at.isoformat(), "started_by": i.started_by,
                "finished_at": i.finished_at.isoformat() if i.finished_at else None,
                "finished_by": i.finished_by, "open": i.open, "scanned": self.scanned,
                "missing": self.missing, "unexpected": self.unexpected}


@dataclass(frozen=True)
class CountDue:
    """A unit with a buffer stock whose count falls due (``due_on`` None: never counted)."""

    unit: str
    name: str
    last_counted: dt.date | None
    due_on: dt.date | None
    pumps: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, "pumps": self.pumps,
                "last_counted": self.last_counted.isoformat() if self.last_counted else None,
                "due_on": self.due_on.isoformat() if self.due_on else None}


# -- reading ----------------------------------------------------------------------------


def _info(row: Any) -> CountInfo:
    return CountInfo(row.id, row.place, row.started_at, row.started_by, row.finished_at,
                     row.finished_by)


def find_count(connection: Connection, text: str) -> tuple[CountInfo, dict[str, Any] | None]:
    """A count by its id, or the first characters of it (eight are shown)."""
    key = (text or "").strip().lower()
    rows = connection.execute(select(counts).where(counts.c.id.like(f"{key}%")).limit(2)
                              ).all() if len(key) >= 4 else []
    if len(rows) != 1:
        raise Refused(RefusalCode.UNKNOWN_CODE,
                      "No count has the number '{text}': see the open counts with 'count "
                      "list'.", text=text.strip())
    return _info(rows[0]), rows[0].result


def _place_name(connection: Connection, place: str) -> str:
    if place == DEPOT:
        return rules_counts.DEPOT_LABEL
    name = connection.execute(select(care_units.c.name).where(
        care_units.c.customer_number == place)).scalar()
    return f"{place} {name}" if name else place


def _expected_query(place: str) -> Any:
    if place == DEPOT:
        return pumps.c.state.in_([s.value for s in DEPOT_SHELVES])
    return and_(pumps.c.responsible_unit == place,
                pumps.c.state == PumpState.IN_UNIT_STOCK.value)


_PUMP_COLUMNS = (pumps.c.registration, pumps.c.model_code, pumps.c.state,
                 pumps.c.responsible_unit)


def _lines(connection: Connection, rows: list[Any], resolved: set[str] = frozenset()
           ) -> list[CountLine]:
    units = {r[3] for r in rows if r[3]}
    names = dict(connection.execute(select(care_units.c.customer_number, care_units.c.name)
                                    .where(care_units.c.customer_number.in_(units))).all()) \
        if units else {}
    return [CountLine(r[0], r[1], r[2], r[3], names.get(r[3]), r[0] in resolved)
            for r in rows]


def _pump_rows(connection: Connection, registrations: list[str]) -> list[Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(registrations), 5000):  # within SQLite's parameter limit
        found.update((r[0], r) for r in connection.execute(select(*_PUMP_COLUMNS).where(
            pumps.c.registration.in_(registrations[start:start + 5000]))).all())
    return [found[r] for r in registrations if r in found]


def _expected_row(place: str, row: Any) -> bool:
    """``counts.expected_at`` for a row of ``_PUMP_COLUMNS``."""
    if place == DEPOT:
        return row[2] in _SHELF_STATES
    return row[2] == PumpState.IN_UNIT_STOCK.value and row[3] == place


_SHELF_STATES = frozenset(s.value for s in DEPOT_SHELVES)


def _view(connection: Connection, info: CountInfo, result: dict[str, Any] | None,
          last: str | None = None, again: bool = False, missing_limit: int | None = None
          ) -> CountView:
    if result is None:  # open: live from the register and the scans
        expected_count = connection.execute(select(func.count()).select_from(pumps).where(
            _expected_query(info.place))).scalar_one()
        scanned = connection.execute(
            select(*_PUMP_COLUMNS).join(count_scans, count_scans.c.pump == pumps.c.registration)
            .where(count_scans.c.count_id == info.id)
            .order_by(count_scans.c.scanned_at.desc())).all()
        found_rows = scanned
        unexpected_rows = [r for r in scanned if not _expected_row(info.place, r)]
        missing_total = expected_count - (len(scanned) - len(unexpected_rows))
        not_scanned = select(count_scans.c.pump).where(count_scans.c.count_id == info.id)
        missing_rows = connection.execute(
            select(*_PUMP_COLUMNS).where(_expected_query(info.place),
                                         pumps.c.registration.not_in(not_scanned))
            .order_by(pumps.c.registration).limit(missing_limit)).all()
        resolved: set[str] = set()
    else:
        tally = Tally.from_payload(result)
        expected_count = len(tally.expected)
        missing_total = len(tally.missing)
        found_rows = _pump_rows(connection, list(tally.found))
        missing_rows = _pump_rows(connection, list(tally.missing)[:missing_limit])
        unexpected_rows = _pump_rows(connection, [u.registration for u in tally.unexpected])
        recorded = {u.registration: (u.state, u.unit) for u in tally.unexpected}
        resolved = {r.registration for r in missing_rows if r.state == PumpState.LOST.value}
        resolved |= {r.registration for r in unexpected_rows
                     if (r.state, r.responsible_unit) != recorded[r.registration]}
    # Found: the expected pumps scanned; the others are listed as unexpected, not twice.
    elsewhere = {r[0] for r in unexpected_rows}
    found_rows = [r for r in found_rows if r[0] not in elsewhere]
    lines = _lines(connection, [*found_rows, *missing_rows, *unexpected_rows], resolved)
    found = lines[:len(found_rows)]
    missing = lines[len(found_rows):len(found_rows) + len(missing_rows)]
    unexpected = lines[len(found_rows) + len(missing_rows):]
    last_line = next((line for line in [*found, *unexpected] if line.registration == last),
                     None)
    return CountView(info, _place_name(connection, info.place), expected_count, found,
                     missing, unexpected, last_line, again, missing_total)


def count_view(station: Station, count_id: str, missing_limit: int | None = None
               ) -> CountView:
    """A count as it stands; ``missing_limit`` lists only the first of its missing pumps
    (the tally counts them all)."""
    with station.db.reading() as connection:
        info, result = find_count(connection, count_id)
        return _view(connection, info, result, missing_limit=missing_limit)


def list_counts(station: Station, limit: int = 100) -> list[CountSummary]:
    """Open counts first (to resume), then the finished ones, newest first."""
    with station.db.reading() as connection:
        scanned = (select(func.count()).select_from(count_scans)
                   .where(count_scans.c.count_id == counts.c.id).scalar_subquery())
        rows = connection.execute(
            select(counts, scanned.label("scanned"))
            .order_by(counts.c.finished_at.is_not(None), counts.c.started_at.desc())
            .limit(limit)).all()
        names = {place: _place_name(connection, place) for place in {r.place for r in rows}}
    summaries = []
    for row in rows:
        result = row.result
        summaries.append(CountSummary(
            _info(row), names[row.place],
            len(result["found"]) if result else row.scanned,
            len(result["missing"]) if result else None,
            len(result["unexpected"]) if result else None))
    return summaries


# -- counting ---------------------------------------------------------------------------


def _check_place_exists(repo: Repository, place: str) -> None:
    if place == DEPOT:
        return
    unit = actions.find_unit(repo, place)
    if not unit.kind.may_hold_buffer_stock:
        raise Refused(RefusalCode.NO_BUFFER_STOCK,
                      "{unit_name} ({unit}) holds no buffer stock to count: only hospital "
                      "units do.", unit_name=unit.name, unit=unit.customer_number)


def start_count(station: Station, place: str) -> CountView:
    """Begin counting ``place`` (``DEPOT`` or a unit's customer number). A place already
    being counted is resumed, not counted twice."""
    where = rules_counts.check_place(place)
    with station.unit_of_work() as uow:
        _check_place_exists(uow.repo, where)
        open_one = uow.connection.execute(select(counts.c.id).where(
            counts.c.place == where, counts.c.finished_at.is_(None))).scalar()
        if open_one is not None:
            raise Refused(RefusalCode.DUPLICATE,
                          "{place} is being counted already (count {count}): resume that "
                          "count.", place=where, count=open_one[:8])
        event = rules_counts.start(station.ctx, str(uuid.uuid4()), where)
        uow.record(event)
        view = _view(uow.connection, CountInfo(event.payload["count"], where,
                                               event.occurred_at, event.actor), None,
                     missing_limit=SHOWN_MISSING)
        uow.commit()
    return view


def _open_count(uow: UnitOfWork, count_id: str) -> CountInfo:
    info, _ = find_count(uow.connection, count_id)
    return info


def scan_into_count(station: Station, count_id: str, scan: str) -> CountView:
    """One scan in a count: the pump is found (a second scan of it changes nothing).
    Returns the count's view as it stands after the scan (the first ``SHOWN_MISSING`` of
    its missing pumps listed)."""
    with station.unit_of_work() as uow:
        info = _open_count(uow, count_id)
        rules_counts.check_open(info)
        pump = actions.scan_pump(station, uow, scan)
        already = uow.connection.execute(select(count_scans.c.pump).where(
            count_scans.c.count_id == info.id,
            count_scans.c.pump == pump.registration)).first() is not None
        event = rules_counts.scan(station.ctx, info, pump, already)
        if event is not None:
            uow.record(event)
        view = _view(uow.connection, info, None, pump.registration, already,
                     missing_limit=SHOWN_MISSING)
        uow.commit()
    return view


def _tally(connection: Connection, info: CountInfo) -> Tally:
    expected = connection.execute(select(pumps.c.registration).where(
        _expected_query(info.place))).scalars()
    scanned = [r.registration for r in connection.execute(
        select(count_scans.c.pump.label("registration")).where(
            count_scans.c.count_id == info.id).order_by(count_scans.c.scanned_at))]
    found = Repository(connection).pumps(set(scanned))
    return rules_counts.tally(info.place, expected, [found[r] for r in scanned if r in found])


def finish_count(station: Station, count_id: str, missing_limit: int | None = None
                 ) -> CountView:
    """Record what the count found, as the register stands now: who, when, expected,
    found, missing and unexpected."""
    with station.unit_of_work() as uow:
        info = _open_count(uow, count_id)
        event = rules_counts.finish(station.ctx, info, _tally(uow.connection, info))
        uow.record(event)
        info, result = find_count(uow.connection, info.id)
        view = _view(uow.connection, info, result, missing_limit=missing_limit)
        uow.commit()
    return view


# -- resolving the differences ----------------------------------------------------------


def _finished(uow: UnitOfWork, count_id: str) -> tuple[CountInfo, Tally]:
    info, result = find_count(uow.connection, count_id)
    rules_counts.check_resolvable(info)
    return info, Tally.from_payload(result or {})


def _resolve(station: Station, registration: str, decide: Any) -> ActionResult:
    return actions.act(station, registration, decide, report_holder=True)


def report_missing_lost(station: Station, count_id: str, registration: str) -> ActionResult:
    """A pump a finished count missed is reported lost: charged to the unit whose stock it
    was in, or at the depot's cost from the depot's own shelves. An administrator's to
    confirm."""
    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        info, tally = _finished(uow, count_id)
        rules_counts.check_missing(info, tally, pump.registration)
        return rules.report_lost(station.ctx, pump, count=info.id)
    return _resolve(station, registration, decide)


def resolve_unexpected(station: Station, count_id: str, registration: str, how: str
                       ) -> ActionResult:
    """A pump found where the register did not put it: ``move`` it into the counted
    unit's stock (from another unit's), or ``return`` it (from a loan, a unit's stock or
    lost) so that it goes through cleaning."""
    if how not in ("move", "return"):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{how}' is not a way to resolve a pump found: move or return.", how=how)

    def decide(uow: UnitOfWork, pump: Pump) -> Event:
        info, tally = _finished(uow, count_id)
        rules_counts.check_unexpected(info, tally, pump.registration)
        if how == "return":
            return rules.return_pump(station.ctx, pump)
        if info.place == DEPOT or pump.state is not PumpState.IN_UNIT_STOCK:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "{registration} cannot be moved into {place}: only a pump in another "
                          "unit's stock moves into a unit's stock; return it instead.",
                          registration=pump.registration, place=info.place)
        return rules.move(station.ctx, pump, actions.find_unit(uow.repo, info.place))
    return _resolve(station, registration, decide)


# -- when counts fall due ---------------------------------------------------------------


def count_interval(station: Station) -> int:
    with station.db.reading() as connection:
        stored = Repository(connection).meta(INTERVAL_KEY)
    return int(stored) if stored else rules_counts.DEFAULT_INTERVAL_MONTHS


def set_count_interval(station: Station, months: int) -> None:
    """How often every unit's buffer stock is counted: an administrator's setting."""
    from app.services.staff import require_role

    rules_counts.check_interval(months)
    require_role(station, Role.ADMINISTRATOR, Phrase("change how often stocks are counted"))
    with station.unit_of_work() as uow:
        uow.repo.set_meta(INTERVAL_KEY, str(months))
        uow.commit()


def count_schedule(station: Station) -> list[CountDue]:
    """Every unit with a buffer stock (a target, or pumps in stock), with its last finished
    count and when the next one falls due."""
    months = count_interval(station)
    with station.db.reading() as connection:
        targeted = select(buffer_targets.c.unit.label("unit")).where(buffer_targets.c.target > 0)
        stocked = select(pumps.c.responsible_unit.label("unit")).where(
            pumps.c.state == PumpState.IN_UNIT_STOCK.value)
        holding = targeted.union(stocked).subquery()
        in_stock = dict(connection.execute(
            select(pumps.c.responsible_unit, func.count())
            .where(pumps.c.state == PumpState.IN_UNIT_STOCK.value)
            .group_by(pumps.c.responsible_unit)).all())
        last = dict(connection.execute(
            select(counts.c.place, func.max(counts.c.finished_at))
            .where(counts.c.finished_at.is_not(None)).group_by(counts.c.place)).all())
        rows = connection.execute(
            select(care_units.c.customer_number, care_units.c.name)
            .where(care_units.c.customer_number.in_(select(holding.c.unit)))
            .order_by(care_units.c.customer_number)).all()
    schedule = []
    for number, name in rows:
        finished = last.get(number)
        if isinstance(finished, str):
            finished = dt.datetime.fromisoformat(finished)
        day = finished.astimezone().date() if finished else None
        schedule.append(CountDue(number, name, day, rules_counts.count_due(day, months),
                                 in_stock.get(number, 0)))
    return schedule


def units_due_for_count(station: Station, today: dt.date) -> list[CountDue]:
    """The units whose buffer stock is due (or overdue) for a count on ``today``: never
    counted, or last counted one interval (the depot's setting, six months unless set)
    ago or more."""
    return [due for due in count_schedule(station)
            if due.due_on is None or due.due_on <= today]
