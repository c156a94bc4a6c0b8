"""``pumpdesk order --delivery …``, ``joint-order``, ``delivery-modes`` and ``route-days`` on
the command line: promised days over Christmas, Easter and Midsummer in Sweden and Norway
with ``--at`` on the depot's clock (whatever this computer's zone), refusals in one
sentence, and the promise in the JSON of ``order`` and ``orders``."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Iterator

import pytest

from app.domain.prescribers import PrescriberRole
from app.services.station import Station, open_station
from tests.consumables_setup import define_articles, prescribe
from tests.integration.conftest import Run, set_up
from tests.integration.test_delivery_orders import define_prescriber

PERSON = "19811228-9874"
OTHER = "19121212-1212"
NORWEGIAN = "15108695088"


@pytest.fixture(autouse=True)
def _far_away_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer on UTC: ``--at`` is still the depot's own time."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _with_station(path: Path, work) -> None:  # noqa: ANN001
    station = open_station(path)
    try:
        station.sign_in("anna.k")
        work(station)
    finally:
        station.close()


@pytest.fixture
def shop(cli: Run, tmp_path: Path) -> Run:
    set_up(cli, ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
           ["unit", "605020", "--name", "Särskilt boende Måsen", "--kind",
            "special_housing"])

    def fill(station: Station) -> None:
        define_articles(station)
        prescribe(station, PERSON, {"SPR10": 40, "PEG": 20}, valid_from=dt.date(2026, 1, 1),
                  per_days=365)
        define_prescriber(station, "PR-1", PrescriberRole.LAKARE, {"602154"})

    _with_station(tmp_path / "cli.db", fill)
    return cli


def _order(run: Run, *extra: str) -> tuple[int, str, str]:
    return run("order", PERSON, "--article", "SPR10", "--ordered-by", "patient", *extra)


@pytest.mark.parametrize(("at", "options", "promised"), [
    # Urgent: the next working day before 14:00, over Christmas Eve, Christmas and a weekend.
    ("2026-12-23 13:59", ("--delivery", "urgent", "--phone", "0701234567"), "2026-12-28"),
    ("2026-12-23 14:01", ("--delivery", "urgent", "--phone", "0701234567"), "2026-12-29"),
    # Standard from Maundy Thursday: Good Friday and Easter Monday are not working days.
    ("2026-04-02 10:00", (), "2026-04-13"),
    # Leave outside the door in the week of Midsummer Eve (closed in Sweden).
    ("2026-06-17 09:00", ("--delivery", "outside", "--address", "Storgatan 1", "--town",
                          "Lund"), "2026-06-25"),
])
def test_promised_days_in_sweden(shop: Run, at: str, options: tuple[str, ...],
                                 promised: str) -> None:
    code, out, err = _order(shop, "--at", at, *options)
    assert code == 0, err
    assert out.splitlines()[1].startswith(f"promised for {promised}")


@pytest.mark.parametrize(("at", "promised"), [("2026-06-18 11:59", "2026-06-18"),
                                              ("2026-06-18 12:01", "2026-06-22")])
def test_express_around_noon_before_midsummer(shop: Run, at: str, promised: str) -> None:
    code, out, err = shop("order", PERSON, "--article", "PEG", "--ordered-by", "prescriber",
                          "--delivery", "express", "--phone", "0701234567", "--orderer",
                          "PR-1", "--at", at, "--json")
    assert code == 0, err
    made = json.loads(out)["promise"]
    assert (made["promised"], made["extra_costs"]) == (promised, ["Express delivery"])


def test_refusals_and_the_list_with_promises(shop: Run) -> None:
    code, _out, err = _order(shop, "--delivery", "outside", "--address", "Storgatan 1",
                             "--town", "Lund", "--apartment")
    assert code != 0 and "door code" in err and "Traceback" not in err
    code, _out, err = _order(shop, "--delivery", "drone")
    assert code != 0 and "not a delivery mode" in err
    code, out, err = _order(shop, "--delivery", "pickup", "--pickup-point",
                            "ICA Nära Linero", "--notify", "sms", "--notify-to",
                            "0701234567", "--at", "2026-03-02 10:00")
    assert code == 0, err
    assert out.splitlines() == ["U01000001", "promised for 2026-03-09 (pickup)",
                                "pickup point ICA Nära Linero, to be collected by 2026-03-23",
                                "notified by sms"]
    listed = json.loads(shop("orders", "--json")[1])
    assert [(o["number"], o["promise"]["promised"], o["promise"]["last_pickup"],
             o["promise"]["contact_prescriber"]) for o in listed] == [
        ("U01000001", "2026-03-09", "2026-03-23", False)]
    code, out, _ = shop("orders")
    assert "promised for 2026-03-09 (pickup)" in out


def test_a_joint_order_on_the_command_line(shop: Run, tmp_path: Path) -> None:
    def fill(station: Station) -> None:
        define_prescriber(station, "BE-1", PrescriberRole.BESTALLARE, {"605020"}, {"605020"})
        for person in (PERSON, OTHER):
            prescribe(station, person, {"SPR10": 4, "PEG": 2}, unit="605020",
                      valid_from=dt.date(2026, 3, 1))

    _with_station(tmp_path / "cli.db", fill)
    code, _out, err = shop("joint-order", "605020", "--line", f"{PERSON}:SPR10=1",
                           "--line", f"{OTHER}:PEG=1", "--orderer", "BE-1")
    assert code != 0 and "Nutrition" in err
    code, out, err = shop("joint-order", "605020", "--line", f"{PERSON}:SPR10=2",
                          "--line", f"{OTHER}:SPR10=1", "--orderer", "BE-1", "--at",
                          "2026-03-02 10:00", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert [o["number"] for o in made["orders"]] == ["U01000001", "U01000002"]
    assert {(o["promise"]["mode"], o["promise"]["promised"], o["promise"]["joint"])
            for o in made["orders"]} == {("joint", "2026-03-09", made["joint"])}


def test_a_norwegian_depot_on_route_days_and_at_the_counter(cli: Run, tmp_path: Path) -> None:
    set_up(cli, ["depot", "--country", "NO"],
           ["unit", "720010", "--name", "Bergen kommune, Årstad", "--kind", "municipality"])
    _with_station(tmp_path / "cli.db", lambda station: (define_articles(station), prescribe(
        station, NORWEGIAN, {"FILM": 20}, unit="720010", valid_from=dt.date(2026, 1, 1),
        per_days=365)))
    code, out, _ = cli("delivery-modes", "--json")
    assert json.loads(out)["modes"] == ["counter", "route"]
    code, _out, err = cli("order", NORWEGIAN, "--article", "FILM", "--ordered-by", "patient",
                          "--delivery", "route")
    assert code != 0 and "no delivery days" in err
    assert cli("route-days", "720010", "thu")[0] == 0
    # Christmas Eve is a working day in Norway: the Thursday route runs.
    code, out, err = cli("order", NORWEGIAN, "--article", "FILM", "--ordered-by", "patient",
                         "--delivery", "route", "--at", "2026-12-22 15:00")
    assert code == 0, err
    assert out.splitlines()[1] == "promised for 2026-12-24 (route)"
    # At the counter, no mode named: after Christmas, Monday 28 December.
    code, out, err = cli("order", NORWEGIAN, "--article", "FILM", "--ordered-by", "patient",
                         "--at", "2026-12-24 10:00")
    assert code == 0, err
    assert out.splitlines()[1] == "promised for 2026-12-28 (counter)"
    code, _out, err = cli("order", NORWEGIAN, "--article", "FILM", "--ordered-by", "patient",
                          "--delivery", "standard")
    assert code != 0 and "does not offer" in err
    assert cli("delivery-modes", "route", "counter", "pickup")[0] == 0
    assert json.loads(cli("delivery-modes", "--json")[1])["modes"] == [
        "counter", "pickup", "route"]
