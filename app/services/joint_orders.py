"""Joint delivery to special housing ("samleverans", seed 002): the orders of several
patients of one special-housing unit, each an order of its own with its own withdrawal
number, under one customer number, delivered together in the daytime to the unit's delivery
place. The orderer needs the Sambeställning right for the unit; never nutrition products;
never across customer numbers. All or nothing: one refused line stores no order."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

from app.domain.delivery import DeliveryMode
from app.domain.reference import check_customer_number
from app.domain.refusals import RefusalCode, Refused
from app.services.delivery import DeliveryRequest
from app.services.orders import OrderView, _ordered_by, find_orders, record_order
from app.services.station import Station


@dataclass(frozen=True)
class JointResult:
    #: The joint delivery's id: every order in it carries it.
    joint: str
    unit: str
    orders: tuple[OrderView, ...]


def place_joint_order(station: Station, customer_number: str,
                      lines: Sequence[tuple[str, Mapping[str, int]]], *, orderer: str,
                      ordered_by: str = "staff",
                      at: dt.datetime | None = None) -> JointResult:
    """One order per (person, articles) line, in one transaction, delivered jointly to the
    special-housing unit ``customer_number``."""
    unit = check_customer_number(customer_number)
    if not lines:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A joint delivery needs at least one patient's order.")
    people = [person.strip() for person, _ in lines]
    if len(set(people)) != len(people):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Each patient has one order in a joint delivery: {person} is named "
                      "twice.", person=next(p for p in people if people.count(p) > 1))
    who = _ordered_by(ordered_by)
    ctx = station.ctx if at is None else replace(station.ctx, clock=lambda: at)
    joint = str(uuid.uuid4())
    request = DeliveryRequest(mode=DeliveryMode.JOINT.value, orderer=orderer)
    numbers = []
    with station.unit_of_work() as uow:
        if uow.repo.unit(unit) is None:
            raise Refused(RefusalCode.UNKNOWN_UNIT, "No care unit with customer number "
                          "{unit}.", unit=unit)
        for person, articles in lines:
            # The prescription's own unit joins the joint unit's: two customer numbers are
            # refused by the rules (never across customer numbers).
            numbers.append(record_order(
                uow, ctx, person, articles, who, "", request, patients=len(lines),
                customer_numbers=frozenset({unit}), joint=joint))
        uow.commit()
    found = {view.number: view for number in numbers
             for view in find_orders(station, number=number)}
    return JointResult(joint, unit, tuple(found[n] for n in numbers))
