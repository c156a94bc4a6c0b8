"""Who is at the counter: the staff register's rules, the roles each kind of event needs,
and the staff card's code.

Every event names the staff member who recorded it by staff number (``Event.actor``). A
counter refuses an action its signed-in member may not take; the central judge refuses the
same event again with the same function, so a counter with an outdated register (or a
tampered one) cannot get past it.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from app.domain.events import EVENT_LABELS, Event, EventType
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import typed

E = EventType


class Role(StrEnum):
    COUNTER = "counter"
    TECHNICIAN = "technician"
    ADMINISTRATOR = "administrator"


ROLE_LABELS = {
    Role.COUNTER: Phrase("counter"),
    Role.TECHNICIAN: Phrase("technician"),
    Role.ADMINISTRATOR: Phrase("administrator"),
}

#: The role each kind of event needs. Counter: the pump's daily life at the counter;
#: technician: service, maintenance and retiring; administrator: the registers, buffer
#: stock targets and requests, persons' conversions, merges and protection, conflicts.
REQUIRED_ROLE: dict[EventType, Role] = {
    E.PUMP_REGISTERED: Role.COUNTER,
    E.ISSUED_TO_PATIENT: Role.COUNTER,
    E.ISSUED_FOR_TRANSPORT: Role.COUNTER,
    E.DISPATCHED_TO_UNIT: Role.COUNTER,
    E.PRESCRIBED_FROM_STOCK: Role.COUNTER,
    E.CARE_MOVED: Role.COUNTER,
    E.STOCK_MOVED: Role.COUNTER,
    E.RETURNED: Role.COUNTER,
    E.RECEIVED_BACK: Role.COUNTER,
    E.CLEANED: Role.COUNTER,
    E.FAULT_REPORTED: Role.COUNTER,
    E.REPORTED_LOST: Role.COUNTER,
    E.REPLENISHMENT_RAN: Role.COUNTER,
    E.SENT_TO_SERVICE: Role.TECHNICIAN,
    E.BACK_FROM_SERVICE: Role.TECHNICIAN,
    E.RETIRED: Role.TECHNICIAN,
    E.RECALL_DONE: Role.TECHNICIAN,
    # the label's production data, read by whoever scans it
    E.UDI_RECORDED: Role.COUNTER,
    # orders of consumables, typed in at the counter
    E.ORDER_PLACED: Role.COUNTER,
    E.ORDER_MOVED: Role.COUNTER,
    E.ORDER_JUSTIFIED: Role.COUNTER,
    E.MODEL_DEFINED: Role.ADMINISTRATOR,
    E.UNIT_DEFINED: Role.ADMINISTRATOR,
    E.STAFF_DEFINED: Role.ADMINISTRATOR,
    E.PRODUCT_AREA_DEFINED: Role.ADMINISTRATOR,
    E.PRESCRIBER_DEFINED: Role.ADMINISTRATOR,
    E.PAYER_DEFINED: Role.ADMINISTRATOR,
    E.UNIT_PAYER_SET: Role.ADMINISTRATOR,
    E.IDENTITY_CONVERTED: Role.ADMINISTRATOR,
    E.PERSONS_MERGED: Role.ADMINISTRATOR,
    E.PERSON_PROTECTED: Role.ADMINISTRATOR,
    E.TARGET_SET: Role.ADMINISTRATOR,
    E.TARGET_REQUESTED: Role.ADMINISTRATOR,
    E.TARGET_REQUEST_DECIDED: Role.ADMINISTRATOR,
    E.CONFLICT_RESOLVED: Role.ADMINISTRATOR,
    E.RECALL_DEFINED: Role.ADMINISTRATOR,
    E.COUNT_STARTED: Role.COUNTER,
    E.COUNT_SCANNED: Role.COUNTER,
    E.COUNT_FINISHED: Role.COUNTER,
    E.ARTICLE_DEFINED: Role.ADMINISTRATOR,
    E.CONSUMABLES_PRESCRIBED: Role.COUNTER,
}


def required_role(event: Event) -> Role | None:
    """The role ``event`` needs. A loss a stocktake found is an administrator's to confirm:
    it charges the unit (or writes the pump off at the depot's cost)."""
    if event.type is E.REPORTED_LOST and event.payload.get("count"):
        return Role.ADMINISTRATOR
    return REQUIRED_ROLE.get(event.type)

#: The named account scheduled jobs run as (``pumpdesk replenish`` from a task scheduler).
#: It is no person: it has no card and no PIN, cannot sign in to the window, and may record
#: only what a replenishment run records.
SERVICE_ACCOUNT = "SCHEDULER"
SERVICE_ACCOUNT_EVENTS = frozenset({E.REPLENISHMENT_RAN, E.DISPATCHED_TO_UNIT})

#: Staff card codes begin with this. A registration number is letters, digits, - . and /
#: only (``scan.check_registration``), and a UDI begins with a digit or "(": no pump label
#: can ever read as a staff card, nor a staff card as a pump.
CARD_PREFIX = "%S"
_CARD = re.compile(r"%S[0-9A-Z]{10}")
_CARD_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: readable when typed

_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,31}")
_PIN = re.compile(r"[0-9]{4,12}")


@dataclass(frozen=True)
class StaffMember:
    number: str
    name: str
    roles: frozenset[Role]
    active: bool = True
    card_code: str | None = None

    def holds(self, role: Role) -> bool:
        return role in self.roles


def new_card_code() -> str:
    """A fresh card code: the prefix and ten random characters (50 bits: not guessable)."""
    return CARD_PREFIX + "".join(secrets.choice(_CARD_ALPHABET) for _ in range(10))


def is_card_code(text: str) -> bool:
    """Whether a scan is a staff card (as the scanner sends it: upper case, trimmed)."""
    return bool(_CARD.fullmatch(text.strip().upper()))


def check_staff_number(text: str | None) -> str:
    number = typed(text, Phrase("The staff number")).strip()
    if not _NUMBER.fullmatch(number) or number.upper() == SERVICE_ACCOUNT:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' cannot be a staff number: use 1–32 letters, digits, . _ or -.",
                      text=text or "")
    return number


def check_pin(pin: str) -> str:
    if not _PIN.fullmatch(pin or ""):
        raise Refused(RefusalCode.INVALID_INPUT, "A PIN is 4 to 12 digits.")
    return pin


def check_roles(roles: Iterable[str]) -> frozenset[Role]:
    checked = set()
    for role in roles:
        try:
            checked.add(Role(role.strip().lower()))
        except ValueError:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{role}' is not a role: choose counter, technician or administrator.",
                          role=role) from None
    if not checked:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A staff member needs at least one role: counter, technician or "
                      "administrator.")
    return frozenset(checked)


def sign_in_first() -> Refused:
    return Refused(RefusalCode.SIGN_IN_REQUIRED,
                   "Sign in first: scan your staff card, or choose your name and type your "
                   "PIN (on the command line: --staff NUMBER).")


def unknown_staff(number: str) -> Refused:
    return Refused(RefusalCode.UNKNOWN_STAFF,
                   "No staff member has number {number}: check the number, or ask an "
                   "administrator to add you.", number=number)


def inactive_staff(member: StaffMember) -> Refused:
    return Refused(RefusalCode.UNKNOWN_STAFF,
                   "{name} ({number}) is no longer active in the staff register: ask an "
                   "administrator.", name=member.name, number=member.number)


def role_needed(member: StaffMember, role: Role, action: EventType) -> Refused:
    return Refused(RefusalCode.ROLE_REQUIRED,
                   "{name} may not do this ({action}): it needs the {role} role. Ask an "
                   "administrator, or let someone with that role sign in.",
                   name=member.name, action=EVENT_LABELS[action], role=ROLE_LABELS[role])


def is_first_setup(event: Event, any_administrator: bool) -> bool:
    """The register's first administrator, who adds themself: allowed only while the
    register holds no administrator (a new depot, or one upgraded from before staff)."""
    return (event.type is E.STAFF_DEFINED and not any_administrator
            and event.payload.get("number") == event.actor
            and Role.ADMINISTRATOR.value in event.payload.get("roles", ())
            and bool(event.payload.get("active", True)))


def may_record(member: StaffMember | None, event: Event, *,
               any_administrator: bool) -> Refused | None:
    """None if the staff member named by ``event.actor`` (``member``, None when the register
    has nobody of that number) may record ``event``, else why not. The counter asks before
    recording; the central judge asks again against the central register."""
    if is_first_setup(event, any_administrator):
        return None
    if event.actor == SERVICE_ACCOUNT:
        if event.type in SERVICE_ACCOUNT_EVENTS:
            return None
        return Refused(RefusalCode.ROLE_REQUIRED,
                       "The scheduled jobs' account may only run the replenishment: "
                       "give --staff NUMBER.")
    if not event.actor:
        return sign_in_first()
    if member is None:
        return unknown_staff(event.actor)
    if not member.active:
        return inactive_staff(member)
    role = required_role(event)
    if role is not None and not member.holds(role):
        return role_needed(member, role, event.type)
    return None


def staff_payload(member: StaffMember, pin_hash: str | None) -> dict[str, object]:
    """A staff member as the register's event carries it. Only the PIN's salted hash is
    ever stored or sent anywhere, never the PIN."""
    return {"number": member.number, "name": member.name,
            "roles": sorted(role.value for role in member.roles), "active": member.active,
            "card_code": member.card_code, "pin_hash": pin_hash}


def member_from_payload(payload: dict[str, object]) -> StaffMember:
    return StaffMember(number=str(payload["number"]), name=str(payload["name"]),
                       roles=frozenset(Role(r) for r in payload.get("roles", ())),  # type: ignore[union-attr]
                       active=bool(payload.get("active", True)),
                       card_code=payload.get("card_code"))  # type: ignore[arg-type]
