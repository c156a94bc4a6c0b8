"""The states a pump can be in."""

from enum import StrEnum

from app.domain.refusals import Phrase


class PumpState(StrEnum):
    READY = "ready"
    ON_LOAN = "on_loan"
    ON_TRANSPORT_LOAN = "on_transport_loan"
    #: A transport loan returned at another counter, on its way back to the lending one.
    RETURNING = "returning"
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
    PumpState.READY: Phrase("ready"),
    PumpState.ON_LOAN: Phrase("on loan"),
    PumpState.ON_TRANSPORT_LOAN: Phrase("on transport loan"),
    PumpState.RETURNING: Phrase("on its way back to the lending counter"),
    PumpState.IN_UNIT_STOCK: Phrase("in a unit's stock"),
    PumpState.AWAITING_CLEANING: Phrase("awaiting cleaning"),
    PumpState.FAULTY: Phrase("faulty"),
    PumpState.IN_SERVICE: Phrase("in service"),
    PumpState.LOST: Phrase("lost"),
    PumpState.RETIRED: Phrase("retired"),
}

#: States in which a reported fault leaves the pump where it is, as an open fault: the
#: patient still has it, it is still lost, or it joins the service visit it is on.
FAULT_KEEPS_STATE = frozenset({PumpState.ON_LOAN, PumpState.ON_TRANSPORT_LOAN,
                               PumpState.RETURNING, PumpState.LOST, PumpState.IN_SERVICE})

#: What the counter has to do before the pump can be issued again, per state.
NEXT_STEP: dict[PumpState, str] = {
    PumpState.READY: Phrase("it can be issued"),
    PumpState.ON_LOAN: Phrase("return it first"),
    PumpState.ON_TRANSPORT_LOAN: Phrase("return it first"),
    PumpState.RETURNING: Phrase("send it back to the counter that lent it, which receives "
                                "it"),
    PumpState.IN_UNIT_STOCK: Phrase("return it from the unit first"),
    PumpState.AWAITING_CLEANING: Phrase("clean and check it first"),
    PumpState.FAULTY: Phrase("send it to service first"),
    PumpState.IN_SERVICE: Phrase("register it back from service first"),
    PumpState.LOST: Phrase("return it first if it has been found"),
    PumpState.RETIRED: Phrase("it is retired and cannot be used again"),
}
