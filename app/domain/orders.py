"""Ordering consumables from a prescription, and an order's states (issue 23, seed 002).

Pure: the service loads the person's prescriptions, the articles and the earlier orders of
the prescription, and these rules decide.

* An order comes from a prescription valid on its day (valid from/to); each line must be an
  article of the prescription, within the quantity allowed per period. Periods are
  ``per_days`` long from ``valid_from``; what earlier orders of the prescription that are not
  cancelled took in the order's period counts.
* A pharmacy article is not the depot's: refused with that reason.
* An article outside the assortment needs a written justification; without it the order
  waits for the prescriber (``awaiting_prescriber``). Such lines carry an extra cost for the
  payer, and such an order is never returnable.
* A protected identity's prescription allows one order only.
* States move as ``ORDER_MOVES`` says: cancelled only before dispatch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from app.domain.assortment import check_orderable
from app.domain.consumables import (
    ORDER_MOVES,
    Article,
    ConsumablePrescription,
    Order,
    OrderLine,
    OrderState,
    Supply,
)
from app.domain.refusals import Phrase, RefusalCode, Refused

#: The states' words as the counter reads them.
ORDER_STATE_LABELS: dict[OrderState, str] = {
    OrderState.REGISTERED: Phrase("registered"),
    OrderState.AWAITING_PRESCRIBER: Phrase("awaiting the prescriber's justification"),
    OrderState.PICKED: Phrase("picked"),
    OrderState.DISPATCHED: Phrase("dispatched"),
    OrderState.DELIVERED: Phrase("delivered"),
    OrderState.COLLECTED: Phrase("collected"),
    OrderState.RETURNED: Phrase("returned uncollected"),
    OrderState.CANCELLED: Phrase("cancelled"),
}

#: The longest written justification kept.
JUSTIFICATION_MAX = 1000


def local_day(moment: dt.datetime) -> dt.date:
    """The counter's calendar day of ``moment`` (local time for an aware moment)."""
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def valid_on(prescription: ConsumablePrescription, day: dt.date) -> bool:
    return prescription.valid_from <= day and (prescription.valid_to is None
                                               or day <= prescription.valid_to)


def period_of(prescription: ConsumablePrescription, day: dt.date) -> tuple[dt.date, dt.date]:
    """The period ``day`` falls in: [start, end), ``per_days`` long, counted from
    ``valid_from``."""
    per = max(1, prescription.per_days)
    index = max(0, (day - prescription.valid_from).days) // per
    start = prescription.valid_from + dt.timedelta(days=index * per)
    return start, start + dt.timedelta(days=per)


def taken_in_period(prescription: ConsumablePrescription, earlier: Iterable[Order],
                    day: dt.date) -> dict[str, int]:
    """How many of each article the prescription's earlier orders (not cancelled) took in
    ``day``'s period."""
    start, end = period_of(prescription, day)
    taken: dict[str, int] = {}
    for order in earlier:
        if order.prescription_id != prescription.id or order.state is OrderState.CANCELLED:
            continue
        if start <= local_day(order.ordered_at) < end:
            for line in order.lines:
                taken[line.article] = taken.get(line.article, 0) + line.quantity
    return taken


def left_in_period(prescription: ConsumablePrescription, earlier: Iterable[Order],
                   day: dt.date) -> dict[str, int]:
    """What may still be ordered of each prescribed article in ``day``'s period."""
    taken = taken_in_period(prescription, earlier, day)
    return {line.article: max(0, line.quantity - taken.get(line.article, 0))
            for line in prescription.lines}


@dataclass(frozen=True)
class Decision:
    """An order the rules allow: the prescription it comes from, its lines (without payers:
    the service adds them), and the state it starts in."""

    prescription: ConsumablePrescription
    lines: tuple[OrderLine, ...]
    state: OrderState
    justification: str


def no_prescription() -> Refused:
    return Refused(RefusalCode.NO_PRESCRIPTION,
                   "This person has no prescription of consumables: register one first.")


def _choose(prescriptions: Sequence[ConsumablePrescription], articles: Iterable[str],
            day: dt.date) -> ConsumablePrescription:
    if not prescriptions:
        raise no_prescription()
    valid = sorted((p for p in prescriptions if valid_on(p, day)),
                   key=lambda p: p.valid_from, reverse=True)
    if not valid:
        latest = max(prescriptions, key=lambda p: p.valid_from)
        raise Refused(RefusalCode.PRESCRIPTION_NOT_VALID,
                      "The prescription of consumables is not valid on {day}: it is valid "
                      "from {valid_from} to {valid_to}.", day=day.isoformat(),
                      valid_from=latest.valid_from.isoformat(),
                      valid_to=latest.valid_to.isoformat() if latest.valid_to else "—")
    wanted = set(articles)
    for prescription in valid:
        if wanted <= {line.article for line in prescription.lines}:
            return prescription
    return valid[0]


def decide_order(prescriptions: Sequence[ConsumablePrescription],
                 articles: Mapping[str, Article | None], earlier: Sequence[Order],
                 lines: Mapping[str, int], day: dt.date, justification: str = "",
                 language: str = "en") -> Decision:
    """Decide an order of ``lines`` (article number → quantity) on ``day`` from the person's
    ``prescriptions``; ``articles`` are the assortment's articles by number (None: unknown)
    and ``earlier`` the orders already made from the person's prescriptions. An article
    unknown, no longer active or the pharmacy's is refused (``check_orderable``)."""
    if not lines:
        raise Refused(RefusalCode.INVALID_INPUT, "Name at least one article to order.")
    for number, quantity in lines.items():
        if quantity < 1:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "Order at least one of {article} (asked: {quantity}).",
                          article=number, quantity=quantity)
        check_orderable(articles.get(number), number, language)
    prescription = _choose(prescriptions, lines, day)
    if prescription.protected and any(
            o.prescription_id == prescription.id and o.state is not OrderState.CANCELLED
            for o in earlier):
        raise Refused(RefusalCode.PRESCRIPTION_USED,
                      "The prescription of a protected identity allows one order only, and "
                      "it has been made.")
    left = left_in_period(prescription, earlier, day)
    start, end = period_of(prescription, day)
    for number, quantity in lines.items():
        if number not in left:
            raise Refused(RefusalCode.NOT_PRESCRIBED,
                          "{article} is not on this person's prescription of consumables.",
                          article=number)
        if quantity > left[number]:
            raise Refused(RefusalCode.OVER_PRESCRIPTION,
                          "{quantity} of {article} is more than is left this period "
                          "({start} to {last}): {left} left.", quantity=quantity,
                          article=number, left=left[number], start=start.isoformat(),
                          last=(end - dt.timedelta(days=1)).isoformat())
    outside = {n for n in lines if articles[n].supply is Supply.OUTSIDE}  # type: ignore[union-attr]
    justification = " ".join(justification.split())[:JUSTIFICATION_MAX]
    state = OrderState.AWAITING_PRESCRIBER if outside and not justification \
        else OrderState.REGISTERED
    return Decision(prescription, tuple(OrderLine(n, q, extra_cost=n in outside)
                                        for n, q in lines.items()), state, justification)


def outside_assortment(order: Order) -> bool:
    """Whether any line is outside the assortment (never returnable, at an extra cost)."""
    return any(line.extra_cost for line in order.lines)


def check_move(order: Order, to: OrderState) -> None:
    """Refuse moving ``order`` to ``to`` unless ``ORDER_MOVES`` allows it. An order waiting
    for the prescriber moves to registered only with the justification
    (``check_justification``); an order outside the assortment is never returned."""
    if to is OrderState.RETURNED and outside_assortment(order):
        raise Refused(RefusalCode.NOT_RETURNABLE,
                      "Order {number} is outside the assortment: it is never returnable.",
                      number=order.number)
    if to is OrderState.REGISTERED and order.state is OrderState.AWAITING_PRESCRIBER:
        raise Refused(RefusalCode.ILLEGAL_MOVE,
                      "Order {number} waits for the prescriber's written justification: add "
                      "it to register the order.", number=order.number)
    if to not in ORDER_MOVES[order.state]:
        if to is OrderState.CANCELLED:
            raise Refused(RefusalCode.ILLEGAL_MOVE,
                          "Order {number} is {state}: an order can be cancelled only before "
                          "it is dispatched.", number=order.number,
                          state=ORDER_STATE_LABELS[order.state])
        raise Refused(RefusalCode.ILLEGAL_MOVE,
                      "Order {number} is {state}: it cannot become {to}.",
                      number=order.number, state=ORDER_STATE_LABELS[order.state],
                      to=ORDER_STATE_LABELS[to])


def check_justification(order: Order, justification: str) -> str:
    """The justification that completes an order waiting for the prescriber."""
    text = " ".join(justification.split())[:JUSTIFICATION_MAX]
    if order.state is not OrderState.AWAITING_PRESCRIBER:
        raise Refused(RefusalCode.ILLEGAL_MOVE,
                      "Order {number} does not wait for a justification (it is {state}).",
                      number=order.number, state=ORDER_STATE_LABELS[order.state])
    if not text:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Write the prescriber's justification for the articles outside the "
                      "assortment.")
    return text


def parse_state(text: str) -> OrderState:
    try:
        return OrderState(text.strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not an order state: {states}.", text=text,
                      states=", ".join(s.value for s in OrderState)) from None
