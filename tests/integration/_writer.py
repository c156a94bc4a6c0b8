"""A counter that never stops working: the process ``test_durability`` kills.

Run as ``python _writer.py DB_PATH MODE SEED``. It opens a workstation, sets up a model,
care units and pumps through the real services, then runs counter actions until it is
killed. After every action's service call has returned — that is, after its transaction
committed — it reports each event the action recorded on stdout, one line per event::

    <event uuid> <event type> <registration>

so the test knows exactly which events were committed before the kill. In ``loans`` mode
it also reports, *before* each multi-pump loan is issued, the pumps the loan will hold::

    loan <registration> <registration> ...

MODE is ``stream`` (single-pump actions on a few pumps in rotation, following each pump
through its whole life) or ``loans`` (long multi-pump ``issue_pumps`` transactions, each
followed by returning and cleaning its pumps one by one).

The script keeps no state the database does not also hold: which action comes next is
decided from the state the previous action left the pump in (or, after an unexpected
refusal, from the pump's status read back), so it never gets stuck.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Callable, Sequence

from app.domain.refusals import Refused
from app.domain.states import PumpState
from app.services import actions, queries, register, staff
from app.services.results import ActionResult
from app.services.station import Station, open_station

S = PumpState

WORKSTATION = "KILLME"
MODEL = "T34"
#: Hospital units may hold a buffer stock; two of them so stock can move between them.
HOSPITAL_UNITS = ("602154", "602155")
PRIMARY_CARE = "604001"
#: Valid Swedish personnummer (checked by python-stdnum), and a protected identity.
PATIENTS = ("19811228-9874", "19121212-1212", "protected")

STREAM_PUMPS = tuple(f"KD-{i:03d}" for i in range(1, 7))
LOAN_PUMPS = tuple(f"KL-{i:03d}" for i in range(1, 21))
LOAN_SIZES = (8, 20)  # pumps per loan, inclusive

Action = Callable[[], ActionResult]


def report(line: str) -> None:
    # One write() per line: a pipe write of under PIPE_BUF bytes is atomic, so a kill
    # cannot leave half a line behind; flushed at once because SIGKILL flushes nothing.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def report_events(results: Sequence[ActionResult]) -> None:
    report("\n".join(f"{r.event_id} {r.event_type} {r.registration}" for r in results))


def set_up(station: Station, pumps: Sequence[str]) -> None:
    register.define_model(station, MODEL, make="BD", name="BodyGuard T syringe driver",
                          product_area="subcutaneous_infusion",
                          maintenance_interval_days=365)
    register.define_unit(station, HOSPITAL_UNITS[0], name="SUS Lund, Gastroenterologi avd 1",
                         kind="hospital_inpatient")
    register.define_unit(station, HOSPITAL_UNITS[1], name="SUS Malmö, Onkologimottagningen",
                         kind="hospital_outpatient")
    register.define_unit(station, PRIMARY_CARE, name="Vårdcentralen Linero",
                         kind="primary_care")
    for registration in pumps:
        report_events([actions.register_pump(station, registration, MODEL)])


def next_action(station: Station, rng: random.Random, reg: str, state: PumpState,
                unit: str | None) -> Action:
    """A plausible next counter action for a pump in ``state`` (held by ``unit``)."""
    roll = rng.random()
    patient = rng.choice(PATIENTS)
    approval = f"BL-{rng.randrange(10000, 99999)}"
    if state is S.READY:
        if roll < 0.55:
            target = rng.choice((PRIMARY_CARE, *HOSPITAL_UNITS))
            return lambda: actions.issue_pump(station, reg, patient=patient, unit=target,
                                              approval=approval, prescriber="Dr. Eva Lind",
                                              consumables={"Syringes, 14-day pack": 2})
        if roll < 0.65:
            return lambda: actions.issue_pump(station, reg, patient=patient,
                                              unit=HOSPITAL_UNITS[0], approval=approval,
                                              transport=True)
        if roll < 0.9:
            target = rng.choice(HOSPITAL_UNITS)
            return lambda: actions.dispatch_pump(station, reg, unit=target)
        return lambda: actions.send_to_service(station, reg, reason="maintenance")
    if state in (S.ON_LOAN, S.ON_TRANSPORT_LOAN):
        if roll < 0.7:
            return lambda: actions.return_pump(station, reg)
        if roll < 0.8:
            return lambda: actions.return_pump(station, reg, fault="Occlusion alarm",
                                               fault_category="alarm")
        if roll < 0.88:
            return lambda: actions.report_fault(station, reg, "Display cracked")
        if roll < 0.94 and state is S.ON_LOAN:
            # Care responsibility follows the patient to another unit.
            target = PRIMARY_CARE if unit != PRIMARY_CARE else HOSPITAL_UNITS[1]
            return lambda: actions.move_pump(station, reg, unit=target)
        if state is S.ON_LOAN:
            return lambda: actions.report_lost(station, reg)
        return lambda: actions.return_pump(station, reg)
    if state is S.IN_UNIT_STOCK:
        if roll < 0.45:
            return lambda: actions.prescribe_pump(station, reg, patient=patient,
                                                  approval=approval)
        if roll < 0.6:
            other = HOSPITAL_UNITS[1] if unit == HOSPITAL_UNITS[0] else HOSPITAL_UNITS[0]
            return lambda: actions.move_pump(station, reg, unit=other)
        if roll < 0.85:
            return lambda: actions.return_pump(station, reg)
        return lambda: actions.send_to_service(station, reg, reason="maintenance")
    if state is S.AWAITING_CLEANING:
        if roll < 0.9:
            return lambda: actions.clean_pump(station, reg)
        return lambda: actions.report_fault(station, reg, "Door latch broken")
    if state is S.FAULTY:
        return lambda: actions.send_to_service(station, reg, reason="repair")
    if state is S.IN_SERVICE:
        return lambda: actions.back_from_service(station, reg, repair="Repaired")
    if state is S.LOST:
        return lambda: actions.return_pump(station, reg)  # found again
    raise AssertionError(f"the writer never retires a pump, yet {reg} is {state}")


def current(station: Station, reg: str) -> tuple[PumpState, str | None]:
    status = queries.pump_status(station, reg)
    return PumpState(status.state), status.unit


def run_stream(station: Station, rng: random.Random) -> None:
    set_up(station, STREAM_PUMPS)
    known: dict[str, tuple[PumpState, str | None]] = {
        reg: (S.READY, None) for reg in STREAM_PUMPS}
    while True:
        for reg in STREAM_PUMPS:
            state, unit = known[reg]
            try:
                result = next_action(station, rng, reg, state, unit)()
            except Refused as refused:
                # Not expected; say why on stderr (the test shows it) and re-read the pump.
                print(f"refused: {refused}", file=sys.stderr, flush=True)
                known[reg] = current(station, reg)
                continue
            report_events([result])
            known[reg] = (PumpState(result.state), result.responsible_unit)


def run_loans(station: Station, rng: random.Random) -> None:
    set_up(station, LOAN_PUMPS)
    while True:
        pumps = rng.sample(LOAN_PUMPS, rng.randint(*LOAN_SIZES))
        report("loan " + " ".join(pumps))
        try:
            report_events(actions.issue_pumps(
                station, pumps, patient=rng.choice(PATIENTS), unit=PRIMARY_CARE,
                approval=f"BL-{rng.randrange(10000, 99999)}", prescriber="Dr. Per Strand",
                consumables={"Syringes, 14-day pack": 1}))
        except Refused as refused:
            print(f"refused: {refused}", file=sys.stderr, flush=True)
        # Bring every pump back to ready, whatever happened, before the next loan.
        for reg in LOAN_PUMPS:
            state, unit = current(station, reg)
            while state is not S.READY:
                result = (actions.return_pump(station, reg)
                          if state in (S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.IN_UNIT_STOCK)
                          else next_action(station, rng, reg, state, unit)())
                report_events([result])
                state, unit = PumpState(result.state), result.responsible_unit


def main(argv: Sequence[str]) -> None:
    db_path, mode, seed = Path(argv[0]), argv[1], int(argv[2])
    station = open_station(db_path, workstation=WORKSTATION)
    if "writer" not in staff.staff_names(station):  # the first run on this file
        staff.add_staff(station, "writer", name="Writer",
                        roles=["counter", "technician", "administrator"])
    station.sign_in("writer")
    {"stream": run_stream, "loans": run_loans}[mode](station, random.Random(seed))


if __name__ == "__main__":
    main(sys.argv[1:])
