"""Why an action is refused, as data: a code the GUI can translate and an English message.

Every refusal leaves the database unchanged; the message tells the counter what the
pump's state is and what to do next. An ``Unworkable`` is the same for a failure of the
environment (a full disk, a damaged database file): one sentence saying what is wrong and
what to do.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class RefusalCode(StrEnum):
    ILLEGAL_MOVE = "illegal_move"
    ALREADY_DONE = "already_done"
    MAINTENANCE_OVERDUE = "maintenance_overdue"
    OPEN_FAULT = "open_fault"
    APPROVAL_REQUIRED = "approval_required"
    PATIENT_REQUIRED = "patient_required"
    UNKNOWN_CODE = "unknown_code"
    UNKNOWN_PUMP = "unknown_pump"
    UNKNOWN_MODEL = "unknown_model"
    UNKNOWN_UNIT = "unknown_unit"
    UNKNOWN_PATIENT = "unknown_patient"
    NO_BUFFER_STOCK = "no_buffer_stock"
    SAME_UNIT = "same_unit"
    DUPLICATE = "duplicate"
    INVALID_IDENTITY = "invalid_identity"
    INVALID_INPUT = "invalid_input"
    NO_ASYLUM_UNIT = "no_asylum_unit"
    CONVERSION_NOT_ALLOWED = "conversion_not_allowed"
    DATABASE_BUSY = "database_busy"
    SPECIALIST_REQUIRED = "specialist_required"
    PRESCRIPTION_USED = "prescription_used"
    CANNOT_CARRY_CARE = "cannot_carry_care"
    STOCK_IN_THE_WAY = "stock_in_the_way"
    WRONG_COUNTER = "wrong_counter"
    REPAIR_REQUIRED = "repair_required"
    IDENTITY_MISMATCH = "identity_mismatch"
    SAME_PERSON_UNCONFIRMED = "same_person_unconfirmed"
    SET_ASIDE = "set_aside"
    SIGN_IN_REQUIRED = "sign_in_required"
    UNKNOWN_STAFF = "unknown_staff"
    ROLE_REQUIRED = "role_required"
    WRONG_PIN = "wrong_pin"
    PRESCRIBER_NOT_ALLOWED = "prescriber_not_allowed"
    COPY_CLASH = "copy_clash"
    RECALLED = "recalled"
    UNKNOWN_PAYER = "unknown_payer"
    PAYER_IN_USE = "payer_in_use"
    UNKNOWN_ARTICLE = "unknown_article"
    NOT_SUPPLIED = "not_supplied"
    # consumable orders
    UNKNOWN_ORDER = "unknown_order"
    NO_PRESCRIPTION = "no_prescription"
    PRESCRIPTION_NOT_VALID = "prescription_not_valid"
    NOT_PRESCRIBED = "not_prescribed"
    OVER_PRESCRIPTION = "over_prescription"
    NOT_RETURNABLE = "not_returnable"
    DELIVERY_NOT_ALLOWED = "delivery_not_allowed"
    # Not the rules: the place PumpDesk runs in (see ``Unworkable``).
    DATABASE_UNUSABLE = "database_unusable"
    DISK_FULL = "disk_full"
    FILE_UNUSABLE = "file_unusable"
    CENTRAL_REFUSED = "central_refused"
    UNEXPECTED = "unexpected"
    # Not a refusal at all: a warning beside a result (see ``Notice``).
    NOTICE = "notice"


class Phrase(str):
    """An English phrase from the domain's own wording (a state, a verb, advice) that a
    translated message translates as well, rather than showing it as data."""


class Refused(Exception):
    """An action the counter asked for and the rules do not allow. Nothing was changed.

    ``template`` is a literal English text with ``{name}`` fields filled from ``params``;
    the window translates the template and every ``Phrase`` among the params.
    """

    def __init__(self, code: RefusalCode, template: str, /, **params: Any) -> None:
        # Positional-only, so a field may be called ``code`` or ``template`` too.
        self.code = code
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class Unworkable(Refused):
    """Not a rule: the place PumpDesk runs in does not let it work — its database file, the
    disk, the central server, a missing terminal, or a fault no one foresaw. Nothing was
    changed; the message says what is wrong and what to do about it."""


class Notice(Refused):
    """Not a refusal: something the user should know beside a result that stands (a
    clock that is off, a connection in plain text). Shown like a refusal's sentence, in
    the user's language; never raised."""

    def __init__(self, message: str, **fields: object) -> None:
        super().__init__(RefusalCode.NOTICE, message, **fields)
