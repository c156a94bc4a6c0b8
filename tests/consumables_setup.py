"""An assortment and prescriptions of consumables for the order tests, recorded as the
assortment's own events (``article_defined``, ``consumables_prescribed``) through the real
projection: the orders' tests do not depend on how the counter types them in."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Mapping

from app.domain.assortment import article_payload, prescription_payload
from app.domain.consumables import Article, ConsumablePrescription, PrescriptionLine, Supply
from app.domain.events import EventType
from app.domain.identity import parse_identity
from app.domain.persons import Person
from app.persistence.persons import PersonRegister
from app.services.station import Station

AREA = "subcutaneous_infusion"
NUTRITION = "enteral_nutrition"

ARTICLES = (
    Article("SPR10", {"sv": "Spruta 10 ml", "nb": "Sprøyte 10 ml", "en": "Syringe 10 ml"},
            AREA, "box of 100"),
    Article("NAL27", {"sv": "Kanyl 27G", "nb": "Kanyle 27G", "en": "Needle 27G"}, AREA,
            "box of 100"),
    Article("FILM", {"sv": "Transparent förband", "nb": "Transparent bandasje",
                     "en": "Transparent dressing"}, AREA, "14-day pack"),
    Article("SET14", {"sv": "Infusionsset", "nb": "Infusjonssett", "en": "Infusion set"},
            AREA, "14-day pack"),
    Article("PEG", {"sv": "Matningsaggregat", "nb": "Ernæringssett", "en": "Feeding set"},
            NUTRITION, "14-day pack"),
    Article("SPECIAL", {"sv": "Specialset", "nb": "Spesialsett", "en": "Special set"}, AREA,
            "pack", Supply.OUTSIDE),
    Article("NACL", {"sv": "NaCl 9 mg/ml", "nb": "NaCl 9 mg/ml", "en": "Sodium chloride"},
            AREA, "bottle", Supply.PHARMACY),
)


def define_articles(station: Station) -> None:
    with station.unit_of_work() as uow:
        for article in ARTICLES:
            uow.record(station.ctx.event(EventType.ARTICLE_DEFINED, None,
                                         **article_payload(article)))
        uow.commit()


def person_id(station: Station, text: str, name: str | None = None) -> str:
    """The register id of the person ``text`` names, added to the register if new."""
    identity = parse_identity(text, name)
    with station.unit_of_work() as uow:
        register = PersonRegister(uow.connection)
        found = register.by_key(identity.key or "")
        if found is not None:
            return found.id
        person = Person(str(uuid.uuid4()), identity)
        register.add(person)
        uow.commit()
    return person.id


def prescribe(station: Station, person: str | None, lines: Mapping[str, int], *,
              unit: str = "602154", per_days: int = 14,
              valid_from: dt.date = dt.date(2026, 3, 1), valid_to: dt.date | None = None,
              prescription_id: str | None = None) -> str:
    """A prescription of consumables for ``person`` (as typed; None: a protected identity,
    the unit as recipient). Returns its id."""
    pid = prescription_id or f"{station.ctx.workstation}-K{uuid.uuid4().int % 100000}"
    prescription = ConsumablePrescription(
        id=pid, person_id=person_id(station, person) if person else "", prescriber="PR-1",
        unit=unit, lines=tuple(PrescriptionLine(a, q) for a, q in lines.items()),
        per_days=per_days, valid_from=valid_from, valid_to=valid_to, protected=person is None,
        prescriber_name="Dr Lena Ek")
    with station.unit_of_work() as uow:
        uow.record(station.ctx.event(EventType.CONSUMABLES_PRESCRIBED, None,
                                     **prescription_payload(prescription)))
        uow.commit()
    return pid
