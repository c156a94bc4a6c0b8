"""The region's staff register as the judge keeps it: loaded for a batch's actors, checked
for every event with the counters' own rule (``app.domain.staff.may_record``), changed by
the staff_defined events it accepts."""

from __future__ import annotations

from typing import Any, Iterable

import psycopg

from app.domain.events import Event, EventType
from app.domain.refusals import Refused
from app.domain.staff import Role, StaffMember, may_record


class CentralStaff:
    """The members a batch's events name, and whether the region has an administrator."""

    def __init__(self) -> None:
        self.members: dict[str, StaffMember | None] = {}
        self.any_administrator = False
        self._changed: dict[str, tuple[Any, ...]] = {}

    def load(self, cursor: psycopg.Cursor[Any], events: Iterable[Event]) -> None:
        numbers = sorted({e.actor for e in events} | {
            str(e.payload.get("number")) for e in events
            if e.type is EventType.STAFF_DEFINED} - set(self.members))
        cursor.execute("SELECT number, name, roles, active FROM staff WHERE number = ANY(%s)",
                       (numbers,))
        found = {row[0]: StaffMember(row[0], row[1], frozenset(Role(r) for r in row[2]),
                                     row[3]) for row in cursor.fetchall()}
        self.members.update({number: found.get(number) for number in numbers})
        cursor.execute("SELECT EXISTS (SELECT 1 FROM staff WHERE active "
                       "AND 'administrator' = ANY(roles))")
        self.any_administrator = self.any_administrator or bool(cursor.fetchone()[0])

    def refusal(self, event: Event) -> Refused | None:
        """Why ``event``'s staff member may not record it, if they may not."""
        return may_record(self.members.get(event.actor), event,
                          any_administrator=self.any_administrator)

    def accept(self, event: Event) -> None:
        """An accepted event: a staff_defined one changes the register."""
        if event.type is not EventType.STAFF_DEFINED:
            return
        p = event.payload
        member = StaffMember(str(p["number"]), str(p["name"]),
                             frozenset(Role(r) for r in p.get("roles", ())),
                             bool(p.get("active", True)))
        self.members[member.number] = member
        if member.active and member.holds(Role.ADMINISTRATOR):
            self.any_administrator = True
        self._changed[member.number] = (member.number, member.name,
                                        sorted(r.value for r in member.roles), member.active,
                                        event.id)

    def write(self, cursor: psycopg.Cursor[Any]) -> None:
        if self._changed:
            cursor.executemany(
                "INSERT INTO staff (number, name, roles, active, last_event) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (number) DO UPDATE SET "
                "name = EXCLUDED.name, roles = EXCLUDED.roles, active = EXCLUDED.active, "
                "last_event = EXCLUDED.last_event", list(self._changed.values()))
            self._changed = {}
