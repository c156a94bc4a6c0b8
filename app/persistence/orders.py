"""Orders of consumables in the local database: their projection from the order events,
what the rules and the Orders section read, and the withdrawal numbers' counter."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.consumables import (
    Order,
    OrderedBy,
    OrderLine,
    OrderState,
    parse_withdrawal_number,
)
from app.domain.events import Event, EventType
from app.persistence import delivery
from app.persistence.database import execute_rows
from app.persistence.tables import events, meta, order_history, order_lines, orders

#: The meta key of the counter that withdrawal numbers' serials come from (never goes back).
WITHDRAWAL_HIGH = "withdrawal_high"
#: The meta key of this counter's order series, as the central database gave it.
ORDER_SERIES = "order_series"
#: The series of a database not enrolled in a region (a depot working alone, the demo).
STANDALONE_SERIES = 1


def series_of(kept: str | None) -> int:
    """The order series the value ``kept`` under ``ORDER_SERIES`` stands for."""
    return int(kept) if kept else STANDALONE_SERIES


_insert_history = upsert(order_history).on_conflict_do_nothing(index_elements=["event_id"])

# -- projection ------------------------------------------------------------------------------


def project(db: Connection, event: Event) -> None:
    """Write an order event's rows. Applied in the same order, the same events give the same
    rows at every counter."""
    p = event.payload
    if event.type is EventType.ORDER_PLACED:
        lines = list(p["lines"])
        shown = sorted([line["article"], int(line["quantity"]), line.get("area", ""),
                        (line.get("payer") or {}).get("id"),
                        (line.get("payer") or {}).get("name"), bool(line.get("extra_cost"))]
                       for line in lines)
        db.execute(upsert(orders).values(
            id=p["order"], number=p["number"], prescription_id=p["prescription"],
            person_id=p["person"], unit=p["unit"], ordered_by=p["ordered_by"],
            ordered_at=event.occurred_at, day=dt.date.fromisoformat(p["day"]),
            state=p["state"], justification=p.get("justification", ""),
            delivery=p.get("delivery", "standard"),
            extra_cost=any(line.get("extra_cost") for line in lines), lines=shown,
            actor=event.actor,
            workstation=event.workstation, event_id=event.id)
            .on_conflict_do_nothing(index_elements=["id"]))
        execute_rows(db, upsert(order_lines).on_conflict_do_nothing(
            index_elements=["order_id", "article"]), [{
                "order_id": p["order"], "article": line["article"],
                "quantity": int(line["quantity"]), "product_area": line.get("area", ""),
                "payer_id": (line.get("payer") or {}).get("id"),
                "payer_name": (line.get("payer") or {}).get("name"),
                "extra_cost": bool(line.get("extra_cost"))} for line in lines])
        delivery.project(db, event)  # its delivery and promised day (issue 24)
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
    delivery.forget(db, order_id)
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


#: An order's columns as the reads take them, raw (dates as ISO text): a day's 2,000 orders
#: are read in a few milliseconds this way, where typed rows cost many times more.
_COLUMNS = ("id", "number", "prescription_id", "person_id", "unit", "ordered_by",
            "ordered_at", "day", "state", "justification", "delivery", "actor", "workstation",
            "lines")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM orders"
_HISTORY = ("SELECT order_id, state, at, actor FROM order_history "
            "WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY rowid")
_STATES = {state.value: state for state in OrderState}
_WHO = {who.value: who for who in OrderedBy}
_moment = dt.datetime.fromisoformat
_loads = json.loads


def _orders(db: Connection, rows: Sequence[Sequence[Any]], history: bool
            ) -> list[StoredOrder]:
    moves: dict[str, list[tuple[OrderState, dt.datetime, str]]] = {}
    if rows and history:
        ids = json.dumps([row[0] for row in rows])
        for order_id, state, at, actor in db.exec_driver_sql(_HISTORY, (ids,)).fetchall():
            moves.setdefault(order_id, []).append((_STATES[state], _moment(at), actor))
    found = []
    for i, number, prescription, person, unit, who, at, day, state, justification, \
            delivery, actor, workstation, shown in rows:
        lines = _loads(shown)
        found.append(StoredOrder(Order(
            id=i, number=number, prescription_id=prescription, person_id=person, unit=unit,
            ordered_by=_WHO[who], ordered_at=_moment(at),
            lines=tuple(OrderLine(a, q, payer or "", bool(extra))
                        for a, q, _area, payer, _name, extra in lines),
            state=_STATES[state], justification=justification, delivery=delivery,
            history=tuple(moves.get(i, ()))), dt.date.fromisoformat(day), actor, workstation,
            {a: (area or "", payer or "", name or "")
             for a, _q, area, payer, name, _extra in lines}))
    return found


class OrderStore:
    def __init__(self, db: Connection) -> None:
        self.db = db

    def _read(self, where: Sequence[tuple[str, Any]], history: bool = False,
              limit: int | None = None) -> list[StoredOrder]:
        sql = _SELECT
        params: list[Any] = []
        if where:
            sql += " WHERE " + " AND ".join(clause for clause, _ in where)
            params = [value for _, value in where]
        sql += " ORDER BY ordered_at DESC, number DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return _orders(self.db, self.db.exec_driver_sql(sql, tuple(params)).fetchall(),
                       history)

    def by_number(self, number: str) -> StoredOrder | None:
        found = self._read([("number = ?", number)], history=True)
        return found[0] if found else None

    def of_prescriptions(self, prescription_ids: Iterable[str]) -> list[Order]:
        """Every order made from the prescriptions (what the period rules count)."""
        wanted = list(prescription_ids)
        if not wanted:
            return []
        return [stored.order for stored in self._read([(
            "prescription_id IN (SELECT value FROM json_each(?))", json.dumps(wanted))])]

    def find(self, *, number: str | None = None, person_ids: Sequence[str] | None = None,
             unit: str | None = None, day: dt.date | None = None,
             state: OrderState | None = None, limit: int | None = None,
             prescription: str | None = None) -> list[StoredOrder]:
        """Orders matching every criterion given, newest first."""
        where: list[tuple[str, Any]] = []
        if prescription is not None:
            where.append(("prescription_id = ?", prescription))
        if number is not None:
            where.append(("number = ?", number))
        if person_ids is not None:
            where.append(("person_id IN (SELECT value FROM json_each(?))",
                          json.dumps(list(person_ids))))
        if unit is not None:
            where.append(("unit = ?", unit))
        if day is not None:
            where.append(("day = ?", day.isoformat()))
        if state is not None:
            where.append(("state = ?", state.value))
        return self._read(where, limit=limit)

    # -- withdrawal numbers -----------------------------------------------------------

    def series(self) -> int:
        """This counter's order series: the central one once known, else the standalone's."""
        return series_of(self.db.execute(
            select(meta.c.value).where(meta.c.key == ORDER_SERIES)).scalar())

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
           "project", "series_of"]
