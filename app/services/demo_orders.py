"""The demo's orders of consumables: a morning's orders from the prescriptions the demo's
loans made, some of them picked, dispatched or delivered already, so that the window's
Orders section has something to show (and its screenshots something to picture)."""

from __future__ import annotations

import datetime as dt
import json
import random

from app.domain.consumables import OrderedBy
from app.domain.refusals import Refused
from app.services import orders
from app.services.station import Station

#: How many orders the demo places today.
DEMO_ORDERS = 14
#: What became of them by now, in turn: none yet, picked, dispatched, delivered.
_MOVES = ((), ("picked",), ("picked", "dispatched"), ("picked", "dispatched", "delivered"))


def _orderable(station: Station, today: dt.date) -> list[tuple[str, list[str]]]:
    """(what to order by: the person's identity, or a protected identity's prescription
    id; the prescribed articles) of the prescriptions valid today, newest first."""
    with station.db.reading() as connection:
        rows = connection.exec_driver_sql(
            "SELECT p.id, p.protected, persons.key, p.lines FROM consumable_prescriptions p "
            "LEFT JOIN persons ON persons.id = p.person_id "
            "WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?) "
            "ORDER BY p.made_at DESC", (today.isoformat(), today.isoformat())).fetchall()
    found = []
    for pid, protected, key, lines in rows:
        articles = [line["article"] for line in json.loads(lines)]
        if articles and (protected or key):
            found.append((pid if protected else key, articles))
    return found


def fill_orders(station: Station, staff: list[str], now: dt.datetime, seed: int) -> int:
    """Place the demo's orders of today up to ``now`` (by ``staff`` in turn) and move some
    on. Returns how many were placed."""
    rng = random.Random(seed)
    who = list(OrderedBy)
    placed = 0
    candidates = _orderable(station, now.astimezone().date())
    for index, (person, articles) in enumerate(candidates[:DEMO_ORDERS * 2]):
        if placed == DEMO_ORDERS:
            break
        at = now - dt.timedelta(minutes=7 * (DEMO_ORDERS - placed) + rng.randrange(5))
        clerk = station.acting_as(staff[index % len(staff)])
        lines = {article: 1 for article in articles[:1 + rng.randrange(3)]}
        try:
            number = orders.place_order(clerk, person, lines, who[index % len(who)],
                                        at=at).number
        except Refused:  # a protected identity's one order made, an article retired
            continue
        for step, state in enumerate(_MOVES[placed % len(_MOVES)], start=1):
            orders.set_order_state(clerk, number, state,
                                   at=at + dt.timedelta(minutes=2 * step))
        placed += 1
    return placed
