"""Orders' deliveries in the local database (issue 24): the projection of each
``order_placed`` event's delivery and promise, and the address the counter took, which no
event carries (personal data stays at the counter that took the order)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, delete
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.events import Event, EventType
from app.persistence.tables import order_addresses, order_deliveries


@dataclass(frozen=True)
class StoredDelivery:
    mode: str
    promised: dt.date | None
    last_pickup: dt.date | None
    notify: str | None
    extra_costs: tuple[str, ...]
    contact_prescriber: bool
    to_unit: bool
    in_region: bool
    apartment_building: bool
    pickup_point: str
    care_of_prescriber: str
    joint: str | None


@dataclass(frozen=True)
class StoredAddress:
    street: str = ""
    postcode: str = ""
    town: str = ""
    care_of: str = ""
    door_code: str = ""
    phone: str = ""
    notify_to: str = ""

    def values(self) -> dict[str, str]:
        return {"street": self.street, "postcode": self.postcode, "town": self.town,
                "care_of": self.care_of, "door_code": self.door_code, "phone": self.phone,
                "notify_to": self.notify_to}


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def project(db: Connection, event: Event) -> None:
    """An ``order_placed`` event's delivery row. An event of an order made before delivery
    modes (no ``promise`` in it) has none: such an order shows its stored mode only."""
    p = event.payload
    promise: Mapping[str, Any] | None = p.get("promise")
    if event.type is not EventType.ORDER_PLACED or not promise:
        return
    where: Mapping[str, Any] = p.get("destination") or {}
    db.execute(upsert(order_deliveries).values(
        order_id=p["order"], mode=p.get("delivery", "standard"),
        promised=_day(promise.get("date")), last_pickup=_day(promise.get("last_pickup")),
        notify=promise.get("notify"), extra_costs=list(promise.get("extra_costs") or ()),
        contact_prescriber=bool(promise.get("contact_prescriber")),
        to_unit=bool(promise.get("to_prescribing_unit")),
        in_region=bool(where.get("in_region", True)),
        apartment_building=bool(where.get("apartment_building")),
        pickup_point=where.get("pickup_point") or "",
        care_of_prescriber=where.get("care_of_prescriber") or "",
        joint=where.get("joint")).on_conflict_do_nothing(index_elements=["order_id"]))


def forget(db: Connection, order_id: str) -> None:
    """The projected row of an order read again from its events (the address stays)."""
    db.execute(delete(order_deliveries).where(order_deliveries.c.order_id == order_id))


def erase_addresses(db: Connection, person_id: str) -> None:
    """A person became protected: the addresses of their orders (and of records merged into
    theirs) go, as the rest of their data does."""
    db.exec_driver_sql(
        "DELETE FROM order_addresses WHERE order_id IN (SELECT id FROM orders WHERE "
        "person_id = ? OR person_id IN (SELECT id FROM persons WHERE merged_into = ?))",
        (person_id, person_id))


def keep_address(db: Connection, order_id: str, address: StoredAddress) -> None:
    if any(address.values().values()):
        db.execute(upsert(order_addresses).values(order_id=order_id, **address.values())
                   .on_conflict_do_nothing(index_elements=["order_id"]))


_DELIVERIES = ("SELECT order_id, mode, promised, last_pickup, notify, extra_costs, "
               "contact_prescriber, to_unit, in_region, apartment_building, pickup_point, "
               "care_of_prescriber, joint FROM order_deliveries "
               "WHERE order_id IN (SELECT value FROM json_each(?))")
_ADDRESSES = ("SELECT order_id, street, postcode, town, care_of, door_code, phone, notify_to "
              "FROM order_addresses WHERE order_id IN (SELECT value FROM json_each(?))")


def deliveries(db: Connection, order_ids: Iterable[str]
               ) -> dict[str, tuple[StoredDelivery, StoredAddress | None]]:
    """The delivery (and, where this counter took it, the address) of each order that has
    one, by order id: one query each for a whole list."""
    ids = json.dumps(list(order_ids))
    addresses = {row[0]: StoredAddress(*row[1:])
                 for row in db.exec_driver_sql(_ADDRESSES, (ids,)).fetchall()}
    found = {}
    for (order_id, mode, promised, last, notify, extra, contact, to_unit, in_region,
         apartment, point, care_of, joint) in db.exec_driver_sql(_DELIVERIES, (ids,)):
        found[order_id] = (StoredDelivery(
            mode, _day(promised), _day(last), notify, tuple(json.loads(extra or "[]")),
            bool(contact), bool(to_unit), bool(in_region), bool(apartment), point, care_of,
            joint), addresses.get(order_id))
    return found


def joint_orders(db: Connection, joint: str) -> list[str]:
    """The ids of the orders delivered together in joint delivery ``joint``."""
    return [row[0] for row in db.exec_driver_sql(
        "SELECT order_id FROM order_deliveries WHERE joint = ? ORDER BY order_id", (joint,))]
