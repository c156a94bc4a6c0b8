"""The states a pump can be in."""

from enum import StrEnum


class PumpState(StrEnum):
    READY = "ready"
    ON_LOAN = "on_loan"
    ON_TRANSPORT_LOAN = "on_transport_loan"
    IN_UNIT_STOCK = "in_unit_stock"
    AWAITING_CLEANING = "awaiting_cleaning"
    FAULTY = "faulty"
    IN_SERVICE = "in_service"
    LOST = "lost"
    RETIRED = "retired"


#: States in which the pump is outside the depot and some unit answers for it.
OUT_OF_DEPOT = frozenset(
    {PumpState.ON_LOAN, PumpState.ON_TRANSPORT_LOAN, PumpState.IN_UNIT_STOCK}
)

#: What a person reads for a state, in the counter's words (English; the GUI translates).
STATE_LABELS: dict[PumpState, str] = {
    PumpState.READY: "ready",
    PumpState.ON_LOAN: "on loan",
    PumpState.ON_TRANSPORT_LOAN: "on transport loan",
    PumpState.IN_UNIT_STOCK: "in a unit's stock",
    PumpState.AWAITING_CLEANING: "awaiting cleaning",
    PumpState.FAULTY: "faulty",
    PumpState.IN_SERVICE: "in service",
    PumpState.LOST: "lost",
    PumpState.RETIRED: "retired",
}

#: What the counter has to do before the pump can be issued again, per state.
NEXT_STEP: dict[PumpState, str] = {
    PumpState.READY: "it can be issued",
    PumpState.ON_LOAN: "return it first",
    PumpState.ON_TRANSPORT_LOAN: "return it first",
    PumpState.IN_UNIT_STOCK: "return it from the unit first",
    PumpState.AWAITING_CLEANING: "clean and check it first",
    PumpState.FAULTY: "send it to service first",
    PumpState.IN_SERVICE: "register it back from service first",
    PumpState.LOST: "return it first if it has been found",
    PumpState.RETIRED: "it is retired and cannot be used again",
}
