"""The payers and the units' payers, as the counter reads them (written only by
``payer_defined`` and ``unit_payer_set`` events, through the projector)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from app.domain.payers import EVERY_AREA, LoanPayer, Payer, payer_for
from app.domain.reference import CareUnit
from app.persistence.tables import payers, unit_payers


def payer_from_row(row: Row[Any]) -> Payer:
    return Payer(id=row.id, name=row.name, invoice_address=row.invoice_address,
                 reference=row.reference, active=bool(row.active))


class PayerRegister:
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    def by_id(self, payer_id: str) -> Payer | None:
        row = self.db.execute(select(payers).where(payers.c.id == payer_id)).first()
        return payer_from_row(row) if row else None

    def by_name(self, name: str) -> list[Payer]:
        """Payers of that name, in any case (compared here: SQLite's lower() knows no Å,
        and a region has a few hundred payers at most)."""
        wanted = " ".join(name.split()).casefold()
        return [p for p in self.everyone() if " ".join(p.name.split()).casefold() == wanted]

    def everyone(self) -> list[Payer]:
        return [payer_from_row(row) for row in
                self.db.execute(select(payers).order_by(payers.c.name, payers.c.id))]

    def next_id(self, workstation: str) -> str:
        """``WORKSTATION-BN`` (B for "betalare"), one above the highest this workstation
        gave: unique in the region however many counters add payers offline."""
        prefix = f"{workstation}-B"
        numbers = [int(i[len(prefix):]) for i in self.db.execute(
            select(payers.c.id).where(payers.c.id.startswith(prefix))).scalars()
            if i[len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1}"

    def of_unit(self, unit: str) -> dict[str, str]:
        """A unit's payers: product area (or ``EVERY_AREA``) → payer id."""
        return {row.area: row.payer_id for row in self.db.execute(
            select(unit_payers).where(unit_payers.c.unit == unit))}

    def assignments(self) -> list[tuple[str, str, str]]:
        """Every unit's payers: (unit, area or ``EVERY_AREA``, payer id), by unit."""
        return [(row.unit, row.area, row.payer_id) for row in self.db.execute(
            select(unit_payers).order_by(unit_payers.c.unit, unit_payers.c.area))]

    def units_paid_by(self, payer_id: str) -> list[tuple[str, str]]:
        """(unit, area) the payer pays for."""
        return [(row.unit, row.area) for row in self.db.execute(
            select(unit_payers).where(unit_payers.c.payer_id == payer_id)
            .order_by(unit_payers.c.unit, unit_payers.c.area))]

    def loan_payer(self, unit: CareUnit, area: str) -> LoanPayer:
        """Who a pump of product area ``area`` billed to ``unit`` is billed to now."""
        assigned = self.of_unit(unit.customer_number)
        wanted = {assigned[key] for key in (area, EVERY_AREA) if key in assigned}
        return payer_for(unit, area, assigned,
                         {p: found for p in wanted if (found := self.by_id(p)) is not None})
