"""Random days of a depot (Hypothesis): prescriptions from units' stocks, pumps sent to
maintenance and back, targets raised, replenishment planned and dispatched — sometimes the
same plan twice. No unit ever ends above its target, and no pump is ever sent twice."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, stock
from tests.conftest import FakeClock, define_depot, make_station

UNITS = ["602154", "602155"]
MODELS = ["T34", "JOEY"]
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="pumpdesk-stock-template-"))
        station = define_depot(make_station(folder / "t.db", FakeClock(), readable_ids=False))
        for n in range(1, 13):
            actions.register_pump(station, f"PD-{n}", MODELS[n % 2])
        station.close()
        _TEMPLATE["path"] = folder / "t.db"
    return _TEMPLATE["path"]


class DepotDays(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pumpdesk-stock-"))
        shutil.copy(_template(), self.folder / "ws.db")
        self.clock = FakeClock()
        self.station = make_station(self.folder / "ws.db", self.clock, readable_ids=False)
        self.last_plan = None

    def rows(self, sql: str) -> list[tuple]:
        with sqlite3.connect(self.folder / "ws.db") as raw:
            return raw.execute(sql).fetchall()

    def in_stock(self) -> list[str]:
        return [r[0] for r in self.rows(
            "SELECT registration FROM pumps WHERE state = 'in_unit_stock' ORDER BY 1")]

    @rule(unit=st.sampled_from(UNITS), model=st.sampled_from(MODELS), more=st.integers(1, 3))
    def raise_target(self, unit: str, model: str, more: int) -> None:
        now = next((lv.target for lv in stock.levels(self.station)
                    if (lv.unit, lv.model) == (unit, model)), 0)
        stock.set_target(self.station, unit, model, now + more)

    @rule(pick=st.integers(0, 20))
    def prescribe(self, pick: int) -> None:
        pumps = self.in_stock()
        if pumps:
            actions.prescribe_pump(self.station, pumps[pick % len(pumps)],
                                   patient="19811228-9874", approval="BL-1")

    @rule(pick=st.integers(0, 20))
    def send_to_maintenance(self, pick: int) -> None:
        pumps = self.in_stock()
        if pumps:
            actions.send_to_service(self.station, pumps[pick % len(pumps)], reason="maintenance")

    @rule()
    def pumps_come_back(self) -> None:
        for (reg,) in self.rows("SELECT registration FROM pumps WHERE state = 'in_service'"):
            actions.back_from_service(self.station, reg, repair="Repaired")
        for (reg,) in self.rows("SELECT registration FROM pumps WHERE state = 'on_loan'"):
            actions.return_pump(self.station, reg)
            actions.clean_pump(self.station, reg)

    @rule(days=st.integers(0, 3))
    def replenish(self, days: int) -> None:
        self.clock.advance(days=days)
        try:
            _, self.last_plan, _ = stock.replenish(self.station, self.clock.now.date())
        except Refused as refused:  # one run a day
            assert refused.code is RefusalCode.ALREADY_DONE, refused

    @rule()
    def dispatch_the_last_plan_again(self) -> None:
        if self.last_plan is not None:
            with pytest.raises(Refused, match="already run"):
                stock.dispatch_plan(self.station, self.last_plan)

    @rule()
    def plan_for_a_later_day_then_dispatch(self) -> None:
        plan = stock.make_plan(self.station, self.clock.now.date() + dt.timedelta(days=1))
        try:
            stock.dispatch_plan(self.station, plan)
        except Refused as refused:
            # A plan is dispatched line by line, refused whole only if its day was run.
            assert refused.code is RefusalCode.ALREADY_DONE, refused

    @invariant()
    def no_unit_above_its_target(self) -> None:
        for level in stock.levels(self.station):
            assert level.in_stock <= level.target, level

    @invariant()
    def no_pump_sent_twice(self) -> None:
        events = self.rows("SELECT pump, type FROM events WHERE pump IS NOT NULL ORDER BY seq")
        at_unit: set[str] = set()
        for pump, kind in events:
            if kind == "dispatched_to_unit":
                assert pump not in at_unit, f"{pump} sent while already in a unit's stock"
                at_unit.add(pump)
            elif kind in ("prescribed_from_stock", "sent_to_service", "returned",
                          "reported_lost", "fault_reported"):
                at_unit.discard(pump)
        for (lines,) in self.rows("SELECT lines FROM replenishment_runs"):
            sent = [line[2] for line in json.loads(lines)]
            assert len(sent) == len(set(sent))

    def teardown(self) -> None:
        self.station.close()
        shutil.rmtree(self.folder, ignore_errors=True)


DepotDays.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                       suppress_health_check=[HealthCheck.too_slow])
test_depot_days = DepotDays.TestCase
