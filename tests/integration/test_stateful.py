"""Random counter sessions (Hypothesis): whatever the counter scans, in whatever order,
the database never reaches an inconsistent state, refusals change nothing, and replaying
the event log from empty gives exactly the tables.

The expected behaviour here is a small model written from DESIGN.md's table, separate from
the code's own table, so a wrong rule in the code makes the two disagree.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.domain.refusals import Refused
from app.persistence.database import Database
from app.persistence.replay import projection, replay
from app.services import actions
from app.services.station import Station
from tests.conftest import FakeClock, define_depot, make_station
from tests.integration.helpers import event_count, rows

PUMPS = ["PD-1", "PD-2", "PD-3"]
HOSPITAL_UNITS = ["602154", "602155"]
UNITS = HOSPITAL_UNITS + ["604001", "605010"]
PATIENTS = ["19811228-9874", "protected", "LMA 19900101 50-008920/4", "19811288-9871"]
#: Approval references, two of them the same one typed differently (seed 002: a protected
#: identity's prescription is good for one withdrawal, however it is typed).
APPROVALS = ["BL-1", "bl -1", "BL-2", "BL-3"]
INTERVAL = {"T34": 365, "JOEY": 180}
OUT = {"on_loan", "on_transport_loan", "in_unit_stock"}


@dataclass(frozen=True)
class Expected:
    model: str
    state: str = "ready"
    unit: str | None = None
    next_maintenance: dt.date | None = None
    service_reason: str | None = None
    open_faults: int = 0
    #: The counter a transport pump goes back to (seed 001).
    return_to: str | None = None


#: The two counters of the session: DESK1 and DESK2 share the database, as two counters
#: share a synced register, so a transport loan can come back at the other one.
COUNTERS = ["DESK1", "DESK2"]
#: DESIGN.md: a fault on a pump that is not at the depot is an open fault; nothing moves.
FAULT_LEAVES = {"on_loan", "on_transport_loan", "lost", "in_service", "returning"}


_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """A migrated database with the depot defined, made once and copied per example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="pumpdesk-template-"))
        station = define_depot(make_station(folder / "template.db", FakeClock(),
                                            readable_ids=False))
        station.close()
        _TEMPLATE["path"] = folder / "template.db"
    return _TEMPLATE["path"]


class CounterSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pumpdesk-stateful-"))
        shutil.copy(_template(), self.folder / "ws.db")
        self.clock = FakeClock()
        self.station = make_station(self.folder / "ws.db", self.clock, readable_ids=False)
        self.counters = {"DESK1": self.station, "DESK2": Station(
            self.station.db, replace(self.station.ctx, workstation="DESK2"))}
        self.expected: dict[str, Expected] = {}
        #: Protected identities' prescriptions used for a loan, as compared.
        self.used_prescriptions: set[str] = set()
        for reg, model in zip(PUMPS, ["T34", "JOEY", "T34"]):
            actions.register_pump(self.station, reg, model)
            self.expected[reg] = Expected(model, next_maintenance=self.today()
                                          + dt.timedelta(days=INTERVAL[model]))
        self.events = event_count(self.station)

    def today(self) -> dt.date:
        return self.clock.now.astimezone().date()

    def attempt(self, reg: str, action, after: Expected | None) -> None:  # noqa: ANN001
        """Run ``action``; it must succeed exactly when the model says it is legal."""
        try:
            action()
        except Refused as refused:
            assert after is None, f"refused but legal: {refused.message}"
            return
        assert after is not None, f"{reg} accepted an illegal move from {self.expected[reg]}"
        self.expected[reg] = after
        self.events += 1

    def overdue(self, reg: str) -> bool:
        due = self.expected[reg].next_maintenance
        return due is not None and due < self.today()

    # -- the counter's actions ----------------------------------------------------------

    def prescription_free(self, patient: str, approval: str) -> bool:
        return patient != "protected" or "".join(approval.split()).lower() \
            not in self.used_prescriptions

    def use_prescription(self, patient: str, approval: str) -> None:
        if patient == "protected":
            self.used_prescriptions.add("".join(approval.split()).lower())

    @rule(reg=st.sampled_from(PUMPS), unit=st.sampled_from(UNITS), transport=st.booleans(),
          patient=st.sampled_from(PATIENTS), approval=st.sampled_from(APPROVALS),
          counter=st.sampled_from(COUNTERS))
    def issue(self, reg: str, unit: str, transport: bool, patient: str, approval: str,
              counter: str) -> None:
        now = self.expected[reg]
        ok = (now.state == "ready" and not self.overdue(reg)
              and self.prescription_free(patient, approval))
        after = replace(now, state="on_transport_loan" if transport else "on_loan", unit=unit,
                        return_to=counter if transport else None)
        self.attempt(reg, lambda: actions.issue_pump(
            self.counters[counter], reg, patient=patient, unit=unit, approval=approval,
            transport=transport), after if ok else None)
        if ok:
            self.use_prescription(patient, approval)

    @rule(reg=st.sampled_from(PUMPS), unit=st.sampled_from(UNITS))
    def dispatch(self, reg: str, unit: str) -> None:
        now = self.expected[reg]
        ok = now.state == "ready" and unit in HOSPITAL_UNITS and not self.overdue(reg)
        self.attempt(reg, lambda: actions.dispatch_pump(self.station, reg, unit=unit),
                     replace(now, state="in_unit_stock", unit=unit) if ok else None)

    @rule(reg=st.sampled_from(PUMPS), patient=st.sampled_from(PATIENTS),
          approval=st.sampled_from(APPROVALS))
    def prescribe(self, reg: str, patient: str, approval: str) -> None:
        now = self.expected[reg]
        # Seed 000: the unit hands a pump to a patient; never one due for maintenance.
        ok = (now.state == "in_unit_stock" and not self.overdue(reg)
              and self.prescription_free(patient, approval))
        self.attempt(reg, lambda: actions.prescribe_pump(self.station, reg, patient=patient,
                                                         approval=approval),
                     replace(now, state="on_loan") if ok else None)
        if ok:
            self.use_prescription(patient, approval)

    @rule(reg=st.sampled_from(PUMPS), unit=st.sampled_from(UNITS))
    def move(self, reg: str, unit: str) -> None:
        now = self.expected[reg]
        ok = unit != now.unit and (
            now.state == "on_loan" or (now.state == "in_unit_stock" and unit in HOSPITAL_UNITS))
        self.attempt(reg, lambda: actions.move_pump(self.station, reg, unit=unit),
                     replace(now, unit=unit) if ok else None)

    @rule(reg=st.sampled_from(PUMPS), fault=st.sampled_from([None, "Display cracked"]),
          counter=st.sampled_from(COUNTERS))
    def return_pump(self, reg: str, fault: str | None, counter: str) -> None:
        now = self.expected[reg]
        faults = now.open_faults + (1 if fault else 0)
        after: Expected | None = None
        if now.state == "returning":
            # The lending counter's scan receives it; it takes no fault note.
            if counter == now.return_to and not fault:
                after = replace(now, state="faulty" if faults else "awaiting_cleaning",
                                return_to=None)
        elif now.state == "on_transport_loan" and counter != now.return_to:
            after = replace(now, state="returning", unit=None, open_faults=faults)
        elif now.state in OUT | {"lost"}:
            after = replace(now, state="faulty" if faults else "awaiting_cleaning", unit=None,
                            open_faults=faults, return_to=None)
        self.attempt(reg, lambda: actions.return_pump(self.counters[counter], reg, fault=fault),
                     after)

    @rule(reg=st.sampled_from(PUMPS), counter=st.sampled_from(COUNTERS))
    def receive(self, reg: str, counter: str) -> None:
        now = self.expected[reg]
        ok = now.state == "returning" and counter == now.return_to
        after = replace(now, state="faulty" if now.open_faults else "awaiting_cleaning",
                        return_to=None)
        self.attempt(reg, lambda: actions.receive_back(self.counters[counter], reg),
                     after if ok else None)

    @rule(reg=st.sampled_from(PUMPS))
    def clean(self, reg: str) -> None:
        now = self.expected[reg]
        ok = now.state == "awaiting_cleaning" and now.open_faults == 0
        self.attempt(reg, lambda: actions.clean_pump(self.station, reg),
                     replace(now, state="ready") if ok else None)

    @rule(reg=st.sampled_from(PUMPS))
    def fault(self, reg: str) -> None:
        now = self.expected[reg]
        ok = now.state != "retired"
        after = replace(now, open_faults=now.open_faults + 1)
        if now.state not in FAULT_LEAVES:
            after = replace(after, state="faulty", unit=None, service_reason=None)
        self.attempt(reg, lambda: actions.report_fault(self.station, reg, "Alarm"),
                     after if ok else None)

    @rule(reg=st.sampled_from(PUMPS), reason=st.sampled_from(["repair", "maintenance"]))
    def service(self, reg: str, reason: str) -> None:
        now = self.expected[reg]
        ok = now.state in {"faulty", "awaiting_cleaning", "ready", "in_unit_stock"}
        after = replace(now, state="in_service", unit=None, service_reason=reason)
        self.attempt(reg, lambda: actions.send_to_service(self.station, reg, reason=reason),
                     after if ok else None)

    @rule(reg=st.sampled_from(PUMPS), repair=st.sampled_from([None, "New battery"]))
    def back(self, reg: str, repair: str | None) -> None:
        now = self.expected[reg]
        # Open faults close only with what was repaired recorded.
        ok = now.state == "in_service" and (repair is not None or now.open_faults == 0)
        after = replace(now, state="ready", service_reason=None, open_faults=0)
        if now.service_reason == "maintenance":
            after = replace(after, next_maintenance=self.today()
                            + dt.timedelta(days=INTERVAL[now.model]))
        self.attempt(reg, lambda: actions.back_from_service(self.station, reg, repair=repair),
                     after if ok else None)

    @rule(reg=st.sampled_from(PUMPS))
    def lost(self, reg: str) -> None:
        now = self.expected[reg]
        ok = now.state in {"on_loan", "in_unit_stock"}
        self.attempt(reg, lambda: actions.report_lost(self.station, reg),
                     replace(now, state="lost") if ok else None)

    @rule(reg=st.sampled_from(PUMPS))
    def retire(self, reg: str) -> None:
        now = self.expected[reg]
        ok = now.state in {"ready", "awaiting_cleaning", "faulty", "in_service", "lost"}
        self.attempt(reg, lambda: actions.retire_pump(self.station, reg),
                     replace(now, state="retired", unit=None) if ok else None)

    @rule(days=st.sampled_from([0, 1, 30, 200, 400]))
    def time_passes(self, days: int) -> None:
        self.clock.advance(days=days)

    # -- what must always hold ----------------------------------------------------------

    @invariant()
    def tables_agree_with_the_model_and_each_other(self) -> None:
        assert event_count(self.station) == self.events  # refusals wrote nothing
        found = rows(self.station, """
            SELECT p.registration, p.state, p.responsible_unit, p.loan_id, p.next_maintenance,
                   p.return_to,
                   (SELECT count(*) FROM fault_reports f
                     WHERE f.pump = p.registration AND f.closed_at IS NULL),
                   (SELECT group_concat(lp.loan_id) FROM loan_pumps lp
                     WHERE lp.pump = p.registration AND lp.ended_at IS NULL)
            FROM pumps p ORDER BY p.registration""")
        for reg, state, unit, loan, due, return_to, faults, open_loans in found:
            want = self.expected[reg]
            assert (state, unit, faults, return_to) == (want.state, want.unit,
                                                        want.open_faults, want.return_to), reg
            assert due == (want.next_maintenance.isoformat() if want.next_maintenance else None)
            # A pump is under a loan exactly when it is out, and under that loan only.
            assert (loan is not None) == (state in OUT), reg
            assert open_loans == loan, reg
            if state == "faulty":
                assert faults > 0

    def teardown(self) -> None:
        try:
            rebuilt = Database(self.folder / "replayed.db")
            replay(self.station.db, rebuilt)
            assert projection(rebuilt) == projection(self.station.db)
            rebuilt.dispose()
        finally:
            self.station.close()
            shutil.rmtree(self.folder, ignore_errors=True)


CounterSession.TestCase.settings = settings(
    max_examples=60, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_counter_sessions = CounterSession.TestCase
