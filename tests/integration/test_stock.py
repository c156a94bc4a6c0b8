"""Buffer stocks and their replenishment (seed 000), on a real workstation database."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, queries, stock
from app.services.station import Station
from tests.conftest import FakeClock
from tests.integration.helpers import event_count

MONDAY = dt.date(2026, 3, 2)


def ready_pumps(depot: Station, count: int, model: str = "T34", start: int = 1) -> list[str]:
    regs = [f"PD-{n}" for n in range(start, start + count)]
    for reg in regs:
        actions.register_pump(depot, reg, model)
    return regs


def level(depot: Station, unit: str = "602154", model: str = "T34"):  # noqa: ANN201
    return next(lv for lv in stock.levels(depot) if (lv.unit, lv.model) == (unit, model))


def state(depot: Station, reg: str) -> str:
    return queries.pump_status(depot, reg).state


def test_a_run_fills_the_stock_to_its_target_and_sends_nothing_twice(depot: Station) -> None:
    ready_pumps(depot, 5)
    stock.set_target(depot, "602154", "T34", 3)
    assert (level(depot).in_stock, level(depot).shortfall) == (0, 3)
    _, plan, run = stock.replenish(depot, MONDAY)
    assert len(run.sent) == 3 and run.skipped == () and plan.shortages == ()
    assert (level(depot).in_stock, level(depot).shortfall) == (3, 0)
    events = event_count(depot)
    with pytest.raises(Refused, match="already run at DESK1 by anna.k") as refused:
        stock.replenish(depot, MONDAY)  # the scheduled task ran twice: one run a day
    assert refused.value.code is RefusalCode.ALREADY_DONE
    assert event_count(depot) == events
    assert [r["sent"] for r in stock.past_runs(depot)] == [3]


def test_dispatching_the_same_reviewed_plan_twice_sends_nothing_twice(depot: Station) -> None:
    ready_pumps(depot, 4)
    stock.set_target(depot, "602154", "T34", 2)
    plan = stock.make_plan(depot, MONDAY)
    first = stock.dispatch_plan(depot, plan)
    with pytest.raises(Refused, match="already run"):
        stock.dispatch_plan(depot, plan)
    assert len(first.sent) == 2
    assert level(depot).in_stock == 2


def test_prescription_and_maintenance_trigger_a_replacement(depot: Station) -> None:
    regs = ready_pumps(depot, 6)
    stock.set_target(depot, "602154", "T34", 2)
    stock.replenish(depot, MONDAY)
    in_stock = [r for r in regs if state(depot, r) == "in_unit_stock"]
    actions.prescribe_pump(depot, in_stock[0], patient="19811228-9874", approval="BL-1")
    actions.send_to_service(depot, in_stock[1], reason="maintenance")
    assert level(depot).shortfall == 2 and level(depot).on_loan == 1
    _, plan, run = stock.replenish(depot, MONDAY + dt.timedelta(days=1))
    assert len(run.sent) == 2
    assert level(depot).in_stock == 2


def test_pumps_idle_longest_go_first_and_none_due_for_maintenance_soon(
        depot: Station, clock: FakeClock) -> None:
    old = ready_pumps(depot, 2, start=1)
    clock.advance(days=300)  # these two are registered later, so idle for less time
    ready_pumps(depot, 2, start=3)
    # PD-1 and PD-2 are due for maintenance 365 days after registration: 65 days away.
    stock.set_target(depot, "602154", "T34", 2)
    today = clock.now.date()
    plan = stock.make_plan(depot, today)
    assert [line.registration for line in plan.lines] == sorted(old)
    clock.advance(days=40)  # now PD-1 and PD-2 are due within 30 days: not sent
    plan = stock.make_plan(depot, clock.now.date())
    assert [line.registration for line in plan.lines] == ["PD-3", "PD-4"]


def test_a_shortage_is_shown_not_hidden(depot: Station) -> None:
    ready_pumps(depot, 1)
    stock.set_target(depot, "602154", "T34", 3)
    _, plan, run = stock.replenish(depot, MONDAY)
    assert len(run.sent) == 1
    assert [(s.unit, s.model, s.missing) for s in plan.shortages] == [("602154", "T34", 2)]
    assert stock.past_runs(depot)[0]["missing"] == 2


def test_nothing_is_sent_on_a_day_off(depot: Station) -> None:
    ready_pumps(depot, 2)
    stock.set_target(depot, "602154", "T34", 2)
    for day_off in (dt.date(2026, 3, 7), dt.date(2026, 4, 3), dt.date(2026, 6, 19)):
        when, plan, run = stock.replenish(depot, day_off)
        assert not when.working and plan is None and run is None
    assert when.next_working_day == dt.date(2026, 6, 22)
    assert level(depot).in_stock == 0


@pytest.mark.parametrize("unit", ["604001", "605010"])
def test_primary_care_and_municipalities_hold_no_stock(depot: Station, unit: str) -> None:
    before = event_count(depot)
    with pytest.raises(Refused) as refused:
        stock.set_target(depot, unit, "T34", 2)
    assert refused.value.code is RefusalCode.NO_BUFFER_STOCK
    with pytest.raises(Refused):
        stock.request_target(depot, unit, "T34", 2, requester="X", reason="Y")
    assert event_count(depot) == before


def test_a_request_changes_the_target_only_once_approved(depot: Station) -> None:
    stock.set_target(depot, "602154", "T34", 2)
    request = stock.request_target(depot, "602154", "T34", 5, requester="Karin Ek",
                                   reason="More beds")
    assert level(depot).target == 2
    assert [r["id"] for r in stock.pending_requests(depot)] == [request]
    stock.decide_request(depot, request, approve=True)
    assert level(depot).target == 5 and stock.pending_requests(depot) == []
    with pytest.raises(Refused):
        stock.decide_request(depot, request, approve=True)
    rejected = stock.request_target(depot, "602154", "T34", 9, requester="K", reason="R")
    stock.decide_request(depot, rejected, approve=False)
    assert level(depot).target == 5


def test_a_pump_lost_after_a_stock_move_is_charged_to_the_receiving_unit(
        depot: Station, clock: FakeClock) -> None:
    """Seed 000: "en lagerflytt … till mottagande enhet. På så sätt flyttas ansvaret över
    till mottagande enhet", and "Enheten har ekonomiskt ansvar för pumpar från
    buffertlagret som kommer bort": the unit the pump was moved to pays for it, billed as
    that unit's pumps are."""
    from app.services import payers
    from app.services.reports import make_report

    ready_pumps(depot, 2)
    stock.set_target(depot, "602154", "T34", 2)
    stock.replenish(depot, MONDAY)
    malmo = payers.add_payer(depot, "Region Skåne, SUS Malmö", invoice_address="Box 2")
    payers.set_unit_payer(depot, "602155", malmo.id)
    actions.move_pump(depot, "PD-1", unit="602155")  # lent to Malmö's stock
    actions.report_lost(depot, "PD-1")
    actions.report_lost(depot, "PD-2")  # still Lund's
    day = clock.now.date()
    report = make_report(depot, "lost", day, day)
    charged = {row[2]: (row[0], row[6]) for row in report.sections[0].rows}
    assert charged == {"PD-1": ("602155", "Region Skåne, SUS Malmö"),
                       "PD-2": ("602154", "SUS Lund, Gastro avd 1")}
    assert [row[2] for row in make_report(depot, "lost", day, day,
                                          unit="602155").sections[0].rows] == ["PD-1"]


def test_pumps_move_between_stocks_and_with_the_patients_care(depot: Station) -> None:
    ready_pumps(depot, 2)
    stock.set_target(depot, "602154", "T34", 2)
    stock.replenish(depot, MONDAY)
    actions.move_pump(depot, "PD-1", unit="602155")  # a loan between units, as a stock move
    assert level(depot).in_stock == 1 and level(depot, "602155").in_stock == 1
    actions.prescribe_pump(depot, "PD-2", patient="19811228-9874", approval="BL-1")
    actions.move_pump(depot, "PD-2", unit="604001")  # care moves to primary care
    status = queries.pump_status(depot, "PD-2")
    assert (status.state, status.unit) == ("on_loan", "604001")


def test_a_buffer_stock_needs_the_units_contact_person(depot: Station) -> None:
    """Seed 000: "Varje enhet behöver utse en kontaktperson för denna lagerhantering"."""
    from app.services import register

    register.define_unit(depot, "602171", name="Ystads lasarett, Medicinavdelning 3",
                         kind="hospital_inpatient")
    before = event_count(depot)
    with pytest.raises(Refused) as caught:
        stock.set_target(depot, "602171", "T34", 2)
    assert caught.value.code is RefusalCode.NO_BUFFER_STOCK
    assert "contact person" in caught.value.message and event_count(depot) == before
    with pytest.raises(Refused):
        stock.request_target(depot, "602171", "T34", 3, requester="Sara", reason="More beds")
    stock.set_target(depot, "602171", "T34", 0)  # no stock asks for no one
    register.define_unit(depot, "602171", name="Ystads lasarett, Medicinavdelning 3",
                         kind="hospital_inpatient", contact_person="Sara Holm")
    stock.set_target(depot, "602171", "T34", 2)
    assert level(depot, "602171").target == 2


def test_a_unit_keeps_its_contact_person_unless_told_and_its_stock_needs_one(
        depot: Station) -> None:
    from app.services import register, queries as q

    stock.set_target(depot, "602154", "T34", 1)
    register.define_unit(depot, "602154", name="SUS Lund, Gastro", kind="hospital_inpatient")
    [lund] = [u for u in q.list_units(depot) if u["customer_number"] == "602154"]
    assert lund["contact_person"] == "Karin Ek"  # left out: kept
    with pytest.raises(Refused) as caught:
        register.define_unit(depot, "602154", name="SUS Lund", kind="hospital_inpatient",
                             contact_person="")
    assert caught.value.code is RefusalCode.STOCK_IN_THE_WAY
    stock.set_target(depot, "602154", "T34", 0)
    register.define_unit(depot, "602154", name="SUS Lund", kind="hospital_inpatient",
                         contact_person="")
    [lund] = [u for u in q.list_units(depot) if u["customer_number"] == "602154"]
    assert lund["contact_person"] is None
