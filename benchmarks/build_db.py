"""Build a large, realistic workstation database fast: ``python benchmarks/build_db.py PATH``.

Recording events through the ORM projector costs about a millisecond each, which is an hour
for two million. So the schema comes from the app's own migrations and the register (models,
units) from its services, but the pumps' lives are decided by ``app.domain.rules`` and
``app.domain.pump.evolve`` in memory, and their rows written with bare ``sqlite3``
(``benchmarks.rows`` mirrors the projector; a test replays the log to prove it).

Every pump's life is planned ahead (``benchmarks.lives``); all lives are then run together
in time order over ~2 years, so the event log is in time order overall, loan numbers run
per workstation as the counter gives them, and a patient's register row comes from their
first loan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import random
import sqlite3
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import rules  # noqa: E402
from app.domain.events import Context, Event  # noqa: E402
from app.domain.identity import PROTECTED, PatientIdentity  # noqa: E402
from app.domain.loans import LoanTerms, LoanType, patient_loan_terms  # noqa: E402
from app.domain.pump import Pump  # noqa: E402
from app.domain.reference import CareUnit, PumpModel  # noqa: E402
from app.domain.rules import ServiceReason  # noqa: E402
from app.domain.scan import Production  # noqa: E402
from app.domain.scan import check_registration  # noqa: E402
from app.services.station import open_station  # noqa: E402
from benchmarks import depot, lives  # noqa: E402
from benchmarks.lives import Step  # noqa: E402
from benchmarks.rows import ProjectedRows  # noqa: E402

WINDOW_DAYS = 730
FLUSH_EVERY = 100_000
#: Share of pumps that carry a manufacturer's UDI label (older ones have none).
UDI_SHARE = 0.85
#: Share of patient loans to people with protected identity.
PROTECTED_SHARE = 0.01
_US_PER_DAY = 86_400_000_000
_OFFICE_US = 10 * 3_600_000_000  # the counter is open 07:00–17:00 UTC


@dataclass(frozen=True)
class BuildSummary:
    path: Path
    pumps: int
    events: int
    patients: int
    loans: int
    fault_reports: int
    states: dict[str, int]
    seconds: float


def registration(i: int) -> str:
    """The registration number of the builder's ``i``-th pump (1-based)."""
    return check_registration(f"HS-{i:06d}")


class _Clock:
    """The simulated time every Context reads; the builder moves it from event to event."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _home(ctx: Context, pump: Pump) -> Context:
    """A transport pump is returned at the counter that lent it (seed 001), so the built
    lives need no receiving step."""
    return replace(ctx, workstation=pump.return_to) if pump.return_to else ctx


class _Depot:
    """Runs each planned step through the domain rules, as the services would."""

    def __init__(self, rng: random.Random, register: depot.Register,
                 people: list[tuple[str, PatientIdentity]], clock: _Clock) -> None:
        self.rng = rng
        self.register = register
        self.people = people
        self.clock = clock
        ids = lambda: depot.new_id(rng)  # noqa: E731
        self.contexts = [Context(actor=a, workstation=w, clock=clock, ids=ids)
                         for a in depot.STAFF for w in depot.WORKSTATIONS]
        self.loans_from = Counter[str]()
        self.open_units = register.hospital + register.community
        self.handlers: dict[Step, Callable[[Context, Pump, PumpModel], Event]] = {
            Step.ISSUE: lambda c, p, m: rules.issue(c, p, self._patient_terms(c, m, False)),
            Step.ISSUE_TRANSPORT: lambda c, p, m: rules.issue(
                c, p, self._patient_terms(c, m, True)),
            Step.DISPATCH: self._dispatch,
            Step.PRESCRIBE: lambda c, p, m: rules.prescribe(
                c, p, self._patient_terms(c, m, False, p.responsible_unit)),
            Step.CARE_MOVE: lambda c, p, m: rules.move(
                c, p, self._unit(self.register.community, p.responsible_unit)),
            Step.STOCK_MOVE: lambda c, p, m: rules.move(
                c, p, self._unit(self.register.hospital, p.responsible_unit)),
            Step.RETURN: lambda c, p, m: rules.return_pump(_home(c, p), p),
            Step.RETURN_FAULTY: lambda c, p, m: rules.return_pump(_home(c, p), p,
                                                                  self._fault()),
            Step.CLEAN: lambda c, p, m: rules.clean(c, p),
            Step.FAULT: lambda c, p, m: rules.report_fault(c, p, self._fault()),
            Step.SERVICE_REPAIR: lambda c, p, m: rules.send_to_service(
                c, p, ServiceReason.REPAIR),
            Step.SERVICE_MAINTENANCE: lambda c, p, m: rules.send_to_service(
                c, p, ServiceReason.MAINTENANCE),
            Step.BACK: lambda c, p, m: rules.back_from_service(
                c, p, m, "Replaced the faulty part" if p.open_faults else None),
            Step.LOST: lambda c, p, m: rules.report_lost(c, p),
            Step.RETIRE: lambda c, p, m: rules.retire(c, p),
        }

    def context(self) -> Context:
        return self.contexts[self.rng.randrange(len(self.contexts))]

    def decide(self, ctx: Context, step: Step, pump: Pump, model: PumpModel) -> Event:
        return self.handlers[step](ctx, pump, model)

    def _loan_number(self, ctx: Context) -> str:
        # ``actions._loan_number``: the workstation's loans so far, plus one.
        self.loans_from[ctx.workstation] += 1
        return f"{ctx.workstation}-{self.loans_from[ctx.workstation]:06d}"

    def _unit(self, among: tuple[str, ...], not_: str | None) -> CareUnit:
        while True:
            number = self.rng.choice(among)
            if number != not_:
                return self.register.units[number]

    def _patient_terms(self, ctx: Context, model: PumpModel, transport: bool,
                       unit: str | None = None) -> LoanTerms:
        rng = self.rng
        if unit is None:
            among = self.register.hospital if transport or rng.random() < 0.6 \
                else self.register.community
            unit = rng.choice(among)
        patient_id: str | None
        if rng.random() < PROTECTED_SHARE:
            identity, patient_id = PROTECTED, None
        else:
            patient_id, identity = rng.choice(self.people)
        packs = {pack: rng.randint(1, 3) for pack in model.consumables if rng.random() < 0.8}
        return self.register.billed(patient_loan_terms(
            loan_id=depot.new_id(rng), number=self._loan_number(ctx), transport=transport,
            unit=self.register.units[unit], patient=identity, patient_id=patient_id,
            approval=f"BL-{rng.randrange(100000, 999999)}",
            prescriber=rng.choice(depot.PRESCRIBERS), consumables=packs,
            asylum_unit=self.register.asylum), model.product_area)

    def _dispatch(self, ctx: Context, pump: Pump, model: PumpModel) -> Event:
        unit = self.register.units[self.rng.choice(self.register.hospital)]
        terms = LoanTerms(loan_id=depot.new_id(self.rng), number=self._loan_number(ctx),
                          loan_type=LoanType.UNIT_BUFFER, responsible_unit=unit,
                          billing_unit=unit.customer_number)
        return rules.dispatch(ctx, pump, self.register.billed(terms, model.product_area))

    def _fault(self) -> dict[str, object]:
        description, category = self.rng.choice(depot.FAULTS)
        return rules.fault_payload(depot.new_id(self.rng), description, category)


def _office_time(day: float) -> int:
    """Microseconds from the window's first midnight, squeezing each day into office
    hours (keeps the order of a pump's steps and their calendar days)."""
    whole = int(day)
    return whole * _US_PER_DAY + 7 * 3_600_000_000 + int((day - whole) * _OFFICE_US)


def _plan(rng: random.Random, register: depot.Register, pumps: int,
          events_per_pump: int) -> tuple[list[str], list[bytes], list[array[int]]]:
    """Per pump: model code, planned steps and their times (µs into the window)."""
    models = list(register.models.values())
    ages = [rng.uniform(0.05, 1.0) * WINDOW_DAYS for _ in range(pumps)]
    counts = lives.event_counts(rng, ages, pumps * events_per_pump)
    ends = lives.final_states(rng, pumps)
    codes: list[str] = []
    steps: list[bytes] = []
    times: list[array[int]] = []
    for i in range(pumps):
        model = models[rng.randrange(len(models))]
        life = lives.plan_life(rng, counts[i], ends[i], model.maintenance_interval_days)
        micros = array("q")
        for day in lives.place(rng, life, WINDOW_DAYS):
            micros.append(max(_office_time(day), micros[-1] + 1 if micros else 0))
        codes.append(model.code)
        steps.append(bytes(life.steps))
        times.append(micros)
    return codes, steps, times


def production(model: str, i: int) -> Production:
    """Pump ``i``'s lot, production date and expiry: made 2019–2024, one lot per model and
    month (about 250 pumps a lot on 100,000 pumps), expiring ten years on."""
    made = dt.date(2019, 1, 1) + dt.timedelta(days=(i * 37) % 2190)
    return Production(f"{model[:2]}{made:%y%m}", made,
                      dt.date(made.year + 10, made.month, min(made.day, 28)))


def build(path: Path | str, pumps: int = 100_000, events_per_pump: int = 20, *,
          patients: int | None = None, seed: int = 2026, until: dt.date | None = None,
          progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Create ``path`` (which must not exist) with ``pumps`` pumps and exactly
    ``pumps * events_per_pump`` pump events, the last on the day before ``until``."""
    started = time.perf_counter()
    say = progress or (lambda _text: None)
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; remove it or build elsewhere")
    rng = random.Random(seed)
    until = until or dt.datetime.now(dt.UTC).date()
    window_start = dt.datetime.combine(until - dt.timedelta(days=WINDOW_DAYS), dt.time(),
                                       dt.UTC)
    clock = _Clock(window_start - dt.timedelta(days=1))

    # The schema (migrations) and the register, through the app itself.
    admin = Context(actor="admin", workstation=depot.WORKSTATIONS[0], clock=clock,
                    ids=lambda: depot.new_id(rng))
    station = open_station(path, workstation=depot.WORKSTATIONS[0], ctx=admin)
    try:
        register = depot.define_register(station)
    finally:
        station.close()
    people = depot.patients(rng, patients or max(50, pumps * 3 // 10))

    say(f"planning {pumps:,} pump lives")
    codes, plans, times = _plan(rng, register, pumps, events_per_pump)
    say(f"planned in {time.perf_counter() - started:.0f} s; recording events")

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000",
                       "temp_store=MEMORY", "foreign_keys=OFF"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        rows = ProjectedRows()
        rows.add_people(people)
        state: list[Pump | None] = [None] * pumps
        lives_run = _Depot(rng, register, people, clock)
        queue = [(micros[0], i, 0) for i, micros in enumerate(times)]
        heapq.heapify(queue)
        recorded = 0
        while queue:
            micros, i, k = heapq.heappop(queue)
            clock.now = window_start + dt.timedelta(microseconds=micros)
            ctx = lives_run.context()
            model = register.models[codes[i]]
            pump = state[i]
            if k == 0:
                serial = f"{model.code[:2]}{i + 1:08d}"
                udi = (model.gtin, serial) if model.gtin and rng.random() < UDI_SHARE else None
                event = rules.register(ctx, registration(i + 1), model, serial, udi,
                                       production(model.code, i) if udi else None)
            else:
                assert pump is not None
                event = lives_run.decide(ctx, Step(plans[i][k]), pump, model)
            state[i] = rows.apply(event, pump)
            recorded += 1
            if k + 1 < len(plans[i]):
                heapq.heappush(queue, (times[i][k + 1], i, k + 1))
            if recorded % FLUSH_EVERY == 0:
                rows.flush(connection)
                say(f"{recorded:,} events ({time.perf_counter() - started:.0f} s)")
        final = [p for p in state if p is not None]
        rows.finish(connection, final)
        connection.execute("COMMIT")
        problems = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
        if problems:
            raise RuntimeError(f"the built database breaks foreign keys: {problems}")
        # Leave it as the app keeps it: in WAL mode (the app sets the rest on connect).
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    states = Counter(p.state.value for p in final)
    return BuildSummary(path, len(final), recorded, rows.counts["persons"],
                        rows.counts["loans"], rows.counts["fault_reports"],
                        dict(states.most_common()), time.perf_counter() - started)


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--events-per-pump", type=int, default=20)
    parser.add_argument("--patients", type=int, default=None,
                        help="people in the register (default: 30%% of the pumps)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.events_per_pump < lives.MIN_EVENTS:
        parser.error(f"--events-per-pump must be at least {lives.MIN_EVENTS}")
    if args.force:
        remove_database(args.path)
    elif args.path.exists():
        parser.error(f"{args.path} exists; give --force to replace it")
    summary = build(args.path, args.pumps, args.events_per_pump, patients=args.patients,
                    seed=args.seed, progress=lambda text: print(text, flush=True))
    print(f"{summary.path}: {summary.pumps:,} pumps, {summary.events:,} pump events, "
          f"{summary.loans:,} loans, {summary.patients:,} patients, "
          f"{summary.fault_reports:,} fault reports in {summary.seconds:.0f} s")
    print("pump states: " + ", ".join(f"{k} {v:,}" for k, v in summary.states.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
