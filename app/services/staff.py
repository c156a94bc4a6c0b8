"""The staff register and signing in: adding and changing staff members (each change an
event, so the register reaches every counter through the central log), and finding who
signs in by card or by name and PIN.

PINs are kept only as Argon2id hashes (argon2-cffi: salted, memory-hard); a PIN is checked
by verifying it against its hash, never compared or stored in clear.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.events import EventType
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.staff import (
    ROLE_LABELS,
    SERVICE_ACCOUNT,
    Role,
    StaffMember,
    check_pin,
    check_roles,
    check_staff_number,
    inactive_staff,
    is_card_code,
    new_card_code,
    sign_in_first,
    staff_payload,
    unknown_staff,
)
from app.domain.text import typed
from app.persistence.staff import StaffRegister
from app.services.station import Station

_hasher = PasswordHasher()


def hash_pin(pin: str) -> str:
    return _hasher.hash(check_pin(pin))


def _pin_matches(pin_hash: str | None, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _name(text: str) -> str:
    name = typed(text, Phrase("The name")).strip()
    if not name:
        raise Refused(RefusalCode.INVALID_INPUT, "A staff member needs a name.")
    return name


def add_staff(station: Station, number: str, *, name: str, roles: Iterable[str],
              pin: str | None = None) -> StaffMember:
    """A new staff member with a new card code (and a PIN, if given).

    While the register holds no administrator, the first administrator may be added by
    nobody signed in (a new depot's first setup); the event names them as its own actor."""
    member = StaffMember(number=check_staff_number(number), name=_name(name),
                         roles=check_roles(roles), active=True, card_code=new_card_code())
    pin_hash = hash_pin(pin) if pin else None
    with station.unit_of_work() as uow:
        register = StaffRegister(uow.connection)
        if register.member(member.number) is not None:
            raise Refused(RefusalCode.DUPLICATE,
                          "Staff number {number} is taken already: change that staff member "
                          "instead (pumpdesk staff change).", number=member.number)
        ctx = station.ctx
        if not ctx.actor and not register.any_administrator():
            if Role.ADMINISTRATOR not in member.roles:
                raise Refused(RefusalCode.ROLE_REQUIRED,
                              "The register has no administrator yet: the first staff member "
                              "must hold the administrator role (--role administrator).")
            ctx = replace(ctx, actor=member.number)
        uow.record(ctx.event(EventType.STAFF_DEFINED, None, **staff_payload(member, pin_hash)))
        uow.commit()
    return member


def change_staff(station: Station, number: str, *, name: str | None = None,
                 roles: Iterable[str] | None = None, active: bool | None = None,
                 pin: str | None = None, new_card: bool = False) -> StaffMember:
    """Change a staff member: name, roles, active or not, PIN, or a new card (the old card
    stops working at every counter as the change reaches it)."""
    with station.unit_of_work() as uow:
        register = StaffRegister(uow.connection)
        found = register.member(number)
        if found is None:
            raise unknown_staff(number)
        member = replace(
            found, name=_name(name) if name is not None else found.name,
            roles=check_roles(roles) if roles is not None else found.roles,
            active=found.active if active is None else active,
            card_code=new_card_code() if new_card or not found.card_code else found.card_code)
        pin_hash = hash_pin(pin) if pin else register.pin_hash(number)
        uow.record(station.ctx.event(EventType.STAFF_DEFINED, None,
                                     **staff_payload(member, pin_hash)))
        uow.commit()
    return member


def staff_member(station: Station, number: str) -> StaffMember:
    with station.db.reading() as connection:
        found = StaffRegister(connection).member(number)
    if found is None:
        raise unknown_staff(number)
    return found


def list_staff(station: Station) -> list[StaffMember]:
    with station.db.reading() as connection:
        return StaffRegister(connection).everyone()


def staff_as_json(member: StaffMember) -> dict[str, object]:
    return {"number": member.number, "name": member.name,
            "roles": sorted(role.value for role in member.roles), "active": member.active,
            "card_code": member.card_code}


def signed_in_member(station: Station, number: str) -> StaffMember:
    """The active staff member with ``number`` (the command line's ``--staff``)."""
    if number == SERVICE_ACCOUNT:
        return StaffMember(SERVICE_ACCOUNT, SERVICE_ACCOUNT, frozenset())
    member = staff_member(station, check_staff_number(number))
    if not member.active:
        raise inactive_staff(member)
    return member


def member_by_card(station: Station, code: str) -> StaffMember:
    """Who a scanned staff card belongs to, if they are active."""
    text = code.strip().upper()
    if not is_card_code(text):
        raise Refused(RefusalCode.UNKNOWN_CODE, "'{code}' is not a staff card.", code=code)
    with station.db.reading() as connection:
        found = StaffRegister(connection).by_card(text)
    if found is None:
        raise Refused(RefusalCode.UNKNOWN_STAFF,
                      "This staff card is not (or no longer) in the staff register: use your "
                      "new card, or ask an administrator.")
    if not found.active:
        raise inactive_staff(found)
    return found


def member_by_pin(station: Station, number: str, pin: str) -> StaffMember:
    """The active staff member ``number`` if ``pin`` is theirs. A wrong PIN and an unknown
    number get the same answer, so neither can be found out by trying."""
    with station.db.reading() as connection:
        register = StaffRegister(connection)
        found = register.member(number)
        pin_hash = register.pin_hash(number)
    if found is None or not _pin_matches(pin_hash, pin or ""):
        raise Refused(RefusalCode.WRONG_PIN,
                      "The name and PIN do not match: type the PIN again, or scan your card.")
    if not found.active:
        raise inactive_staff(found)
    return found


def require_role(station: Station, role: Role, action: Phrase) -> None:
    """For a change that is no event (the depot's settings): the signed-in staff member
    must hold ``role`` — unless the register has no administrator yet (a new depot)."""
    with station.db.reading() as connection:
        register = StaffRegister(connection)
        if not register.any_administrator():
            return
        member = register.member(station.staff_number) if station.staff_number else None
    if not station.staff_number:
        raise sign_in_first()
    if member is None:
        raise unknown_staff(station.staff_number)
    if not member.active:
        raise inactive_staff(member)
    if not member.holds(role):
        raise Refused(RefusalCode.ROLE_REQUIRED,
                      "{name} may not {action}: it needs the {role} role. Ask an "
                      "administrator, or let someone with that role sign in.",
                      name=member.name, action=action, role=ROLE_LABELS[role])


@dataclass(frozen=True)
class SignedIn:
    number: str
    name: str
    roles: frozenset[Role]


def sign_in_by_card(station: Station, code: str) -> SignedIn:
    """Sign the counter in (or switch it over) to the card's holder."""
    member = member_by_card(station, code)
    station.sign_in(member.number)
    return SignedIn(member.number, member.name, member.roles)


def sign_in_with_pin(station: Station, number: str, pin: str) -> SignedIn:
    member = member_by_pin(station, number, pin)
    station.sign_in(member.number)
    return SignedIn(member.number, member.name, member.roles)


def staff_names(station: Station) -> dict[str, str]:
    """Staff number → name, for showing who did what (an event from before the staff
    register names a login, which is shown as it is)."""
    with station.db.reading() as connection:
        return StaffRegister(connection).names()
