"""Reference data the counter works with: pump models and care units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import typed


class ProductArea(StrEnum):
    ENTERAL_NUTRITION = "enteral_nutrition"
    SUBCUTANEOUS_INFUSION = "subcutaneous_infusion"


class UnitKind(StrEnum):
    HOSPITAL_INPATIENT = "hospital_inpatient"
    HOSPITAL_OUTPATIENT = "hospital_outpatient"
    PRIMARY_CARE = "primary_care"  # "hälsovalsenhet"
    MUNICIPALITY = "municipality"
    ASYLUM = "asylum"  # the region's unit billed for asylum seekers and people without permits

    @property
    def may_hold_buffer_stock(self) -> bool:
        """Only hospital in- and outpatient units may keep a buffer stock (seed 000)."""
        return self in (UnitKind.HOSPITAL_INPATIENT, UnitKind.HOSPITAL_OUTPATIENT)


UNIT_KIND_LABELS = {
    UnitKind.HOSPITAL_INPATIENT: "hospital inpatient unit",
    UnitKind.HOSPITAL_OUTPATIENT: "hospital outpatient unit",
    UnitKind.PRIMARY_CARE: "primary care unit",
    UnitKind.MUNICIPALITY: "municipality",
    UnitKind.ASYLUM: "asylum unit",
}


@dataclass(frozen=True)
class PumpModel:
    code: str
    make: str
    name: str
    product_area: ProductArea
    maintenance_interval_days: int
    gtin: str | None = None
    consumables: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CareUnit:
    customer_number: str
    name: str
    kind: UnitKind
    contact_person: str | None = None
    payers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def check_customer_number(text: str) -> str:
    """A prescribing unit's customer number has six digits (e.g. 602154)."""
    number = typed(text, Phrase("The customer number")).strip()
    if not re.fullmatch(r"[0-9]{6}", number):
        raise Refused(
            RefusalCode.INVALID_INPUT,
            "'{text}' is not a customer number: a care unit's customer number has six digits.",
            text=text,
        )
    return number


#: The longest preventive-maintenance interval a model may have: ten years.
MAX_INTERVAL_DAYS = 3650


def check_model(model: PumpModel) -> PumpModel:
    for value, what in ((model.make, Phrase("The make")), (model.name, Phrase("The name")),
                        *((c, Phrase("A consumable")) for c in model.consumables)):
        typed(value, what)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-_.]{0,31}", model.code or ""):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{code}' is not a model code: use letters, digits, - _ or .",
                      code=model.code)
    if not 0 < model.maintenance_interval_days <= MAX_INTERVAL_DAYS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The maintenance interval must be a whole number of days from 1 to "
                      "{limit}.", limit=MAX_INTERVAL_DAYS)
    if model.gtin is not None and not re.fullmatch(r"[0-9]{14}", model.gtin):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{gtin}' is not a GTIN: give the 14 digits of AI (01).", gtin=model.gtin)
    return model
