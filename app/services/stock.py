"""Buffer stocks: targets and requests to raise them, levels, and the daily
replenishment run that plans and dispatches replacements on working days."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from app.domain import calendar, rules
from app.domain.events import EventType
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.stock import (
    MAINTENANCE_MARGIN,
    Candidate,
    PlanLine,
    ReplenishmentPlan,
    StockLevel,
    check_larger,
    check_target,
    plan_replenishment,
)
from app.domain.text import LONG, typed
from app.persistence.repository import Repository
from app.persistence.tables import (
    events,
    buffer_targets,
    pumps,
    replenishment_runs,
    target_requests,
)
from app.services.actions import check_recall, find_unit, unit_buffer_terms
from app.services.recalls import held_back
from app.services.station import Station


def depot_country(station: Station) -> str:
    with station.db.reading() as connection:
        return Repository(connection).meta("country") or "SE"


def _model(repo: Repository, code: str) -> str:
    model = repo.model(code)
    if model is None:
        raise Refused(RefusalCode.UNKNOWN_MODEL, "No pump model '{model}': see the list of "
                      "models.", model=code)
    return model.code


# -- targets ------------------------------------------------------------------------------


def set_target(station: Station, unit: str, model: str, target: int) -> None:
    """A hospital unit's buffer stock target for a model (0: no stock of it)."""
    with station.unit_of_work() as uow:
        found = find_unit(uow.repo, unit)
        uow.record(station.ctx.event(EventType.TARGET_SET, None, unit=found.customer_number,
                                     model=_model(uow.repo, model),
                                     target=check_target(found, target)))
        uow.commit()


def request_target(station: Station, unit: str, model: str, requested: int, *,
                   requester: str, reason: str) -> str:
    """A unit asks for a larger stock (more beds, more patients in self-care). Returns the
    request's id; the target changes only when the request is approved."""
    if not typed(requester, Phrase("Who asks")).strip() or \
            not typed(reason, Phrase("The reason"), LONG).strip():
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A request for a larger stock needs who asks and why.")
    request_id = str(uuid.uuid4())
    with station.unit_of_work() as uow:
        found = find_unit(uow.repo, unit)
        code = _model(uow.repo, model)
        check_larger(found, code, check_target(found, requested),
                     uow.repo.target(found.customer_number, code))
        uow.record(station.ctx.event(
            EventType.TARGET_REQUESTED, None, request_id=request_id,
            unit=found.customer_number, model=code, requested=requested,
            requester=requester.strip(), reason=reason.strip()))
        uow.commit()
    return request_id


def decide_request(station: Station, request_id: str, approve: bool) -> None:
    with station.unit_of_work() as uow:
        request = uow.connection.execute(select(target_requests).where(
            target_requests.c.id == request_id)).first()
        if request is None or request.status != "pending":
            raise Refused(RefusalCode.INVALID_INPUT,
                          "There is no pending request '{request}'.", request=request_id)
        uow.record(station.ctx.event(
            EventType.TARGET_REQUEST_DECIDED, None, request_id=request_id, approved=approve,
            unit=request.unit, model=request.model, requested=request.requested))
        uow.commit()


def pending_requests(station: Station) -> list[dict[str, Any]]:
    with station.db.reading() as connection:
        return [dict(row._mapping) for row in connection.execute(
            select(target_requests).where(target_requests.c.status == "pending")
            .order_by(target_requests.c.requested_at))]


# -- levels -------------------------------------------------------------------------------


def _counts(connection, state: str) -> dict[tuple[str, str], int]:  # noqa: ANN001
    rows = connection.execute(
        select(pumps.c.responsible_unit, pumps.c.model_code, func.count())
        .where(pumps.c.state == state, pumps.c.responsible_unit.is_not(None))
        .group_by(pumps.c.responsible_unit, pumps.c.model_code))
    return {(unit, model): count for unit, model, count in rows}


def levels(station: Station) -> list[StockLevel]:
    """Every unit and model with a target or pumps in stock: the target, the pumps in its
    stock and the pumps it has out with its patients."""
    with station.db.reading() as connection:
        return _levels(connection)


def _levels(connection) -> list[StockLevel]:  # noqa: ANN001
    targets = {(row.unit, row.model): row.target
               for row in connection.execute(select(buffer_targets))}
    stock = _counts(connection, "in_unit_stock")
    lent = _counts(connection, "on_loan")
    keys = sorted(set(targets) | set(stock))
    return [StockLevel(unit, model, targets.get((unit, model), 0), stock.get((unit, model), 0),
                       lent.get((unit, model), 0)) for unit, model in keys]


# -- replenishment ------------------------------------------------------------------------


def _candidates(connection, day: dt.date, wanted: dict[str, int]) -> list[Candidate]:  # noqa: ANN001
    """The ready pumps of each wanted model, idle longest first, as many as could go."""
    found: list[Candidate] = []
    recalled = held_back(connection)  # a pump a recall covers is not sent anywhere
    for model, count in wanted.items():
        query = (select(pumps.c.registration, pumps.c.since, pumps.c.next_maintenance,
                        pumps.c.model_code.label("model"), pumps.c.udi_gtin,
                        pumps.c.udi_serial, pumps.c.serial_number, pumps.c.udi_lot,
                        pumps.c.udi_produced)
                 .where(pumps.c.model_code == model, pumps.c.state == "ready",
                        (pumps.c.next_maintenance.is_(None))
                        | (pumps.c.next_maintenance > day + MAINTENANCE_MARGIN))
                 .order_by(pumps.c.since, pumps.c.registration))
        rows = connection.execute(query if recalled else query.limit(count))
        chosen = [r for r in rows if recalled is None or not recalled(r)][:count]
        found += [Candidate(r.registration, model, r.since, r.next_maintenance) for r in chosen]
    return found


def make_plan(station: Station, day: dt.date | None = None) -> ReplenishmentPlan:
    """What would be sent on ``day`` (default: today) to bring every unit to its target."""
    day = day or station.ctx.today()
    with station.db.reading() as connection:
        return _plan(connection, day)


def _plan(connection, day: dt.date) -> ReplenishmentPlan:  # noqa: ANN001
    current = _levels(connection)
    wanted: dict[str, int] = {}
    for level in current:
        wanted[level.model] = wanted.get(level.model, 0) + level.shortfall
    return plan_replenishment(day, current, _candidates(connection, day, wanted))


@dataclass(frozen=True)
class RunResult:
    day: dt.date
    sent: tuple[PlanLine, ...]
    #: Planned lines no longer possible when dispatched (the pump was issued meanwhile).
    skipped: tuple[PlanLine, ...]
    shortages: tuple[tuple[str, str, int], ...]
    #: Lines the rules refused for their unit (e.g. a unit that may no longer hold a
    #: stock), each with the refusal: that unit gets nothing, the others go.
    not_sent: tuple[tuple[PlanLine, Refused], ...] = ()

    def by_unit(self) -> dict[str, list[str]]:
        units: dict[str, list[str]] = {}
        for line in self.sent:
            units.setdefault(line.unit, []).append(line.registration)
        return units


def already_run(day: dt.date, workstation: str, actor: str, at: dt.datetime) -> Refused:
    return Refused(RefusalCode.ALREADY_DONE,
                   "The replenishment for {day} was already run at {workstation} by {actor} "
                   "({time}): nothing was sent. Its packing slips can be printed again "
                   "from the past runs.", day=day.isoformat(), workstation=workstation,
                   actor=actor, time=at.astimezone().strftime("%Y-%m-%d %H:%M"))


def run_of_day(station: Station, day: dt.date) -> dict[str, Any] | None:
    """The day's run as this counter knows it (its own, or another counter's pulled)."""
    with station.db.reading() as connection:
        row = connection.execute(
            select(replenishment_runs, events.c.workstation)
            .join(events, events.c.id == replenishment_runs.c.id)
            .where(replenishment_runs.c.day == day)).first()
    return dict(row._mapping) if row is not None else None


def dispatch_plan(station: Station, plan: ReplenishmentPlan,
                  claim: Callable[[dt.date], Any] | None = None) -> RunResult:
    """Dispatch a reviewed plan in one transaction: one dispatch event per pump and a
    record of the run. A line is skipped, not forced, if its unit is no longer short or
    its pump no longer ready; a line the rules refuse for its unit is reported as not sent,
    with the reason, and never stops the other units' lines. Nothing is sent twice.

    One run per day: a day already run (here, or at another counter whose run was pulled)
    is refused, saying who ran it. At a counter that syncs, ``claim`` asks the central
    judge for the day first (``app.services.sync.day_claimer``); a day another counter
    has is refused, and nothing is sent."""
    earlier = run_of_day(station, plan.day)
    if earlier is not None:
        raise already_run(plan.day, earlier["workstation"], earlier["ran_by"],
                          earlier["ran_at"])
    if claim is not None:
        claimed = claim(plan.day)
        if claimed.workstation != station.ctx.workstation:
            raise already_run(plan.day, claimed.workstation, claimed.actor,
                              claimed.claimed_at)
    with station.unit_of_work() as uow:
        current = {(lv.unit, lv.model): lv.shortfall for lv in _levels(uow.connection)}
        sent: list[PlanLine] = []
        skipped: list[PlanLine] = []
        not_sent: list[tuple[PlanLine, Refused]] = []
        for line in plan.lines:
            pump = uow.repo.pump(line.registration)
            short = current.get((line.unit, line.model), 0)
            if (pump is None or short <= 0 or pump.state.value != "ready"
                    or pump.maintenance_overdue(plan.day + MAINTENANCE_MARGIN)):
                skipped.append(line)
                continue
            try:
                terms = unit_buffer_terms(station, uow.repo, find_unit(uow.repo, line.unit),
                                          pump)
                event = rules.dispatch(station.ctx, pump, terms, replenishment_day=plan.day)
                check_recall(uow.repo, event.type, pump)
            except Refused as refused:
                not_sent.append((line, refused))
                continue
            uow.record(event, pump)
            current[(line.unit, line.model)] = short - 1
            sent.append(line)
        shortages = tuple((s.unit, s.model, s.missing) for s in plan.shortages)
        uow.record(station.ctx.event(
            EventType.REPLENISHMENT_RAN, None, day=plan.day.isoformat(),
            lines=[[line.unit, line.model, line.registration] for line in sent],
            shortages=[list(s) for s in shortages],
            skipped=[[line.unit, line.model, line.registration] for line in skipped],
            not_sent=[[line.unit, line.model, line.registration, reason.message]
                      for line, reason in not_sent]))
        uow.commit()
    return RunResult(plan.day, tuple(sent), tuple(skipped), shortages, tuple(not_sent))


@dataclass(frozen=True)
class Workday:
    day: dt.date
    country: str
    working: bool
    holiday: str | None
    next_working_day: dt.date


def workday(day: dt.date, country: str, language: str = "en") -> Workday:
    """``day`` at a depot in ``country``; a holiday named in ``language`` (sv, nb, en)."""
    return Workday(day, country, calendar.is_working_day(day, country),
                   calendar.holiday_name(day, country, language),
                   calendar.next_working_day(day, country))


def dispatch_day(station: Station, plan: ReplenishmentPlan, central_url: str = "") -> RunResult:
    """``dispatch_plan`` as a counter does it: with the central judge's claim on the day
    when it syncs with ``central_url``."""
    claim = None
    if central_url:
        from app.services.sync import day_claimer  # psycopg loads only where it is needed

        claim = day_claimer(station, central_url)
    return dispatch_plan(station, plan, claim)


def replenish(station: Station, day: dt.date | None = None, dry_run: bool = False,
              central_url: str = "",
              ) -> tuple[Workday, ReplenishmentPlan | None, RunResult | None]:
    """The scheduled run: on a working day, plan and (unless a dry run) dispatch (with the
    central claim on the day, at a counter that syncs: see ``dispatch_plan``)."""
    day = day or station.ctx.today()
    when = workday(day, depot_country(station))
    if not when.working:
        return when, None, None
    plan = make_plan(station, day)
    return when, plan, None if dry_run else dispatch_day(station, plan, central_url)


def past_runs(station: Station, limit: int = 30) -> list[dict[str, Any]]:
    with station.db.reading() as connection:
        return [{"day": row.day, "ran_at": row.ran_at, "ran_by": row.ran_by,
                 "sent": len(row.lines), "lines": row.lines,
                 "missing": sum(s[2] for s in row.shortages), "shortages": row.shortages}
                for row in connection.execute(
                    select(replenishment_runs)
                    .order_by(replenishment_runs.c.ran_at.desc()).limit(limit))]


