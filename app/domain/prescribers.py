"""Who may prescribe what, for which unit (seed 002, Sesam LMN's roles), and product areas.

A **Förskrivare** prescribes within their product areas; a **Beställare** may order but
never prescribe; a **Läkare** prescribes in every product area. Each prescriber works for
prescribing units (customer numbers). A loan needs a prescriber who may prescribe the
pump model's product area for the loan's unit; with the depot's specialist requirement on
(seed 001) that prescriber must be a Läkare (of a specialist-care unit or one with an
agreement with the health region: the unit check itself is ``loans.check_specialist_start``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable

from app.domain.reference import CareUnit, check_customer_number
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed


class PrescriberRole(StrEnum):
    FORSKRIVARE = "forskrivare"
    BESTALLARE = "bestallare"
    LAKARE = "lakare"


PRESCRIBER_ROLE_LABELS = {
    PrescriberRole.FORSKRIVARE: Phrase("Förskrivare (prescribes within their product areas)"),
    PrescriberRole.BESTALLARE: Phrase("Beställare (orders, never prescribes)"),
    PrescriberRole.LAKARE: Phrase("Läkare (prescribes in every product area)"),
}

#: The product areas every depot has: seed 002's (Sesam LMN's) and the pumps' own. More
#: are added as data (``product_area_defined`` events).
BUILT_IN_AREAS: dict[str, Phrase] = {
    "diabetes": Phrase("Diabetes"),
    "incontinence": Phrase("Incontinence, bladder and bowel dysfunction"),
    "nutrition": Phrase("Nutrition"),
    "nutrition_tube_feeding": Phrase("Nutrition – tube feeding accessories"),
    "stoma": Phrase("Stoma"),
    "enteral_nutrition": Phrase("Enteral nutrition pumps"),
    "subcutaneous_infusion": Phrase("Subcutaneous infusion"),
}

#: Joint ordering for special housing ("Sambeställning – Särskilt boende") is never for
#: Nutrition (seed 002).
NOT_JOINTLY_ORDERED = frozenset({"nutrition", "nutrition_tube_feeding", "enteral_nutrition"})

_AREA_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class Prescriber:
    id: str
    name: str
    role: PrescriberRole
    areas: frozenset[str] = field(default_factory=frozenset)
    units: frozenset[str] = field(default_factory=frozenset)
    #: Units the prescriber or orderer may order jointly for (special housing).
    joint_order_units: frozenset[str] = field(default_factory=frozenset)
    #: Direct phone and e-mail: for the depot's customer service, never printed on a
    #: patient's paper.
    phone: str | None = None
    email: str | None = None
    active: bool = True

    def shown(self) -> str:
        return f"{self.name} ({self.id})"


def check_area_code(text: str) -> str:
    code = typed(text, Phrase("The product area")).strip().lower()
    if not _AREA_CODE.fullmatch(code):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not a product area code: use lower-case letters, digits "
                      "and _.", text=text)
    return code


def check_prescriber(prescriber: Prescriber, known_areas: Iterable[str]) -> Prescriber:
    """A prescriber as an administrator registers them: a name, known product areas (none
    for a Läkare, who has them all), six-digit units."""
    name = typed(prescriber.name, Phrase("The name")).strip()
    if not name:
        raise Refused(RefusalCode.INVALID_INPUT, "A prescriber needs a name.")
    areas = frozenset(check_area_code(a) for a in prescriber.areas)
    unknown = sorted(areas - set(known_areas))
    if unknown:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{area}' is not a product area: see pumpdesk list areas.",
                      area=unknown[0])
    units = frozenset(check_customer_number(u) for u in prescriber.units)
    joint = frozenset(check_customer_number(u) for u in prescriber.joint_order_units)
    email = optional(prescriber.email, Phrase("The e-mail address"))
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise Refused(RefusalCode.INVALID_INPUT, "'{email}' is not an e-mail address.",
                      email=email)
    return Prescriber(prescriber.id, name, prescriber.role, areas, units, joint,
                      optional(prescriber.phone, Phrase("The phone number")), email,
                      prescriber.active)


def may_prescribe(prescriber: Prescriber, area: str, unit: str) -> bool:
    return prescriber.active and prescriber.role is not PrescriberRole.BESTALLARE and \
        unit in prescriber.units and (prescriber.role is PrescriberRole.LAKARE
                                      or area in prescriber.areas)


def check_may_prescribe(prescriber: Prescriber, areas: Iterable[tuple[str, Phrase | str]],
                        unit: CareUnit, require_specialist: bool) -> None:
    """Refused unless ``prescriber`` may prescribe every one of ``areas`` (code, name) for
    ``unit``; with the specialist requirement, only a Läkare may."""
    name = prescriber.shown()
    if not prescriber.active:
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "{prescriber} is no longer active in the prescriber register.",
                      prescriber=name)
    if prescriber.role is PrescriberRole.BESTALLARE:
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "{prescriber} is a Beställare: a Beställare may order, but never "
                      "prescribe. A prescription needs a Förskrivare or a Läkare.", prescriber=name)
    if unit.customer_number not in prescriber.units:
        raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                      "{prescriber} is not registered to prescribe for {unit_name} ({unit}): "
                      "choose a prescriber of that unit, or ask an administrator to add the "
                      "unit to the prescriber.", prescriber=name, unit_name=unit.name,
                      unit=unit.customer_number)
    for code, area_name in areas:
        if prescriber.role is not PrescriberRole.LAKARE and code not in prescriber.areas:
            raise Refused(RefusalCode.PRESCRIBER_NOT_ALLOWED,
                          "{prescriber} may not prescribe in the product area {area}: "
                          "choose a prescriber with that area, or a Läkare.",
                          prescriber=name, area=area_name)
    if require_specialist and prescriber.role is not PrescriberRole.LAKARE:
        raise Refused(RefusalCode.SPECIALIST_REQUIRED,
                      "The treatment must be started in specialist care by a doctor: "
                      "{prescriber} is not a Läkare.", prescriber=name)


def prescriber_payload(prescriber: Prescriber) -> dict[str, object]:
    return {"id": prescriber.id, "name": prescriber.name, "role": prescriber.role.value,
            "areas": sorted(prescriber.areas), "units": sorted(prescriber.units),
            "joint_order_units": sorted(prescriber.joint_order_units),
            "phone": prescriber.phone, "email": prescriber.email,
            "active": prescriber.active}
