"""A pump as the events leave it, and how each event changes it (``evolve``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.events import Event, EventType
from app.domain.states import FAULT_KEEPS_STATE, PumpState


@dataclass(frozen=True)
class Pump:
    registration: str
    model: str
    state: PumpState
    since: dt.datetime
    serial_number: str | None = None
    udi_gtin: str | None = None
    udi_serial: str | None = None
    #: The UDI label's production identifier (AI 10, 11, 17): what recalls select by.
    udi_lot: str | None = None
    udi_produced: dt.date | None = None
    udi_expires: dt.date | None = None
    responsible_unit: str | None = None
    loan_id: str | None = None
    last_maintenance: dt.date | None = None
    next_maintenance: dt.date | None = None
    service_reason: str | None = None
    #: Fault reports not yet closed by a service visit (read from the fault register).
    open_faults: int = 0
    #: The counter a transport loan comes back to (seed 001: "pumpen må returneres dit"):
    #: set while the pump is on a transport loan or on its way back.
    return_to: str | None = None

    def maintenance_overdue(self, today: dt.date) -> bool:
        return self.next_maintenance is not None and self.next_maintenance < today


def replace(pump: Pump, **changes: object) -> Pump:
    """``dataclasses.replace`` for a pump, without its generic machinery: a pulled log of
    100,000 events evolves pumps 100,000 times. Pump has no ``__post_init__`` to skip;
    only ``evolve`` calls this, with field names the type checker knows."""
    new = object.__new__(Pump)
    new.__dict__.update(pump.__dict__, **changes)
    return new


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def evolve(pump: Pump | None, event: Event) -> Pump:
    """The pump after ``event``. Pure: the single definition of what each event does."""
    p = event.payload
    t = event.type
    at = event.occurred_at
    if t is EventType.PUMP_REGISTERED:
        return Pump(
            registration=event.pump or "",
            model=p["model"],
            state=PumpState.READY,
            since=at,
            serial_number=p.get("serial_number"),
            udi_gtin=p.get("udi_gtin"),
            udi_serial=p.get("udi_serial"),
            udi_lot=p.get("udi_lot"),
            udi_produced=_date(p.get("udi_produced")),
            udi_expires=_date(p.get("udi_expires")),
            last_maintenance=_date(p.get("last_maintenance")),
            next_maintenance=_date(p.get("next_maintenance")),
        )
    assert pump is not None, f"{t} before the pump was registered"
    moved = lambda state, **kw: replace(pump, state=state, since=at, **kw)  # noqa: E731
    if t is EventType.ISSUED_TO_PATIENT:
        return moved(PumpState.ON_LOAN, responsible_unit=p["responsible_unit"],
                     loan_id=p["loan_id"])
    if t is EventType.ISSUED_FOR_TRANSPORT:
        return moved(PumpState.ON_TRANSPORT_LOAN, responsible_unit=p["responsible_unit"],
                     loan_id=p["loan_id"], return_to=p.get("return_to") or event.workstation)
    if t is EventType.DISPATCHED_TO_UNIT:
        return moved(PumpState.IN_UNIT_STOCK, responsible_unit=p["unit"], loan_id=p["loan_id"])
    if t is EventType.PRESCRIBED_FROM_STOCK:
        return moved(PumpState.ON_LOAN, responsible_unit=p["responsible_unit"],
                     loan_id=p["loan_id"])
    if t in (EventType.CARE_MOVED, EventType.STOCK_MOVED):
        return replace(pump, responsible_unit=p["to_unit"])
    if t is EventType.RETURNED:
        faults = pump.open_faults + (1 if p.get("fault") is not None else 0)
        if p.get("returning_to"):  # a transport loan returned at another counter
            return moved(PumpState.RETURNING, responsible_unit=None, loan_id=None,
                         open_faults=faults, return_to=p["returning_to"])
        return moved(PumpState.FAULTY if faults else PumpState.AWAITING_CLEANING,
                     responsible_unit=None, loan_id=None, open_faults=faults, return_to=None)
    if t is EventType.RECEIVED_BACK:
        return moved(PumpState.FAULTY if pump.open_faults else PumpState.AWAITING_CLEANING,
                     return_to=None)
    if t is EventType.CLEANED:
        return moved(PumpState.READY)
    if t is EventType.FAULT_REPORTED:
        if pump.state in FAULT_KEEPS_STATE or pump.state is PumpState.RETIRED:
            # Phoned in, or found on a pump that is lost or in service: an open fault.
            return replace(pump, open_faults=pump.open_faults + 1)
        changed = pump.state is not PumpState.FAULTY
        return replace(pump, state=PumpState.FAULTY, since=at if changed else pump.since,
                       responsible_unit=None, loan_id=None, service_reason=None,
                       open_faults=pump.open_faults + 1)
    if t is EventType.SENT_TO_SERVICE:
        return moved(PumpState.IN_SERVICE, responsible_unit=None, loan_id=None,
                     service_reason=p["reason"])
    if t is EventType.BACK_FROM_SERVICE:
        return moved(PumpState.READY, service_reason=None, open_faults=0,
                     last_maintenance=_date(p.get("last_maintenance")) or pump.last_maintenance,
                     next_maintenance=_date(p.get("next_maintenance")) or pump.next_maintenance)
    if t is EventType.REPORTED_LOST:
        return moved(PumpState.LOST, loan_id=None)
    if t is EventType.UDI_RECORDED:  # the label scanned for the first time: no move
        return replace(pump, udi_lot=p.get("udi_lot") or pump.udi_lot,
                       udi_produced=_date(p.get("udi_produced")) or pump.udi_produced,
                       udi_expires=_date(p.get("udi_expires")) or pump.udi_expires)
    if t is EventType.RECALL_DONE:  # progress of a recall: the pump stays where it is
        return pump
    if t is EventType.RETIRED:
        return moved(PumpState.RETIRED, responsible_unit=None, loan_id=None)
    raise ValueError(f"{t} does not change a pump")
