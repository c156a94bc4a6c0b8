"""Reference data the counter works with: pump models and care units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from stdnum import ean

from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import typed


class ProductArea(StrEnum):
    """The pumps' own product areas (every product area: ``prescribers.BUILT_IN_AREAS``,
    and those a depot adds as data)."""

    ENTERAL_NUTRITION = "enteral_nutrition"
    SUBCUTANEOUS_INFUSION = "subcutaneous_infusion"


class UnitKind(StrEnum):
    HOSPITAL_INPATIENT = "hospital_inpatient"
    HOSPITAL_OUTPATIENT = "hospital_outpatient"
    PRIMARY_CARE = "primary_care"  # "hälsovalsenhet"
    MUNICIPALITY = "municipality"
    ASYLUM = "asylum"  # the region's unit billed for asylum seekers and people without permits
    #: A municipality's special housing ("särskilt boende", seed 002): its patients' orders
    #: may be delivered jointly to the unit.
    SPECIAL_HOUSING = "special_housing"

    @property
    def may_hold_buffer_stock(self) -> bool:
        """Only hospital in- and outpatient units may keep a buffer stock (seed 000)."""
        return self in (UnitKind.HOSPITAL_INPATIENT, UnitKind.HOSPITAL_OUTPATIENT)

    @property
    def is_specialist_care(self) -> bool:
        """Hospital units are the specialist health service ("spesialisthelsetjenesten")."""
        return self.may_hold_buffer_stock

    @property
    def may_carry_care(self) -> bool:
        """The asylum unit is billed for asylum seekers' and undocumented people's loans
        (seed 002); it is not a care unit, so care can never be its responsibility."""
        return self is not UnitKind.ASYLUM


UNIT_KIND_LABELS = {
    UnitKind.HOSPITAL_INPATIENT: Phrase("hospital inpatient unit"),
    UnitKind.HOSPITAL_OUTPATIENT: Phrase("hospital outpatient unit"),
    UnitKind.PRIMARY_CARE: Phrase("primary care unit"),
    UnitKind.MUNICIPALITY: Phrase("municipality"),
    UnitKind.ASYLUM: Phrase("asylum unit"),
    UnitKind.SPECIAL_HOUSING: Phrase("special housing"),
}


@dataclass(frozen=True)
class PumpModel:
    code: str
    make: str
    name: str
    #: A product area's code (``prescribers.BUILT_IN_AREAS`` or one a depot added).
    product_area: str
    maintenance_interval_days: int
    #: Every GTIN the manufacturer has given the model (a new packaging or a new labeller
    #: gets a new one); a pump's UDI must carry one of them.
    gtins: tuple[str, ...] = field(default_factory=tuple)
    consumables: tuple[str, ...] = field(default_factory=tuple)
    #: What a new pump of the model costs, in whole kronor/kroner: what a unit is charged
    #: for one lost from its stock or by its patient (seed 000). None: not set.
    replacement_cost: int | None = None

    @property
    def gtin(self) -> str | None:
        return self.gtins[0] if self.gtins else None


@dataclass(frozen=True)
class UnitAddress:
    """Where a care unit takes deliveries: the address a protected identity's order goes to
    (seed 002: "Leveransadress ska vara den förskrivande enhetens"), with the unit's phone."""

    street: str
    postcode: str
    town: str
    phone: str = ""

    def as_json(self) -> dict[str, str]:
        return {"street": self.street, "postcode": self.postcode, "town": self.town,
                "phone": self.phone}

    def line(self) -> str:
        """The address on one line: street, postcode and town."""
        return f"{self.street}, {self.postcode} {self.town}"

    @classmethod
    def from_json(cls, data: dict[str, str] | None) -> "UnitAddress | None":
        return cls(data["street"], data["postcode"], data["town"], data.get("phone", "")) \
            if data else None


def unit_address(street: str | None, postcode: str | None, town: str | None,
                 phone: str | None = None) -> UnitAddress | None:
    """A unit's delivery address as typed: None when nothing is given; refused when part of
    it is missing (a parcel needs the street, the postcode and the town)."""
    parts = [" ".join(typed(value or "", what, limit).split()) for value, what, limit in (
        (street, Phrase("The street address"), 200), (postcode, Phrase("The postcode"), 20),
        (town, Phrase("The town"), 100), (phone, Phrase("The phone number"), 40))]
    if not any(parts):
        return None
    if not all(parts[:3]):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A unit's delivery address needs its street, postcode and town.")
    return UnitAddress(*parts)


@dataclass(frozen=True)
class CareUnit:
    customer_number: str
    name: str
    kind: UnitKind
    contact_person: str | None = None
    #: A unit outside the hospitals whose doctors have an agreement with the health region
    #: ("lege som har avtale med Helse Vest", seed 001): it may start a loan as specialist
    #: care does.
    regional_agreement: bool = False
    #: The weekdays (0 = Monday) consumables go to the unit's district or municipality
    #: (seed 001's fixed days); a hospital unit has the daily run instead.
    route_days: frozenset[int] = frozenset()
    #: Where the unit takes deliveries (None: not in the register).
    address: UnitAddress | None = None

    @property
    def may_start_loans_as_specialist(self) -> bool:
        return self.kind.is_specialist_care or self.regional_agreement


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


def check_gtin(text: str) -> str:
    """A GTIN as AI (01) carries it: 14 digits whose last is the GS1 check digit. A GTIN-8,
    -12 or -13 (as printed under a retail barcode) is padded to 14 with leading zeros."""
    digits = re.sub(r"\s", "", text or "")
    if re.fullmatch(r"\d{8}|\d{12,14}", digits):
        digits = digits.zfill(14)
        if ean.is_valid(digits):
            return digits
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{gtin}' is not a GTIN: its check digit is wrong (it should end in "
                      "{digit}); check the number on the label.",
                      gtin=text, digit=ean.calc_check_digit(digits[:-1]))
    raise Refused(RefusalCode.INVALID_INPUT,
                  "'{gtin}' is not a GTIN: give the 14 digits of AI (01).", gtin=text)


#: A pump costs tens of thousands; ten million is surely a slip of the keyboard.
MAX_REPLACEMENT_COST = 10_000_000


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
    if model.replacement_cost is not None \
            and not 0 <= model.replacement_cost <= MAX_REPLACEMENT_COST:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The replacement cost must be a whole amount from 0 to {limit}.",
                      limit=MAX_REPLACEMENT_COST)
    gtins = tuple(dict.fromkeys(check_gtin(gtin) for gtin in model.gtins))
    return replace(model, gtins=gtins)


def check_udi_gtin(model: PumpModel, gtin: str) -> None:
    """A pump's UDI names its model by GTIN: it must be one of the model's."""
    if gtin not in model.gtins:
        known = ", ".join(model.gtins) if model.gtins else "none"
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The UDI's GTIN {gtin} is not one of model {model}'s GTINs ({known}): "
                      "check the model, or add the GTIN to the model first.",
                      gtin=gtin, model=model.code, known=known)
