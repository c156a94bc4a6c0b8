"""The staff register's rules: who may record which event, and the card code."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.events import Context, EventType
from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import check_registration
from app.domain.staff import (
    REQUIRED_ROLE,
    SERVICE_ACCOUNT,
    Role,
    StaffMember,
    check_roles,
    check_staff_number,
    is_card_code,
    may_record,
    new_card_code,
)

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def event(type_: EventType, actor: str = "anna.k", **payload):  # noqa: ANN003, ANN201
    return Context(actor, "DESK1", clock=lambda: NOW).event(type_, None, **payload)


def member(*roles: Role, active: bool = True) -> StaffMember:
    return StaffMember("anna.k", "Anna K", frozenset(roles), active)


def test_every_event_type_needs_a_role() -> None:
    assert set(REQUIRED_ROLE) == set(EventType)


@pytest.mark.parametrize(("type_", "role"), [
    (EventType.RETURNED, Role.COUNTER), (EventType.ISSUED_TO_PATIENT, Role.COUNTER),
    (EventType.SENT_TO_SERVICE, Role.TECHNICIAN), (EventType.RETIRED, Role.TECHNICIAN),
    (EventType.STAFF_DEFINED, Role.ADMINISTRATOR), (EventType.MODEL_DEFINED, Role.ADMINISTRATOR),
    (EventType.CONFLICT_RESOLVED, Role.ADMINISTRATOR), (EventType.PERSON_PROTECTED,
                                                        Role.ADMINISTRATOR)])
def test_a_missing_role_is_refused_naming_the_role(type_: EventType, role: Role) -> None:
    others = [r for r in Role if r is not role]
    refused = may_record(member(*others), event(type_), any_administrator=True)
    assert refused is not None and refused.code is RefusalCode.ROLE_REQUIRED
    assert f"the {role.value} role" in refused.message
    assert may_record(member(role), event(type_), any_administrator=True) is None


def test_signed_out_unknown_and_inactive_are_refused() -> None:
    assert may_record(None, event(EventType.RETURNED, actor=""),
                      any_administrator=True).code is RefusalCode.SIGN_IN_REQUIRED
    assert may_record(None, event(EventType.RETURNED),
                      any_administrator=True).code is RefusalCode.UNKNOWN_STAFF
    inactive = may_record(member(*Role, active=False), event(EventType.RETURNED),
                          any_administrator=True)
    assert inactive.code is RefusalCode.UNKNOWN_STAFF and "no longer active" in inactive.message


def test_the_first_administrator_adds_themself_only_while_there_is_none() -> None:
    first = event(EventType.STAFF_DEFINED, actor="boss", number="boss", name="Boss",
                  roles=["administrator"], active=True)
    assert may_record(None, first, any_administrator=False) is None
    assert may_record(None, first, any_administrator=True) is not None
    not_admin = event(EventType.STAFF_DEFINED, actor="boss", number="boss", name="Boss",
                      roles=["counter"], active=True)
    assert may_record(None, not_admin, any_administrator=False) is not None
    someone_else = event(EventType.STAFF_DEFINED, actor="boss", number="other",
                         name="Other", roles=["administrator"], active=True)
    assert may_record(None, someone_else, any_administrator=False) is not None


def test_the_scheduled_jobs_account_only_replenishes() -> None:
    for type_ in (EventType.REPLENISHMENT_RAN, EventType.DISPATCHED_TO_UNIT):
        assert may_record(None, event(type_, actor=SERVICE_ACCOUNT),
                          any_administrator=True) is None
    refused = may_record(None, event(EventType.ISSUED_TO_PATIENT, actor=SERVICE_ACCOUNT),
                         any_administrator=True)
    assert refused is not None and refused.code is RefusalCode.ROLE_REQUIRED
    with pytest.raises(Refused):
        check_staff_number(SERVICE_ACCOUNT)


@given(st.integers(min_value=0, max_value=200))
def test_a_card_code_is_never_a_registration_number(_: int) -> None:
    code = new_card_code()
    assert is_card_code(code) and is_card_code(code.lower() + "\r\n".strip())
    with pytest.raises(Refused):
        check_registration(code)


@given(st.from_regex(r"[A-Z0-9][A-Z0-9\-./]{0,31}", fullmatch=True))
def test_no_registration_number_reads_as_a_card(registration: str) -> None:
    assert not is_card_code(registration)


def test_roles_are_checked() -> None:
    assert check_roles(["Counter", " technician"]) == {Role.COUNTER, Role.TECHNICIAN}
    for bad in ([], ["cook"]):
        with pytest.raises(Refused):
            check_roles(bad)
    for bad in ("", "a b", "x" * 40, "ÅSA"):
        with pytest.raises(Refused):
            check_staff_number(bad)


def test_a_loss_a_count_found_is_confirmed_by_an_administrator() -> None:
    lost = event(EventType.REPORTED_LOST, count="count-1", liable_unit="602154")
    refused = may_record(member(Role.COUNTER), lost, any_administrator=True)
    assert refused is not None and "the administrator role" in refused.message
    assert may_record(member(Role.ADMINISTRATOR), lost, any_administrator=True) is None
    # reported lost at the counter (a patient's pump) stays the counter's
    assert may_record(member(Role.COUNTER), event(EventType.REPORTED_LOST),
                      any_administrator=True) is None
