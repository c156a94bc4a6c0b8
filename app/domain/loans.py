"""The terms a pump is lent on: who it is for, who answers for it, on whose approval."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Mapping

from app.domain.identity import IdentityKind, PatientIdentity
from app.domain.payers import LoanPayer
from app.domain.reference import CareUnit, UnitKind
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed


class LoanType(StrEnum):
    PATIENT = "patient"
    TRANSPORT = "transport"
    UNIT_BUFFER = "unit_buffer"


#: Patients billed to the region's asylum unit (seed 002).
BILLED_TO_ASYLUM_UNIT = frozenset({IdentityKind.LMA, IdentityKind.UNDOCUMENTED})


@dataclass(frozen=True)
class LoanTerms:
    loan_id: str
    number: str
    loan_type: LoanType
    responsible_unit: CareUnit
    billing_unit: str
    approval: str | None = None
    prescriber: str | None = None
    #: The registered prescriber's id, and whether the prescriber was checked against the
    #: register (None: the depot kept no register when the loan was made).
    prescriber_id: str | None = None
    prescriber_verified: bool | None = None
    patient: PatientIdentity | None = None
    #: The register's id of the person; None for a protected identity or a unit loan.
    patient_id: str | None = None
    consumables: Mapping[str, int] = field(default_factory=dict)
    #: When a transport loan is due back at the counter that lent it.
    due: dt.date | None = None
    #: Who is billed for the pump the event lends (decided per pump: by its model's
    #: product area, ``payers.payer_for``).
    payer: LoanPayer | None = None

    def payload(self) -> dict[str, Any]:
        """The loan as its event carries it: the person by register id only (their name and
        numbers stay in the register); a protected identity without a record as just that."""
        patient: dict[str, Any] | None = None
        if self.patient is not None:
            patient = ({"kind": IdentityKind.PROTECTED.value} if self.patient.is_protected
                       else {"person": self.patient_id})
        return {
            "loan_id": self.loan_id,
            "loan_number": self.number,
            "loan_type": self.loan_type.value,
            "responsible_unit": self.responsible_unit.customer_number,
            "billing_unit": self.billing_unit,
            "approval": self.approval,
            "prescriber": self.prescriber,
            **({"prescriber_id": self.prescriber_id,
                "prescriber_verified": self.prescriber_verified}
               if self.prescriber_verified is not None else {}),
            "consumables": dict(self.consumables),
            "patient": patient,
            **({"due": self.due.isoformat()} if self.due else {}),
            **({"payer": self.payer.payload()} if self.payer else {}),
        }


def approval_key(text: str | None) -> str:
    """An approval reference as it is compared: "BL 123-a" and "bl123-A" are one reference."""
    return "".join((text or "").split()).casefold()


def billed_unit(kind: IdentityKind, unit: CareUnit, asylum_unit: CareUnit | None
                ) -> CareUnit:
    """The unit billed for a pump lent, or products ordered, for a person of ``kind`` in
    the care of ``unit``. Seed 002: asylum seekers and people without permits are billed
    to the region's asylum unit ("Ange Förskrivande kundnummer 601628 som tillhör
    Asylenheten VGR. Enheten kommer därmed faktureras för beställda produkter")."""
    if kind not in BILLED_TO_ASYLUM_UNIT:
        return unit
    if asylum_unit is None:
        raise Refused(
            RefusalCode.NO_ASYLUM_UNIT,
            "This patient is billed to the region's asylum unit, but none is registered: "
            "add the asylum unit (e.g. 601628) as a care unit of kind 'asylum' first.",
        )
    return asylum_unit


def check_specialist_start(unit: CareUnit) -> None:
    """Seed 001: a loan is started in specialist care, or by a doctor with an agreement
    with the health region; a GP or nursing-home doctor goes through the specialist."""
    if not unit.may_start_loans_as_specialist:
        raise Refused(
            RefusalCode.SPECIALIST_REQUIRED,
            "A loan must be started in specialist care: {unit_name} ({unit}) is neither a "
            "specialist-care unit nor a unit with an agreement with the health region. The "
            "GP or nursing-home doctor must contact the patient's specialist, who requests "
            "the pump.", unit_name=unit.name, unit=unit.customer_number)


def prescription_used(approval: str, loan: str) -> Refused:
    """A second withdrawal on a protected identity's prescription (seed 002: "Det är endast
    möjligt att förskriva för ett uttag")."""
    return Refused(
        RefusalCode.PRESCRIPTION_USED,
        "The prescription {approval} was already used for loan {loan}: a prescription for a "
        "protected identity is good for one withdrawal only. A new prescription is needed.",
        approval=approval, loan=loan)


def check_approval(text: str | None) -> str:
    """The approval reference: the signed loan form or referral ("BL Utlån …")."""
    approval = typed(text, Phrase("The approval reference")).strip()
    if not approval:
        raise Refused(
            RefusalCode.APPROVAL_REQUIRED,
            "An approval reference is required: give the signed loan form's or the "
            "referral's reference.",
        )
    return approval


#: What the pharmacy supplies, not the depot, named in a free-text consumable (seed 001:
#: "NaCl og glukose til medikamentblandinger leveres fra apoteket … og kan ikke bestilles
#: via BHM. Det samme gjelder Klorhexidinsprit"). A depot with an assortment marks such
#: articles as the pharmacy's instead.
_PHARMACY_GOODS = re.compile(
    r"\b(nacl|natriumklorid|sodium chloride|glukos|glukose|glucose|"
    r"kl?orhe(x|ks)idin(sprit)?|chlorhexidine?)\b", re.IGNORECASE)


def check_consumables(packs: Mapping[str, int]) -> dict[str, int]:
    checked: dict[str, int] = {}
    for name, count in packs.items():
        if not typed(name, Phrase("A consumable")).strip() or count < 0 or count > 99:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{name}: {count}' is not a consumable pack count (0–99).",
                          name=name, count=count)
        if count and _PHARMACY_GOODS.search(name):
            raise Refused(RefusalCode.NOT_SUPPLIED,
                          "{article} is not supplied by the depot: it comes from the pharmacy "
                          "on prescription, like medicines, and cannot be ordered here.",
                          article=name.strip())
        if count:
            checked[name.strip()] = count
    return checked


def parse_consumables(items: list[str]) -> dict[str, int]:
    """Read ``NAME=COUNT`` or ``NAME`` (one pack) as the counter writes them."""
    packs: dict[str, int] = {}
    for item in items:
        match = re.fullmatch(r"\s*(.+?)\s*(?:[=:x×]\s*(\d+))?\s*", item)
        if not match:
            raise Refused(RefusalCode.INVALID_INPUT, "'{item}' is not NAME=COUNT.", item=item)
        packs[match.group(1)] = packs.get(match.group(1), 0) + int(match.group(2) or 1)
    return check_consumables(packs)


def patient_loan_terms(
    *,
    loan_id: str,
    number: str,
    transport: bool,
    unit: CareUnit,
    patient: PatientIdentity,
    patient_id: str | None,
    approval: str | None,
    prescriber: str | None,
    consumables: Mapping[str, int],
    asylum_unit: CareUnit | None,
    require_specialist: bool = False,
    transport_due: dt.date | None = None,
) -> LoanTerms:
    """Terms of a loan to a patient, with the rules of the seeds applied.

    Asylum seekers and people without permits are billed to the region's asylum unit; a
    protected identity keeps no patient data at all — the unit stands as recipient. With
    ``require_specialist`` (the depot's setting, seed 001) only specialist care, or a unit
    with an agreement with the health region, starts a loan.
    """
    if require_specialist:
        check_specialist_start(unit)
    if unit.kind is UnitKind.ASYLUM and patient.kind not in BILLED_TO_ASYLUM_UNIT:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{unit_name} ({unit}) is billed only for asylum seekers and people "
                      "without permits; give the caring unit.",
                      unit_name=unit.name, unit=unit.customer_number)
    billing = billed_unit(patient.kind, unit, asylum_unit).customer_number
    return LoanTerms(
        loan_id=loan_id,
        number=number,
        loan_type=LoanType.TRANSPORT if transport else LoanType.PATIENT,
        responsible_unit=unit,
        billing_unit=billing,
        approval=check_approval(approval),
        prescriber=optional(prescriber, Phrase("The prescriber")),
        patient=patient,
        patient_id=None if patient.is_protected else patient_id,
        consumables=check_consumables(consumables),
        due=transport_due if transport else None,
    )
