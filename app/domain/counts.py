"""Stocktake: counting what is really on a place by scanning it.

A place is the depot's own shelves (pumps ready, awaiting cleaning or faulty) or one
hospital unit's buffer stock. A count is three kinds of event, none of them moving a pump:
``count_started``, ``count_scanned`` (one pump found) and ``count_finished`` (what was
expected, found, missing and unexpected, as it stood when the count was finished). They go
through the central log like every event, so a count begun at one counter can be carried on
at another after a sync. Differences are resolved afterwards with the ordinary events: lost
(after a count, from the depot's shelves too), moved between units, returned.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from app.domain.events import Context, Event, EventType
from app.domain.pump import Pump
from app.domain.reference import check_customer_number
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.states import PumpState

E = EventType
S = PumpState

#: The place name of the depot's own shelves (a unit is named by its customer number).
DEPOT = "DEPOT"
#: The states in which a pump stands on the depot's own shelves.
DEPOT_SHELVES = frozenset({S.READY, S.AWAITING_CLEANING, S.FAULTY})
#: How often a unit's buffer stock is counted, unless the depot sets otherwise.
DEFAULT_INTERVAL_MONTHS = 6


def check_place(text: str | None) -> str:
    """``DEPOT`` (any case) for the depot's shelves, else a unit's customer number."""
    place = (text or "").strip()
    if place.upper() == DEPOT:
        return DEPOT
    if not place:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Say what to count: DEPOT for the depot's own shelves, or a unit's "
                      "customer number for its buffer stock.")
    return check_customer_number(place)


def check_interval(months: int) -> int:
    if not 1 <= months <= 60:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A buffer stock is counted every 1 to 60 months.")
    return months


def expected_at(place: str, pump: Pump) -> bool:
    """Whether the register puts ``pump`` on ``place``."""
    if place == DEPOT:
        return pump.state in DEPOT_SHELVES
    return pump.state is S.IN_UNIT_STOCK and pump.responsible_unit == place


@dataclass(frozen=True)
class CountInfo:
    """A count as the register holds it."""

    id: str
    place: str
    started_at: dt.datetime
    started_by: str
    finished_at: dt.datetime | None = None
    finished_by: str | None = None

    @property
    def open(self) -> bool:
        return self.finished_at is None


@dataclass(frozen=True)
class Unexpected:
    """A pump found on the place that the register puts elsewhere, and where."""

    registration: str
    state: str
    unit: str | None


@dataclass(frozen=True)
class Tally:
    """Expected, found, missing and unexpected pumps of a count, by registration."""

    expected: tuple[str, ...]
    found: tuple[str, ...]
    missing: tuple[str, ...]
    unexpected: tuple[Unexpected, ...] = field(default=())

    def payload(self) -> dict[str, object]:
        return {"expected": list(self.expected), "found": list(self.found),
                "missing": list(self.missing),
                "unexpected": [[u.registration, u.state, u.unit] for u in self.unexpected]}

    @classmethod
    def from_payload(cls, p: dict[str, object]) -> "Tally":
        return cls(tuple(p["expected"]), tuple(p["found"]),  # type: ignore[arg-type]
                   tuple(p["missing"]),  # type: ignore[arg-type]
                   tuple(Unexpected(*u) for u in p["unexpected"]))  # type: ignore[union-attr]


def tally(place: str, expected: Iterable[str], found: Iterable[Pump]) -> Tally:
    """What a count shows: ``expected`` are the registrations the register puts on the
    place now, ``found`` the pumps scanned (in scan order)."""
    expected_set = set(expected)
    found_list = list(found)
    found_set = {p.registration for p in found_list}
    return Tally(
        expected=tuple(sorted(expected_set)),
        found=tuple(p.registration for p in found_list),
        missing=tuple(sorted(expected_set - found_set)),
        unexpected=tuple(Unexpected(p.registration, p.state.value, p.responsible_unit)
                         for p in found_list
                         if p.registration not in expected_set and not expected_at(place, p)),
    )


def check_open(count: CountInfo) -> None:
    if not count.open:
        raise Refused(RefusalCode.ALREADY_DONE,
                      "Count {count} was finished at {time}: start a new count.",
                      count=count.id[:8], time=count.finished_at.astimezone().strftime(
                          "%Y-%m-%d %H:%M") if count.finished_at else "")


def start(ctx: Context, count_id: str, place: str) -> Event:
    """Begin counting ``place``."""
    return ctx.event(E.COUNT_STARTED, None, count=count_id, place=check_place(place))


def scan(ctx: Context, count: CountInfo, pump: Pump, already: bool) -> Event | None:
    """One pump found on the counted place; None when it was counted already (a second
    scan of a pump changes nothing)."""
    check_open(count)
    if already:
        return None
    return ctx.event(E.COUNT_SCANNED, None, count=count.id, place=count.place,
                     registration=pump.registration)


def finish(ctx: Context, count: CountInfo, result: Tally) -> Event:
    """The count is done: what it found is recorded as it stands now."""
    check_open(count)
    return ctx.event(E.COUNT_FINISHED, None, count=count.id, place=count.place,
                     **result.payload())


def check_resolvable(count: CountInfo) -> None:
    """Differences are resolved once the count is finished: before, a pump not yet
    scanned is not missing."""
    if count.open:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Finish count {count} first: until then a pump not yet scanned is not "
                      "missing.", count=count.id[:8])


def check_missing(count: CountInfo, result: Tally, registration: str) -> None:
    check_resolvable(count)
    if registration not in result.missing:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{registration} is not missing in count {count}: only a pump the "
                      "count expected and did not find is reported lost from it.",
                      registration=registration, count=count.id[:8])


def check_unexpected(count: CountInfo, result: Tally, registration: str) -> None:
    check_resolvable(count)
    if registration not in {u.registration for u in result.unexpected}:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{registration} was not found unexpectedly in count {count}.",
                      registration=registration, count=count.id[:8])


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def count_due(last_counted: dt.date | None, interval_months: int) -> dt.date | None:
    """When a unit's buffer stock is next to be counted: one interval after its last
    finished count; None (due now) when it has never been counted."""
    return add_months(last_counted, interval_months) if last_counted else None


#: The places' words for the counter (the GUI translates).
DEPOT_LABEL = Phrase("the depot's own shelves")
