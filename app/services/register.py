"""The register around the pumps: models, care units, and converting a person's history
to a fuller identity. Each change is an event, like everything else."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Iterable

from app.domain.events import EventType
from app.domain.reference import (
    UNIT_KIND_LABELS,
    CareUnit,
    PumpModel,
    UnitAddress,
    UnitKind,
    check_customer_number,
    check_model,
)
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import optional, typed
from app.persistence.prescribers import PrescriberRegister
from app.persistence.repository import Repository
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
                 gtins: Iterable[str] = (), consumables: Iterable[str] = (),
                 replacement_cost: int | None = None) -> PumpModel:
    """Add a pump model, or change one (its code stays). ``gtin`` and ``gtins`` are the
    manufacturer's GTINs for it, each checked by its check digit and owned by one model.
    ``replacement_cost`` (whole kronor/kroner) is what a lost pump of it is charged at;
    None keeps the one the model has."""
    area = (product_area or "").strip().lower()
    with station.db.reading() as connection:
        known = PrescriberRegister(connection).areas()
    if area not in known:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{value}' is not a product area: choose one of {options}.",
                      value=product_area, options=", ".join(sorted(known)))
    model = check_model(PumpModel(
        code=typed(code, Phrase("The model code")).strip(), make=make.strip(), name=name.strip(),
        product_area=area,
        maintenance_interval_days=maintenance_interval_days,
        gtins=tuple(g for g in (gtin, *gtins) if g), consumables=tuple(consumables),
        replacement_cost=replacement_cost))
    payload = asdict(model)
    payload["product_area"] = model.product_area
    payload["gtins"] = list(model.gtins)
    payload["gtin"] = model.gtin
    payload["consumables"] = list(model.consumables)
    with station.unit_of_work() as uow:
        if model.replacement_cost is None:
            before = uow.repo.model(model.code)
            payload["replacement_cost"] = before.replacement_cost if before else None
        for number in model.gtins:
            owner = uow.repo.model_with_gtin(number)
            if owner is not None and owner != model.code:
                raise Refused(RefusalCode.DUPLICATE,
                              "GTIN {gtin} already belongs to model {model}: a GTIN names one "
                              "model.", gtin=number, model=owner)
        uow.record(station.ctx.event(EventType.MODEL_DEFINED, None, **payload))
        uow.commit()
    return model


def define_unit(station: Station, customer_number: str, *, name: str, kind: str,
                contact_person: str | None = None,
                regional_agreement: bool = False,
                route_days: Iterable[int] | None = None,
                address: UnitAddress | None = None) -> CareUnit:
    """Add a care unit (prescribing unit), or change one (its customer number stays).
    ``route_days``: the weekdays consumables are delivered (0 = Monday); None keeps them.
    ``address``: where the unit takes deliveries (``unit_address``); None keeps it.
    ``contact_person``: None keeps the one the unit has; an empty text takes it away.

    A unit that holds a buffer stock cannot become a kind that may not hold one until its
    stock is wound up: its targets ended and its pumps taken back."""
    if not typed(name, Phrase("The name")).strip():
        raise Refused(RefusalCode.INVALID_INPUT, "A care unit needs a name.")
    unit = CareUnit(customer_number=check_customer_number(customer_number), name=name.strip(),
                    kind=_choice(UnitKind, kind, "unit kind"),
                    contact_person=optional(contact_person, Phrase("The contact person")),
                    regional_agreement=regional_agreement)
    with station.unit_of_work() as uow:
        if not unit.kind.may_hold_buffer_stock:
            _check_no_stock(uow.repo, unit)
        before = uow.repo.unit(unit.customer_number)
        days = sorted(frozenset(route_days) if route_days is not None
                      else before.route_days if before else ())
        unit = replace(unit, route_days=frozenset(days),
                       address=address or (before.address if before else None),
                       contact_person=unit.contact_person if contact_person is not None
                       else before.contact_person if before else None)
        if unit.contact_person is None and before is not None and before.contact_person \
                and uow.repo.buffer_stock(unit.customer_number)[0]:
            raise Refused(RefusalCode.STOCK_IN_THE_WAY,
                          "{unit_name} ({unit}) keeps a buffer stock, which needs a contact "
                          "person: name another one instead, or end its targets first.",
                          unit_name=unit.name, unit=unit.customer_number)
        uow.record(station.ctx.event(
            EventType.UNIT_DEFINED, None, customer_number=unit.customer_number, name=unit.name,
            kind=unit.kind.value, contact_person=unit.contact_person,
            regional_agreement=unit.regional_agreement, route_days=days,
            delivery_address=unit.address.as_json() if unit.address else None))
        uow.commit()
    return unit


def _check_no_stock(repo: Repository, unit: CareUnit) -> None:
    targets, pumps = repo.buffer_stock(unit.customer_number)
    if targets or pumps:
        raise Refused(
            RefusalCode.STOCK_IN_THE_WAY,
            "{unit_name} ({unit}) cannot become a {kind}: it holds a buffer stock "
            "({targets} model target(s), {pumps} pump(s) in stock), and only hospital units "
            "may. End its targets (set them to 0) and take its pumps back first.",
            unit_name=unit.name, unit=unit.customer_number,
            kind=UNIT_KIND_LABELS[unit.kind], targets=targets, pumps=pumps)
