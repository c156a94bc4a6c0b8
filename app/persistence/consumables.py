"""The assortment of consumables and the prescriptions of consumables, as the counter reads
them (written only by ``article_defined`` and ``consumables_prescribed`` events, through
the projector). What orders are made against: ``ConsumableRegister``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select

from app.domain.consumables import Article, ConsumablePrescription, PrescriptionLine, Supply
from app.persistence.tables import articles, consumable_prescriptions, persons

_article = select(articles).where(articles.c.number == bindparam("number"))
_every_article = select(articles).order_by(articles.c.number)
_prescription = select(consumable_prescriptions).where(
    consumable_prescriptions.c.id == bindparam("id"))
_P = consumable_prescriptions


def article_from_row(row: Row[Any]) -> Article:
    return Article(number=row.number, names=dict(row.names or {}),
                   product_area=row.product_area, pack=row.pack, supply=Supply(row.supply),
                   active=bool(row.active), models=frozenset(row.models or ()))


def prescription_from_row(row: Row[Any]) -> ConsumablePrescription:
    return ConsumablePrescription(
        id=row.id, person_id=row.person_id or "", prescriber=row.prescriber, unit=row.unit,
        lines=tuple(PrescriptionLine(str(line["article"]), int(line["quantity"]))
                    for line in row.lines or ()),
        per_days=row.per_days, valid_from=row.valid_from, valid_to=row.valid_to,
        protected=bool(row.protected), loan_id=row.loan_id,
        prescriber_name=row.prescriber_name, made_at=row.made_at,
        workstation=row.workstation)


class ConsumableRegister:
    """The assortment and the prescriptions of consumables on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.db = connection

    # -- the assortment --------------------------------------------------------------

    def article(self, number: str) -> Article | None:
        """The article of that number (as typed or scanned: case and spaces aside)."""
        row = self.db.execute(_article, {"number": number.strip().upper()}).first()
        return article_from_row(row) if row else None

    def articles(self) -> list[Article]:
        """Every article, active or not, by number."""
        return [article_from_row(row) for row in self.db.execute(_every_article)]

    def article_count(self) -> int:
        return self.db.execute(select(func.count()).select_from(articles)).scalar_one()

    def model_consumables(self, model: str) -> list[str]:
        """The numbers of the active articles the depot supplies that are ``model``'s
        usual consumables (not the pharmacy's; a depot's assortment is a few hundred
        articles: read whole)."""
        code = model.strip().upper()
        return [a.number for a in self.articles()
                if a.active and a.supply is not Supply.PHARMACY
                and code in {m.upper() for m in a.models}]

    # -- prescriptions ---------------------------------------------------------------

    def prescription(self, prescription_id: str) -> ConsumablePrescription | None:
        row = self.db.execute(_prescription, {"id": prescription_id.strip()}).first()
        return prescription_from_row(row) if row else None

    def _ids_of(self, person_id: str) -> list[str]:
        """The person's record and every record merged into it (or, given an alias, the
        record it stands for and its other aliases)."""
        merged = self.db.execute(select(persons.c.merged_into)
                                 .where(persons.c.id == person_id)).scalar()
        root = merged or person_id
        aliases = self.db.execute(select(persons.c.id)
                                  .where(persons.c.merged_into == root)).scalars().all()
        return [root, *aliases]

    def prescriptions_of(self, person_id: str) -> list[ConsumablePrescription]:
        """The person's prescriptions of consumables, the newest first (under any record
        of theirs merged since)."""
        if not person_id:
            return []
        rows = self.db.execute(select(_P).where(_P.c.person_id.in_(self._ids_of(person_id)))
                               .order_by(_P.c.valid_from.desc(), _P.c.made_at.desc()))
        return [prescription_from_row(row) for row in rows]

    def valid_prescription(self, person_id: str,
                           at: dt.date) -> ConsumablePrescription | None:
        """The person's prescription valid on ``at``: the newest of those valid (the one
        most recently in force, then the latest registered)."""
        for prescription in self.prescriptions_of(person_id):
            if prescription.valid_on(at):
                return prescription
        return None

    def prescriptions_of_loan(self, loan_id: str) -> list[ConsumablePrescription]:
        rows = self.db.execute(select(_P).where(_P.c.loan_id == loan_id)
                               .order_by(_P.c.made_at))
        return [prescription_from_row(row) for row in rows]

    def protected_prescriptions(self, unit: str) -> list[ConsumablePrescription]:
        """A unit's prescriptions for protected identities (the unit is their recipient),
        the newest first."""
        rows = self.db.execute(select(_P).where(_P.c.unit == unit, _P.c.protected)
                               .order_by(_P.c.made_at.desc()))
        return [prescription_from_row(row) for row in rows]

    def next_id(self, workstation: str) -> str:
        """``WORKSTATION-KN``, one above the highest this workstation gave: unique in the
        region, as loan numbers are, however many counters prescribe offline; short
        enough to read out on the phone (a protected identity's order names it)."""
        prefix = f"{workstation}-K"
        numbers = [int(i[len(prefix):]) for i in self.db.execute(
            select(_P.c.id).where(_P.c.id.startswith(prefix))).scalars()
            if i[len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1}"

    def count(self, *, unit: str | None = None) -> int:
        query = select(func.count()).select_from(_P)
        if unit is not None:
            query = query.where(_P.c.unit == unit)
        return self.db.execute(query).scalar_one()
