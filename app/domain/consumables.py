"""Consumables: the assortment, prescriptions of consumables and orders ("uttag").

A pump is useless without its consumables (seed 001: syringes, needles, dressings in 14-day
packs handed out with the pump and reordered; NaCl, glucose and chlorhexidine come from the
pharmacy and cannot be ordered from the depot). Seed 002 (Sesam LMN): consumables are
prescribed to a person, and orders are made from the prescription, each with a withdrawal
number (``U`` and eight digits, e.g. U13201003) that names it in the whole region.

This module holds the shapes every layer shares; the rules that use them live beside them
(``orders`` for ordering and its states)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum


class Supply(StrEnum):
    """How the depot supplies an article."""

    #: Procured and kept in stock ("upphandlat, lagerlagt").
    STOCKED = "stocked"
    #: Outside the assortment: supplied on a written justification, never returnable, at an
    #: extra cost for the payer.
    OUTSIDE = "outside"
    #: Not the depot's at all (the pharmacy's, e.g. NaCl): refused with that reason.
    PHARMACY = "pharmacy"


@dataclass(frozen=True)
class Article:
    number: str
    #: The article's name per language ("sv", "nb", "en").
    names: dict[str, str]
    product_area: str
    #: What one unit of the article is, e.g. "14-day pack", "box of 100".
    pack: str
    supply: Supply = Supply.STOCKED
    active: bool = True
    #: The pump models the article is a usual consumable of (model codes).
    models: frozenset[str] = frozenset()

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(
            iter(self.names.values()), self.number)

    def shown(self, language: str) -> str:
        return f"{self.name(language)} ({self.number})"


class OrderedBy(StrEnum):
    """Who placed an order (seed 002: the patient, a relative, staff or the prescriber)."""

    PATIENT = "patient"
    RELATIVE = "relative"
    STAFF = "staff"
    PRESCRIBER = "prescriber"


class OrderState(StrEnum):
    REGISTERED = "registered"
    #: Outside the assortment without a written justification: waits for the prescriber.
    AWAITING_PRESCRIBER = "awaiting_prescriber"
    PICKED = "picked"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    COLLECTED = "collected"
    #: Not collected, came back.
    RETURNED = "returned"
    CANCELLED = "cancelled"


#: The moves an order may make: registered → picked → dispatched → delivered / collected /
#: returned; cancelled before dispatch.
ORDER_MOVES: dict[OrderState, frozenset[OrderState]] = {
    OrderState.AWAITING_PRESCRIBER: frozenset({OrderState.REGISTERED, OrderState.CANCELLED}),
    OrderState.REGISTERED: frozenset({OrderState.PICKED, OrderState.CANCELLED}),
    OrderState.PICKED: frozenset({OrderState.DISPATCHED, OrderState.CANCELLED}),
    OrderState.DISPATCHED: frozenset({OrderState.DELIVERED, OrderState.COLLECTED,
                                      OrderState.RETURNED}),
    OrderState.DELIVERED: frozenset(),
    OrderState.COLLECTED: frozenset(),
    OrderState.RETURNED: frozenset(),
    OrderState.CANCELLED: frozenset(),
}


@dataclass(frozen=True)
class PrescriptionLine:
    article: str
    #: How many of the article (in its pack) may be ordered per period.
    quantity: int


@dataclass(frozen=True)
class ConsumablePrescription:
    id: str
    #: The person's register id (``persons``); for a protected identity the prescribing unit
    #: is the recipient and the prescription allows one order only.
    person_id: str
    prescriber: str
    #: The prescribing unit's customer number.
    unit: str
    lines: tuple[PrescriptionLine, ...]
    per_days: int
    valid_from: dt.date
    valid_to: dt.date | None = None
    protected: bool = False
    #: The loan it was made with, if any.
    loan_id: str | None = None
    #: The prescriber's name as the prescription shows it (``prescriber`` is the register's
    #: id; a free-text prescriber of a loan made before the register has their name in both).
    prescriber_name: str = ""
    #: When and where it was registered.
    made_at: dt.datetime | None = None
    workstation: str = ""

    def quantity(self, article: str) -> int:
        """How many of ``article`` may be ordered per period (0: not prescribed)."""
        return sum(line.quantity for line in self.lines if line.article == article)

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def recipient_is_unit(self) -> bool:
        """For a protected identity the prescribing unit stands as recipient."""
        return self.protected


@dataclass(frozen=True)
class OrderLine:
    article: str
    quantity: int
    #: Who pays for the line: the unit's payer for the article's product area.
    payer: str = ""
    #: Outside the assortment: an extra cost noted for the payer.
    extra_cost: bool = False


@dataclass(frozen=True)
class Order:
    id: str
    number: str
    prescription_id: str
    person_id: str
    unit: str
    ordered_by: OrderedBy
    ordered_at: dt.datetime
    lines: tuple[OrderLine, ...]
    state: OrderState = OrderState.REGISTERED
    justification: str = ""
    #: The delivery mode (issue "Delivery modes and promised dates"); "standard" until then.
    delivery: str = "standard"
    history: tuple[tuple[OrderState, dt.datetime, str], ...] = field(default_factory=tuple)


_WITHDRAWAL = re.compile(r"U(\d{2})(\d{6})")


def withdrawal_number(series: int, serial: int) -> str:
    """``U`` + the counter's two-digit order series + a six-digit serial: unique in the region
    as long as each counter has a series of its own (given centrally), made offline."""
    if not 1 <= series <= 99 or not 1 <= serial <= 999_999:
        raise ValueError(f"no withdrawal number for series {series}, serial {serial}")
    return f"U{series:02d}{serial:06d}"


def parse_withdrawal_number(text: str) -> tuple[int, int] | None:
    """(series, serial) of a withdrawal number as typed or scanned, or None."""
    match = _WITHDRAWAL.fullmatch(text.strip().upper())
    return (int(match.group(1)), int(match.group(2))) if match else None
