"""Planning each pump's life for the benchmark database: which steps, and on which days.

A life is planned forward in days from the pump's registration as a sequence of *cycles*
(lend, return, clean; dispatch to a unit, prescribe, return, clean; fault, repair …), each
taking the pump from ready back to ready, and ends with a *tail* that leaves it in a chosen
final state (on loan, in a unit's stock, faulty …). The plan has an exact number of events,
so the database has exactly the size asked for.

Preventive maintenance is planned where the domain would demand it: before any step that
lends a pump out, if its maintenance falls due within ``MARGIN_DAYS``, the pump first goes
to service for maintenance. Lives are then only ever *compressed* onto the calendar, never
stretched, so no lending step can land after a due date the plan kept clear of.

Nothing here decides an event: the builder runs every step through ``app.domain.rules``,
which would refuse a plan the domain does not allow.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from app.domain.states import PumpState

S = PumpState

#: A lending step is refused when maintenance is overdue; plan it this many days clear.
MARGIN_DAYS = 21.0
#: A pump prescribed from a unit's stock is lent again there, after its dwell in the stock:
#: its maintenance must then stay clear of the longest dwell too.
STOCK_MARGIN_DAYS = MARGIN_DAYS + 60
#: Shortest life the builder plans: registration, maintenance and the longest tail.
MIN_EVENTS = 6


class Step(IntEnum):
    REGISTER = 0
    ISSUE = 1
    ISSUE_TRANSPORT = 2
    DISPATCH = 3
    PRESCRIBE = 4
    CARE_MOVE = 5
    STOCK_MOVE = 6
    RETURN = 7
    RETURN_FAULTY = 8
    CLEAN = 9
    FAULT = 10
    SERVICE_REPAIR = 11
    SERVICE_MAINTENANCE = 12
    BACK = 13
    LOST = 14
    RETIRE = 15


#: The state each step leaves the pump in (mirrors ``app.domain.pump.evolve``).
AFTER: dict[Step, PumpState] = {
    Step.REGISTER: S.READY,
    Step.ISSUE: S.ON_LOAN,
    Step.ISSUE_TRANSPORT: S.ON_TRANSPORT_LOAN,
    Step.DISPATCH: S.IN_UNIT_STOCK,
    Step.PRESCRIBE: S.ON_LOAN,
    Step.CARE_MOVE: S.ON_LOAN,
    Step.STOCK_MOVE: S.IN_UNIT_STOCK,
    Step.RETURN: S.AWAITING_CLEANING,
    Step.RETURN_FAULTY: S.FAULTY,
    Step.CLEAN: S.READY,
    Step.FAULT: S.FAULTY,
    Step.SERVICE_REPAIR: S.IN_SERVICE,
    Step.SERVICE_MAINTENANCE: S.IN_SERVICE,
    Step.BACK: S.READY,
    Step.LOST: S.LOST,
    Step.RETIRE: S.RETIRED,
}

#: Where a fault report leaves the pump as it is, with an open fault (a fault phoned in by
#: a patient): the return that follows takes it to faulty (mirrors ``evolve``).
FAULT_KEEPS = frozenset({S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.LOST, S.IN_SERVICE})

#: Steps the rules refuse for a pump whose maintenance is overdue.
LENDING = frozenset({Step.ISSUE, Step.ISSUE_TRANSPORT, Step.DISPATCH})

_MAINTENANCE = (Step.SERVICE_MAINTENANCE, Step.BACK)

#: Ready → ready, with how often a depot sees each.
CYCLES: list[tuple[tuple[Step, ...], int]] = [
    ((Step.ISSUE, Step.RETURN, Step.CLEAN), 50),
    ((Step.ISSUE, Step.CARE_MOVE, Step.RETURN, Step.CLEAN), 6),
    ((Step.ISSUE_TRANSPORT, Step.RETURN, Step.CLEAN), 4),
    ((Step.DISPATCH, Step.PRESCRIBE, Step.RETURN, Step.CLEAN), 12),
    ((Step.DISPATCH, Step.RETURN, Step.CLEAN), 5),
    ((Step.DISPATCH, Step.STOCK_MOVE, Step.RETURN, Step.CLEAN), 2),
    ((Step.DISPATCH, Step.SERVICE_MAINTENANCE, Step.BACK), 2),
    ((Step.DISPATCH, Step.FAULT, Step.SERVICE_REPAIR, Step.BACK), 2),
    ((Step.ISSUE, Step.RETURN_FAULTY, Step.SERVICE_REPAIR, Step.BACK), 5),
    ((Step.ISSUE, Step.FAULT, Step.RETURN, Step.SERVICE_REPAIR, Step.BACK), 3),
    ((Step.ISSUE, Step.RETURN, Step.FAULT, Step.SERVICE_REPAIR, Step.BACK), 2),
    ((Step.ISSUE, Step.RETURN, Step.SERVICE_MAINTENANCE, Step.BACK), 3),
    ((Step.FAULT, Step.SERVICE_REPAIR, Step.BACK), 2),
    ((Step.ISSUE, Step.LOST, Step.RETURN, Step.CLEAN), 1),
    (_MAINTENANCE, 3),
]

#: Ways from ready into each final state.
TAILS: dict[PumpState, list[tuple[Step, ...]]] = {
    S.READY: [()],
    S.ON_LOAN: [(Step.ISSUE,), (Step.DISPATCH, Step.PRESCRIBE), (Step.ISSUE, Step.CARE_MOVE)],
    S.ON_TRANSPORT_LOAN: [(Step.ISSUE_TRANSPORT,)],
    S.IN_UNIT_STOCK: [(Step.DISPATCH,), (Step.DISPATCH, Step.STOCK_MOVE)],
    S.AWAITING_CLEANING: [(Step.ISSUE, Step.RETURN), (Step.DISPATCH, Step.RETURN),
                          (Step.DISPATCH, Step.PRESCRIBE, Step.RETURN)],
    S.FAULTY: [(Step.FAULT,), (Step.ISSUE, Step.RETURN_FAULTY),
               (Step.ISSUE, Step.FAULT, Step.RETURN)],
    S.IN_SERVICE: [(Step.SERVICE_MAINTENANCE,), (Step.FAULT, Step.SERVICE_REPAIR),
                   (Step.ISSUE, Step.RETURN_FAULTY, Step.SERVICE_REPAIR)],
    S.LOST: [(Step.ISSUE, Step.LOST), (Step.DISPATCH, Step.LOST),
             (Step.ISSUE, Step.CARE_MOVE, Step.LOST)],
    S.RETIRED: [(Step.RETIRE,), (Step.FAULT, Step.RETIRE), (Step.ISSUE, Step.LOST, Step.RETIRE)],
}

#: Where pumps stand on the day the database is built: a large share out on loan.
FINAL_STATES: list[tuple[PumpState, int]] = [
    (S.ON_LOAN, 42), (S.READY, 18), (S.IN_UNIT_STOCK, 12), (S.AWAITING_CLEANING, 7),
    (S.ON_TRANSPORT_LOAN, 2), (S.FAULTY, 5), (S.IN_SERVICE, 5), (S.LOST, 3), (S.RETIRED, 6),
]

Dwell = Callable[[random.Random], float]

#: Days a pump stays in a state before its next step.
DWELL: dict[PumpState, Dwell] = {
    S.READY: lambda r: 0.1 + r.expovariate(1 / 6),
    S.ON_LOAN: lambda r: 2 + min(r.expovariate(1 / 35), 300),
    S.ON_TRANSPORT_LOAN: lambda r: r.uniform(0.5, 6),
    S.IN_UNIT_STOCK: lambda r: r.uniform(5, 60),
    S.AWAITING_CLEANING: lambda r: r.uniform(0.1, 3),
    S.FAULTY: lambda r: r.uniform(0.5, 10),
    S.IN_SERVICE: lambda r: r.uniform(3, 25),
    S.LOST: lambda r: r.uniform(20, 150),
    S.RETIRED: lambda r: r.uniform(1, 200),
}


@dataclass(frozen=True)
class Life:
    steps: tuple[Step, ...]
    #: Day of each step counted from the registration (0.0), strictly increasing.
    days: tuple[float, ...]
    end: PumpState


class _Planner:
    def __init__(self, rng: random.Random, interval_days: int) -> None:
        self.rng = rng
        self.interval = float(interval_days)
        self.steps: list[Step] = [Step.REGISTER]
        self.days: list[float] = [0.0]
        self.state = S.READY
        self.due = self.interval
        self.service: Step | None = None
        self.fault_open = False

    def emit(self, steps: Sequence[Step], first_day: float) -> None:
        for i, step in enumerate(steps):
            day = first_day if i == 0 else self.days[-1] + DWELL[self.state](self.rng)
            self.steps.append(step)
            self.days.append(day)
            self.state = self._after(step)
            if step in (Step.SERVICE_REPAIR, Step.SERVICE_MAINTENANCE):
                self.service = step
            elif step is Step.BACK:
                if self.service is Step.SERVICE_MAINTENANCE:
                    self.due = day + self.interval
                self.service = None

    def _after(self, step: Step) -> PumpState:
        if step is Step.FAULT:
            self.fault_open = True
            return self.state if self.state in FAULT_KEEPS else S.FAULTY
        if step is Step.RETURN_FAULTY:
            self.fault_open = True
        elif step is Step.RETURN and self.fault_open:
            return S.FAULTY
        elif step in (Step.BACK, Step.RETIRE):
            self.fault_open = False
        return AFTER[step]

    def emit_from_ready(self, steps: Sequence[Step], day: float) -> None:
        """``steps`` starting on ``day``, after maintenance if a lending step needs it."""
        if _needs_maintenance(steps, day, self.due):
            self.emit(_MAINTENANCE, day)
            day = self.days[-1] + DWELL[S.READY](self.rng)
        self.emit(steps, day)


def _needs_maintenance(steps: Sequence[Step], day: float, due: float) -> bool:
    if not steps or steps[0] not in LENDING:
        return False
    margin = STOCK_MARGIN_DAYS if Step.PRESCRIBE in steps else MARGIN_DAYS
    return day + margin >= due


def _cost(steps: Sequence[Step], day: float, due: float) -> int:
    return len(steps) + (2 if _needs_maintenance(steps, day, due) else 0)


def _try_plan(rng: random.Random, events: int, end: PumpState,
              interval_days: int) -> Life | None:
    plan = _Planner(rng, interval_days)
    tails = TAILS[end]
    shortest_tail = min(len(t) for t in tails)

    def completable(left: int) -> bool:
        # Cycles come in every size from 2 up, so any rest but 1 can be filled.
        return any(left - len(t) == 0 or left - len(t) >= 2 for t in tails)

    while True:
        left = events - len(plan.steps)
        day = plan.days[-1] + DWELL[S.READY](rng)
        fitting = [t for t in tails if _cost(t, day, plan.due) == left]
        if fitting:
            plan.emit_from_ready(rng.choice(fitting), day)
            break
        choices = [(c, w) for c, w in CYCLES
                   if left - _cost(c, day, plan.due) >= shortest_tail
                   and completable(left - _cost(c, day, plan.due))]
        if not choices:
            return None
        cycle = rng.choices([c for c, _w in choices], [w for _c, w in choices])[0]
        plan.emit_from_ready(cycle, day)
    if len(plan.steps) != events or plan.state is not end:
        return None
    return Life(tuple(plan.steps), tuple(plan.days), end)


def plan_life(rng: random.Random, events: int, end: PumpState, interval_days: int) -> Life:
    """A life of exactly ``events`` events ending in ``end``.

    Some random draws dead-end (a maintenance visit that falls due at the wrong moment can
    leave one event over); those are drawn again, and as a last resort the final state is
    changed, which has tails of other lengths.
    """
    if events < MIN_EVENTS:
        raise ValueError(f"a planned life has at least {MIN_EVENTS} events")
    for attempt in range(200):
        final = end if attempt < 100 else rng.choice(list(TAILS))
        life = _try_plan(rng, events, final, interval_days)
        if life is not None:
            return life
    raise RuntimeError(f"cannot plan a life of {events} events")


def place(rng: random.Random, life: Life, window_days: float) -> list[float]:
    """The life's days on a calendar of ``window_days`` days that ends when the database
    is built.

    The pump has been in its final state for a while when the database is built; a life
    longer than the window is compressed to fit (compressing keeps maintenance clear of
    its due dates; stretching would not).
    """
    last = life.days[-1]
    in_final = DWELL[life.end](rng) * rng.random()
    # At least a quarter of an hour: every event lies before the window's end.
    in_final = min(max(in_final, 0.01), window_days * 0.25)
    room = window_days - in_final
    scale = min(1.0, room / last) if last > 0 else 1.0
    start = room - last * scale
    return [start + day * scale for day in life.days]


def final_states(rng: random.Random, count: int) -> list[PumpState]:
    states = [s for s, _w in FINAL_STATES]
    weights = [w for _s, w in FINAL_STATES]
    return rng.choices(states, weights, k=count)


def event_counts(rng: random.Random, ages: Sequence[float], total: int) -> list[int]:
    """Events per pump, proportional to how long it has been in the register, summing to
    exactly ``total``."""
    if total < MIN_EVENTS * len(ages):
        raise ValueError(f"give at least {MIN_EVENTS} events per pump")
    mean_age = sum(ages) / len(ages)
    per_day = total / len(ages) / mean_age
    counts = [max(MIN_EVENTS, round(age * per_day * rng.uniform(0.7, 1.3))) for age in ages]
    difference = total - sum(counts)
    while difference:
        i = rng.randrange(len(counts))
        if difference > 0:
            counts[i] += 1
            difference -= 1
        elif counts[i] > MIN_EVENTS:
            counts[i] -= 1
            difference += 1
    return counts
