"""The loans report's orders of consumables per payer (issue 23): each order line is billed
to the unit's payer for the article's product area, as the order recorded it when placed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from app.domain.consumables import OrderState
from app.persistence.tables import care_units, order_lines, orders

if TYPE_CHECKING:
    from app.services.reports import Period, Section

ORDER_COLUMNS = ("payer", "orders", "lines", "quantity", "extra_cost_lines")


def orders_per_payer(connection: Connection, days: Period, unit: str | None,
                     _today: dt.date) -> list[Section]:
    """Orders placed in the period (cancelled ones aside), per payer: how many orders, lines
    and items, and the lines outside the assortment (an extra cost for the payer). An order
    whose lines go to two payers counts once for each."""
    from app.services.reports import Section, payer_of

    units = dict(connection.execute(select(care_units.c.customer_number,
                                           care_units.c.name)).all())
    query = (select(orders.c.id, orders.c.unit, order_lines.c.payer_name,
                    order_lines.c.quantity, order_lines.c.extra_cost)
             .join(order_lines, order_lines.c.order_id == orders.c.id)
             .where(orders.c.day >= days.start, orders.c.day <= days.end,
                    orders.c.state != OrderState.CANCELLED.value))
    if unit is not None:
        query = query.where(orders.c.unit == unit)
    placed: dict[str, set[str]] = defaultdict(set)
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for order_id, billed, payer_name, quantity, extra in connection.execute(query):
        payer = payer_of(payer_name, billed, units)
        placed[payer].add(order_id)
        totals = figures[payer]
        totals[0] += 1
        totals[1] += quantity
        totals[2] += 1 if extra else 0
    rows = [(payer, len(placed[payer]), *totals) for payer, totals in sorted(figures.items())]
    return [Section("orders_per_payer", ORDER_COLUMNS, rows)]
