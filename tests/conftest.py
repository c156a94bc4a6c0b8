"""Shared fixtures: a fresh workstation database per test, a clock the test controls."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

#: The screen the window is tested on: a counter's smallest (``PUMPDESK_TEST_SCREEN`` for
#: another, e.g. 1366x768).
TEST_SCREEN = os.environ.get("PUMPDESK_TEST_SCREEN", "1024x768")


def offscreen_platform(screen: str = TEST_SCREEN) -> str:
    """Qt's offscreen platform with one screen of ``screen`` ("WIDTHxHEIGHT") pixels."""
    width, height = (int(part) for part in screen.split("x"))
    config = Path(tempfile.gettempdir()) / f"pumpdesk-screen-{width}x{height}.json"
    if not config.exists():
        config.write_text(json.dumps({"screens": [{
            "name": "counter", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


# Real widgets, no screen: set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())

import datetime as dt  # noqa: E402
import itertools  # noqa: E402

import pytest  # noqa: E402

from app.domain.events import Context  # noqa: E402
from app.domain.reference import UnitAddress  # noqa: E402
from app.services import register  # noqa: E402
from app.services.station import Station, open_station  # noqa: E402


START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday morning


class FakeClock:
    """A clock that only moves when the test says so (a second per reading, to keep
    events in a strict order)."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


#: Everyone a test station signs in as holds every role, unless the test says otherwise.
ALL_ROLES = ("counter", "technician", "administrator")


def enroll(station: Station, number: str, roles: tuple[str, ...] = ALL_ROLES,
           name: str | None = None) -> None:
    """Put ``number`` in the station's staff register (as the first administrator if there
    is none yet, else added by whoever the register's first administrator is), with its
    own event ids and a clock of its own, so the test's numbered events and times stay as
    they were."""
    from app.services import staff

    with station.db.reading() as connection:
        from app.persistence.staff import StaffRegister

        register = StaffRegister(connection)
        if register.member(number) is not None:
            return
        admin = next((m.number for m in register.everyone()
                      if m.active and m.holds(staff.Role.ADMINISTRATOR)), "")
    if not admin and "administrator" not in roles:
        enroll(station, "ADMIN", ("administrator",), "Depot administrator")
        admin = "ADMIN"
    setup = Station(station.db, Context(admin, station.ctx.workstation,
                                        clock=lambda: START - dt.timedelta(days=1)))
    staff.add_staff(setup, number, name=name or number, roles=roles)


def signed_in(station: Station, number: str = "anna.k",
              roles: tuple[str, ...] = ALL_ROLES) -> Station:
    """``station`` with ``number`` in its staff register and signed in."""
    enroll(station, number, roles)
    station.sign_in(number)
    return station


def make_station(path: Path, clock: FakeClock, actor: str = "anna.k",
                 workstation: str = "DESK1", readable_ids: bool = True,
                 roles: tuple[str, ...] = ALL_ROLES) -> Station:
    """A station on ``path`` signed in as ``actor`` (enrolled in its staff register with
    ``roles``); with ``readable_ids`` its events are numbered 1, 2, 3 … (only for a
    database that starts empty)."""
    ctx = Context(actor, workstation, clock=clock)
    if readable_ids:
        counter = itertools.count(1)
        ctx = Context(actor, workstation, clock=clock,
                      ids=lambda: f"00000000-0000-4000-8000-{next(counter):012d}")
    station = open_station(path, ctx=ctx)
    if actor:
        enroll(station, actor, roles)
    return station


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock):
    station = make_station(tmp_path / "workstation.db", clock)
    yield station
    station.close()


T34_GTIN = "05060123450019"


def define_depot(station: Station) -> Station:
    """Two models and a unit of every kind."""
    register.define_model(station, "T34", make="BD", name="BodyGuard T",
                          product_area="subcutaneous_infusion", maintenance_interval_days=365,
                          gtin=T34_GTIN, consumables=["Syringes and lines, 14-day pack"])
    register.define_model(station, "JOEY", make="Cardinal Health", name="Kangaroo Joey",
                          product_area="enteral_nutrition", maintenance_interval_days=180)
    for number, name, kind, contact, where in [
        ("602154", "SUS Lund, Gastro avd 1", "hospital_inpatient", "Karin Ek",
         ("Entrégatan 7", "222 42", "Lund", "046-17 10 00")),
        ("602155", "SUS Malmö, Onkologimottagningen", "hospital_outpatient", "Lars Nilsson",
         ("Jan Waldenströms gata 35", "214 28", "Malmö", "040-33 10 00")),
        ("604001", "Vårdcentralen Linero", "primary_care", None,
         ("Linerovägen 2", "226 47", "Lund", "")),
        ("605010", "Lunds kommun, Hemsjukvård", "municipality", None, None),
        ("601628", "Asylenheten", "asylum", None, None),
    ]:
        register.define_unit(station, number, name=name, kind=kind, contact_person=contact,
                             address=UnitAddress(*where) if where else None)
    return station


@pytest.fixture
def depot(station: Station) -> Station:
    return define_depot(station)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):  # noqa: ANN001, ANN202
    """pytest-qt's QApplication before anything else: printing and the command line would
    otherwise make a bare QCoreApplication for their translations, and no window could be
    made in the same test run after that."""
    return qapp
