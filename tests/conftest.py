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


def make_station(path: Path, clock: FakeClock, actor: str = "anna.k",
                 workstation: str = "DESK1", readable_ids: bool = True) -> Station:
    """A station on ``path``; with ``readable_ids`` its events are numbered 1, 2, 3 …
    (only for a database that starts empty)."""
    ctx = Context(actor, workstation, clock=clock)
    if readable_ids:
        counter = itertools.count(1)
        ctx = Context(actor, workstation, clock=clock,
                      ids=lambda: f"00000000-0000-4000-8000-{next(counter):012d}")
    return open_station(path, ctx=ctx)


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
    for number, name, kind in [
        ("602154", "SUS Lund, Gastro avd 1", "hospital_inpatient"),
        ("602155", "SUS Malmö, Onkologimottagningen", "hospital_outpatient"),
        ("604001", "Vårdcentralen Linero", "primary_care"),
        ("605010", "Lunds kommun, Hemsjukvård", "municipality"),
        ("601628", "Asylenheten", "asylum"),
    ]:
        register.define_unit(station, number, name=name, kind=kind)
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
