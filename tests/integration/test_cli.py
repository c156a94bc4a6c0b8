"""The headless command line: exit codes, one-line refusals, JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

GTIN = "05060123450019"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the user's language (Swedish unless told); these tests read
    its English."""
    monkeypatch.setenv("PUMPDESK_LANG", "en")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("PUMPDESK_DB", str(path))
    monkeypatch.setenv("PUMPDESK_WORKSTATION", "CLI1")
    monkeypatch.setenv("PUMPDESK_STAFF", "anna.k")
    for argv in (
        ["staff", "add", "anna.k", "--name", "Anna K", "--role", "administrator",
         "--role", "counter", "--role", "technician"],
        ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365", "--gtin", GTIN],
        ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
        ["unit", "604001", "--name", "Vårdcentralen Linero", "--kind", "primary_care"],
        ["register", "PD-1", "--model", "T34", "--serial", "S1", "--udi", f"(01){GTIN}(21)A1"],
    ):
        assert main(argv) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_loan_is_refused_the_pharmacys_nacl_as_a_consumable(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seed 001 at a depot without an assortment: NaCl for drug mixtures comes from the
    pharmacy, "og kan ikke bestilles via BHM"; the whole loan is refused, nothing made."""
    capsys.readouterr()
    code, _out, err = run(capsys, "--lang", "nb", "issue", "PD-1", "--patient",
                          "19811228-9874", "--unit", "602154", "--approval", "BL-1",
                          "--consumable", "Sprøyter=2", "--consumable", "NaCl 9 mg/ml=1")
    assert code == 1 and "NaCl 9 mg/ml" in err and "apotek" in err, err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "status", "PD-1", "--json")
    assert json.loads(out)["state"] == "ready"


def test_a_loan_round_trip(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "issue", "pd-1", "--patient", "19811228-9874", "--unit",
                       "602154", "--approval", "BL-1", "--name", "Anna Berg",
                       "--consumable", "Syringes=2")
    assert code == 0 and "on loan" in out and "CLI1-000001" in out
    code, out, _ = run(capsys, "status", f"]d201{GTIN}21A1", "--json")
    status = json.loads(out)
    assert {k: status[k] for k in ("registration", "state", "model", "unit", "patient")} == {
        "registration": "PD-1", "state": "on_loan", "model": "T34", "unit": "602154",
        "patient": "Anna Berg (19811228-9874)"}
    assert status["since"]
    code, out, _ = run(capsys, "return", "PD-1", "--fault", "Display cracked")
    assert code == 0 and "faulty" in out and "Anna Berg" in out
    for argv in (["service", "PD-1", "--reason", "repair"], ["back", "PD-1", "--repaired", "New display"],
                 ["dispatch", "PD-1", "--unit", "602154"],
                 ["prescribe", "PD-1", "--patient", "protected", "--approval", "BL-2"],
                 ["move", "PD-1", "--unit", "604001"], ["lost", "PD-1"], ["return", "PD-1"],
                 ["clean", "PD-1"], ["fault", "PD-1", "Battery"], ["retire", "PD-1"]):
        assert run(capsys, *argv)[0] == 0, argv
    code, out, _ = run(capsys, "history", "PD-1", "--json")
    history = json.loads(out)
    assert [e["type"] for e in history][:3] == ["pump_registered", "issued_to_patient",
                                               "returned"]
    assert all({"id", "type", "occurred_at", "actor", "workstation", "payload"} <= e.keys()
               for e in history)


def test_status_of_a_protected_loan_shows_no_person(db: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "issue", "PD-1", "--patient", "skyddad", "--unit", "602154", "--approval", "B")
    _, out, _ = run(capsys, "status", "PD-1", "--json")
    assert json.loads(out)["patient"] == "protected"


def test_a_refusal_is_one_line_on_stderr_and_changes_nothing(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    _, before, _ = run(capsys, "history", "PD-1", "--json")
    for argv in (["return", "PD-1"], ["clean", "PD-1"], ["return", "NOPE-1"],
                 ["issue", "PD-1", "--patient", "19811228-9875", "--unit", "602154",
                  "--approval", "B"],
                 ["dispatch", "PD-1", "--unit", "604001"], ["status", "XX"]):
        code, out, err = run(capsys, *argv)
        assert code == 1, argv
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    _, after, _ = run(capsys, "history", "PD-1", "--json")
    assert after == before


def test_lists_are_keyed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    pumps = json.loads(run(capsys, "list", "pumps", "--json")[1])
    assert pumps[0]["registration"] == "PD-1" and pumps[0]["state"] == "ready"
    assert json.loads(run(capsys, "list", "pumps", "--state", "on_loan", "--json")[1]) == []
    models = json.loads(run(capsys, "list", "models", "--json")[1])
    assert models[0]["code"] == "T34"
    units = json.loads(run(capsys, "list", "units", "--json")[1])
    assert {(u["customer_number"], u["kind"]) for u in units} == {
        ("602154", "hospital_inpatient"), ("604001", "primary_care")}
    assert run(capsys, "list", "pumps", "--state", "sideways")[0] == 1


def test_database_from_option_environment_or_data_folder(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    monkeypatch.delenv("PUMPDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert run(capsys, "list", "units")[0] == 0
    assert list((tmp_path).rglob("pumpdesk.db")), "no database in the user's data folder"
    monkeypatch.setenv("PUMPDESK_DB", str(tmp_path / "env.db"))
    assert run(capsys, "list", "units")[0] == 0
    assert (tmp_path / "env.db").exists()
    assert run(capsys, "--db", str(tmp_path / "opt.db"), "list", "units")[0] == 0
    assert (tmp_path / "opt.db").exists()


def test_demo_makes_every_state_and_identity_kind(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    code, _out, err = run(capsys, "--db", str(path), "demo", "--pumps", "120")
    assert code == 0, err
    pumps = json.loads(run(capsys, "--db", str(path), "list", "pumps", "--json")[1])
    assert {p["state"] for p in pumps} == {
        "ready", "on_loan", "on_transport_loan", "in_unit_stock", "awaiting_cleaning",
        "faulty", "in_service", "lost", "retired"}
    from app.persistence.database import Database
    from app.persistence.replay import projection, replay
    source = Database(path)
    kinds = {kind for (kind,) in source.engine.connect().exec_driver_sql(
        "SELECT kind FROM persons")}
    assert kinds == {"se_personnummer", "se_samordningsnummer", "lma", "undocumented"}
    assert any(row[4] for row in projection(source)["loans"]), "no protected-identity loan"
    assert len(projection(source)["payers"]) == 6 and projection(source)["unit_payers"]
    loans = json.loads(run(capsys, "--db", str(path), "--staff", "DEMO1", "list", "loans",
                           "--json")[1])
    assert {row["payer"] for row in loans} > {"Region Skåne, Asylenheten",
                                               "Region Skåne, Vårdcentraler"}
    rebuilt = Database(tmp_path / "replayed.db")
    replay(source, rebuilt)
    assert projection(rebuilt) == projection(source)


def test_norwegian_demo_has_both_number_kinds(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo-no.db"
    assert run(capsys, "--db", str(path), "demo", "--pumps", "40", "--country", "NO")[0] == 0
    from app.persistence.database import Database
    kinds = {kind for (kind,) in Database(path).engine.connect().exec_driver_sql(
        "SELECT kind FROM persons")}
    assert kinds == {"no_fodselsnummer", "no_d_nummer"}


def test_the_console_script_runs(db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli", "status", "PD-1"],
                          capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0 and "PD-1" in done.stdout


def test_check_says_what_works_and_what_does_not(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from app import __version__

    code = main(["--db", str(tmp_path / "check.db"), "--check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.splitlines()[0].startswith(f"PumpDesk {__version__}")
    for name in ("resources", "database", "printing", "window"):
        assert f"ok      {name}: " in out
    assert "schema at revision" in out and out.rstrip().endswith("all checks passed")
    (tmp_path / "folder.db").mkdir()  # not a database file: the check says so, exit 4
    code = main(["--db", str(tmp_path / "folder.db"), "--check"])
    out = capsys.readouterr().out
    assert code == 4 and "FAILED  database: " in out and "1 check(s) failed" in out


def test_demo_data_go_into_an_empty_database_only(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    assert run(capsys, "--db", str(path), "demo", "--pumps", "20")[0] == 0
    _, before, _ = run(capsys, "--db", str(path), "list", "pumps", "--json")
    code, _, err = run(capsys, "--db", str(path), "demo", "--pumps", "20")
    assert code == 1 and "already holds pumps" in err
    assert run(capsys, "--db", str(path), "list", "pumps", "--json")[1] == before
    assert run(capsys, "--db", str(tmp_path / "huge.db"), "demo", "--pumps",
               "1000000000")[0] == 1


def test_a_workstation_id_that_is_not_the_databases_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPDESK_LANG", "en")
    db = str(tmp_path / "counter.db")
    assert run(capsys, "--db", db, "--workstation", "KASSA1", "list", "pumps")[0] == 0
    assert run(capsys, "--db", db, "--workstation", "kassa1", "list", "pumps")[0] == 0
    code, out, err = run(capsys, "--db", db, "--workstation", "KASSA2", "list", "pumps")
    assert code == 1 and out == ""
    assert "belongs to workstation KASSA1, not KASSA2" in err and "Traceback" not in err
