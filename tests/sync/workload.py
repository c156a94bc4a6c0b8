"""Counter work for sync tests: random but legal-looking actions on a set of pumps, and
the checks that workstations and the central database agree."""

from __future__ import annotations

import random
from typing import Any, Callable

from sqlalchemy import text

from app.domain.refusals import Refused
from app.persistence.database import Database
from app.persistence.replay import projection, replay
from app.services import actions
from app.services.station import Station
from app.sync.central import Central

UNITS = ["602154", "602155", "604001", "605010"]
HOSPITAL_UNITS = ["602154", "602155"]
PATIENTS = ["19811228-9874", "protected", "19811288-9871", "19121212-1212"]

Action = Callable[[Station, str, random.Random], Any]

ACTIONS: list[Action] = [
    lambda s, reg, r: actions.issue_pump(s, reg, patient=r.choice(PATIENTS),
                                         unit=r.choice(UNITS), approval="BL-1",
                                         transport=r.random() < 0.2),
    lambda s, reg, r: actions.dispatch_pump(s, reg, unit=r.choice(HOSPITAL_UNITS)),
    lambda s, reg, r: actions.prescribe_pump(s, reg, patient=r.choice(PATIENTS),
                                             approval="BL-2"),
    lambda s, reg, r: actions.move_pump(s, reg, unit=r.choice(UNITS)),
    lambda s, reg, r: actions.return_pump(s, reg, fault=r.choice([None, None, "Alarm"])),
    lambda s, reg, r: actions.clean_pump(s, reg),
    lambda s, reg, r: actions.report_fault(s, reg, "Display cracked"),
    lambda s, reg, r: actions.send_to_service(s, reg, reason=r.choice(["repair",
                                                                       "maintenance"])),
    lambda s, reg, r: actions.back_from_service(s, reg, repair="Repaired"),
    lambda s, reg, r: actions.report_lost(s, reg),
]


def act(station: Station, pumps: list[str], rng: random.Random, tries: int = 20) -> bool:
    """One action the pump's state allows, on a random pump; False if none was found."""
    for _ in range(tries):
        try:
            rng.choice(ACTIONS)(station, rng.choice(pumps), rng)
            return True
        except Refused:
            continue
    return False


def register_pumps(station: Station, prefix: str, count: int, model: str = "T34") -> list[str]:
    registrations = [f"{prefix}-{n}" for n in range(1, count + 1)]
    for registration in registrations:
        actions.register_pump(station, registration, model)
    return registrations


def pumps_of(station: Station) -> dict[str, tuple[Any, ...]]:
    with station.db.reading() as connection:
        rows = connection.execute(text(
            "SELECT registration, state, responsible_unit, loan_id, next_maintenance, "
            "(SELECT count(*) FROM fault_reports f WHERE f.pump = p.registration "
            " AND f.closed_at IS NULL) FROM pumps p")).all()
    return {row[0]: (row[1], row[2], row[3], row[4], row[5]) for row in rows}


def central_pumps(central: Central) -> dict[str, tuple[Any, ...]]:
    return {reg: (p.state.value, p.responsible_unit, p.loan_id,
                  p.next_maintenance.isoformat() if p.next_maintenance else None, p.open_faults)
            for reg, p in central.pumps().items()}


def sql(station: Station, statement: str, **params: Any) -> list[tuple[Any, ...]]:
    with station.db.reading() as connection:
        return [tuple(row) for row in connection.execute(text(statement), params)]


def person_register(station: Station) -> list[tuple[Any, ...]]:
    """The person register with its earlier identities, as comparable rows."""
    return sql(station, "SELECT p.id, p.kind, p.key, p.birth_date, p.name, p.merged_into, "
               "(SELECT group_concat(k.key, ' ') FROM person_keys k WHERE k.person_id = p.id"
               " ORDER BY k.position) FROM persons p ORDER BY p.id")


def assert_converged(stations: list[Station], central: Central, tmp_path: Any) -> None:
    """Every workstation's tables and person register equal the others', its tables equal
    a replay of its own log in effective order, and every pump equals its central state."""
    expected = central_pumps(central)
    first = projection(stations[0].db)
    register = person_register(stations[0])
    for n, station in enumerate(stations):
        assert pumps_of(station) == expected, station.ctx.workstation
        assert person_register(station) == register, station.ctx.workstation
        tables = projection(station.db)
        for table, rows in tables.items():
            assert rows == first[table], (station.ctx.workstation, table)
        replayed = Database(tmp_path / f"replayed-{station.ctx.workstation}-{n}.db")
        replay(station.db, replayed)
        assert projection(replayed) == tables, station.ctx.workstation
        replayed.dispose()
