"""A depot's delivery settings (issue 24): the modes it offers, a unit's route days, and how
long an article outside the assortment takes. Pure: the services keep them (the modes in the
depot's settings, the route days on the unit) and hand them to ``delivery.promise``."""

from __future__ import annotations

from typing import Iterable

from app.domain.delivery import DEPOT_MODES, DeliveryMode, Notify
from app.domain.refusals import RefusalCode, Refused

#: Working days a supplier takes for an article outside the assortment, when nothing better
#: is known: two weeks, so such an order is expected after more than ten days and the counter
#: is told to contact the prescriber and the patient (seed 002). A depot may set its own.
OUTSIDE_LEAD_DAYS = 10

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def offered_modes(country: str, setting: str | None) -> frozenset[DeliveryMode]:
    """The modes the depot offers: its setting (comma-separated), else its country's."""
    if setting:
        return frozenset(DeliveryMode(m) for m in setting.split(",") if m in
                         {mode.value for mode in DeliveryMode})
    return DEPOT_MODES.get(country, frozenset({DeliveryMode.COUNTER}))


def default_mode(offered: frozenset[DeliveryMode]) -> DeliveryMode:
    """The mode an order takes when none is named: standard where offered, else the
    counter, else the first offered."""
    for mode in (DeliveryMode.STANDARD, DeliveryMode.COUNTER, *DeliveryMode):
        if mode in offered:
            return mode
    return DeliveryMode.COUNTER


def parse_mode(text: str) -> DeliveryMode:
    try:
        return DeliveryMode(text.strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{mode}' is not a delivery mode: {modes}.", mode=text,
                      modes=", ".join(m.value for m in DeliveryMode)) from None


def parse_modes(texts: Iterable[str]) -> frozenset[DeliveryMode]:
    modes = frozenset(parse_mode(t) for text in texts for t in text.split(",") if t.strip())
    if not modes:
        raise Refused(RefusalCode.INVALID_INPUT, "A depot offers at least one delivery mode.")
    return modes


def parse_notify(text: str | None) -> Notify | None:
    if text is None or not text.strip():
        return None
    try:
        return Notify(text.strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a way to notify: sms, email or letter.",
                      text=text) from None


def parse_route_days(texts: Iterable[str]) -> frozenset[int]:
    """Weekdays as typed ("mon,thu", "tuesday") as numbers, 0 = Monday."""
    days = set()
    for text in texts:
        for word in text.split(","):
            key = word.strip().lower()[:3]
            if not key:
                continue
            if key not in WEEKDAYS:
                raise Refused(RefusalCode.INVALID_INPUT,
                              "'{text}' is not a weekday: mon, tue, wed, thu, fri, sat, sun.",
                              text=word.strip())
            days.add(WEEKDAYS.index(key))
    return frozenset(days)


def shown_route_days(days: Iterable[int]) -> str:
    return ",".join(WEEKDAYS[d] for d in sorted(days))


def check_lead_days(days: int) -> int:
    if not 0 <= days <= 365:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A supplier's lead time is 0 to 365 working days.")
    return days
