"""What falls due: one list of the work the depot must see to — transport loans past their
due date, pumps with patients or in unit stocks whose preventive maintenance is due within
30 days or overdue (to call them in, with the unit to contact), counts due, pumps a recall
still covers, and faults open for more than a week. Every line but a count's names a pump."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from app.domain.states import PumpState
from app.persistence.tables import care_units, fault_reports, pumps
from app.services import queries, recalls
from app.services.station import Station

#: How far ahead maintenance is called in, and how old an open fault is before it is late.
MAINTENANCE_AHEAD = dt.timedelta(days=30)
FAULT_AGE = dt.timedelta(days=7)


class DueKind(StrEnum):
    TRANSPORT = "transport_overdue"
    MAINTENANCE = "maintenance"
    COUNT = "count"
    RECALL = "recall"
    FAULT = "fault"


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    #: The pump the line opens (None for a unit's count).
    registration: str | None
    model: str | None
    #: The date it fell or falls due (a fault: the day it was reported).
    due: dt.date | None
    overdue: bool
    unit: str | None
    unit_name: str | None
    #: Who to contact at the unit (maintenance, recalls).
    contact: str | None
    #: The loan number, the recall's reference, the fault's text.
    detail: str

    def as_json(self) -> dict[str, Any]:
        values = dict(self.__dict__)
        values["kind"] = self.kind.value
        values["due"] = self.due.isoformat() if self.due else None
        return values


def due_list(station: Station, today: dt.date | None = None) -> list[DueItem]:
    """Everything that falls due, kind by kind in the order above, the longest overdue
    first within each kind."""
    today = today or station.ctx.today()
    return [*_transport(station, today), *_maintenance(station, today),
            *counts_due(station, today), *_recalls(station), *_faults(station, today)]


def counts_due(station: Station, today: dt.date) -> list[DueItem]:
    """The units whose stocktake count is due (``DueKind.COUNT`` lines, no pump): never
    counted, or last counted one interval ago or more (``counts.units_due_for_count``)."""
    from app.services.counts import units_due_for_count

    return [DueItem(DueKind.COUNT, None, None, unit.due_on,
                    unit.due_on is None or unit.due_on < today, unit.unit, unit.name, None,
                    f"{unit.pumps}")
            for unit in units_due_for_count(station, today)]


def _transport(station: Station, today: dt.date) -> list[DueItem]:
    return [DueItem(DueKind.TRANSPORT, row["pump"], None,
                    dt.date.fromisoformat(row["due"]), True, row["unit"], row["unit_name"],
                    None, row["loan"])
            for row in queries.list_loans(station, overdue=True, today=today)]


def _maintenance(station: Station, today: dt.date) -> list[DueItem]:
    query = (select(pumps.c.registration, pumps.c.model_code, pumps.c.next_maintenance,
                    pumps.c.responsible_unit, pumps.c.state, care_units.c.name,
                    care_units.c.contact_person)
             .join(care_units, care_units.c.customer_number == pumps.c.responsible_unit)
             .where(pumps.c.state.in_([PumpState.ON_LOAN, PumpState.IN_UNIT_STOCK]),
                    pumps.c.next_maintenance <= today + MAINTENANCE_AHEAD)
             .order_by(pumps.c.next_maintenance, pumps.c.registration))
    with station.db.reading() as connection:
        return [DueItem(DueKind.MAINTENANCE, row.registration, row.model_code,
                        row.next_maintenance, row.next_maintenance < today,
                        row.responsible_unit, row.name, row.contact_person, row.state)
                for row in connection.execute(query)]


def _recalls(station: Station) -> list[DueItem]:
    return [DueItem(DueKind.RECALL, pump.registration, pump.model,
                    summary.recorded_at.astimezone().date() if summary.recorded_at else None,
                    True, pump.unit, pump.unit_name, pump.contact, summary.reference)
            for summary, pump in recalls.pumps_to_recall(station)]


def _faults(station: Station, today: dt.date) -> list[DueItem]:
    week_ago = dt.datetime.combine(today, dt.time()).astimezone() - FAULT_AGE
    query = (select(fault_reports.c.pump, fault_reports.c.reported_at,
                    fault_reports.c.description, pumps.c.model_code,
                    pumps.c.responsible_unit, care_units.c.name)
             .join(pumps, pumps.c.registration == fault_reports.c.pump)
             .outerjoin(care_units, care_units.c.customer_number == pumps.c.responsible_unit)
             .where(fault_reports.c.closed_at.is_(None), pumps.c.state != PumpState.RETIRED,
                    fault_reports.c.reported_at < week_ago)
             .order_by(fault_reports.c.reported_at, fault_reports.c.pump))
    with station.db.reading() as connection:
        return [DueItem(DueKind.FAULT, row.pump, row.model_code,
                        row.reported_at.astimezone().date(), True, row.responsible_unit,
                        row.name, None, row.description)
                for row in connection.execute(query)]
