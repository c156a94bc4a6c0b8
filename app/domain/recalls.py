"""Recalls: a manufacturer's field safety notice (EU MDR Art. 89) and the pumps it covers.

A notice names its devices by their UDI: model or GTIN, lots, serial numbers (a list or
ranges) and production dates, in any combination. A pump is covered when it meets every
criterion the recall gives (within one criterion, any of its values will do). A covered
pump is not lent, dispatched or prescribed until the recall's action is recorded for it
(back from service with the recall named, ``recall done``) or it is retired.

Coverage is worked out from the pump as its events leave it, at every counter and at the
central judge alike: a pump registered later, or whose label's lot is scanned later, is
covered as soon as it meets the selection.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable, Mapping

from app.domain.events import Context, Event, EventType
from app.domain.pump import Pump
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.states import PumpState
from app.domain.text import LONG, typed

E = EventType


class RecallAction(StrEnum):
    INSPECT = "inspect"
    UPDATE = "update"
    REPLACE = "replace"
    WITHDRAW = "withdraw"


#: What the action is, in the counter's words (lists, letters).
ACTION_LABELS = {
    RecallAction.INSPECT: Phrase("inspect"),
    RecallAction.UPDATE: Phrase("update software"),
    RecallAction.REPLACE: Phrase("replace a part"),
    RecallAction.WITHDRAW: Phrase("withdraw"),
}

#: What has to happen to a covered pump before it is lent again (refusals, letters).
ACTION_TODO = {
    RecallAction.INSPECT: Phrase("inspect it"),
    RecallAction.UPDATE: Phrase("update its software"),
    RecallAction.REPLACE: Phrase("replace the part"),
    RecallAction.WITHDRAW: Phrase("withdraw it from use"),
}

#: The moves a covered pump is refused: each would put it in someone's hands.
BLOCKED = frozenset({E.ISSUED_TO_PATIENT, E.ISSUED_FOR_TRANSPORT, E.DISPATCHED_TO_UNIT,
                     E.PRESCRIBED_FROM_STOCK})

_REFERENCE = re.compile(r"[A-Z0-9][A-Z0-9\-./_]{0,39}")
_SERIAL = re.compile(r"(.*?)([0-9]+)")
#: The fault category a recall's open fault carries.
RECALL_FAULT_CATEGORY = "recall"


def _upper(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({v.strip().upper() for v in values if v and v.strip()}))


@dataclass(frozen=True, order=True)
class SerialRange:
    """Serials ``prefix`` + a number from ``low`` to ``high``, the number compared as a
    number (SN998 … SN1002 holds SN999 and SN1000)."""

    prefix: str
    low: int
    high: int

    def __contains__(self, serial: object) -> bool:
        match = _SERIAL.fullmatch(str(serial or "").upper())
        return bool(match) and match.group(1) == self.prefix \
            and self.low <= int(match.group(2)) <= self.high

    def __str__(self) -> str:
        return f"{self.prefix}{self.low}-{self.prefix}{self.high}"


def _serial_parts(text: str) -> tuple[str, int] | None:
    match = _SERIAL.fullmatch(text)
    return (match.group(1), int(match.group(2))) if match else None


def parse_serial_range(text: str) -> SerialRange:
    """``FROM-TO``: two serials with one prefix and a numeric suffix (``SN1000-SN1999``).
    A serial may hold a hyphen itself (``AB-100-AB-199``): the split is the one hyphen
    where both sides have the same prefix. Anything else is refused."""
    value = typed(text, Phrase("The serial range")).strip().upper()
    splits = []
    for index, char in enumerate(value):
        if char != "-":
            continue
        low, high = _serial_parts(value[:index]), _serial_parts(value[index + 1:])
        if low and high and low[0] == high[0]:
            splits.append(SerialRange(low[0], low[1], high[1]))
    if len(splits) != 1:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a serial range: give FROM-TO, two serials with the "
                      "same prefix ending in a number, such as SN1000-SN1999.", text=text)
    found = splits[0]
    if found.low > found.high:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The serial range '{text}' runs backwards: give the lower serial first.",
                      text=text)
    return found


@dataclass(frozen=True)
class Selection:
    """Which pumps a recall covers. Every criterion given must be met; an empty one is
    not a criterion. Pumps lacking a fact a criterion asks about (no lot recorded, no
    production date) are not covered by it."""

    models: tuple[str, ...] = ()
    gtins: tuple[str, ...] = ()
    lots: tuple[str, ...] = ()
    serials: tuple[str, ...] = ()
    serial_ranges: tuple[SerialRange, ...] = ()
    produced_from: dt.date | None = None
    produced_to: dt.date | None = None
    #: The models whose GTINs include one of ``gtins``, fixed when the recall is recorded:
    #: a pump registered without a UDI is covered by its model's GTIN, at every counter
    #: and at the judge alike (which know no model register).
    gtin_models: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "models", tuple(sorted(set(self.models))))
        object.__setattr__(self, "gtins", tuple(sorted(set(self.gtins))))
        object.__setattr__(self, "gtin_models", tuple(sorted(set(self.gtin_models))))
        object.__setattr__(self, "lots", _upper(self.lots))
        object.__setattr__(self, "serials", _upper(self.serials))
        object.__setattr__(self, "serial_ranges", tuple(sorted(set(self.serial_ranges))))

    @property
    def is_empty(self) -> bool:
        return not (self.models or self.gtins or self.lots or self.serials
                    or self.serial_ranges or self.produced_from or self.produced_to)

    def covers(self, pump: Pump) -> bool:
        """Whether ``pump`` meets every criterion. A GTIN criterion is met by the pump's
        UDI GTIN or, for a pump registered without a UDI, by its model's GTINs."""
        if self.models and pump.model not in self.models:
            return False
        if self.gtins and not (pump.udi_gtin in self.gtins if pump.udi_gtin
                               else pump.model in self.gtin_models):
            return False
        if self.lots and (pump.udi_lot or "").upper() not in self.lots:
            return False
        if self.serials or self.serial_ranges:
            serials = {s.upper() for s in (pump.udi_serial, pump.serial_number) if s}
            if not (serials & set(self.serials)
                    or any(s in r for s in serials for r in self.serial_ranges)):
                return False
        if self.produced_from or self.produced_to:
            made = pump.udi_produced
            if made is None or (self.produced_from and made < self.produced_from) \
                    or (self.produced_to and made > self.produced_to):
                return False
        return True

    def payload(self) -> dict[str, Any]:
        return {"models": list(self.models), "gtins": list(self.gtins),
                "lots": list(self.lots), "serials": list(self.serials),
                "serial_ranges": [[r.prefix, r.low, r.high] for r in self.serial_ranges],
                "produced_from": self.produced_from.isoformat() if self.produced_from else None,
                "produced_to": self.produced_to.isoformat() if self.produced_to else None,
                "gtin_models": list(self.gtin_models)}

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> "Selection":
        day = lambda v: dt.date.fromisoformat(v) if v else None  # noqa: E731
        return cls(models=tuple(p.get("models") or ()), gtins=tuple(p.get("gtins") or ()),
                   lots=tuple(p.get("lots") or ()), serials=tuple(p.get("serials") or ()),
                   serial_ranges=tuple(SerialRange(str(a), int(b), int(c))
                                       for a, b, c in p.get("serial_ranges") or ()),
                   produced_from=day(p.get("produced_from")),
                   produced_to=day(p.get("produced_to")),
                   gtin_models=tuple(p.get("gtin_models") or ()))


@dataclass(frozen=True)
class Recall:
    reference: str
    title: str
    action: RecallAction
    selection: Selection = field(default_factory=Selection)

    def payload(self) -> dict[str, Any]:
        return {"reference": self.reference, "title": self.title,
                "action": self.action.value, "selection": self.selection.payload()}

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> "Recall":
        return cls(reference=p["reference"], title=p["title"], action=RecallAction(p["action"]),
                   selection=Selection.from_payload(p.get("selection") or {}))


def check_reference(text: str | None) -> str:
    """The manufacturer's reference (FSN number), as it is compared: upper case."""
    value = typed(text, Phrase("The recall reference")).strip().upper()
    if not _REFERENCE.fullmatch(value):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' cannot be a recall reference: use the notice's number, 1–40 "
                      "letters, digits, - . / or _ (such as FSN-2026-014).", text=text or "")
    return value


def check_action(text: str | None) -> RecallAction:
    try:
        return RecallAction((text or "").strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a recall action: choose inspect, update, replace or "
                      "withdraw.", text=text or "") from None


def new_recall(reference: str, title: str, action: str, selection: Selection) -> Recall:
    """A recall as an administrator gives it, checked: a reference, a title, an action, and
    at least one criterion (a notice never covers every pump)."""
    ref = check_reference(reference)
    heading = typed(title, Phrase("The recall title"), LONG).strip()
    if not heading:
        raise Refused(RefusalCode.INVALID_INPUT, "Give the recall a title: what the notice is "
                                                 "about.")
    if selection.is_empty:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Say which pumps recall {reference} covers: a model or GTIN, lots, "
                      "serials or production dates.", reference=ref)
    if selection.produced_from and selection.produced_to \
            and selection.produced_from > selection.produced_to:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The production dates run backwards: {start} is after {end}.",
                      start=selection.produced_from.isoformat(),
                      end=selection.produced_to.isoformat())
    return Recall(ref, heading, check_action(action), selection)


def define(ctx: Context, recall: Recall) -> Event:
    return ctx.event(E.RECALL_DEFINED, None, **recall.payload())


def is_done(pump: Pump, reference: str, done: Iterable[str]) -> bool:
    """A retired pump is done for every recall; otherwise the recall's action was
    recorded for it."""
    return pump.state is PumpState.RETIRED or reference in set(done)


def blocking(pump: Pump, recalls: Iterable[Recall], done: Iterable[str]) -> Recall | None:
    """The first recall (by reference) that covers ``pump`` and is not done for it."""
    finished = set(done)
    for recall in sorted(recalls, key=lambda r: r.reference):
        if recall.reference not in finished and recall.selection.covers(pump):
            return None if pump.state is PumpState.RETIRED else recall
    return None


def recalled(action: EventType, pump: Pump, recall: Recall, verb: str) -> Refused:
    return Refused(RefusalCode.RECALLED,
                   "Cannot {verb} {registration}: recall {reference}: {todo} first "
                   "({title}).", verb=verb, registration=pump.registration,
                   reference=recall.reference, todo=ACTION_TODO[recall.action],
                   title=recall.title)


def recall_fault(fault_id: str, recall: Recall) -> dict[str, object]:
    """The open fault a covered pump comes back with: it goes to faulty, and on to
    service, where the recall's action is done."""
    return {"id": fault_id, "category": RECALL_FAULT_CATEGORY, "recall": recall.reference,
            "description": f"recall {recall.reference}: {recall.title}"}


def mark_done(ctx: Context, pump: Pump, recall: Recall, done: Iterable[str],
              note: str | None) -> Event:
    """The recall's action recorded for one pump."""
    if not recall.selection.covers(pump):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Recall {reference} does not cover {registration}: check the pump.",
                      reference=recall.reference, registration=pump.registration)
    if is_done(pump, recall.reference, done):
        raise Refused(RefusalCode.ALREADY_DONE,
                      "Recall {reference} is already done for {registration}; nothing to do.",
                      reference=recall.reference, registration=pump.registration)
    text = typed(note, Phrase("The note"), LONG).strip()
    if not text:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Say what was done to {registration} for recall {reference}.",
                      registration=pump.registration, reference=recall.reference)
    return ctx.event(E.RECALL_DONE, pump.registration, recall=recall.reference, note=text,
                     action=recall.action.value)


class Whereabouts(StrEnum):
    """Where a covered pump is, as the recall's view groups them."""

    DEPOT = "depot"
    UNIT_STOCK = "unit_stock"
    PATIENT = "patient"
    LOST = "lost"
    DONE = "done"


WHEREABOUTS_LABELS = {
    Whereabouts.DEPOT: Phrase("in the depot"),
    Whereabouts.UNIT_STOCK: Phrase("in a unit's stock"),
    Whereabouts.PATIENT: Phrase("with patients"),
    Whereabouts.LOST: Phrase("lost"),
    Whereabouts.DONE: Phrase("done"),
}


def whereabouts(state: PumpState, done: bool) -> Whereabouts:
    if done or state is PumpState.RETIRED:
        return Whereabouts.DONE
    if state is PumpState.IN_UNIT_STOCK:
        return Whereabouts.UNIT_STOCK
    if state in (PumpState.ON_LOAN, PumpState.ON_TRANSPORT_LOAN):
        return Whereabouts.PATIENT
    if state is PumpState.LOST:
        return Whereabouts.LOST
    return Whereabouts.DEPOT
