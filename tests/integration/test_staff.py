"""The staff register at one counter: the first setup, roles, PINs, cards, the scheduled
jobs' account, and every event naming its staff member."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import main
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, queries, staff
from app.services.station import open_station
from tests.conftest import enroll
from tests.integration.conftest import Run, set_up
from tests.printing.reading import barcodes, text


def _rows(path: Path, query: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def test_the_first_administrator_needs_no_staff_number_and_then_everyone_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("PUMPDESK_STAFF", raising=False)
    db = str(tmp_path / "new.db")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("staff", "add", "C1", "--name", "Carl", "--role", "counter")
    assert code == 1 and "administrator" in err  # the first must be an administrator
    code, out, _ = run("staff", "add", "A1", "--name", "Ada", "--role", "administrator")
    assert code == 0 and "%S" in out
    code, _, err = run("staff", "add", "C1", "--name", "Carl", "--role", "counter")
    assert code == 1 and "Sign in first" in err
    code, _, err = run("--staff", "NOBODY", "staff", "add", "C1", "--name", "Carl",
                       "--role", "counter")
    assert code == 1 and "No staff member has number NOBODY" in err
    assert run("--staff", "A1", "staff", "add", "C1", "--name", "Carl", "--role",
               "counter")[0] == 0
    code, _, err = run("--staff", "C1", "model", "T34", "--make", "BD", "--name", "T",
                       "--area", "subcutaneous_infusion", "--interval", "365")
    assert code == 1 and "needs the administrator role" in err
    code, out, _ = run("list", "staff", "--json")
    listed = json.loads(out)
    assert [(m["number"], m["roles"], m["active"]) for m in listed] == [
        ("A1", ["administrator"], True), ("C1", ["counter"], True)]
    assert all(m["card_code"].startswith("%S") for m in listed)
    assert not any("pin" in key for m in listed for key in m)


def test_a_refused_action_names_the_role_it_needs_and_changes_nothing(cli: Run) -> None:
    set_up(cli, ["staff", "add", "bo", "--name", "Bo Counter", "--role", "counter"],
           ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
            "subcutaneous_infusion", "--interval", "365"],
           ["register", "PD-1", "--model", "T34"])
    code, _, err = cli("--staff", "bo", "service", "PD-1", "--reason", "repair")
    assert code == 1
    assert err.strip() == ("Bo Counter may not do this (sent to service): it needs the "
                           "technician role. Ask an administrator, or let someone with that "
                           "role sign in.")
    code, out, _ = cli("status", "PD-1", "--json")
    assert json.loads(out)["state"] == "ready"
    assert cli("--staff", "bo", "fault", "PD-1", "Cracked display")[0] == 0


def test_an_inactive_staff_member_can_do_nothing(cli: Run) -> None:
    set_up(cli, ["staff", "add", "bo", "--name", "Bo", "--role", "counter"],
           ["staff", "change", "bo", "--inactive"])
    code, _, err = cli("--staff", "bo", "list", "units")
    assert code == 1 and "no longer active" in err
    code, out, _ = cli("list", "staff", "--json")
    assert {m["number"]: m["active"] for m in json.loads(out)}["bo"] is False


def test_pins_are_kept_only_as_salted_hashes(cli: Run, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    set_up(cli, ["staff", "add", "bo", "--name", "Bo", "--role", "counter", "--pin"])
    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    set_up(cli, ["staff", "add", "cy", "--name", "Cy", "--role", "counter", "--pin"])
    db = tmp_path / "cli.db"
    hashes = dict(_rows(db, "SELECT number, pin_hash FROM staff WHERE pin_hash IS NOT NULL"))
    assert set(hashes) == {"bo", "cy"}
    assert all(h.startswith("$argon2id$") for h in hashes.values())
    assert hashes["bo"] != hashes["cy"]  # salted: one PIN, two hashes
    everything = json.dumps(_rows(db, "SELECT * FROM events")) + json.dumps(
        _rows(db, "SELECT * FROM staff"))
    assert "4711" not in everything
    station = open_station(db)
    try:
        assert staff.sign_in_with_pin(station, "bo", "4711").name == "Bo"
        assert station.staff_number == "bo"
        for number, pin in (("bo", "4712"), ("nobody", "4711"), ("bo", "")):
            with pytest.raises(Refused) as refused:
                staff.member_by_pin(station, number, pin)
            assert refused.value.code is RefusalCode.WRONG_PIN
    finally:
        station.close()


def test_the_staff_card_scans_back_as_its_code(cli: Run, tmp_path: Path) -> None:
    set_up(cli, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"])
    code, out, _ = cli("list", "staff", "--json")
    card = {m["number"]: m["card_code"] for m in json.loads(out)}["bo"]
    pdf = tmp_path / "card.pdf"
    assert cli("staff", "card", "bo", "-o", str(pdf), "--language", "sv")[0] == 0
    assert barcodes(pdf.read_bytes(), 203, smooth=False) == [card]
    words = text(pdf.read_bytes())
    assert "Bo Ek" in words and "bo" in words and "Personalkort" in words
    station = open_station(tmp_path / "cli.db")
    try:
        assert staff.sign_in_by_card(station, card.lower()).number == "bo"
        set_up(cli, ["staff", "change", "bo", "--new-card"])
        with pytest.raises(Refused) as old_card:
            staff.sign_in_by_card(station, card)
        assert old_card.value.code is RefusalCode.UNKNOWN_STAFF
    finally:
        station.close()


def test_the_scheduled_replenishment_runs_as_the_service_account(
        cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUMPDESK_STAFF")
    code, out, err = cli("replenish", "--date", "2026-03-02", "--json")
    assert code == 0, err
    code, _, err = cli("--staff", "SCHEDULER", "model", "T34", "--make", "BD", "--name", "T",
                       "--area", "subcutaneous_infusion", "--interval", "365")
    assert code == 1 and "replenishment" in err


def test_history_and_documents_name_the_staff_member(depot, tmp_path: Path) -> None:  # noqa: ANN001
    enroll(depot, "bo", ("counter",), name="Bo Ek")
    actions.register_pump(depot, "PD-1", "T34")
    depot.sign_in("bo")
    actions.issue_pump(depot, "PD-1", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    history = queries.pump_history(depot, "PD-1")
    assert [(e.actor, e.actor_name) for e in history] == [("anna.k", "anna.k"),
                                                          ("bo", "Bo Ek")]
    assert history[-1].as_json()["actor_name"] == "Bo Ek"
    from app.services import printouts

    receipt = printouts.receipt(depot, "PD-1", "en")
    assert "Bo Ek" in text(receipt.pdf)


def test_the_depot_s_settings_are_an_administrator_s(cli: Run) -> None:
    set_up(cli, ["staff", "add", "bo", "--name", "Bo Ek", "--role", "counter"])
    code, _, err = cli("--staff", "bo", "depot", "--name", "Depå Lund")
    assert code == 1 and err.strip() == (
        "Bo Ek may not change the depot's settings: it needs the administrator role. Ask an "
        "administrator, or let someone with that role sign in.")
    assert cli("--staff", "bo", "depot", "--json")[0] == 0  # looking is anyone's
    assert cli("depot", "--name", "Depå Lund")[0] == 0  # anna.k: an administrator
