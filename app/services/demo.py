"""Realistic demo data, made through the same services the counter uses, so that the
tables and the event log agree exactly as they would after real work.

Histories are spread over the last year and a half: every pump is registered, lent,
returned and cleaned a few times and ends in one of every state; patients of every
identity kind; units of every kind, some holding a buffer stock.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass, replace
from typing import Callable

from sqlalchemy import func, select
from stdnum import luhn
from stdnum.no import fodselsnummer

from app.domain.reference import UnitAddress
from app.domain.refusals import RefusalCode, Refused
from app.domain.states import PumpState
from app.persistence.tables import pumps as pumps_table
from app.printing.model import Depot
from app.services import actions, documents, queries, register, stock
from app.services.demo_assortment import fill_assortment
from app.services.station import Station

#: A depot's worth and then some (the benchmarks build larger databases their own way).
MAX_DEMO_PUMPS = 20_000

S = PumpState

_MODELS = [
    # code, make, name, area, interval (days), GTIN, consumables (keys of _PACKS)
    ("JOEY", "Cardinal Health", "Kangaroo Joey", "enteral_nutrition", 365, "05021234500017",
     ["feeding"]),
    ("FLOCARE", "Nutricia", "Flocare Infinity", "enteral_nutrition", 730, "08712400000017",
     ["flocare"]),
    ("APPLIX", "Fresenius Kabi", "Applix Smart", "enteral_nutrition", 365, "04051895000015",
     ["applix"]),
    ("T34", "BD", "BodyGuard T", "subcutaneous_infusion", 365, "05060123450019",
     ["syringes", "needles", "dressings"]),
    ("CADD", "Smiths Medical", "CADD-Solis", "subcutaneous_infusion", 365, "15019315000010",
     ["cassettes", "needles"]),
]

#: What a new pump of each demo model costs (kronor/kroner): a lost one is charged at it.
_REPLACEMENT_COSTS = {"JOEY": 14500, "FLOCARE": 12800, "APPLIX": 13900, "T34": 18500,
                      "CADD": 32000}

# The demo depot's own words, in its language: what its packs are called, the faults its
# counter notes, a unit's request. Data, not the program's texts: they are not translated.
_PACKS = {
    "SE": {"feeding": "Matningsaggregat, 14-dagarsförpackning",
           "flocare": "Flocare pumpaggregat, 14-dagarsförpackning",
           "applix": "Applix Smart aggregat, 14-dagarsförpackning",
           "syringes": "Sprutor och slangar, 14-dagarsförpackning",
           "needles": "Subkutana nålar, 14-dagarsförpackning",
           "dressings": "Transparenta förband, 14-dagarsförpackning",
           "cassettes": "CADD-kassetter, 14-dagarsförpackning"},
    "NO": {"feeding": "Ernæringssett, 14-dagerspakke",
           "flocare": "Flocare pumpesett, 14-dagerspakke",
           "applix": "Applix Smart sett, 14-dagerspakke",
           "syringes": "Sprøyter og slanger, 14-dagerspakke",
           "needles": "Subkutane nåler, 14-dagerspakke",
           "dressings": "Transparente bandasjer, 14-dagerspakke",
           "cassettes": "CADD-kassetter, 14-dagerspakke"},
}
_WORDS = {
    "SE": {"faults": ["Ocklusionslarmet går inte att kvittera", "Spricka i displayen",
                      "Batteriet laddas inte", "Luckans spärr är trasig"],
           "noise": "Motorljud under infusion",
           "cracked": "Höljet spräckt, går inte att reparera",
           "request": "Fyra fler vårdplatser på avdelningen från nästa månad"},
    "NO": {"faults": ["Okklusjonsalarmen lar seg ikke kvittere", "Sprukket display",
                      "Batteriet lader ikke", "Lukelåsen er ødelagt"],
           "noise": "Motorstøy under infusjon",
           "cracked": "Kabinettet er sprukket, kan ikke repareres",
           "request": "Fire flere senger på posten fra neste måned"},
}

_DEPOTS = {
    "SE": Depot("Hjälpmedel Skåne, Lund", "Förrådsvägen 4, 227 38 Lund",
                "Mån–fre 08.00–15.00", "0770-11 11 00", "hjalpmedel@skane.se"),
    "NO": Depot("Seksjon for behandlingshjelpemidler, Haukeland",
                "Solheimsgaten 13, Motorhallen inngang A, 6. etasje, 5058 Bergen",
                "Man–fre 08.00–15.00", "55 97 41 77", "sbh@helse-bergen.no"),
}

_UNITS = {
    "SE": [
        ("602154", "SUS Lund, Gastroenterologi avd 1", "hospital_inpatient", "Karin Ek"),
        ("602155", "SUS Malmö, Onkologimottagningen", "hospital_outpatient", "Lars Nilsson"),
        ("602160", "Helsingborgs lasarett, Palliativ slutenvård", "hospital_inpatient",
         "Maria Persson"),
        ("602171", "Ystads lasarett, Medicinavdelning 3", "hospital_inpatient", "Sara Holm"),
        ("604001", "Vårdcentralen Linero", "primary_care", None),
        ("604017", "Vårdcentralen Tåbelund", "primary_care", None),
        ("605010", "Lunds kommun, Hemsjukvård", "municipality", None),
        ("601628", "Asylenheten", "asylum", None),
    ],
    "NO": [
        ("710101", "Haukeland, Palliativ avdeling", "hospital_inpatient", "Kari Nordmann"),
        ("710115", "Haukeland, Kreftpoliklinikken", "hospital_outpatient", "Ola Hansen"),
        ("710130", "Voss sjukehus, Medisinsk sengepost", "hospital_inpatient", "Ingrid Berg"),
        ("720010", "Bergen kommune, Hjemmesykepleien Årstad", "municipality", None),
        ("720022", "Fjell legekontor", "primary_care", None),
    ],
}

#: Seed 001: consumables go to the districts and municipalities on fixed days (0 = Monday);
#: the hospital's units have the daily run.
_ROUTE_DAYS = {"720010": (1, 3), "720022": (2,)}

#: Where the units take deliveries (a protected identity's orders go there, seed 002).
_ADDRESSES = {
    "602154": UnitAddress("Entrégatan 7", "222 42", "Lund", "046-17 10 00"),
    "602155": UnitAddress("Jan Waldenströms gata 35", "214 28", "Malmö", "040-33 10 00"),
    "602160": UnitAddress("Charlotte Yhlens gata 10", "252 23", "Helsingborg", "042-406 10 00"),
    "602171": UnitAddress("Kristianstadsvägen 3A", "271 33", "Ystad", "0411-99 50 00"),
    "604001": UnitAddress("Linerovägen 2", "226 47", "Lund", "046-24 47 00"),
    "604017": UnitAddress("Tåbelundsvägen 2", "247 51", "Södra Sandby", "046-24 60 00"),
    "605010": UnitAddress("Kristallvägen 1", "226 60", "Lund", "046-359 50 00"),
    "601628": UnitAddress("Carl Bertil Laurells gata 9", "214 28", "Malmö", "040-675 30 00"),
    "710101": UnitAddress("Jonas Lies vei 65", "5021", "Bergen", "55 97 20 00"),
    "710115": UnitAddress("Jonas Lies vei 65", "5021", "Bergen", "55 97 20 00"),
    "710130": UnitAddress("Sjukehusvegen 16", "5704", "Voss", "56 53 35 00"),
    "720010": UnitAddress("Solheimsgaten 9", "5058", "Bergen", "53 03 00 00"),
    "720022": UnitAddress("Straume sentrum 10", "5353", "Straume", "56 32 90 00"),
}

_FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Nils", "Ingrid", "Ola",
          "Kari", "Sofia", "Ahmed", "Fatima", "Mohammed", "Leila", "Per", "Astrid"]
_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Hansen", "Johansen", "Olsen",
         "Berg", "Lund", "Holm", "Dahl", "Ali", "Hassan", "Yilmaz", "Novak", "Larsen"]

#: The demo's prescribers (seed 002): name, role, product areas, units (None: every
#: hospital unit). A Läkare prescribes in every area.
_PRESCRIBERS = {
    "SE": [("Dr. Eva Lind", "lakare", (), None),
           ("Dr. Per Strand", "lakare", (), None),
           ("Dr. Aisha Karim", "lakare", (), ("604001", "604017")),
           ("Ssk. Jonas Vik", "forskrivare", ("enteral_nutrition", "subcutaneous_infusion"),
            ("604001", "604017", "605010")),
           ("Ssk. Maja Öberg", "forskrivare", ("enteral_nutrition",), ("602154", "602160")),
           ("Lena Berg", "bestallare", (), ("605010",))],
    "NO": [("Lege Ingrid Dahl", "lakare", (), None),
           ("Lege Ola Hansen", "lakare", (), None),
           ("Sykepleier Kari Holm", "forskrivare", ("enteral_nutrition",), ("720010",)),
           ("Per Olsen", "bestallare", (), ("720010",))],
}

#: The demo's payers (seed 002: a payer and invoice address per unit and product area):
#: name, invoice address, reference, and the units (area or None: every area) it pays for.
_PAYERS = {
    "SE": [("Region Skåne, Skånes universitetssjukhus",
            "Fakturaservice\nBox 2024\n291 02 Kristianstad", "SUS 7010",
            [("602154", None), ("602155", None)]),
           ("Region Skåne, Nutritionsenheten",
            "Fakturaservice\nBox 2024\n291 02 Kristianstad", "NUT 7450",
            [("602154", "enteral_nutrition"), ("602160", "enteral_nutrition")]),
           ("Region Skåne, Sjukhusen i nordväst",
            "Fakturaservice\nBox 2024\n291 02 Kristianstad", "NV 6120", [("602160", None)]),
           ("Region Skåne, Vårdcentraler",
            "Fakturaservice\nBox 2024\n291 02 Kristianstad", "VC 4100",
            [("604001", None), ("604017", None)]),
           ("Lunds kommun, Vård och omsorg", "Box 41\n221 00 Lund", "HSV-31",
            [("605010", None)]),
           ("Region Skåne, Asylenheten", "Fakturaservice\nBox 2024\n291 02 Kristianstad",
            "ASYL 9001", [("601628", None)])],
    "NO": [("Helse Bergen HF, Kreftklinikken", "Postboks 1400\n5021 Bergen", "K-4410",
            [("710101", None), ("710115", None)]),
           ("Helse Bergen HF, Voss sjukehus", "Postboks 1400\n5021 Bergen", "V-5120",
            [("710130", None)]),
           ("Bergen kommune, Etat for hjemmetjenester", "Postboks 7700\n5020 Bergen",
            "HJT-77", [("720010", None)])],
}

#: The demo's staff: DEMO1 holds every role; technicians do service, maintenance, retiring.
_STAFF = [("DEMO1", "Anna Karlsson", ("administrator", "counter", "technician")),
          ("DEMO2", "Björn Svensson", ("counter",)),
          ("DEMO3", "Cecilia Mattsson", ("counter", "technician")),
          ("DEMO4", "David Lind", ("counter",))]
_TECHNICIANS = ["DEMO1", "DEMO3"]
_TECHNICAL = {"service", "back", "retire"}

# Where each demo pump ends, with weights like a real depot's register.
_ENDS = [(S.READY, 30), (S.ON_LOAN, 30), (S.ON_TRANSPORT_LOAN, 3), (S.IN_UNIT_STOCK, 12),
         (S.AWAITING_CLEANING, 8), (S.FAULTY, 5), (S.IN_SERVICE, 5), (S.LOST, 3),
         (S.RETIRED, 4)]


def _swedish_number(rng: random.Random, samordning: bool = False) -> str:
    born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 90 * 365))
    day = born.day + (60 if samordning else 0)
    body = f"{born:%y%m}{day:02d}{rng.randrange(0, 1000):03d}"
    return f"{born:%Y%m}{day:02d}-{body[6:]}{luhn.calc_check_digit(body)}"


def _norwegian_number(rng: random.Random, d_number: bool = False) -> str:
    while True:
        born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 69 * 365))
        day = born.day + (40 if d_number else 0)
        individual = rng.randrange(0, 500)
        body = f"{day:02d}{born:%m%y}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(body)
        if first == "10":
            continue
        second = fodselsnummer.calc_check_digit2(body + first)
        if second == "10":
            continue
        return body + first + second


def _patients(rng: random.Random, country: str, count: int) -> list[tuple[str, str | None]]:
    """(identity text, name) pairs covering every identity kind of the country."""
    people: list[tuple[str, str | None]] = []
    for i in range(count):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        roll = i % 10
        if country == "SE":
            if roll == 7:
                people.append((_swedish_number(rng, samordning=True), name))
            elif roll == 8:
                born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
                people.append((f"LMA {born:%Y%m%d} {rng.randrange(10, 99)}-"
                               f"{rng.randrange(0, 999999):06d}/{rng.randrange(0, 9)}", name))
            elif roll == 9:
                born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
                people.append((f"{born:%Y%m%d} {name} - UT", None))
            else:
                people.append((_swedish_number(rng), name))
        else:
            if roll == 8:
                people.append((_norwegian_number(rng, d_number=True), name))
            else:
                people.append((_norwegian_number(rng), name))
    people.append(("protected", None))
    return people


@dataclass(frozen=True)
class DemoStaff:
    number: str
    name: str
    roles: tuple[str, ...]
    card_code: str
    pin: str


@dataclass(frozen=True)
class DemoSummary:
    country: str
    models: int
    units: int
    patients: int
    pumps: int
    events: int
    staff: tuple[DemoStaff, ...] = ()


class _Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _life(rng: random.Random, end: PumpState, hospital_units: list[str],
          other_units: list[str], starters: list[str],
          words: dict) -> list[tuple[str, dict[str, object]]]:
    """The actions that take a new pump through a few loans to ``end``; ``starters`` are
    the units that may start a loan (only specialist care where the depot requires it)."""
    steps: list[tuple[str, dict[str, object]]] = []
    for _ in range(rng.randrange(0, 4)):
        unit = rng.choice(starters)
        if rng.random() < 0.25:
            unit = rng.choice(hospital_units)
            steps += [("dispatch", {"unit": unit}), ("prescribe", {})]
        else:
            steps.append(("issue", {"unit": unit}))
        if rng.random() < 0.15:  # care moves on, e.g. to primary care
            steps.append(("move", {"unit": rng.choice([u for u in other_units if u != unit])}))
        steps += [("return", {}), ("clean", {})]
        if rng.random() < 0.15:
            steps += [("service", {"reason": "maintenance"}), ("back", {})]
    tail = {
        S.READY: [],
        S.ON_LOAN: [("issue", {"unit": rng.choice(starters)})],
        S.ON_TRANSPORT_LOAN: [("issue", {"unit": rng.choice(hospital_units),
                                         "transport": True})],
        S.IN_UNIT_STOCK: [("dispatch", {"unit": rng.choice(hospital_units)})],
        S.AWAITING_CLEANING: [("issue", {"unit": rng.choice(hospital_units)}), ("return", {})],
        S.FAULTY: [("issue", {"unit": rng.choice(hospital_units)}),
                   ("return", {"fault": rng.choice(words["faults"])})],
        S.IN_SERVICE: [("fault", {"text": words["noise"]}),
                       ("service", {"reason": "repair"})],
        S.LOST: [("issue", {"unit": rng.choice(hospital_units)}), ("lost", {})],
        S.RETIRED: [("fault", {"text": words["cracked"]}), ("retire", {})],
    }[end]
    return steps + tail


def _check_demo(station: Station, pumps: int, country: str) -> None:
    """Refuse before anything is written: demo data go into an empty database only."""
    if not 1 <= pumps <= MAX_DEMO_PUMPS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Demo data are made for 1 to {most} pumps.", most=MAX_DEMO_PUMPS)
    if country not in _DEPOTS:
        raise Refused(RefusalCode.INVALID_INPUT, "Demo data are made for Sweden (SE) or "
                      "Norway (NO).")
    with station.db.reading() as connection:
        if connection.execute(select(func.count()).select_from(pumps_table)).scalar_one():
            raise Refused(RefusalCode.INVALID_INPUT,
                          "This database already holds pumps; demo data go into a new one: "
                          "choose another file with --db.")


def _production(i: int) -> str:
    """The lot, production date and expiry on demo pump ``i``'s UDI label: a lot a month,
    made in 2023–2025; every seventh pump's label was registered without them (an older
    label: the first scan of its new label records them)."""
    if i % 7 == 0:
        return ""
    made = dt.date(2023 + i % 3, 1 + (i // 3) % 12, 1 + i % 28)
    return f"(10)L{made:%y%m}(11){made:%y%m%d}(17){made.year + 8 - 2000:02d}{made.month:02d}00"


def fill_demo(station: Station, *, pumps: int = 300, country: str = "SE",
              seed: int = 2026) -> DemoSummary:
    """Fill an empty workstation database with a depot's worth of demo data."""
    _check_demo(station, pumps, country)
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    clock = _Clock(now - dt.timedelta(days=540))
    # Whoever is signed in adds the demo's staff; nobody, on a new depot (the first setup).
    first = Station(station.db, replace(station.ctx, clock=clock))
    who = random.Random(seed + 1)  # apart from ``rng``: the same seed, the same pump lives
    team = _add_staff(first, who)
    sim = first.acting_as(team[0].number)
    for code, make, name, area, interval, gtin, packs in _MODELS:
        register.define_model(sim, code, make=make, name=name, product_area=area,
                              maintenance_interval_days=interval, gtin=gtin,
                              consumables=[_PACKS[country][pack] for pack in packs],
                              replacement_cost=_REPLACEMENT_COSTS[code])
    documents.set_depot(station, _DEPOTS[country])
    units = _UNITS[country]
    for number, name, kind, contact in units:
        register.define_unit(sim, number, name=name, kind=kind, contact_person=contact,
                             route_days=_ROUTE_DAYS.get(number), address=_ADDRESSES[number])
    hospital = [u[0] for u in units if u[2].startswith("hospital")]
    prescribing = _add_prescribers(sim, country, hospital)
    _add_payers(sim, country)
    usual = fill_assortment(sim, country)
    with station.unit_of_work() as uow:
        uow.repo.set_meta("country", country)
        uow.commit()
    for index, unit in enumerate(hospital):  # buffer stocks, as seed 000's units keep them
        for model in ("JOEY", "T34") if index % 2 == 0 else ("APPLIX", "CADD"):
            stock.set_target(sim, unit, model, 2 + index % 3)
    other = [u[0] for u in units if u[2] in ("primary_care", "municipality")]
    starters = hospital if country == "NO" else hospital + other  # seed 001: specialist care
    people = _patients(rng, country, max(20, pumps // 3))
    prefix = "HS" if country == "SE" else "BHM"
    ends = [state for state, weight in _ENDS for _ in range(weight)]

    # Every pump's life is a queue of steps; the merged queue runs in time order.
    queue: list[tuple[dt.datetime, int, int]] = []
    lives: dict[int, list[tuple[str, dict[str, object]]]] = {}
    for i in range(1, pumps + 1):
        code, gtin = _MODELS[i % len(_MODELS)][0], _MODELS[i % len(_MODELS)][5]
        registered = {"model": code, "serial": f"{code[:2]}{rng.randrange(10**6, 10**7)}",
                      "udi": f"(01){gtin}{_production(i)}(21){code[:2]}{i:07d}"}
        lives[i] = [("register", registered),
                    *_life(rng, rng.choice(ends), hospital, other, starters,
                          _WORDS[country])]
        start = now - dt.timedelta(days=540 - rng.randrange(0, 200), minutes=rng.randrange(600))
        heapq.heappush(queue, (start, i, 0))
    while queue:
        when, i, step = heapq.heappop(queue)
        if when > now:
            when = now - dt.timedelta(minutes=rng.randrange(1, 600))
        clock.now = when.replace(hour=rng.randrange(7, 14), minute=rng.randrange(60))
        verb, options = lives[i][step]
        staff = sim.acting_as(who.choice(_TECHNICIANS) if verb in _TECHNICAL
                              else who.choice(_STAFF)[0])
        _run_step(staff, rng, f"{prefix}-{i:06d}", verb, options, people, prescribing,
                  usual.get(_MODELS[i % len(_MODELS)][0], []))
        if step + 1 < len(lives[i]):
            gap = dt.timedelta(days=rng.randrange(1, 60), hours=rng.randrange(0, 8))
            heapq.heappush(queue, (when + gap, i, step + 1))
    from app.services.demo_orders import fill_orders  # issue 23: the Orders section's demo

    fill_orders(sim, [member[0] for member in _STAFF], now, seed + 2)
    stock.request_target(sim, hospital[0], "JOEY", 6, requester="Karin Ek",
                         reason=_WORDS[country]["request"])
    counts = queries.register_counts(station)
    return DemoSummary(country, len(_MODELS), len(units), counts["patients"], pumps,
                       counts["events"], tuple(team))


def _add_staff(station: Station, rng: random.Random) -> list[DemoStaff]:
    """The demo's staff, DEMO1 first (the first administrator, added by nobody signed in)
    and then by DEMO1, each with a card code and a PIN to sign in with."""
    from app.services.staff import add_staff

    team = []
    for number, name, roles in _STAFF:
        pin = f"{rng.randrange(10**4):04d}"
        member = add_staff(station.acting_as(team[0].number if team else station.ctx.actor),
                           number,
                           name=name, roles=roles, pin=pin)
        team.append(DemoStaff(number, name, roles, member.card_code or "", pin))
    return team


def _add_prescribers(sim: Station, country: str, hospital: list[str]) -> dict[str, list[str]]:
    """The demo's prescribers; who may prescribe (every pump's area) for each unit."""
    from app.domain.prescribers import PrescriberRole
    from app.services.prescribers import add_prescriber

    by_unit: dict[str, list[str]] = {}
    for name, role, areas, units in _PRESCRIBERS[country]:
        added = add_prescriber(sim, name, role=role, areas=areas,
                               units=units if units is not None else hospital)
        if added.role is PrescriberRole.LAKARE or len(added.areas) == 2:
            for unit in added.units:
                by_unit.setdefault(unit, []).append(added.id)
    return by_unit


def _add_payers(sim: Station, country: str) -> None:
    """The demo's payers, and the units and product areas each pays for (units it does
    not name are billed as themselves: 720022 in Norway)."""
    from app.services.payers import add_payer, set_unit_payer

    for name, address, reference, pays_for in _PAYERS[country]:
        payer = add_payer(sim, name, invoice_address=address, reference=reference)
        for unit, area in pays_for:
            set_unit_payer(sim, unit, payer.id, area=area)


def _run_step(sim: Station, rng: random.Random, reg: str, verb: str,
              options: dict[str, object], people: list[tuple[str, str | None]],
              prescribing: dict[str, list[str]], usual: list[str]) -> None:
    patient, name = rng.choice(people)
    approval = f"BL-{rng.randrange(10000, 99999)}"
    pick = rng.randrange(4)  # as many draws as before prescribers were registered
    prescriber = ""
    if verb in ("issue", "prescribe"):
        unit = str(options["unit"]) if verb == "issue" else \
            queries.pump_status(sim, reg).unit or ""
        allowed = prescribing.get(unit) or [""]
        prescriber = allowed[pick % len(allowed)]
    steps: dict[str, Callable[[], object]] = {
        "register": lambda: actions.register_pump(sim, reg, str(options["model"]),
                                                  str(options["serial"]), str(options["udi"])),
        "issue": lambda: actions.issue_pump(
            sim, reg, patient=patient, patient_name=name, unit=options["unit"],
            approval=approval, prescriber=prescriber,
            transport=bool(options.get("transport")),
            consumables=dict.fromkeys(usual, rng.randrange(1, 3))),
        "dispatch": lambda: actions.dispatch_pump(sim, reg, unit=options["unit"]),
        "prescribe": lambda: actions.prescribe_pump(sim, reg, patient=patient,
                                                    patient_name=name, approval=approval,
                                                    prescriber=prescriber),
        "move": lambda: actions.move_pump(sim, reg, unit=options["unit"]),
        "return": lambda: actions.return_pump(sim, reg, fault=options.get("fault")),
        "clean": lambda: actions.clean_pump(sim, reg),
        "fault": lambda: actions.report_fault(sim, reg, str(options["text"])),
        "service": lambda: actions.send_to_service(sim, reg, reason=str(options["reason"])),
        "back": lambda: actions.back_from_service(sim, reg),
        "lost": lambda: actions.report_lost(sim, reg),
        "retire": lambda: actions.retire_pump(sim, reg),
    }
    try:
        steps[verb]()
    except Refused as refused:
        if refused.code is not RefusalCode.MAINTENANCE_OVERDUE:
            raise
        # As a depot would: overdue pumps go to preventive maintenance, then out again.
        technician = sim.acting_as(_TECHNICIANS[-1])
        actions.send_to_service(technician, reg, reason="maintenance")
        actions.back_from_service(technician, reg)
        steps[verb]()
