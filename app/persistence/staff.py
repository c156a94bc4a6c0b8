"""The staff register as the counter reads it (written only by ``staff_defined`` events,
through the projector)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select

from app.domain.staff import Role, StaffMember
from app.persistence.tables import staff

_by_number = select(staff).where(staff.c.number == bindparam("number"))
_by_card = select(staff).where(staff.c.card_code == bindparam("card"))
_everyone = select(staff).order_by(staff.c.name, staff.c.number)
_names = select(staff.c.number, staff.c.name)


def member_from_row(row: Row[Any]) -> StaffMember:
    return StaffMember(number=row.number, name=row.name,
                       roles=frozenset(Role(r) for r in row.roles or ()),
                       active=bool(row.active), card_code=row.card_code)


class StaffRegister:
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    def member(self, number: str) -> StaffMember | None:
        row = self.db.execute(_by_number, {"number": number}).first()
        return member_from_row(row) if row else None

    def by_card(self, code: str) -> StaffMember | None:
        row = self.db.execute(_by_card, {"card": code}).first()
        return member_from_row(row) if row else None

    def pin_hash(self, number: str) -> str | None:
        row = self.db.execute(_by_number, {"number": number}).first()
        return row.pin_hash if row else None

    def everyone(self) -> list[StaffMember]:
        return [member_from_row(row) for row in self.db.execute(_everyone)]

    def names(self) -> dict[str, str]:
        """Staff number → name, for showing who recorded what."""
        return {row.number: row.name for row in self.db.execute(_names)}

    def any_administrator(self) -> bool:
        """Whether an active member holds the administrator role (JSON lists are small:
        the register is read whole)."""
        return any(m.active and m.holds(Role.ADMINISTRATOR) for m in self.everyone())

    def count(self) -> int:
        return self.db.execute(select(func.count()).select_from(staff)).scalar_one()
