"""Who is billed for a loan (seed 002, "Förskrivande enhet – Betalarstruktur").

A prescribing unit is linked to a **payer** with an invoice address, and the payer
structure is steered by product area: a unit may have a different payer for each product
area. Here a unit has a payer for all its areas and, where an area is billed elsewhere, a
payer for that area. A loan is billed to the unit's payer for the pump model's product
area, else to the unit's payer for all areas, else to the unit itself. Asylum seekers and
people without permits are billed to the region's asylum unit (``loans.BILLED_TO_ASYLUM_UNIT``),
and so to *its* payer.

The payer is decided when the loan is made and recorded with it: a later change of payer
or of invoice address never rewrites a loan that was made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from app.domain.reference import CareUnit
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import LONG, optional, typed

#: The key of a unit's payer for every product area it has no payer of its own for.
EVERY_AREA = "*"


@dataclass(frozen=True)
class Payer:
    id: str
    name: str
    #: Where invoices go: lines as they are printed on an envelope.
    invoice_address: str
    #: What the payer wants on its invoices to route them (a cost centre, a reference
    #: code, "Ref. 1234"): optional.
    reference: str | None = None
    active: bool = True

    def shown(self) -> str:
        return f"{self.name} ({self.id})"


@dataclass(frozen=True)
class LoanPayer:
    """The payer a loan's pump was billed to, as the loan records it."""

    #: The billed unit's customer number (the asylum unit's for asylum seekers).
    customer_number: str
    name: str
    #: None when the loan is billed to the unit itself (no payer set for it).
    id: str | None = None
    invoice_address: str | None = None
    reference: str | None = None

    @property
    def is_the_unit(self) -> bool:
        return self.id is None

    def payload(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "customer_number": self.customer_number,
                "invoice_address": self.invoice_address, "reference": self.reference}


def loan_payer_from(payload: Mapping[str, Any] | None) -> LoanPayer | None:
    if not payload:
        return None
    return LoanPayer(customer_number=str(payload["customer_number"]), name=str(payload["name"]),
                     id=payload.get("id"), invoice_address=payload.get("invoice_address"),
                     reference=payload.get("reference"))


def check_payer(payer: Payer) -> Payer:
    """A payer as an administrator registers it: a name and an invoice address."""
    name = typed(payer.name, Phrase("The name")).strip()
    if not name:
        raise Refused(RefusalCode.INVALID_INPUT, "A payer needs a name.")
    address = "\n".join(line.strip() for line in re.split(
        r"\n|;", typed(payer.invoice_address, Phrase("The invoice address"), LONG))
        if line.strip())
    if not address:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A payer needs an invoice address: where are its invoices sent?")
    return Payer(payer.id, name, address,
                 optional(payer.reference, Phrase("The invoice reference")), payer.active)


def payer_for(unit: CareUnit, area: str, assignments: Mapping[str, str],
              payers: Mapping[str, Payer]) -> LoanPayer:
    """Who pays for a loan of a pump of product area ``area`` billed to ``unit``:
    ``assignments`` are the unit's payers (product area or ``EVERY_AREA`` → payer id),
    ``payers`` the register. A payer no longer active is passed over (the unit's next
    payer, or the unit itself, pays), so that no loan is ever billed to a payer that has
    been closed."""
    for key in (area, EVERY_AREA):
        payer = payers.get(assignments.get(key, ""))
        if payer is not None and payer.active:
            return LoanPayer(unit.customer_number, payer.name, payer.id,
                             payer.invoice_address, payer.reference)
    return LoanPayer(unit.customer_number, unit.name)


def payer_in_use(payer: Payer, units: list[tuple[str, str]]) -> Refused:
    """A payer that still pays for units cannot be made inactive."""
    shown = ", ".join(unit if area == EVERY_AREA else f"{unit} ({area})"
                      for unit, area in units[:5]) + (" …" if len(units) > 5 else "")
    return Refused(RefusalCode.PAYER_IN_USE,
                   "{payer} still pays for {count} unit(s): {units}. Give those units another "
                   "payer first (pumpdesk payer set).", payer=payer.shown(),
                   count=len(units), units=shown)


def payer_payload(payer: Payer) -> dict[str, object]:
    return {"id": payer.id, "name": payer.name, "invoice_address": payer.invoice_address,
            "reference": payer.reference, "active": payer.active}
