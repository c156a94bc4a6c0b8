"""What the counter window lists: today's returns, search results, open faults,
maintenance due, and the station it runs on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from app.domain import rules
from app.domain.events import EventType
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.scan import read_scan
from app.domain.text import typed
from app.persistence.persons import current, loan_person_join
from app.persistence.repository import Repository
from app.persistence.staff import StaffRegister
from app.persistence.tables import (
    care_units,
    events,
    fault_reports,
    loans,
    person_keys,
    pump_models,
    pumps,
)
from app.services.actions import check_recall
from app.services.queries import PumpStatus, scanned_pump, status_of
from app.services.station import Station


@dataclass(frozen=True)
class StationInfo:
    depot: str
    workstation: str
    operator: str
    database: str


def station_info(station: Station) -> StationInfo:
    with station.db.reading() as connection:
        depot = Repository(connection).meta("depot_name") or ""
        operator = StaffRegister(connection).names().get(station.ctx.actor, station.ctx.actor)
    return StationInfo(depot, station.ctx.workstation, operator, str(station.db.path))


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def todays_returns(station: Station, day: dt.date | None = None) -> list[dict[str, Any]]:
    """Pumps returned at this workstation's depot today, newest first."""
    day = day or station.ctx.today()
    start = _local_midnight_utc(day)
    end = _local_midnight_utc(day + dt.timedelta(days=1))
    query = (select(events.c.pump, events.c.occurred_at, events.c.actor, events.c.payload,
                    pumps.c.model_code, pumps.c.state)
             .join(pumps, pumps.c.registration == events.c.pump)
             .where(events.c.type == "returned", events.c.occurred_at >= start,
                    events.c.occurred_at < end)
             .order_by(events.c.occurred_at.desc(), events.c.seq.desc()))
    with station.db.reading() as connection:
        unit_names = dict(connection.execute(select(care_units.c.customer_number,
                                                    care_units.c.name)).all())
        staff_names = StaffRegister(connection).names()
        return [{"registration": row.pump, "at": row.occurred_at,
                 "actor": staff_names.get(row.actor, row.actor),
                 "model": row.model_code, "state": row.state,
                 "from_unit": unit_names.get(row.payload.get("from_unit"),
                                             row.payload.get("from_unit")),
                 "fault": (row.payload.get("fault") or {}).get("description")}
                for row in connection.execute(query)]


def issuable(station: Station, scan: str, transport: bool = False) -> PumpStatus:
    """The pump a scan names, if it can be put into a loan now; else the refusal."""
    with station.db.reading() as connection:
        repo = Repository(connection)
        pump = scanned_pump(repo, scan)
        rules.check_issue(station.ctx, pump, transport)
        check_recall(repo, EventType.ISSUED_FOR_TRANSPORT if transport
                     else EventType.ISSUED_TO_PATIENT, pump)
        return status_of(repo, pump)


def search_pumps(station: Station, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Pumps whose registration, serial, UDI or patient (number or name) matches ``text``."""
    text = typed(text, Phrase("The search")).strip()
    if len(text) < 2:
        raise Refused(RefusalCode.INVALID_INPUT, "Type at least two characters to search.")
    like = f"%{text.upper()}%"
    conditions = [pumps.c.registration.like(like), func.upper(pumps.c.serial_number).like(like)]
    try:
        code = read_scan(text)
        if code.is_udi and code.serial:
            conditions.append(and_(pumps.c.udi_gtin == code.gtin,
                                   pumps.c.udi_serial == code.serial))
    except Refused:
        pass
    # The patient's current loans: by name or by any identity number they have had (a
    # protected person's record holds neither).
    earlier = select(person_keys.c.person_id).where(person_keys.c.key.like(f"%{text}%"))
    patient_pumps = loan_person_join(select(pumps.c.registration)
                                     .join(loans, loans.c.id == pumps.c.loan_id)) \
        .where(or_(current.c.key.like(f"%{text}%"), func.upper(current.c.name).like(like),
                   current.c.id.in_(earlier.scalar_subquery())))
    conditions.append(pumps.c.registration.in_(patient_pumps))
    query = (select(pumps.c.registration, pumps.c.state, pumps.c.model_code,
                    pumps.c.serial_number, pumps.c.responsible_unit)
             .where(or_(*conditions)).order_by(pumps.c.registration).limit(limit))
    with station.db.reading() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def open_faults(station: Station) -> list[dict[str, Any]]:
    query = (select(fault_reports, pumps.c.model_code, pumps.c.state)
             .join(pumps, pumps.c.registration == fault_reports.c.pump)
             # A retired pump's last fault is history, not work to do.
             .where(fault_reports.c.closed_at.is_(None), pumps.c.state != "retired")
             .order_by(fault_reports.c.reported_at.desc()))
    with station.db.reading() as connection:
        return [{"registration": row.pump, "model": row.model_code, "state": row.state,
                 "reported_at": row.reported_at, "reported_by": row.reported_by,
                 "category": row.category, "description": row.description}
                for row in connection.execute(query)]


def maintenance_due(station: Station, within_days: int = 30) -> list[dict[str, Any]]:
    """Pumps in use whose preventive maintenance is overdue or due within ``within_days``."""
    today = station.ctx.today()
    horizon = today + dt.timedelta(days=within_days)
    query = (select(pumps.c.registration, pumps.c.model_code, pumps.c.state,
                    pumps.c.next_maintenance, pumps.c.responsible_unit, pump_models.c.name)
             .join(pump_models, pump_models.c.code == pumps.c.model_code)
             .where(pumps.c.next_maintenance <= horizon,
                    pumps.c.state.notin_(["retired", "lost", "in_service"]))
             .order_by(pumps.c.next_maintenance, pumps.c.registration))
    with station.db.reading() as connection:
        return [{"registration": row.registration, "model": row.model_code,
                 "state": row.state, "due": row.next_maintenance,
                 "overdue": row.next_maintenance < today, "unit": row.responsible_unit}
                for row in connection.execute(query)]

