"""The register around the pumps: models, care units, and converting a person's history
to a fuller identity. Each change is an event, like everything else."""

from __future__ import annotations

from dataclasses import asdict
from typing import Iterable, Mapping

from app.domain.events import EventType
from app.domain.identity import check_conversion, parse_identity
from app.domain.reference import (
    CareUnit,
    ProductArea,
    PumpModel,
    UnitKind,
    check_customer_number,
    check_model,
)
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed
from app.services.station import Station


def _choice(enum: type, value: str, what: str):  # noqa: ANN202
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(member.value for member in enum)
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{value}' is not a {what}: choose one of {options}.", value=value,
                      what=Phrase(what), options=options) from None


def define_model(station: Station, code: str, *, make: str, name: str, product_area: str,
                 maintenance_interval_days: int, gtin: str | None = None,
                 consumables: Iterable[str] = ()) -> PumpModel:
    """Add a pump model, or change one (its code stays)."""
    model = check_model(PumpModel(
        code=typed(code, Phrase("The model code")).strip(), make=make.strip(), name=name.strip(),
        product_area=_choice(ProductArea, product_area, "product area"),
        maintenance_interval_days=maintenance_interval_days, gtin=gtin or None,
        consumables=tuple(consumables)))
    payload = asdict(model)
    payload["product_area"] = model.product_area.value
    payload["consumables"] = list(model.consumables)
    with station.unit_of_work() as uow:
        uow.record(station.ctx.event(EventType.MODEL_DEFINED, None, **payload))
        uow.commit()
    return model


def define_unit(station: Station, customer_number: str, *, name: str, kind: str,
                contact_person: str | None = None,
                payers: Mapping[str, str] | None = None) -> CareUnit:
    """Add a care unit (prescribing unit), or change one (its customer number stays)."""
    if not typed(name, Phrase("The name")).strip():
        raise Refused(RefusalCode.INVALID_INPUT, "A care unit needs a name.")
    unit = CareUnit(customer_number=check_customer_number(customer_number), name=name.strip(),
                    kind=_choice(UnitKind, kind, "unit kind"),
                    contact_person=optional(contact_person, Phrase("The contact person")),
                    payers=tuple(sorted((payers or {}).items())))
    with station.unit_of_work() as uow:
        uow.record(station.ctx.event(
            EventType.UNIT_DEFINED, None, customer_number=unit.customer_number, name=unit.name,
            kind=unit.kind.value, contact_person=unit.contact_person,
            payers=dict(unit.payers)))
        uow.commit()
    return unit


def convert_identity(station: Station, old: str, new: str, *, name: str | None = None) -> str:
    """A person got a fuller identity number: their whole history moves to it.

    If the new identity is already in the register, the two histories are merged.
    Returns the new identity as it may be shown.
    """
    old_identity = parse_identity(old)
    new_identity = parse_identity(new, name)
    with station.unit_of_work() as uow:
        found = uow.repo.patient(old_identity.key) if old_identity.key else None
        if found is None:
            raise Refused(RefusalCode.UNKNOWN_PATIENT,
                          "No patient {patient} in the register: nothing to convert.",
                          patient=old_identity.display())
        patient_id, stored = found
        check_conversion(stored, new_identity)
        merge_into = uow.repo.patient_id(new_identity.key)
        uow.record(station.ctx.event(
            EventType.IDENTITY_CONVERTED, None, patient_id=patient_id, from_key=stored.key,
            merge_into=merge_into,
            to={"kind": new_identity.kind.value, "key": new_identity.key,
                "birth_date": new_identity.birth_date.isoformat()
                if new_identity.birth_date else None,
                "name": new_identity.name}))
        uow.commit()
    return new_identity.display()
