"""How the central database judges an event a workstation pushes, and how its verdict
travels. Pure: the central side runs it under the push lock, the tests run it alone.

The central order decides, never a workstation's clock: an event is judged against the
pump as the central log leaves it at the moment the event arrives. A move that is illegal
there (the same pump issued at two counters while both were offline) is a conflict; a
return or a fault report is a physical fact and always accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Mapping

from app.domain.consumables import parse_withdrawal_number
from app.domain.events import Event, EventType
from app.domain.loans import approval_key, prescription_used
from app.domain.pump import Pump
from app.domain.refusals import Notice, Phrase, RefusalCode, Refused
from app.domain.rules import ALLOWED_FROM, VERBS
from app.domain.states import STATE_LABELS

E = EventType

#: Facts about a pump in someone's hands: the pump is where the counter says it is, so the
#: central state follows them whatever it was.
PHYSICAL_FACTS = frozenset({E.RETURNED, E.FAULT_REPORTED, E.RECEIVED_BACK})

#: Events that act on one particular loan of the pump, and the payload key naming it: the
#: loan must still be the pump's loan centrally, or the event was decided on a stale state.
_LOAN_KEYS = {E.CARE_MOVED: "loan_id", E.STOCK_MOVED: "loan_id",
              E.PRESCRIBED_FROM_STOCK: "from_loan_id", E.REPORTED_LOST: "loan_id",
              E.SENT_TO_SERVICE: "loan_id"}


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class CentralEntry:
    """One event as the central log holds it: its place in the central order, and the
    verdict. A push answers with these for the events sent; a pull reads them in order."""

    seq: int
    event: Event
    outcome: Outcome
    #: Why a conflict was declared (``reason_to_json``), and the accepted event it met.
    reason: dict[str, Any] | None = None
    against: str | None = None
    #: The payload's JSON text as the central log holds it (what ``json.dumps`` made of
    #: it), when the entry was read from there: stored as it is rather than made again.
    payload_json: str | None = field(default=None, compare=False, repr=False)

    @property
    def accepted(self) -> bool:
        return self.outcome is Outcome.ACCEPTED


#: Events that set one thing whose last word wins (a model, a unit, a target, a conflict's
#: resolution), with the key of what they set: two of them with one key must be applied in
#: the central order.
def upsert_keys(event: Event) -> frozenset[tuple[str, ...]]:
    p = event.payload
    if event.type is E.MODEL_DEFINED:
        return frozenset({("model", p["code"])})
    if event.type is E.UNIT_DEFINED:
        return frozenset({("unit", p["customer_number"])})
    if event.type is E.STAFF_DEFINED:
        return frozenset({("staff", p["number"])})
    if event.type is E.PRESCRIBER_DEFINED:
        return frozenset({("prescriber", p["id"])})
    if event.type is E.PRODUCT_AREA_DEFINED:
        return frozenset({("area", p["code"])})
    if event.type is E.PAYER_DEFINED:
        return frozenset({("payer", p["id"])})
    if event.type is E.UNIT_PAYER_SET:
        return frozenset({("unit_payer", p["unit"], p["area"])})
    if event.type is E.CONFLICT_RESOLVED:
        return frozenset({("conflict", p["conflict"])})
    if event.type is E.RECALL_DEFINED:
        return frozenset({("recall", p["reference"])})
    if event.type is E.ARTICLE_DEFINED:
        return frozenset({("article", p["number"])})
    if event.type is E.CONSUMABLES_PRESCRIBED:
        return frozenset({("consumable_prescription", p["id"])})
    if event.type is E.TARGET_SET or (event.type is E.TARGET_REQUEST_DECIDED
                                      and p.get("approved")):
        return frozenset({("target", p["unit"], p["model"])})
    return frozenset()


UPSERT_TYPES = frozenset({E.MODEL_DEFINED, E.UNIT_DEFINED, E.STAFF_DEFINED,
                          E.PRESCRIBER_DEFINED, E.PRODUCT_AREA_DEFINED, E.PAYER_DEFINED,
                          E.UNIT_PAYER_SET, E.TARGET_SET,
                          E.TARGET_REQUEST_DECIDED, E.CONFLICT_RESOLVED, E.RECALL_DEFINED,
                          E.ARTICLE_DEFINED})


#: A protected prescription's first loan in the central order: (loan id, loan number, the
#: event that started it).
UsedPrescription = tuple[str, str, str]
_PROTECTED_LOAN_STARTS = frozenset({E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT,
                                    E.PRESCRIBED_FROM_STOCK})
#: The events that start a loan, and give it its number (a unit's buffer stock too).
LOAN_STARTS = _PROTECTED_LOAN_STARTS | {E.DISPATCHED_TO_UNIT}


def protected_prescription(event: Event) -> str | None:
    """The approval key of a loan to a protected identity that ``event`` starts, if any."""
    if event.type not in _PROTECTED_LOAN_STARTS:
        return None
    if (event.payload.get("patient") or {}).get("kind") != "protected":
        return None
    return approval_key(event.payload.get("approval")) or None


def prescription_met(event: Event,
                     prescriptions: Mapping[str, UsedPrescription]) -> UsedPrescription | None:
    """The earlier loan on the protected prescription ``event`` would use again, if any."""
    key = protected_prescription(event)
    used = prescriptions.get(key) if key else None
    if used is not None and used[0] != event.payload.get("loan_id"):
        return used
    return None


#: A loan number already in the region's log: (the loan's id, the event that first named it).
UsedNumber = tuple[str, str]


def loan_number_of(event: Event) -> str | None:
    """The loan number ``event`` gives a new loan, if it starts one."""
    if event.type not in LOAN_STARTS:
        return None
    return event.payload.get("loan_number") or None


def loan_number_met(event: Event, numbers: Mapping[str, UsedNumber]) -> UsedNumber | None:
    """The other loan that already has the number ``event`` gives its loan, if any: a loan
    number names one loan in the whole region, forever (a refused loan's number too)."""
    number = loan_number_of(event)
    used = numbers.get(number) if number else None
    if used is not None and used[0] != event.payload.get("loan_id"):
        return used
    return None


def loan_number_used(number: str) -> Refused:
    return Refused(RefusalCode.DUPLICATE,
                   "Loan number {number} already names another loan in the region (a "
                   "database restored from a backup, or a copy, gives numbers again): this "
                   "loan was not made centrally.", number=number)


def withdrawal_number_of(event: Event) -> str | None:
    """The withdrawal number ``event`` gives a new order of consumables, if it places one."""
    if event.type is not E.ORDER_PLACED:
        return None
    return event.payload.get("number") or None


def withdrawal_number_met(event: Event,
                          numbers: Mapping[str, UsedNumber]) -> UsedNumber | None:
    """The other order that already has the number ``event`` gives its order, if any: a
    withdrawal number names one order in the whole region, forever (a refused one's too)."""
    number = withdrawal_number_of(event)
    used = numbers.get(number) if number else None
    if used is not None and used[0] != event.payload.get("order"):
        return used
    return None


def withdrawal_refusal(event: Event, numbers: Mapping[str, UsedNumber],
                       series: int | None) -> Refused | None:
    """Why the judge refuses the withdrawal number of the order ``event`` places, if it
    does: given twice in the region (a restored database), or not of the series of the
    counter that hands it in (``series``: None for a counter the region gave none)."""
    number = withdrawal_number_of(event)
    if number is None:
        return None
    parsed = parse_withdrawal_number(number)
    if parsed is None or parsed[0] != series:
        return Refused(RefusalCode.ILLEGAL_MOVE,
                       "Withdrawal number {number} is not of order series {series}, the "
                       "series of workstation {workstation}: this order was not made "
                       "centrally.", number=number,
                       series=f"{series:02d}" if series else "—",
                       workstation=event.workstation)
    if withdrawal_number_met(event, numbers) is not None:
        return Refused(RefusalCode.DUPLICATE,
                       "Withdrawal number {number} already names another order in the region "
                       "(a database restored from a backup, or a copy, gives numbers again): "
                       "this order was not made centrally.", number=number)
    return None


def protected_order_of(event: Event) -> str | None:
    """The prescription of a protected identity that the order ``event`` places stands on."""
    if event.type is not E.ORDER_PLACED or not event.payload.get("protected"):
        return None
    return str(event.payload.get("prescription") or "") or None


def protected_order_met(event: Event, used: Mapping[str, tuple[str, str, str] | None]
                        ) -> tuple[Refused, str] | None:
    """A second order on a protected identity's prescription (one order only, as a loan),
    with the event of the order already standing on it."""
    prescription = protected_order_of(event)
    held = used.get(prescription) if prescription else None
    if held is None or held[0] == event.payload.get("order"):
        return None
    return Refused(RefusalCode.PRESCRIPTION_USED,
                   "The prescription {prescription} of a protected identity allows one order "
                   "only: order {number} was made from it already in the region.",
                   prescription=prescription, number=held[1]), held[2]


@dataclass(frozen=True)
class Copies:
    """Which copy of a workstation's database the region takes events from.

    Every database carries a random copy token, made with it and kept by its backups and
    copies. A database that finds its own accepted events in the central log that it did
    not know (it was restored from a backup, or it is a copy) takes a new token that
    *replaces* the one it had: its first hand-in under it takes the workstation over. The
    token it replaced is superseded, and what a superseded copy hands in afterwards comes
    from a second database running as the same workstation: a clash."""

    current: str | None = None
    superseded: frozenset[str] = frozenset()


def copy_verdict(copies: Copies, token: str | None, replaces: str | None
                 ) -> tuple[Copies, bool]:
    """What an item handed in under ``token`` (replacing ``replaces``) does to the
    workstation's ``copies``, and whether it clashes (True: refuse it). An item without a
    token (a counter of an older release) is not checked."""
    if token is None or token == copies.current:
        return copies, False
    if copies.current is None and token not in copies.superseded:
        return Copies(token, copies.superseded), False  # the workstation's first copy
    if token not in copies.superseded and replaces is not None \
            and replaces == copies.current:  # a restored database, or a copy, takes over
        return Copies(token, copies.superseded | {copies.current}), False
    return copies, True


def copy_clash(workstation: str) -> Refused:
    return Refused(RefusalCode.COPY_CLASH,
                   "Not recorded: two databases are working as workstation {workstation} "
                   "(a copy, or a restored backup beside the original), and this event comes "
                   "from the one the other has taken over from. Keep one: close PumpDesk on "
                   "the other computer and have the workstation re-enrolled.",
                   workstation=workstation)


def copy_clash_notice(workstation: str, here: bool, time: str) -> Notice:
    """What to do when the judge has met two databases running as ``workstation`` since
    ``time`` (``here``: this database is the one whose events it refuses)."""
    return Notice("Two databases are working as workstation {workstation} (a copy, or a "
                  "restored backup beside the original): since {time} the central judge "
                  "refuses what {which} hands in. Keep one: close PumpDesk on the other "
                  "computer, then have the workstation re-enrolled ('pumpdesk central "
                  "add-workstation {workstation} --reenroll') and enroll the one you keep "
                  "with the new credentials.", workstation=workstation, time=time,
                  which=Phrase("this database") if here else Phrase("the other copy"))


def judge(pump: Pump | None, event: Event,
          prescriptions: Mapping[str, UsedPrescription] | None = None,
          numbers: Mapping[str, UsedNumber] | None = None) -> Refused | None:
    """None if ``event`` may follow ``pump`` (its central state) in the log, else why not.

    ``prescriptions`` are the protected identities' prescriptions already used in the
    region, by approval key: a second loan on one is a conflict, wherever it was made.
    ``numbers`` are the loan numbers already in the log: a second loan with one is a
    conflict.
    Events that concern no pump (the register, buffer stocks, resolutions) are always
    accepted: they are upserts whose last word in the central order wins.
    """
    refused = _judge_move(pump, event)
    if refused is not None:
        return refused
    used = prescription_met(event, prescriptions or {})
    if used is not None:
        return prescription_used(str(event.payload.get("approval") or ""), used[1])
    if loan_number_met(event, numbers or {}) is not None:
        return loan_number_used(str(loan_number_of(event)))
    return None


def _judge_move(pump: Pump | None, event: Event) -> Refused | None:
    if event.pump is None:
        return None
    if event.type is E.PUMP_REGISTERED:
        if pump is None:
            return None
        return Refused(RefusalCode.DUPLICATE,
                       "{registration} was already registered at the central database "
                       "(model {model}).", registration=event.pump, model=pump.model)
    if pump is None:
        return Refused(RefusalCode.UNKNOWN_PUMP,
                       "{registration} is not registered at the central database.",
                       registration=event.pump)
    if event.type in PHYSICAL_FACTS or event.type not in ALLOWED_FROM:
        return None  # a fact, or a note on the pump that moves it nowhere (UDI, recall)
    if pump.state not in ALLOWED_FROM[event.type]:
        return Refused(RefusalCode.ILLEGAL_MOVE,
                       "Could not {verb} {registration} centrally: it was already {state} "
                       "there.", verb=VERBS[event.type], registration=event.pump,
                       state=STATE_LABELS[pump.state])
    key = _LOAN_KEYS.get(event.type)
    if key and event.payload.get(key) != pump.loan_id:
        return Refused(RefusalCode.ILLEGAL_MOVE,
                       "Could not {verb} {registration} centrally: its loan there had changed "
                       "meanwhile.", verb=VERBS[event.type], registration=event.pump)
    if event.type is E.CLEANED and pump.open_faults:
        return Refused(RefusalCode.OPEN_FAULT,
                       "Could not {verb} {registration} centrally: a fault was reported on it "
                       "meanwhile.", verb=VERBS[event.type], registration=event.pump)
    return None


def set_aside(why: str) -> Refused:
    """The reason an event of the central log is set aside at one counter: it could not be
    applied to its tables as they stand, and the pull went on without it."""
    return Refused(RefusalCode.SET_ASIDE,
                   "This event of the central log could not be applied at this counter "
                   "({why}). It was set aside so that sync goes on; this counter's lists may "
                   "differ from the others' for this pump until a person looks at it.",
                   why=why)


def reason_to_json(reason: Refused) -> dict[str, Any]:
    """A verdict as plain JSON that keeps which parameters are phrases to translate."""
    return {"code": reason.code.value, "template": reason.template,
            "params": {k: v for k, v in reason.params.items()},
            "phrases": sorted(k for k, v in reason.params.items() if isinstance(v, Phrase))}


def reason_from_json(data: dict[str, Any]) -> Refused:
    phrases = set(data.get("phrases", ()))
    params = {k: Phrase(v) if k in phrases else v for k, v in data.get("params", {}).items()}
    return Refused(RefusalCode(data["code"]), data["template"], **params)
