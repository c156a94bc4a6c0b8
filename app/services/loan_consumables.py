"""The consumables handed out with a pump, as a prescription of consumables (issue 23).

While the depot keeps no assortment (a depot upgraded from before it), a loan's
consumables are free-text pack counts as before. Once it keeps one, they are article
numbers with quantities, checked against the assortment (known, active, the depot's own)
and prescribed with the loan in its own transaction: a ``consumables_prescribed`` event
linked to the loan, from which orders are made later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from sqlalchemy import Connection

from app.domain.assortment import DEFAULT_PER_DAYS, check_lines, check_period, \
    prescription_payload
from app.domain.consumables import Article, ConsumablePrescription, PrescriptionLine
from app.domain.events import Event, EventType
from app.persistence.consumables import ConsumableRegister
from app.persistence.repository import Repository
from app.services.station import Station


def depot_language(repo: Repository) -> str:
    """The language an article's name is given in, in a refusal: the depot's."""
    return "nb" if repo.country() == "NO" else "sv"


@dataclass(frozen=True)
class Packs:
    """A loan's consumables checked against the assortment."""

    lines: tuple[PrescriptionLine, ...]
    articles: tuple[Article, ...]

    @property
    def areas(self) -> set[str]:
        return {article.product_area for article in self.articles}

    def counts(self) -> dict[str, int]:
        """As the loan's own event carries them: article number → quantity."""
        return {line.article: line.quantity for line in self.lines}


def checked_packs(connection: Connection, consumables: Mapping[str, int] | None
                  ) -> Packs | None:
    """The loan's consumables as articles of the assortment, or None: none given, or no
    assortment kept (free-text packs, as before it). Refused for an article unknown, no
    longer active, or not the depot's (the pharmacy's)."""
    register = ConsumableRegister(connection)
    if not consumables or register.article_count() == 0:
        return None
    wanted: dict[str, int] = {}
    for number, count in consumables.items():
        if count == 0:  # none handed out, as a free-text pack of 0 is none
            continue
        article = register.article(number)
        key = article.number if article is not None else number.strip()
        wanted[key] = wanted.get(key, 0) + count
    if not wanted:
        return None
    lines, articles = check_lines(wanted, register.article,
                                  depot_language(Repository(connection)))
    return Packs(lines, tuple(articles))


def prescription_event(station: Station, connection: Connection, *, person_id: str | None,
                       protected: bool, prescriber: str, prescriber_name: str, unit: str,
                       lines: tuple[PrescriptionLine, ...], per_days: int = DEFAULT_PER_DAYS,
                       valid_from: dt.date | None = None, valid_to: dt.date | None = None,
                       loan_id: str | None = None) -> tuple[ConsumablePrescription, Event]:
    """A new prescription of consumables and the event that registers it (to record in the
    caller's transaction). A protected identity's names no person: the unit is its
    recipient, and it is good for one order."""
    start = valid_from or station.ctx.today()
    check_period(per_days, start, valid_to)
    prescription = ConsumablePrescription(
        id=ConsumableRegister(connection).next_id(station.ctx.workstation),
        person_id="" if protected else (person_id or ""), prescriber=prescriber, unit=unit,
        lines=lines, per_days=per_days, valid_from=start, valid_to=valid_to,
        protected=protected, loan_id=loan_id, prescriber_name=prescriber_name,
        workstation=station.ctx.workstation)
    event = station.ctx.event(EventType.CONSUMABLES_PRESCRIBED, None,
                              **prescription_payload(prescription))
    return prescription, event
