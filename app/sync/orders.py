"""Orders of consumables as the judge keeps them: every withdrawal number the log has given
(accepted or refused: a number names one order forever), each counter's order series, and
the protected identities' prescriptions an order stands on (one order each, as for loans;
an order cancelled gives the prescription back)."""

from __future__ import annotations

from typing import Any, Iterable

import psycopg

from app.domain.consumables import OrderState
from app.domain.events import Event, EventType
from app.domain.refusals import Refused
from app.domain.sync import (
    UsedNumber,
    protected_order_met,
    protected_order_of,
    withdrawal_number_met,
    withdrawal_number_of,
    withdrawal_refusal,
)

#: A protected identity's prescription and the order that stands on it: (order id, its
#: withdrawal number, the event that placed it).
UsedByOrder = tuple[str, str, str]


def _cancels(event: Event) -> bool:
    return event.type is EventType.ORDER_MOVED \
        and event.payload.get("to") == OrderState.CANCELLED.value


class CentralOrders:
    def __init__(self) -> None:
        self.numbers: dict[str, UsedNumber] = {}
        self.series: dict[str, int | None] = {}
        self.protected: dict[str, UsedByOrder | None] = {}
        self._new_numbers: list[tuple[str, str, str]] = []
        self._new_protected: dict[str, UsedByOrder] = {}
        self._freed: set[str] = set()

    def load(self, cursor: psycopg.Cursor[Any], events: Iterable[Event]) -> None:
        events = list(events)
        numbers = sorted({n for e in events if (n := withdrawal_number_of(e))}
                         - set(self.numbers))
        if numbers:
            cursor.execute("SELECT number, order_id, event_id FROM withdrawal_numbers "
                           "WHERE number = ANY(%s)", (numbers,))
            self.numbers.update({n: (order, event) for n, order, event in cursor.fetchall()})
            ordering = sorted({e.workstation for e in events if withdrawal_number_of(e)}
                              - set(self.series))
            cursor.execute("SELECT id, order_series FROM workstations WHERE id = ANY(%s)",
                           (ordering,))
            self.series.update(dict.fromkeys(ordering))
            self.series.update(dict(cursor.fetchall()))
        prescriptions = sorted({p for e in events if (p := protected_order_of(e))}
                               - set(self.protected))
        cancelled = sorted({str(e.payload.get("order")) for e in events if _cancels(e)})
        if prescriptions or cancelled:
            cursor.execute("SELECT prescription, order_id, number, event_id "
                           "FROM protected_orders WHERE prescription = ANY(%s) "
                           "OR order_id = ANY(%s)", (prescriptions, cancelled))
            self.protected.update(dict.fromkeys(prescriptions))
            self.protected.update({p: (order, number, event)
                                   for p, order, number, event in cursor.fetchall()})

    def refusal(self, event: Event) -> tuple[Refused, str | None] | None:
        """Why the judge refuses the order ``event`` places, with the event it met."""
        if event.type is not EventType.ORDER_PLACED:
            return None
        reason = withdrawal_refusal(event, self.numbers, self.series.get(event.workstation))
        if reason is not None:
            met = withdrawal_number_met(event, self.numbers)
            return reason, met[1] if met else None
        used = protected_order_met(event, self.protected)
        if used is not None:
            return used
        return None

    def note_number(self, event: Event) -> None:
        """The number ``event`` gives is used from now on, accepted or not."""
        number = withdrawal_number_of(event)
        if number and number not in self.numbers:
            self.numbers[number] = (str(event.payload.get("order")), event.id)
            self._new_numbers.append((number, *self.numbers[number]))

    def accept(self, event: Event) -> None:
        prescription = protected_order_of(event)
        if prescription and self.protected.get(prescription) is None:
            used = (str(event.payload.get("order")), str(event.payload.get("number")),
                    event.id)
            self.protected[prescription] = used
            self._new_protected[prescription] = used
        if _cancels(event):
            order = event.payload.get("order")
            for held, used in list(self.protected.items()):
                if used is not None and used[0] == order:
                    self.protected[held] = None
                    self._new_protected.pop(held, None)
                    self._freed.add(held)

    def write(self, cursor: psycopg.Cursor[Any]) -> None:
        if self._new_numbers:
            cursor.execute("INSERT INTO withdrawal_numbers (number, order_id, event_id) "
                           "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[])",
                           [list(column) for column in zip(*self._new_numbers)])
            self._new_numbers = []
        gone = self._freed | set(self._new_protected)  # freed, perhaps taken again since
        if gone:
            cursor.execute("DELETE FROM protected_orders WHERE prescription = ANY(%s)",
                           (sorted(gone),))
            self._freed = set()
        if self._new_protected:
            cursor.execute("INSERT INTO protected_orders (prescription, order_id, number, "
                           "event_id) SELECT * FROM unnest(%s::text[], %s::text[], "
                           "%s::text[], %s::text[])",
                           [list(column) for column in zip(
                               *((p, *used) for p, used in self._new_protected.items()))])
            self._new_protected = {}
