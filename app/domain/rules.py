"""The counter's actions as decisions: given a pump as it is, the event an action makes,
or a refusal that says what the pump's state is and what to do.

The table below is DESIGN.md's "pump's life"; ``decide`` functions add each move's own
rules (approval required, maintenance overdue, buffer stock only at hospital units …).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from app.domain.events import Context, Event, EventType
from app.domain.loans import LoanTerms
from app.domain.pump import Pump
from app.domain.reference import CareUnit, PumpModel
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.scan import Production
from app.domain.states import NEXT_STEP, STATE_LABELS, PumpState
from app.domain.text import LONG, optional, typed

S = PumpState
E = EventType

#: From which states each event may be recorded.
ALLOWED_FROM: dict[EventType, frozenset[PumpState]] = {
    E.ISSUED_TO_PATIENT: frozenset({S.READY}),
    E.ISSUED_FOR_TRANSPORT: frozenset({S.READY}),
    E.DISPATCHED_TO_UNIT: frozenset({S.READY}),
    E.PRESCRIBED_FROM_STOCK: frozenset({S.IN_UNIT_STOCK}),
    E.CARE_MOVED: frozenset({S.ON_LOAN}),
    E.STOCK_MOVED: frozenset({S.IN_UNIT_STOCK}),
    E.RETURNED: frozenset({S.ON_LOAN, S.ON_TRANSPORT_LOAN, S.IN_UNIT_STOCK, S.LOST}),
    E.RECEIVED_BACK: frozenset({S.RETURNING}),
    E.CLEANED: frozenset({S.AWAITING_CLEANING}),
    E.FAULT_REPORTED: frozenset(set(S) - {S.RETIRED}),
    E.SENT_TO_SERVICE: frozenset({S.FAULTY, S.AWAITING_CLEANING, S.READY, S.IN_UNIT_STOCK}),
    E.BACK_FROM_SERVICE: frozenset({S.IN_SERVICE}),
    # From the depot's own shelves only after a stocktake (``report_lost``).
    E.REPORTED_LOST: frozenset({S.ON_LOAN, S.IN_UNIT_STOCK, S.READY, S.AWAITING_CLEANING,
                                S.FAULTY}),
    E.RETIRED: frozenset({S.READY, S.AWAITING_CLEANING, S.FAULTY, S.IN_SERVICE, S.LOST}),
}

#: The counter's verb for each action, used in refusals ("Cannot return PD-1: …").
VERBS: dict[EventType, str] = {
    E.ISSUED_TO_PATIENT: Phrase("issue"),
    E.ISSUED_FOR_TRANSPORT: Phrase("issue for transport"),
    E.DISPATCHED_TO_UNIT: Phrase("dispatch"),
    E.PRESCRIBED_FROM_STOCK: Phrase("prescribe from unit stock"),
    E.CARE_MOVED: Phrase("move care responsibility for"),
    E.STOCK_MOVED: Phrase("move"),
    E.RETURNED: Phrase("return"),
    E.RECEIVED_BACK: Phrase("receive back"),
    E.CLEANED: Phrase("mark as cleaned"),
    E.FAULT_REPORTED: Phrase("report a fault on"),
    E.SENT_TO_SERVICE: Phrase("send to service"),
    E.BACK_FROM_SERVICE: Phrase("register back from service"),
    E.REPORTED_LOST: Phrase("report as lost"),
    E.RETIRED: Phrase("retire"),
}

#: Where the pump's state means the action was already done: say so, do nothing.
_ALREADY: dict[tuple[EventType, PumpState], str] = {
    (E.RETURNED, S.READY): Phrase("it is already returned, cleaned and ready; nothing to do"),
    (E.RETURNED, S.AWAITING_CLEANING): Phrase("it is already returned; clean and check it"),
    (E.RETURNED, S.FAULTY): Phrase("it is already returned with a fault; send it to service"),
    (E.CLEANED, S.READY): Phrase("it is already cleaned and ready; nothing to do"),
    (E.REPORTED_LOST, S.LOST): Phrase("it is already reported lost"),
    (E.RETIRED, S.RETIRED): Phrase("it is already retired"),
    (E.BACK_FROM_SERVICE, S.READY): Phrase("it is already back and ready; nothing to do"),
    (E.RETURNED, S.RETURNING): Phrase("it is already returned and on its way back to the "
                                      "counter that lent it; send it there"),
    (E.RECEIVED_BACK, S.AWAITING_CLEANING): Phrase("it is already received; clean and check "
                                                   "it"),
    (E.RECEIVED_BACK, S.FAULTY): Phrase("it is already received, with a fault; send it to "
                                        "service"),
}

#: Advice where the generic "what to do next" of a state would mislead.
_ADVICE: dict[tuple[EventType, PumpState], str] = {
    (E.RETURNED, S.IN_SERVICE): Phrase("register it back from service instead"),
    (E.RETURNED, S.RETIRED): Phrase("it is retired; set it aside"),
    (E.CLEANED, S.FAULTY): Phrase("send it to service first"),
    (E.CLEANED, S.ON_LOAN): Phrase("return it first"),
    (E.CLEANED, S.ON_TRANSPORT_LOAN): Phrase("return it first"),
    (E.CLEANED, S.IN_UNIT_STOCK): Phrase("return it first"),
    (E.CLEANED, S.IN_SERVICE): Phrase("register it back from service first"),
    (E.CLEANED, S.LOST): Phrase("return it first if it has been found"),
    (E.CLEANED, S.RETURNING): Phrase("the counter that lent it receives it first"),
    (E.SENT_TO_SERVICE, S.RETURNING): Phrase("the counter that lent it receives it first"),
    (E.RETIRED, S.RETURNING): Phrase("the counter that lent it receives it first"),
    (E.RECEIVED_BACK, S.ON_TRANSPORT_LOAN): Phrase("it has not been returned yet; return it"),
    (E.PRESCRIBED_FROM_STOCK, S.READY): Phrase("it is at the depot; issue it to the patient instead"),
    (E.SENT_TO_SERVICE, S.ON_LOAN): Phrase("return it first"),
    (E.SENT_TO_SERVICE, S.ON_TRANSPORT_LOAN): Phrase("return it first"),
    (E.SENT_TO_SERVICE, S.LOST): Phrase("return it first if it has been found"),
    (E.SENT_TO_SERVICE, S.IN_SERVICE): Phrase("it is already in service"),
    (E.BACK_FROM_SERVICE, S.FAULTY): Phrase("send it to service first"),
    (E.REPORTED_LOST, S.ON_TRANSPORT_LOAN): Phrase("a transport loan comes back to the lending "
                                            "counter; return it"),
    (E.RETIRED, S.ON_LOAN): Phrase("return it first"),
    (E.RETIRED, S.ON_TRANSPORT_LOAN): Phrase("return it first"),
    (E.RETIRED, S.IN_UNIT_STOCK): Phrase("return it from the unit first"),
}


class ServiceReason(StrEnum):
    REPAIR = "repair"
    MAINTENANCE = "maintenance"


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def refusal(action: EventType, pump: Pump) -> Refused:
    """Why ``action`` cannot be done to ``pump`` now, in the counter's words."""
    already = _ALREADY.get((action, pump.state))
    advice = already or _ADVICE.get((action, pump.state)) or NEXT_STEP[pump.state]
    template = "Cannot {verb} {registration}: it is {state} since {since} — {advice}."
    if pump.responsible_unit:
        template = ("Cannot {verb} {registration}: it is {state} at {unit} since {since} "
                    "— {advice}.")
    return Refused(
        RefusalCode.ALREADY_DONE if already else RefusalCode.ILLEGAL_MOVE,
        template,
        verb=VERBS[action], registration=pump.registration, state=STATE_LABELS[pump.state],
        unit=pump.responsible_unit, since=_local(pump.since), advice=advice,
    )


def _check_move(action: EventType, pump: Pump) -> None:
    if pump.state not in ALLOWED_FROM[action]:
        raise refusal(action, pump)


def _check_maintenance(action: EventType, pump: Pump, today: dt.date) -> None:
    if pump.maintenance_overdue(today):
        raise Refused(
            RefusalCode.MAINTENANCE_OVERDUE,
            "Cannot {verb} {registration}: its preventive maintenance was due {due} — send it "
            "to service for maintenance.",
            verb=VERBS[action], registration=pump.registration,
            due=pump.next_maintenance.isoformat() if pump.next_maintenance else "",
        )


def _check_buffer_unit(action: EventType, unit: CareUnit) -> None:
    if not unit.kind.may_hold_buffer_stock:
        raise Refused(
            RefusalCode.NO_BUFFER_STOCK,
            "Cannot {verb} to {unit_name} ({unit}): only hospital units may hold a buffer "
            "stock of pumps, not primary care or municipalities.",
            verb=VERBS[action], unit_name=unit.name, unit=unit.customer_number,
        )


def register(ctx: Context, registration: str, model: PumpModel, serial_number: str | None,
             udi: tuple[str, str] | None, production: Production | None = None) -> Event:
    """A new pump enters the register, ready, its first maintenance one interval away,
    with its UDI label's production identifier as the label carries it."""
    today = ctx.today()
    return ctx.event(
        E.PUMP_REGISTERED, registration,
        model=model.code,
        serial_number=serial_number,
        udi_gtin=udi[0] if udi else None,
        udi_serial=udi[1] if udi else None,
        **(production or Production()).payload(),
        last_maintenance=None,
        next_maintenance=(today + dt.timedelta(days=model.maintenance_interval_days)).isoformat(),
    )


def record_udi(ctx: Context, pump: Pump, production: Production | None) -> Event | None:
    """The production identifier a scanned UDI label carries and the pump lacks (it was
    registered without it): recorded once, the first time the label is scanned. What the
    pump has already stays as it is."""
    if not production:
        return None
    missing = {key: value for key, value in production.payload().items()
               if value is not None and getattr(pump, key) is None}
    if not missing:
        return None
    return ctx.event(E.UDI_RECORDED, pump.registration, **missing)


def check_issue(ctx: Context, pump: Pump, transport: bool = False) -> None:
    """Refuse now, before the loan is confirmed, a pump that could not be issued."""
    action = E.ISSUED_FOR_TRANSPORT if transport else E.ISSUED_TO_PATIENT
    _check_move(action, pump)
    _check_maintenance(action, pump, ctx.today())


def issue(ctx: Context, pump: Pump, terms: LoanTerms) -> Event:
    """Lend a ready pump to a patient, or for a transfer to another hospital."""
    transport = terms.loan_type == "transport"
    check_issue(ctx, pump, transport)
    action = E.ISSUED_FOR_TRANSPORT if transport else E.ISSUED_TO_PATIENT
    return ctx.event(action, pump.registration, **terms.payload())


def dispatch(ctx: Context, pump: Pump, terms: LoanTerms,
             replenishment_day: dt.date | None = None) -> Event:
    """Ship a ready pump to a hospital unit's buffer stock; the unit answers for it."""
    _check_move(E.DISPATCHED_TO_UNIT, pump)
    _check_buffer_unit(E.DISPATCHED_TO_UNIT, terms.responsible_unit)
    _check_maintenance(E.DISPATCHED_TO_UNIT, pump, ctx.today())
    extra = {"replenishment_day": replenishment_day.isoformat()} if replenishment_day else {}
    return ctx.event(E.DISPATCHED_TO_UNIT, pump.registration,
                     unit=terms.responsible_unit.customer_number, **terms.payload(), **extra)


def prescribe(ctx: Context, pump: Pump, terms: LoanTerms) -> Event:
    """The unit hands a pump from its stock to a patient; the unit stays responsible. A
    pump whose maintenance is due is not handed to a patient, from a stock or the depot."""
    _check_move(E.PRESCRIBED_FROM_STOCK, pump)
    _check_maintenance(E.PRESCRIBED_FROM_STOCK, pump, ctx.today())
    if terms.responsible_unit.customer_number != pump.responsible_unit:
        raise Refused(
            RefusalCode.INVALID_INPUT,
            "{registration} is in the stock of unit {unit}, not of {other}; prescribe it from "
            "that unit.",
            registration=pump.registration, unit=pump.responsible_unit,
            other=terms.responsible_unit.customer_number,
        )
    return ctx.event(E.PRESCRIBED_FROM_STOCK, pump.registration,
                     from_loan_id=pump.loan_id, **terms.payload())


def move(ctx: Context, pump: Pump, unit: CareUnit) -> Event:
    """Responsibility moves: with the patient's care (on loan), or between units' stocks."""
    action = E.STOCK_MOVED if pump.state is S.IN_UNIT_STOCK else E.CARE_MOVED
    _check_move(action, pump)
    if unit.customer_number == pump.responsible_unit:
        raise Refused(RefusalCode.SAME_UNIT,
                      "{registration} is already the responsibility of {unit_name} ({unit}).",
                      registration=pump.registration, unit_name=unit.name,
                      unit=unit.customer_number)
    if action is E.STOCK_MOVED:
        _check_buffer_unit(action, unit)
    elif not unit.kind.may_carry_care:
        raise Refused(RefusalCode.CANNOT_CARRY_CARE,
                      "Care responsibility for {registration} cannot move to {unit_name} "
                      "({unit}): it is billed for asylum seekers and people without permits, "
                      "but it is not a care unit. Give the unit that takes over the care.",
                      registration=pump.registration, unit_name=unit.name,
                      unit=unit.customer_number)
    return ctx.event(action, pump.registration, loan_id=pump.loan_id,
                     from_unit=pump.responsible_unit, to_unit=unit.customer_number)


def fault_payload(fault_id: str, description: str, category: str | None) -> dict[str, object]:
    text = typed(description, Phrase("The fault description"), LONG).strip()
    if not text:
        raise Refused(RefusalCode.INVALID_INPUT, "Describe the fault: what is wrong?")
    return {"id": fault_id, "description": text,
            "category": optional(category, Phrase("The fault category"))}


def return_pump(ctx: Context, pump: Pump, fault: dict[str, object] | None = None) -> Event:
    """The pump comes back: to cleaning, or to faulty with a fault note or an open fault.
    A transport loan comes back to the counter that lent it (seed 001); returned at
    another counter it is taken in (a physical fact) and is on its way back there."""
    _check_move(E.RETURNED, pump)
    elsewhere = (pump.state is S.ON_TRANSPORT_LOAN and pump.return_to is not None
                 and pump.return_to != ctx.workstation)
    return ctx.event(E.RETURNED, pump.registration, loan_id=pump.loan_id,
                     from_state=pump.state.value, from_unit=pump.responsible_unit, fault=fault,
                     **({"returning_to": pump.return_to} if elsewhere else {}))


def receive_back(ctx: Context, pump: Pump) -> Event:
    """The lending counter takes in a transport pump returned at another counter."""
    _check_move(E.RECEIVED_BACK, pump)
    if pump.return_to is not None and pump.return_to != ctx.workstation:
        raise Refused(RefusalCode.WRONG_COUNTER,
                      "{registration} is on its way back to counter {counter}, which lent it: "
                      "send it there; it is received there.",
                      registration=pump.registration, counter=pump.return_to)
    return ctx.event(E.RECEIVED_BACK, pump.registration, from_counter=pump.return_to)


def clean(ctx: Context, pump: Pump) -> Event:
    """Cleaned and checked: ready again, unless a fault is still open."""
    _check_move(E.CLEANED, pump)
    if pump.open_faults:
        raise Refused(RefusalCode.OPEN_FAULT,
                      "Cannot mark {registration} as cleaned: it has an open fault report — "
                      "send it to service first.", registration=pump.registration)
    return ctx.event(E.CLEANED, pump.registration)


def report_fault(ctx: Context, pump: Pump, fault: dict[str, object]) -> Event:
    """A fault report. At the depot or in a unit's stock it blocks the pump (faulty) until
    repaired; on a pump still with its patient, lost, or in service it is recorded as an
    open fault and the pump stays where it is: the loan goes on, a lost pump stays lost
    (the unit still answers for it), and the service visit takes the fault in."""
    _check_move(E.FAULT_REPORTED, pump)
    return ctx.event(E.FAULT_REPORTED, pump.registration, loan_id=pump.loan_id,
                     from_state=pump.state.value, from_unit=pump.responsible_unit, fault=fault)


def send_to_service(ctx: Context, pump: Pump, reason: ServiceReason) -> Event:
    """To repair or preventive maintenance; from a unit's stock this ends the unit's loan."""
    _check_move(E.SENT_TO_SERVICE, pump)
    return ctx.event(E.SENT_TO_SERVICE, pump.registration, reason=reason.value,
                     loan_id=pump.loan_id, from_state=pump.state.value,
                     from_unit=pump.responsible_unit)


#: What is recorded when a service visit found nothing wrong with a reported fault.
NO_FAULT_FOUND = "no fault found"


def back_from_service(ctx: Context, pump: Pump, model: PumpModel,
                      repair: str | None = None, recall: str | None = None) -> Event:
    """Ready again; after maintenance the next one is due one interval from today. Open
    fault reports close only with what was repaired (or "no fault found") recorded."""
    _check_move(E.BACK_FROM_SERVICE, pump)
    repaired = (repair or "").strip()
    if pump.open_faults and not repaired:
        raise Refused(RefusalCode.REPAIR_REQUIRED,
                      "{registration} has {faults} open fault report(s): record what was "
                      "repaired, or that no fault was found, before it goes back into use.",
                      registration=pump.registration, faults=pump.open_faults)
    payload: dict[str, object] = {"reason": pump.service_reason,
                                  "closes_faults": pump.open_faults,
                                  "repair": repaired if pump.open_faults else None}
    if recall:  # the recall's action was done in this visit
        payload["recall"] = recall
    if pump.service_reason == ServiceReason.MAINTENANCE:
        today = ctx.today()
        payload["last_maintenance"] = today.isoformat()
        payload["next_maintenance"] = (
            today + dt.timedelta(days=model.maintenance_interval_days)).isoformat()
    return ctx.event(E.BACK_FROM_SERVICE, pump.registration, **payload)


#: States from which only a stocktake reports a pump lost: the depot's own shelves.
LOST_AFTER_COUNT_ONLY = frozenset({S.READY, S.AWAITING_CLEANING, S.FAULTY})


def report_lost(ctx: Context, pump: Pump, count: str | None = None) -> Event:
    """Lost while out: the responsible unit carries the cost. A pump the depot's own shelves
    should hold is reported lost only by a stocktake (``count``) that missed it, at the
    depot's cost (no liable unit)."""
    _check_move(E.REPORTED_LOST, pump)
    if pump.state in LOST_AFTER_COUNT_ONLY and count is None:
        raise Refused(RefusalCode.ILLEGAL_MOVE,
                      "Cannot report {registration} as lost: the register puts it on the "
                      "depot's own shelves ({state}) — count the shelves, and report it lost "
                      "from the finished count if it is missing.",
                      registration=pump.registration, state=STATE_LABELS[pump.state])
    extra = {"count": count} if count else {}
    return ctx.event(E.REPORTED_LOST, pump.registration, loan_id=pump.loan_id,
                     from_state=pump.state.value, liable_unit=pump.responsible_unit, **extra)


def retire(ctx: Context, pump: Pump) -> Event:
    _check_move(E.RETIRED, pump)
    return ctx.event(E.RETIRED, pump.registration, from_state=pump.state.value)
