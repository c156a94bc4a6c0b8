"""Hospital units' buffer stocks and their automatic replenishment (seed 000).

A hospital unit may keep a buffer stock with a target per pump model. When pumps leave
it — prescribed to a patient, sent to maintenance — the depot sends replacements on the
next working day: ready pumps of the right model, the one idle longest first, never one
due for maintenance within 30 days. Planning from the levels, not from a list of
triggers, is what makes a run idempotent: once a shortfall is filled there is nothing to
send, however often the plan is made.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.domain.reference import CareUnit
from app.domain.refusals import RefusalCode, Refused

#: A pump shipped to a unit should not need maintenance for at least this long.
MAINTENANCE_MARGIN = dt.timedelta(days=30)
MAX_TARGET = 200


@dataclass(frozen=True)
class StockLevel:
    unit: str
    model: str
    target: int
    in_stock: int
    #: Pumps the unit answers for that are out with its patients.
    on_loan: int = 0

    @property
    def shortfall(self) -> int:
        return max(0, self.target - self.in_stock)


@dataclass(frozen=True)
class Candidate:
    """A ready pump at the depot that could be sent."""

    registration: str
    model: str
    idle_since: dt.datetime
    next_maintenance: dt.date | None


@dataclass(frozen=True)
class PlanLine:
    unit: str
    model: str
    registration: str


@dataclass(frozen=True)
class Shortage:
    unit: str
    model: str
    missing: int


@dataclass(frozen=True)
class ReplenishmentPlan:
    day: dt.date
    lines: tuple[PlanLine, ...]
    shortages: tuple[Shortage, ...]

    def units(self) -> list[str]:
        return sorted({line.unit for line in self.lines})


def eligible(candidate: Candidate, day: dt.date) -> bool:
    due = candidate.next_maintenance
    return due is None or due > day + MAINTENANCE_MARGIN


def plan_replenishment(day: dt.date, levels: list[StockLevel],
                       ready: list[Candidate]) -> ReplenishmentPlan:
    """The pumps to send on ``day`` so that every unit is back at its target.

    Each unit and model gets at most its shortfall, and each pump goes to one unit only.
    When there are not pumps enough, the largest shortfalls are served first and what
    is missing is reported as a shortage, never hidden.
    """
    pool: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in sorted(ready, key=lambda c: (c.idle_since, c.registration)):
        if eligible(candidate, day):
            pool[candidate.model].append(candidate)
    taken: dict[str, int] = defaultdict(int)
    lines: list[PlanLine] = []
    shortages: list[Shortage] = []
    for level in sorted(levels, key=lambda lv: (-lv.shortfall, lv.unit, lv.model)):
        if not level.shortfall:
            continue
        available = pool[level.model][taken[level.model]:]
        sent = available[:level.shortfall]
        taken[level.model] += len(sent)
        lines += [PlanLine(level.unit, level.model, c.registration) for c in sent]
        if len(sent) < level.shortfall:
            shortages.append(Shortage(level.unit, level.model, level.shortfall - len(sent)))
    lines.sort(key=lambda line: (line.unit, line.model, line.registration))
    shortages.sort(key=lambda s: (s.unit, s.model))
    return ReplenishmentPlan(day, tuple(lines), tuple(shortages))


def check_target(unit: CareUnit, target: int) -> int:
    """Only hospital units may hold a buffer stock; primary care and municipalities not."""
    if not unit.kind.may_hold_buffer_stock:
        raise Refused(
            RefusalCode.NO_BUFFER_STOCK,
            "{unit_name} ({unit}) cannot hold a buffer stock: only hospital in- and outpatient "
            "units may, not primary care units or municipalities.",
            unit_name=unit.name, unit=unit.customer_number)
    if not 0 <= target <= MAX_TARGET:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A buffer stock target is a number of pumps from 0 to {most}.",
                      most=MAX_TARGET)
    if target and not (unit.contact_person or "").strip():
        # Seed 000: "Varje enhet behöver utse en kontaktperson för denna lagerhantering."
        raise Refused(
            RefusalCode.NO_BUFFER_STOCK,
            "{unit_name} ({unit}) has no contact person for its buffer stock: a unit that "
            "keeps one names who answers for it. Give the unit its contact person first "
            "(pumpdesk unit {unit} … --contact NAME).",
            unit_name=unit.name, unit=unit.customer_number)
    return target


def check_larger(unit: CareUnit, model: str, requested: int, current: int) -> None:
    """A request for a larger stock asks for more than the unit has now; anything else is
    a plain change of the target."""
    if requested <= current:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A request for a larger stock must ask for more than the current target "
                      "of {unit_name} ({unit}) for {model}, which is {current}: to keep or lower "
                      "it, change the target instead.", unit_name=unit.name,
                      unit=unit.customer_number, model=model, current=current)
