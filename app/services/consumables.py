"""The assortment of consumables (administrators keep it; each change an event, so it
reaches every counter) and prescriptions of consumables for a person (seed 002: orders
are made from them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from app.domain.assortment import (
    DEFAULT_PER_DAYS,
    article_payload,
    check_article,
    check_article_number,
    check_lines,
    check_supply,
)
from app.domain.consumables import Article, ConsumablePrescription, Supply
from app.domain.events import EventType
from app.domain.loans import check_specialist_start
from app.domain.refusals import RefusalCode, Refused
from app.persistence.consumables import ConsumableRegister
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
from app.persistence.unit_of_work import UnitOfWork
from app.services.actions import find_unit, person_for
from app.services.loan_consumables import depot_language, prescription_event
from app.services.prescribers import find, loan_prescriber
from app.services.station import Station


# -- the assortment ----------------------------------------------------------------------


def define_article(station: Station, number: str, *, names: Mapping[str, str] | None = None,
                   area: str | None = None, pack: str | None = None,
                   supply: str | None = None, active: bool | None = None,
                   models: Iterable[str] | None = None) -> tuple[Article, bool]:
    """Add an article to the assortment, or change one: what is given replaces what was (a
    name per language, an empty one removing it; ``models`` whole). Returns the article and
    whether it is new. Orders and prescriptions made before keep their articles."""
    checked_number = check_article_number(number)
    with station.unit_of_work() as uow:
        register = ConsumableRegister(uow.connection)
        before = register.article(checked_number)
        new = before is None
        if before is None:
            if not area or not pack:
                raise Refused(RefusalCode.INVALID_INPUT,
                              "A new article needs its product area and its pack: --area "
                              "and --pack.")
            before = Article(checked_number, {}, area, pack)
        given = {**before.names, **(names or {})}
        article = replace(
            before, names=given, product_area=area or before.product_area,
            pack=pack if pack is not None else before.pack,
            supply=check_supply(supply) if supply is not None else before.supply,
            active=before.active if active is None else active,
            models=before.models if models is None else frozenset(
                _model_code(uow.repo, m) for m in models))
        article = check_article(article, PrescriberRegister(uow.connection).areas(),
                                article.models)
        uow.record(station.ctx.event(EventType.ARTICLE_DEFINED, None,
                                     **article_payload(article)))
        uow.commit()
    return article, new


def _model_code(repo: Repository, text: str) -> str:
    model = repo.model(text.strip())
    if model is None:
        raise Refused(RefusalCode.UNKNOWN_MODEL, "No pump model '{model}': see the list of "
                      "models.", model=text)
    return model.code


def list_articles(station: Station) -> list[Article]:
    with station.db.reading() as connection:
        return ConsumableRegister(connection).articles()


def article_as_json(article: Article) -> dict[str, object]:
    return article_payload(article)


@dataclass(frozen=True)
class UsualConsumables:
    """What the Issue tab hands out with the scanned pumps."""

    #: Whether the depot keeps an assortment (else the packs are free text, as before).
    kept: bool
    #: The pumps' usual consumables: (article number, name in the depot's language).
    articles: tuple[tuple[str, str], ...] = ()


def usual_consumables(station: Station, models: Iterable[str]) -> UsualConsumables:
    """The usual consumables of ``models`` the depot supplies, each once."""
    with station.db.reading() as connection:
        register = ConsumableRegister(connection)
        if register.article_count() == 0:
            return UsualConsumables(False)
        language = depot_language(Repository(connection))
        numbers = dict.fromkeys(n for model in models for n in register.model_consumables(model))
        found = [a for n in numbers if (a := register.article(n)) is not None
                 and a.supply is not Supply.PHARMACY]
    return UsualConsumables(True, tuple((a.number, a.name(language)) for a in found))


# -- prescriptions -----------------------------------------------------------------------


def _unit_of(uow: UnitOfWork, prescriber: str, unit: str | None) -> str:
    """The prescribing unit: as given, or the one unit the registered prescriber works for."""
    if unit:
        return find_unit(uow.repo, unit).customer_number
    register = PrescriberRegister(uow.connection)
    found = find(register, prescriber)
    if found is not None and len(found.units) == 1:
        return next(iter(found.units))
    if found is None and register.count():
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "No prescriber '{text}' is in the prescriber register: choose one from "
                      "the list, or ask an administrator to add them.", text=prescriber)
    raise Refused(RefusalCode.INVALID_INPUT,
                  "Give the prescribing unit: --unit CUSTNO (the unit the prescription is "
                  "made for; for a protected identity its recipient).")


def prescribe(station: Station, person: str, *, prescriber: str,
              articles: Mapping[str, int], unit: str | None = None,
              per_days: int = DEFAULT_PER_DAYS, valid_from: dt.date | None = None,
              valid_to: dt.date | None = None,
              name: str | None = None) -> ConsumablePrescription:
    """Register a prescription of consumables for ``person`` (any identity a loan takes;
    new to the register, they are added): articles the depot supplies and how many of each
    per ``per_days``, by a prescriber who may prescribe every article's product area for
    the unit. For a protected identity no person is stored: the unit is the recipient and
    the prescription is good for one order."""
    with station.unit_of_work() as uow:
        identity, person_id = person_for(uow, person, name)
        customer_number = _unit_of(uow, prescriber, unit)
        care_unit = find_unit(uow.repo, customer_number)
        # Seed 001: the consumables that go with a pump are, like the pump, only for a
        # treatment started in specialist care. A prescription for a patient whom no loan
        # holds a pump for starts one: its unit and doctor are checked as a loan's. One
        # for a patient on loan continues a treatment that started there.
        specialist = uow.repo.requires_specialist() and not (
            person_id is not None and uow.repo.in_patient_loan(person_id))
        if specialist:
            check_specialist_start(care_unit)
        register = ConsumableRegister(uow.connection)
        lines, found = check_lines({**articles}, register.article,
                                   depot_language(uow.repo))
        chosen = loan_prescriber(uow.connection, prescriber, care_unit,
                                 {a.product_area for a in found}, specialist)
        prescription, event = prescription_event(
            station, uow.connection, person_id=person_id, protected=identity.is_protected,
            prescriber=chosen.id or chosen.name or "", prescriber_name=chosen.name or "",
            unit=care_unit.customer_number, lines=lines, per_days=per_days,
            valid_from=valid_from, valid_to=valid_to)
        uow.record(event)
        uow.commit()
    return replace(prescription, made_at=event.occurred_at)


def prescription_as_json(prescription: ConsumablePrescription) -> dict[str, object]:
    return {"id": prescription.id, "person": prescription.person_id or None,
            "protected": prescription.protected, "recipient_unit": prescription.unit,
            "prescriber": prescription.prescriber,
            "prescriber_name": prescription.prescriber_name, "unit": prescription.unit,
            "articles": [{"article": line.article, "quantity": line.quantity}
                         for line in prescription.lines],
            "per_days": prescription.per_days,
            "valid_from": prescription.valid_from.isoformat(),
            "valid_to": prescription.valid_to.isoformat() if prescription.valid_to else None,
            "loan_id": prescription.loan_id,
            "orders_allowed": 1 if prescription.protected else None}

