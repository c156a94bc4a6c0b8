"""Orders of consumables ("uttag") for the counter: placing one from a person's valid
prescription, finding orders, moving them through their states, and completing one that
waits for the prescriber's justification. Plain dataclasses out (``OrderView``).

An order is an event (``order_placed``; then ``order_moved``, ``order_justified``), written
with its rows in one transaction and shared through the central judge like a pump's events.
Its withdrawal number is ``U`` + this counter's order series + a serial from a counter that
never goes back (``app.persistence.orders``)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from sqlalchemy import Connection, select

from app.domain.consumables import (
    ConsumablePrescription,
    Order,
    OrderedBy,
    OrderState,
    withdrawal_number,
)
from app.domain.events import EventType
from app.domain.identity import IdentityKind, PatientIdentity, check_country, parse_identity
from app.domain.loans import billed_unit
from app.domain.orders import (
    ORDER_STATE_LABELS,
    check_justification,
    check_move,
    decide_order,
    local_day,
    no_prescription,
    outside_assortment,
    parse_state,
)
from app.domain.persons import Person
from app.domain.refusals import RefusalCode, Refused
from app.persistence.consumables import ConsumableRegister
from app.persistence.delivery import keep_address
from app.persistence.database import json_values
from app.persistence.orders import OrderStore, StoredOrder
from app.persistence.payers import PayerRegister
from app.persistence.persons import PersonRegister, person_from_row
from app.persistence.repository import Repository
from app.persistence.tables import care_units, persons
from app.services.delivery import DeliveryRequest, DeliveryView, delivery_views, plan_delivery
from app.services.station import Station


# Plain (not frozen) slotted dataclasses: a day's 2,000 views are made in a few milliseconds,
# where frozen ones cost a setattr call per field.
@dataclass(slots=True)
class OrderLineView:
    article: str
    name: str
    quantity: int
    product_area: str
    #: The payer the line is billed to ("" when the unit itself pays) and its name.
    payer: str
    payer_name: str
    #: Outside the assortment: never returnable, an extra cost for the payer.
    extra_cost: bool

    def as_json(self) -> dict[str, Any]:
        return {"article": self.article, "name": self.name, "quantity": self.quantity,
                "product_area": self.product_area, "payer": self.payer,
                "payer_name": self.payer_name, "extra_cost": self.extra_cost}


@dataclass(slots=True)
class OrderMove:
    state: str
    at: dt.datetime
    actor: str


@dataclass(slots=True)
class OrderView:
    id: str
    number: str
    state: str
    #: The state in English words (``ORDER_STATE_LABELS``; the window translates it).
    state_label: str
    prescription_id: str
    #: The person's register id; None for a protected identity.
    person_id: str | None
    #: The person as a screen may show them ("protected identity" for a protected one).
    person: str
    #: True: a protected identity, the unit is the recipient.
    protected: bool
    unit: str
    unit_name: str
    ordered_by: str
    ordered_at: dt.datetime
    day: dt.date
    delivery: str
    justification: str
    lines: tuple[OrderLineView, ...]
    #: Whether it may come back uncollected (never for an order outside the assortment).
    returnable: bool
    #: Some line is outside the assortment: an extra cost noted for the payer.
    extra_cost: bool
    actor: str
    workstation: str
    history: tuple[OrderMove, ...] = ()
    #: How it travels and the day it promises (issue 24); None for an order of an earlier
    #: version, made before delivery modes.
    shipping: DeliveryView | None = None

    @property
    def promised(self) -> dt.date | None:
        return self.shipping.promised if self.shipping else None

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "id": self.id, "state": self.state,
                "prescription": self.prescription_id, "person_id": self.person_id,
                "person": self.person, "protected": self.protected, "unit": self.unit,
                "unit_name": self.unit_name, "ordered_by": self.ordered_by,
                "ordered_at": self.ordered_at.isoformat(), "day": self.day.isoformat(),
                "delivery": self.delivery, "justification": self.justification,
                "returnable": self.returnable, "extra_cost": self.extra_cost,
                "lines": [line.as_json() for line in self.lines],
                "actor": self.actor, "workstation": self.workstation,
                "history": [{"state": m.state, "at": m.at.isoformat(), "actor": m.actor}
                            for m in self.history],
                "promise": self.shipping.as_json() if self.shipping else None}


@dataclass(frozen=True)
class OrderResult:
    number: str
    order: OrderView


# -- reading -----------------------------------------------------------------------------


_KINDS = {kind.value: kind for kind in IdentityKind}


class _Shown:
    """What views show beside the stored order, read once for many orders."""

    def __init__(self, connection: Connection, stored: Sequence[StoredOrder]) -> None:
        language = Repository(connection).print_language()
        self.names = {a.number: a.name(language)
                      for a in ConsumableRegister(connection).articles()}
        ids = sorted({s.order.person_id for s in stored if s.order.person_id})
        self.persons: dict[str, str] = {}
        #: Persons whose personal data became protected after they ordered.
        self.protected_since: set[str] = set()
        if ids:
            rows = connection.exec_driver_sql(
                "SELECT id, kind, key, birth_date, name FROM persons "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
            self.persons = {i: Person(i, PatientIdentity(
                _KINDS[kind], key, dt.date.fromisoformat(born) if born else None,
                name)).display() for i, kind, key, born, name in rows}
            self.protected_since = {i for i, kind, *_rest in rows
                                    if kind == IdentityKind.PROTECTED.value}
        self.units = dict(connection.exec_driver_sql(
            "SELECT customer_number, name FROM care_units").fetchall())

    def view(self, stored: StoredOrder) -> OrderView:
        order, lines = stored.order, stored.details
        # A person protected since they ordered is shown, and delivered to, as a protected
        # identity is: the prescribing unit, never the person (seed 002).
        protected = not order.person_id or order.person_id in self.protected_since
        outside = outside_assortment(order)
        return OrderView(
            id=order.id, number=order.number, state=order.state.value,
            state_label=str(ORDER_STATE_LABELS[order.state]),
            prescription_id=order.prescription_id,
            person_id=None if protected else order.person_id or None,
            person="protected identity" if protected else self.persons.get(
                order.person_id, order.person_id),
            protected=protected, unit=order.unit, unit_name=self.units.get(order.unit, ""),
            ordered_by=order.ordered_by.value, ordered_at=order.ordered_at, day=stored.day,
            delivery=order.delivery, justification=order.justification,
            lines=tuple(OrderLineView(
                line.article, self.names.get(line.article, line.article), line.quantity,
                *lines.get(line.article, ("", line.payer, "")), line.extra_cost)
                for line in order.lines),
            returnable=not outside, extra_cost=outside,
            actor=stored.actor, workstation=stored.workstation,
            history=tuple(OrderMove(s.value, at, actor) for s, at, actor in order.history))


def _views(connection: Connection, found: Sequence[StoredOrder]) -> list[OrderView]:
    if not found:
        return []
    shown = _Shown(connection, found)
    trips = delivery_views(connection, [s.order.id for s in found])
    views = [shown.view(s) for s in found]
    for view in views:
        view.shipping = trips.get(view.id)
    return views


def unknown_order(number: str) -> Refused:
    return Refused(RefusalCode.UNKNOWN_ORDER, "No order {number}: check the withdrawal "
                   "number.", number=number.strip())


def order(station: Station, number: str) -> OrderView:
    """One order by its withdrawal number (as typed or scanned), with its history."""
    with station.db.reading() as connection:
        found = OrderStore(connection).by_number(number.strip().upper())
        if found is None:
            raise unknown_order(number)
        return _views(connection, [found])[0]


def _person_ids(connection: Connection, station: Station, text: str) -> list[str] | None:
    """The register ids a person typed as ``text`` is known by (None: a prescription id,
    for a protected identity's orders)."""
    register = ConsumableRegister(connection)
    if register.prescription(text) is not None:
        return None
    identity = parse_identity(text, None)
    check_country(identity, Repository(connection).country())
    if identity.is_protected:
        raise _protected_needs_prescription()
    person = PersonRegister(connection).by_key(identity.key or "")
    if person is None:
        return []
    return register._ids_of(person.id)  # noqa: SLF001 - the person and their aliases


def find_orders(station: Station, *, number: str | None = None, person: str | None = None,
                unit: str | None = None, day: dt.date | None = None,
                state: OrderState | str | None = None,
                limit: int | None = None) -> list[OrderView]:
    """Orders matching every criterion given (a person by any identity they have had, or a
    protected identity's prescription id), newest first."""
    wanted = OrderState(state) if isinstance(state, str) else state
    with station.db.reading() as connection:
        ids: list[str] | None = None
        prescription = None
        if person:
            ids = _person_ids(connection, station, person)
            if ids is None:
                prescription = person.strip()
            elif not ids:
                return []
        found = OrderStore(connection).find(
            number=number.strip().upper() if number else None, person_ids=ids,
            unit=unit.strip() if unit else None, day=day, state=wanted, limit=limit,
            prescription=prescription)
        return _views(connection, found)


# -- placing -----------------------------------------------------------------------------


def _protected_needs_prescription() -> Refused:
    return Refused(RefusalCode.INVALID_INPUT,
                   "A protected identity is not in the register: give the prescription's "
                   "number (e.g. KASSA1-K3) instead.")


def _protected_since(prescription: str) -> Refused:
    """Seed 002: when a person in the register gets protected personal data, "Förskrivning
    måste registreras på nytt": what was prescribed to their name serves no more orders."""
    return Refused(RefusalCode.PRESCRIPTION_NOT_VALID,
                   "Prescription {prescription} was made before the person's personal data "
                   "became protected, and serves no more orders: register a new prescription "
                   "for the protected identity (the prescribing unit as recipient).",
                   prescription=prescription)


def _prescriptions(connection: Connection, text: str, country: str
                   ) -> tuple[list[ConsumablePrescription], Person | None]:
    register = ConsumableRegister(connection)
    named = register.prescription(text.strip())
    if named is not None:
        return [named], None
    identity = parse_identity(text, None)
    check_country(identity, country)
    if identity.is_protected:
        raise _protected_needs_prescription()
    person = PersonRegister(connection).by_key(identity.key or "")
    if person is None:
        raise Refused(RefusalCode.UNKNOWN_PATIENT,
                      "{key} is not in the register: register a prescription of consumables "
                      "for them first.", key=identity.display())
    found = register.prescriptions_of(person.id)
    if not found:
        raise no_prescription()
    return found, person


def place_order(station: Station, person: str, lines: Mapping[str, int],
                ordered_by: OrderedBy | str, *, at: dt.datetime | None = None,
                justification: str = "", delivery: str | None = None,
                destination: DeliveryRequest | None = None) -> OrderResult:
    """Order ``lines`` (article number → quantity) from the person's prescription valid on
    the day: ``person`` as typed (any identity in the register) or, for a protected
    identity, the prescription's id. ``at`` stands for now (entry after the fact).
    ``delivery`` names the mode (None: the depot's default) and ``destination`` where and
    how it goes (``app.services.delivery``): a delivery the rules refuse stores nothing."""
    who = _ordered_by(ordered_by)
    request = replace(destination or DeliveryRequest(),
                      mode=delivery or (destination.mode if destination else None))
    ctx = station.ctx if at is None else replace(station.ctx, clock=lambda: at)
    with station.unit_of_work() as uow:
        number = record_order(uow, ctx, person, lines, who, justification, request)
        uow.commit()
    return OrderResult(number, order(station, number))


def _ordered_by(ordered_by: OrderedBy | str) -> OrderedBy:
    try:
        return OrderedBy(str(ordered_by).strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not who ordered: patient, relative, staff or prescriber.",
                      text=str(ordered_by)) from None


def record_order(uow: Any, ctx: Any, person: str, lines: Mapping[str, int], who: OrderedBy,
                 justification: str, request: DeliveryRequest, *,
                 patients: int = 1, customer_numbers: frozenset[str] | None = None,
                 joint: str | None = None) -> str:
    """Record one order in ``uow`` (not committed): its withdrawal number."""
    wanted = {number.strip().upper(): quantity for number, quantity in lines.items()}
    moment = ctx.clock()
    day = local_day(moment)
    found, _person = _prescriptions(uow.connection, person, uow.repo.country())
    register = ConsumableRegister(uow.connection)
    store = OrderStore(uow.connection)
    earlier = store.of_prescriptions([p.id for p in found])
    articles = {n: register.article(n) for n in wanted}
    decision = decide_order(found, articles, earlier, wanted, day, justification,
                            uow.repo.print_language())
    prescription = decision.prescription
    person = (PersonRegister(uow.connection).by_id(prescription.person_id)
              if prescription.person_id else None)
    if person is not None and person.identity.is_protected:
        raise _protected_since(prescription.id)
    planned = plan_delivery(uow.connection, prescription, articles, who, moment, request,
                            patients=patients, customer_numbers=customer_numbers,
                            joint=joint)
    unit = uow.repo.unit(prescription.unit)
    if unit is not None and person is not None:
        unit = billed_unit(person.identity.kind, unit, uow.repo.asylum_unit())
    payers = PayerRegister(uow.connection)
    serial = store.last_serial() + 1
    store.serial_given(serial)  # in the order's own transaction: used, even if refused
    number = withdrawal_number(store.series(), serial)
    order_id = str(uuid.uuid4())
    payload_lines = []
    for line in decision.lines:
        area = articles[line.article].product_area  # type: ignore[union-attr]
        payer = payers.loan_payer(unit, area).payload() if unit is not None else {
            "id": None, "name": prescription.unit, "customer_number": prescription.unit}
        payload_lines.append({"article": line.article, "quantity": line.quantity,
                              "area": area, "extra_cost": line.extra_cost,
                              "payer": {k: payer[k] for k in
                                        ("id", "name", "customer_number")}})
    event = ctx.event(EventType.ORDER_PLACED, None, order=order_id, number=number,
                      prescription=prescription.id,
                      person=prescription.person_id or None,
                      protected=prescription.protected, unit=prescription.unit,
                      ordered_by=who.value, day=day.isoformat(),
                      state=decision.state.value,
                      justification=decision.justification, delivery=planned.mode.value,
                      lines=payload_lines, **planned.payload)
    uow.record(event)
    keep_address(uow.connection, order_id, planned.address)
    return number


def _stored(connection: Connection, number: str) -> StoredOrder:
    found = OrderStore(connection).by_number(number.strip().upper())
    if found is None:
        raise unknown_order(number)
    return found


def set_order_state(station: Station, number: str, state: OrderState | str, *,
                    at: dt.datetime | None = None) -> OrderView:
    """Move an order on (picked, dispatched, delivered, collected, returned, cancelled):
    an event with who and when."""
    to = state if isinstance(state, OrderState) else parse_state(state)
    ctx = station.ctx if at is None else replace(station.ctx, clock=lambda: at)
    with station.unit_of_work() as uow:
        current: Order = _stored(uow.connection, number).order
        check_move(current, to)
        uow.record(ctx.event(EventType.ORDER_MOVED, None, order=current.id,
                             number=current.number, to=to.value,
                             **{"from": current.state.value}))
        uow.commit()
    return order(station, number)


def justify_order(station: Station, number: str, justification: str, *,
                  at: dt.datetime | None = None) -> OrderView:
    """The prescriber's written justification for an order outside the assortment: the
    order waiting for it is registered."""
    ctx = station.ctx if at is None else replace(station.ctx, clock=lambda: at)
    with station.unit_of_work() as uow:
        current = _stored(uow.connection, number).order
        text = check_justification(current, justification)
        uow.record(ctx.event(EventType.ORDER_JUSTIFIED, None, order=current.id,
                             number=current.number, justification=text))
        uow.commit()
    return order(station, number)


