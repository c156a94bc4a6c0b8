"""The prescriber register and the product areas, as the counter reads them (written only
by ``prescriber_defined`` and ``product_area_defined`` events, through the projector)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select

from app.domain.prescribers import BUILT_IN_AREAS, Prescriber, PrescriberRole
from app.persistence.tables import prescribers, product_areas

_by_id = select(prescribers).where(prescribers.c.id == bindparam("id"))
_everyone = select(prescribers).order_by(prescribers.c.name, prescribers.c.id)


def prescriber_from_row(row: Row[Any]) -> Prescriber:
    return Prescriber(id=row.id, name=row.name, role=PrescriberRole(row.role),
                      areas=frozenset(row.areas or ()), units=frozenset(row.units or ()),
                      joint_order_units=frozenset(row.joint_order_units or ()),
                      phone=row.phone, email=row.email, active=bool(row.active))


class PrescriberRegister:
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    def by_id(self, prescriber_id: str) -> Prescriber | None:
        row = self.db.execute(_by_id, {"id": prescriber_id}).first()
        return prescriber_from_row(row) if row else None

    def by_name(self, name: str) -> list[Prescriber]:
        """Prescribers of that name, in any case (SQLite's lower() knows no Ö: compared
        here, the register being a depot's few hundred)."""
        wanted = " ".join(name.split()).casefold()
        return [p for p in self.everyone() if " ".join(p.name.split()).casefold() == wanted]

    def everyone(self) -> list[Prescriber]:
        return [prescriber_from_row(row) for row in self.db.execute(_everyone)]

    def count(self) -> int:
        return self.db.execute(select(func.count()).select_from(prescribers)).scalar_one()

    def next_id(self, workstation: str) -> str:
        """``WORKSTATION-PN``, one above the highest this workstation gave: unique in the
        region, as loan numbers are, however many counters add prescribers offline."""
        prefix = f"{workstation}-P"
        numbers = [int(i[len(prefix):]) for i in self.db.execute(
            select(prescribers.c.id).where(prescribers.c.id.startswith(prefix))).scalars()
            if i[len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1}"

    def areas(self) -> dict[str, str]:
        """Every product area: code → name (the built-in ones in English, to translate)."""
        found = dict(BUILT_IN_AREAS)
        found.update({row.code: row.name for row in self.db.execute(select(product_areas))})
        return found
