"""The register around the benchmark's pumps: a Skåne-like depot's models, care units,
staff, workstations and patients.

Models and units are defined through ``app.services.register`` (as the counter would);
patient identities are read with ``app.domain.identity.parse_identity`` from generated
Swedish numbers, so every key, kind and birth date is what the counter would have stored.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field, replace

from stdnum import ean, luhn

from app.domain.identity import PatientIdentity, parse_identity
from app.domain.loans import LoanTerms
from app.domain.payers import EVERY_AREA, Payer, payer_for
from app.domain.reference import CareUnit, PumpModel, UnitKind
from app.services import register
from app.services.station import Station

#: The depot's counters; the first is the workstation the benchmark runs as.
WORKSTATIONS = ("LUNDHMC1", "LUNDHMC2", "MALMOHMC1")
STAFF = ("anna.k", "bjorn.s", "cecilia.m", "david.l", "elin.p", "fredrik.o", "gun.h",
         "hassan.a")
PRESCRIBERS = ("Dr. Eva Lind", "Dr. Per Strand", "Dr. Aisha Karim", "Ssk. Jonas Vik",
               "Dr. Maja Öberg", "Ssk. Lena Berg", None)
FAULTS = (
    ("Occlusion alarm does not clear", "alarm"),
    ("Display cracked", "housing"),
    ("Battery will not charge", "battery"),
    ("Door latch broken", "mechanics"),
    ("Motor noise during infusion", "mechanics"),
    ("Dropped on the floor at home", None),
)

# code, make, name, product area, maintenance interval (days), GTIN without check digit
_MODELS = (
    ("JOEY", "Cardinal Health", "Kangaroo Joey", "enteral_nutrition", 365, "0502123450001",
     ("Feeding set, 14-day pack",)),
    ("FLOCARE", "Nutricia", "Flocare Infinity", "enteral_nutrition", 730, "0871240000001",
     ("Flocare pump set, 14-day pack",)),
    ("APPLIX", "Fresenius Kabi", "Applix Smart", "enteral_nutrition", 365, "0405189500001",
     ("Applix Smart set, 14-day pack",)),
    ("T34", "BD", "BodyGuard T syringe driver", "subcutaneous_infusion", 365, "0506012345001",
     ("Syringes and lines, 14-day pack", "Subcutaneous needles, 14-day pack",
      "Transparent dressings, 14-day pack")),
    ("CADD", "Smiths Medical", "CADD-Solis", "subcutaneous_infusion", 365, "1501931500001",
     ("CADD cassettes, 14-day pack", "Subcutaneous needles, 14-day pack")),
)

_HOSPITALS = ("SUS Lund", "SUS Malmö", "Helsingborgs lasarett", "Kristianstads sjukhus",
              "Ystads lasarett", "Landskrona lasarett", "Trelleborgs lasarett")
_WARDS = ("Gastroenterologi", "Onkologi", "Palliativ vård", "Medicin", "Kirurgi", "Neurologi")
_HEALTH_CENTRES = ("Linero", "Tåbelund", "Södra Sandby", "Höör", "Eslöv", "Staffanstorp",
                   "Dalby", "Genarp", "Sjöbo", "Kävlinge", "Lomma", "Svedala", "Hörby",
                   "Skurup")
_MUNICIPALITIES = ("Lund", "Malmö", "Eslöv", "Höör", "Kävlinge", "Lomma", "Sjöbo", "Svedala")

_FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Nils", "Ingrid", "Olle",
          "Sofia", "Ahmed", "Fatima", "Mohammed", "Leila", "Per", "Astrid", "Göran", "Siv")
_LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Persson", "Svensson", "Olsson",
         "Berg", "Lund", "Holm", "Dahl", "Ali", "Hassan", "Yilmaz", "Novak", "Åkesson")


@dataclass(frozen=True)
class Register:
    models: dict[str, PumpModel]
    units: dict[str, CareUnit]
    #: Units that may hold a buffer stock (dispatch, stock moves, transport loans).
    hospital: tuple[str, ...]
    #: Primary care and municipalities, where care moves on to.
    community: tuple[str, ...]
    asylum: CareUnit
    #: Each unit's payers (product area or ``EVERY_AREA`` → payer), for ``billed``.
    payers: dict[str, dict[str, Payer]] = field(default_factory=dict)
    #: The ids of who may prescribe for each unit (units nobody prescribes for are absent).
    prescribers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def billed(self, terms: LoanTerms, area: str) -> LoanTerms:
        """``terms`` with the payer the counter would decide (``actions.billed_for``)."""
        unit = self.units[terms.billing_unit]
        assigned = {key: payer.id for key, payer in self.payers.get(unit.customer_number,
                                                                   {}).items()}
        everyone = {payer.id: payer for payer in self.payers.get(unit.customer_number,
                                                                {}).values()}
        return replace(terms, payer=payer_for(unit, area, assigned, everyone))


def _unit_specs() -> list[tuple[str, str, str, str | None]]:
    specs: list[tuple[str, str, str, str | None]] = []
    number = 602100
    for hospital in _HOSPITALS:
        for ward in _WARDS[: 4 if hospital.startswith("SUS") else 2]:
            specs.append((str(number), f"{hospital}, {ward} avd", "hospital_inpatient",
                          "Karin Ek"))
            specs.append((str(number + 1), f"{hospital}, {ward}mottagningen",
                          "hospital_outpatient", "Lars Nilsson"))
            number += 2
    specs += [(str(604001 + i), f"Vårdcentralen {name}", "primary_care", None)
              for i, name in enumerate(_HEALTH_CENTRES)]
    specs += [(str(605001 + i), f"{name}s kommun, Hemsjukvård", "municipality", None)
              for i, name in enumerate(_MUNICIPALITIES)]
    specs.append(("601628", "Asylenheten", "asylum", None))
    return specs


def enroll_staff(station: Station, *numbers: str) -> None:
    """The depot's staff in its register, each with every role: the station's own staff
    member first (the first administrator, on a new database), then ``STAFF`` and
    ``numbers``. A database that has them already is left as it is."""
    from app.services import staff

    known = staff.staff_names(station)
    first = station.staff_number
    roles = ["administrator", "counter", "technician"]
    if first and first not in known:
        staff.add_staff(station.acting_as("" if not known else next(iter(known))), first,
                        name=first, roles=roles)
        known[first] = first
    for number in (*STAFF, *numbers):
        if number not in known:
            staff.add_staff(station.acting_as(first or next(iter(known))), number,
                            name=number, roles=roles)
            known[number] = number


def _define_prescribers(station: Station, hospital: tuple[str, ...],
                        community: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prescriber register (seed 002): doctors of the hospital units, nurses who
    prescribe the pumps' areas in the community, and one product area of the depot's own.
    Returns the ids of those who may prescribe for each unit (a unit without anyone is
    left out): by id, as several counters of a region that each define the register add
    each name once apiece."""
    from app.services import prescribers

    prescribers.define_area(station, "wound_care", "Sårvård")
    allowed: dict[str, list[str]] = {}
    for number, name in enumerate(p for p in PRESCRIBERS if p):
        if name.startswith("Dr."):
            units, kind = hospital, {"role": "lakare"}
        else:
            units, kind = community[number % 3::3], {
                "role": "forskrivare", "areas": ["enteral_nutrition", "subcutaneous_infusion"]}
        added = prescribers.add_prescriber(station, name, units=units, **kind)
        for unit in units:
            allowed.setdefault(unit, []).append(added.id)
    return {unit: tuple(ids) for unit, ids in allowed.items()}


def _define_payers(station: Station, units: dict[str, CareUnit]
                   ) -> dict[str, dict[str, Payer]]:
    """The payers (seed 002): the hospitals', with enteral nutrition billed to the
    nutrition unit; the health centres'; the asylum unit's. Municipalities pay themselves."""
    from app.services import payers

    address = "Fakturaservice\nBox 2024\n291 02 Kristianstad"
    made = {key: payers.add_payer(station, name, invoice_address=address, reference=key)
            for key, name in (("SJH", "Region Skåne, Sjukhusen"),
                              ("NUT", "Region Skåne, Nutritionsenheten"),
                              ("VC", "Region Skåne, Vårdcentraler"),
                              ("ASYL", "Region Skåne, Asylenheten"))}
    by_unit: dict[str, dict[str, Payer]] = {}
    for number, unit in units.items():
        wanted = {UnitKind.PRIMARY_CARE: {EVERY_AREA: "VC"},
                  UnitKind.ASYLUM: {EVERY_AREA: "ASYL"}}.get(unit.kind, {})
        if unit.kind.may_hold_buffer_stock:
            wanted = {EVERY_AREA: "SJH", "enteral_nutrition": "NUT"}
        for area, key in wanted.items():
            payers.set_unit_payer(station, number, made[key].id,
                                  area=None if area == EVERY_AREA else area)
            by_unit.setdefault(number, {})[area] = made[key]
    return by_unit


def define_register(station: Station) -> Register:
    """Define the depot's models and units through the services (a few dozen events), and
    enroll its staff."""
    enroll_staff(station)
    models = {}
    for code, make, name, area, interval, gtin, packs in _MODELS:
        models[code] = register.define_model(
            station, code, make=make, name=name, product_area=area,
            maintenance_interval_days=interval, gtin=gtin + ean.calc_check_digit(gtin),
            consumables=packs)
    units = {}
    for number, name, kind, contact in _unit_specs():
        units[number] = register.define_unit(station, number, name=name, kind=kind,
                                             contact_person=contact)
    hospital = tuple(n for n, u in units.items() if u.kind.may_hold_buffer_stock)
    community = tuple(n for n, u in units.items()
                      if u.kind in (UnitKind.PRIMARY_CARE, UnitKind.MUNICIPALITY))
    allowed = _define_prescribers(station, hospital, community)
    return Register(models, units, hospital, community, units["601628"],
                    _define_payers(station, units), allowed)


def new_id(rng: random.Random) -> str:
    """A UUID4 from ``rng``, so a build is the same for the same seed."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _swedish_number(rng: random.Random, samordning: bool) -> str:
    born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 90 * 365))
    day = born.day + (60 if samordning else 0)
    body = f"{born:%y%m}{day:02d}{rng.randrange(0, 1000):03d}"
    return f"{born:%Y%m}{day:02d}-{body[6:]}{luhn.calc_check_digit(body)}"


def patients(rng: random.Random, count: int) -> list[tuple[str, PatientIdentity]]:
    """``count`` distinct people as (register id, identity): mostly personnummer, some
    samordningsnummer, asylum seekers (LMA) and people without permits ("- UT")."""
    people: dict[str, tuple[str, PatientIdentity]] = {}
    while len(people) < count:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        roll = rng.random()
        if roll < 0.02:
            born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
            identity = parse_identity(f"LMA {born:%Y%m%d} {rng.randrange(10, 99)}-"
                                      f"{rng.randrange(0, 999999):06d}/{rng.randrange(0, 9)}",
                                      name)
        elif roll < 0.03:
            born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
            identity = parse_identity(f"{born:%Y%m%d} {name} - UT")
        else:
            identity = parse_identity(_swedish_number(rng, samordning=roll < 0.07), name)
        assert identity.key is not None
        people.setdefault(identity.key, (new_id(rng), identity))
    return list(people.values())
