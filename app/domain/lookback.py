"""Lookback: who had a pump between two dates, which pumps a person had, who had a pump
of a model — for an incident investigation or a manufacturer's field safety notice.

A lookback covers whole local days, the first and the last included. A loan period
overlaps it when it began before the period ends and had not ended before it began (an
open loan has not ended). Which pumps a lookback by kind covers is a ``PumpSelection``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional


def local_midnight(day: dt.date) -> dt.datetime:
    """The moment ``day`` begins at the counter, in UTC (as the database keeps times)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


@dataclass(frozen=True)
class Period:
    """Whole days from ``first`` to ``last``, both included; None: without that end."""

    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def start(self) -> dt.datetime | None:
        return local_midnight(self.first) if self.first else None

    @property
    def end(self) -> dt.datetime | None:
        """The moment after the period: the next day's midnight."""
        return local_midnight(self.last + dt.timedelta(days=1)) if self.last else None

    def overlaps(self, began: dt.datetime, ended: dt.datetime | None) -> bool:
        """Whether a loan period from ``began`` to ``ended`` (None: still open) overlaps."""
        return ((self.end is None or began < self.end)
                and (ended is None or self.start is None or ended >= self.start))

    def contains(self, moment: dt.datetime) -> bool:
        return ((self.start is None or moment >= self.start)
                and (self.end is None or moment < self.end))

    def as_json(self) -> dict[str, str | None]:
        return {"from": self.first.isoformat() if self.first else None,
                "to": self.last.isoformat() if self.last else None}


def _day(text: str | dt.date | None, which: Phrase) -> dt.date | None:
    if text is None or isinstance(text, dt.date):
        return text
    cleaned = optional(text, which)
    if cleaned is None:
        return None
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{which} '{text}' is not a date: give it as YYYY-MM-DD.",
                      which=which, text=cleaned) from None


def period(first: str | dt.date | None, last: str | dt.date | None, *,
           required: bool = True) -> Period:
    """The period from ``first`` to ``last`` (dates or YYYY-MM-DD), checked: both given
    when ``required``, and the first day not after the last."""
    start, end = _day(first, Phrase("The first day")), _day(last, Phrase("The last day"))
    if required and (start is None or end is None):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Give the period to look back over: the first and the last day "
                      "(--from YYYY-MM-DD --to YYYY-MM-DD).")
    if start and end and end < start:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The period ends ({last}) before it begins ({first}): give the first "
                      "day first.", first=start.isoformat(), last=end.isoformat())
    return Period(start, end)


@dataclass(frozen=True)
class PumpSelection:
    """Which pumps a lookback by kind covers. Every criterion given must hold; a
    criterion left None does not narrow the selection. A further criterion is one more
    field here and one more condition where the services turn a selection into a query."""

    model: str | None = None
    #: The lot (batch) of the manufacturer's UDI label, AI (10), as the label carries it.
    lot: str | None = None

    def __post_init__(self) -> None:
        if not any(getattr(self, name) for name in self.__dataclass_fields__):
            raise Refused(RefusalCode.INVALID_INPUT,
                          "Say which pumps to look back over: a model (--model) or a lot "
                          "(--lot).")

    def criteria(self) -> dict[str, str]:
        """The criteria given, by name: for the record of what was asked."""
        return {name: value for name in self.__dataclass_fields__
                if (value := getattr(self, name))}


#: What a lookback shows in place of a person with protected identity: the responsible
#: unit answers for the loan, and nothing of the person is shown, exported or printed.
PROTECTED_HOLDER = Phrase("protected identity")
#: Who had a pump lent to a person another counter registered, not synced here yet.
NOT_YET_HOLDER = Phrase("a person not yet in this register")
#: Who had a pump lent to a unit's buffer stock.
UNIT_STOCK_HOLDER = Phrase("the unit's buffer stock")

#: A loan's type as a lookback names it.
LOAN_TYPE_LABELS: dict[str, str] = {
    "patient": Phrase("patient loan"),
    "transport": Phrase("transport loan"),
    "unit_buffer": Phrase("unit buffer stock"),
}

#: Why a pump went to service, as a lookback names it.
SERVICE_REASON_LABELS: dict[str, str] = {
    "repair": Phrase("repair"),
    "maintenance": Phrase("preventive maintenance"),
}
