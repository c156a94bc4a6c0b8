"""Orders of consumables in the local database: their projection from the order events,
what the rules and the Orders section read, and the withdrawal numbers' counter."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, and_, delete, func, literal_column, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.consumables import (
    Order,
    OrderedBy,
    OrderLine,
    OrderState,
    parse_withdrawal_number,
)
from app.domain.events import Event, EventType
from app.persistence.database import execute_rows, json_values
from app.persistence.tables import events, meta, order_history, order_lines, orders

#: The meta key of the counter that withdrawal numbers' serials come from (never goes back).
WITHDRAWAL_HIGH = "withdrawal_high"
#: The meta key of this counter's order series, as the central database gave it.
ORDER_SERIES = "order_series"
#: The series of a database not enrolled in a region (a depot working alone, the demo).
STANDALONE_SERIES = 1

_insert_history = upsert(order_history).on_conflict_do_nothing(index_elements=["event_id"])
_by_ids = select(order_lines).where(order_lines.c.order_id.in_(json_values("ids")))
# In the order the events were applied (the log's): an entry after the fact keeps its place.
_history_of = select(order_history).where(order_history.c.order_id.in_(json_values("ids"))) \
    .order_by(literal_column("order_history.rowid"))


# -- projection ------------------------------------------------------------------------------


def project(db: Connection, event: Event) -> None:
    """Write an order event's rows. Applied in the same order, the same events give the same
    rows at every counter."""
    p = event.payload
    if event.type is EventType.ORDER_PLACED:
        lines = list(p["lines"])
        db.execute(upsert(orders).values(
            id=p["order"], number=p["number"], prescription_id=p["prescription"],
            person_id=p["person"], unit=p["unit"], ordered_by=p["ordered_by"],
            ordered_at=event.occurred_at, day=dt.date.fromisoformat(p["day"]),
            state=p["state"], justification=p.get("justification", ""),
            delivery=p.get("delivery", "standard"),
            extra_cost=any(line.get("extra_cost") for line in lines), actor=event.actor,
            workstation=event.workstation, event_id=event.id)
            .on_conflict_do_nothing(index_elements=["id"]))
        execute_rows(db, upsert(order_lines).on_conflict_do_nothing(
            index_elements=["order_id", "article"]), [{
                "order_id": p["order"], "article": line["article"],
                "quantity": int(line["quantity"]), "product_area": line.get("area", ""),
                "payer_id": (line.get("payer") or {}).get("id"),
                "payer_name": (line.get("payer") or {}).get("name"),
                "extra_cost": bool(line.get("extra_cost"))} for line in lines])
        state = p["state"]
    elif db.execute(select(orders.c.id).where(orders.c.id == p["order"])).first() is None:
        return  # an order the region refused: its later events change nothing
    elif event.type is EventType.ORDER_MOVED:
        state = p["to"]
        db.execute(update(orders).where(orders.c.id == p["order"]).values(state=state))
    elif event.type is EventType.ORDER_JUSTIFIED:
        state = OrderState.REGISTERED.value
        db.execute(update(orders).where(orders.c.id == p["order"]).values(
            state=state, justification=p["justification"]))
    else:
        return
    db.execute(_insert_history, {"event_id": event.id, "order_id": p["order"],
                                 "state": state, "at": event.occurred_at,
                                 "actor": event.actor})


def forget_order(db: Connection, order_id: str) -> None:
    """Remove an order's rows (before they are read again from the events that stand)."""
    for table in (order_history, order_lines):
        db.execute(delete(table).where(table.c.order_id == order_id))
    db.execute(delete(orders).where(orders.c.id == order_id))


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredOrder:
    """An order as stored, with what the Orders section shows beside the domain's shape."""

    order: Order
    day: dt.date
    actor: str
    workstation: str
    #: Each line's product area, payer id ("" for the unit itself) and payer name.
    details: dict[str, tuple[str, str, str]] = field(default_factory=dict)


def _orders(db: Connection, rows: Sequence[Any], history: bool) -> list[StoredOrder]:
    ids = [row.id for row in rows]
    lines: dict[str, list[OrderLine]] = {}
    details: dict[str, dict[str, tuple[str, str, str]]] = {}
    moves: dict[str, list[tuple[OrderState, dt.datetime, str]]] = {}
    if ids:
        for line in db.execute(_by_ids, {"ids": json.dumps(ids)}):
            lines.setdefault(line.order_id, []).append(OrderLine(
                line.article, line.quantity, payer=line.payer_id or "",
                extra_cost=bool(line.extra_cost)))
            details.setdefault(line.order_id, {})[line.article] = (
                line.product_area, line.payer_id or "", line.payer_name or "")
        if history:
            for move in db.execute(_history_of, {"ids": json.dumps(ids)}):
                moves.setdefault(move.order_id, []).append(
                    (OrderState(move.state), move.at, move.actor))
    return [StoredOrder(Order(
        id=row.id, number=row.number, prescription_id=row.prescription_id,
        person_id=row.person_id, unit=row.unit, ordered_by=OrderedBy(row.ordered_by),
        ordered_at=row.ordered_at, lines=tuple(sorted(lines.get(row.id, ()),
                                                      key=lambda line: line.article)),
        state=OrderState(row.state), justification=row.justification, delivery=row.delivery,
        history=tuple(moves.get(row.id, ()))), row.day, row.actor, row.workstation,
        details.get(row.id, {}))
        for row in rows]


class OrderStore:
    def __init__(self, db: Connection) -> None:
        self.db = db

    def by_number(self, number: str) -> StoredOrder | None:
        rows = self.db.execute(select(orders).where(orders.c.number == number)).all()
        found = _orders(self.db, rows, history=True)
        return found[0] if found else None

    def of_prescriptions(self, prescription_ids: Iterable[str]) -> list[Order]:
        """Every order made from the prescriptions (what the period rules count)."""
        wanted = list(prescription_ids)
        if not wanted:
            return []
        rows = self.db.execute(select(orders).where(
            orders.c.prescription_id.in_(wanted))).all()
        return [stored.order for stored in _orders(self.db, rows, history=False)]

    def find(self, *, number: str | None = None, person_ids: Sequence[str] | None = None,
             unit: str | None = None, day: dt.date | None = None,
             state: OrderState | None = None, limit: int | None = None,
             prescription: str | None = None) -> list[StoredOrder]:
        """Orders matching every criterion given, newest first."""
        query = select(orders)
        where = []
        if prescription is not None:
            where.append(orders.c.prescription_id == prescription)
        if number is not None:
            where.append(orders.c.number == number)
        if person_ids is not None:
            where.append(orders.c.person_id.in_(list(person_ids)))
        if unit is not None:
            where.append(orders.c.unit == unit)
        if day is not None:
            where.append(orders.c.day == day)
        if state is not None:
            where.append(orders.c.state == state.value)
        if where:
            query = query.where(and_(*where))
        query = query.order_by(orders.c.ordered_at.desc(), orders.c.number.desc())
        if limit is not None:
            query = query.limit(limit)
        return _orders(self.db, self.db.execute(query).all(), history=False)

    # -- withdrawal numbers -----------------------------------------------------------

    def series(self) -> int:
        """This counter's order series: the central one once known, else the standalone's."""
        kept = self.db.execute(select(meta.c.value).where(meta.c.key == ORDER_SERIES)).scalar()
        return int(kept) if kept else STANDALONE_SERIES

    def set_series(self, series: int) -> None:
        self._set(ORDER_SERIES, str(series))

    def last_serial(self) -> int:
        """The highest serial this counter has given: a counter that never goes back, so an
        order refused centrally keeps its number used. Without it yet, the orders and order
        events of this counter's series are looked at."""
        kept = self.db.execute(select(meta.c.value).where(meta.c.key == WITHDRAWAL_HIGH)
                               ).scalar()
        if kept is not None:
            return int(kept)
        prefix = f"U{self.series():02d}%"
        numbers = [self.db.execute(select(func.max(orders.c.number))
                                   .where(orders.c.number.like(prefix))).scalar(),
                   self.db.execute(select(func.max(func.json_extract(
                       events.c.payload, "$.number"))).where(
                       events.c.type == EventType.ORDER_PLACED.value,
                       func.json_extract(events.c.payload, "$.number").like(prefix))
                   ).scalar()]
        return max(((parse_withdrawal_number(n) or (0, 0))[1] for n in numbers if n),
                   default=0)

    def serial_given(self, serial: int) -> None:
        """Serial ``serial`` is given (or known to be used): the counter moves up, never back."""
        current = self.db.execute(select(meta.c.value).where(meta.c.key == WITHDRAWAL_HIGH)
                                  ).scalar()
        if current is None or serial > int(current):
            self._set(WITHDRAWAL_HIGH, str(serial))

    def numbers_used(self, numbers: Sequence[str]) -> None:
        """This counter's own withdrawal numbers seen in the central log (a restored
        database learns them): the next number comes after them."""
        series = self.series()
        serials = [parsed[1] for n in numbers
                   if (parsed := parse_withdrawal_number(n)) and parsed[0] == series]
        if serials:
            self.serial_given(max(self.last_serial(), *serials))

    def _set(self, key: str, value: str) -> None:
        self.db.execute(upsert(meta).values(key=key, value=value)
                        .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


__all__ = ["ORDER_SERIES", "OrderStore", "STANDALONE_SERIES", "StoredOrder", "forget_order",
           "project"]
