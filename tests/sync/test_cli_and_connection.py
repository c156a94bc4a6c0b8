"""The sync commands of the command line, and how the central database is reached: its
schema by migration, TLS settings passed to libpq, the password from the system's store."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
import subprocess
import sys
import time
from typing import Iterator

import keyring
import psycopg
from psycopg import sql
import pytest
from keyring.backend import KeyringBackend

from app.cli import main
from app.sync import connection as connection_module
from app.sync.admin import head_revision as central_head
from app.sync.central import Central
from app.sync.connection import CentralUnavailable, connection_params, redact, store_password
from tests.sync.conftest import schema_url
from tests.sync.region import drop_region

GTIN = "05060123450019"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the user's language (Swedish unless told); these tests read
    its English."""
    monkeypatch.setenv("PUMPDESK_LANG", "en")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fresh_schema(central_database: str) -> Iterator[str]:
    url = schema_url(central_database, "cli_made")
    yield url
    drop_region(central_database, "cli_made")


def _judge(url: str) -> subprocess.Popen[str]:
    """``pumpdesk central serve``, as the region's judge service runs it."""
    judge = subprocess.Popen([sys.executable, "-m", "app.cli", "central", "serve", "--url",
                              url, "--name", "cli-judge"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    assert "judge" in judge.stdout.readline()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with psycopg.connect(url) as connection:
            if connection.execute("SELECT count(*) FROM judge_status "
                                  "WHERE leader = 'cli-judge'").fetchone()[0]:
                return judge
        time.sleep(0.05)
    raise AssertionError("the judge did not start")


def _desk(tmp_path: Path, name: str) -> list[str]:
    return ["--db", str(tmp_path / f"{name}.db"), "--workstation", name, "--staff", "bo"]


def test_init_sync_conflicts_and_resolve_from_the_command_line(
        tmp_path: Path, fresh_schema: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "central", "init", "--url", fresh_schema)
    assert code == 0 and f"revision {central_head()}" in out
    judge_url = next(line.strip() for line in out.splitlines() if "user=pd_cli_made_judge"
                     in line)
    code, out, _ = run(capsys, "central", "init", "--url", fresh_schema)  # again: no change
    assert code == 0 and f"revision {central_head()}" in out and "judge" not in out
    urls = {}
    for name in ("CLIA", "CLIB"):
        code, out, _ = run(capsys, "central", "add-workstation", name, "--url", fresh_schema)
        assert code == 0
        urls[name] = next(line.strip() for line in out.splitlines()
                          if f"user=pd_cli_made_ws_{name.lower()}" in line)
    code, _, err = run(capsys, "central", "add-workstation", "CLIA", "--url", fresh_schema)
    assert code == 1 and "--reenroll" in err
    judge = _judge(judge_url)
    try:
        _sync_from_the_command_line(tmp_path, urls, capsys)
    finally:
        judge.terminate()
        judge.wait(10)


def _sync_from_the_command_line(tmp_path: Path, urls: dict[str, str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    one = [*_desk(tmp_path, "CLIA"), "--central", urls["CLIA"]]
    two = [*_desk(tmp_path, "CLIB"), "--central", urls["CLIB"]]
    for argv in (["staff", "add", "bo", "--name", "Bo", "--role", "administrator,counter"],
                 ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
                  "subcutaneous_infusion", "--interval", "365", "--gtin", GTIN],
                 ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
                 ["register", "PD-1", "--model", "T34"]):
        assert main([*one, *argv]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, *one, "sync", "--json")
    report = json.loads(out)
    assert code == 0
    assert (report["online"], report["pushed"], report["accepted"], report["pending"]) == (
        True, 4, 4, 0)
    code, out, _ = run(capsys, *two, "sync")
    assert code == 0 and "pulled 4 (applied 4)" in out
    for desk, patient in ((one, "19811228-9874"), (two, "19811288-9871")):
        assert main([*desk, "issue", "PD-1", "--patient", patient, "--unit", "602154",
                     "--approval", "BL-1"]) == 0
    for desk in (one, two, one):
        assert main([*desk, "sync"]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, *one, "conflicts", "--open", "--json")
    (conflict,) = json.loads(out)
    assert (conflict["refused"]["workstation"], conflict["stood"]["workstation"]) == (
        "CLIB", "CLIA")
    assert conflict["reason"] == "Could not issue PD-1 centrally: it was already on loan there."
    event = conflict["refused"]["event"]
    code, _, err = run(capsys, *one, "resolve", event, "--note", " ")
    assert code == 1 and "Write what was done" in err
    code, out, _ = run(capsys, *one, "resolve", event, "--note", "Kept CLIA's loan")
    assert code == 0
    code, _, err = run(capsys, *two, "resolve", event, "--note", "Checked: with CLIA's patient")
    assert code == 0  # CLIB has not heard yet: both resolutions are recorded ...
    for desk in (one, two, one):
        main([*desk, "sync"])
    capsys.readouterr()
    for desk in (one, two):  # ... and the last word in the central order stands everywhere
        code, out, _ = run(capsys, *desk, "conflicts", "--json")
        assert json.loads(out)[0]["resolution"] == "Checked: with CLIA's patient"


def test_sync_without_a_reachable_central_says_so_and_keeps_the_events(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desk = _desk(tmp_path, "CLIC")
    assert main([*desk, "staff", "add", "bo", "--name", "Bo", "--role", "administrator"]) == 0
    assert main([*desk, "unit", "602154", "--name", "SUS Lund", "--kind",
                 "hospital_inpatient"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, *desk, "--central",
                         "postgresql://postgres@127.0.0.1:1/x?connect_timeout=1", "sync",
                         "--json")
    assert code == 1
    assert json.loads(out)["pending"] == 2 and json.loads(out)["online"] is False
    assert "Sync did not finish: offline" in err


def test_a_schema_not_yet_made_is_named_as_such(tmp_path: Path, central_database: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = schema_url(central_database, "never_made")
    code, _, err = run(capsys, *_desk(tmp_path, "CLID"), "--central", url, "sync")
    assert code == 1 and "pumpdesk central init" in err
    code, _, err = run(capsys, "central", "test", "--url", url)
    assert code == 1 and "no PumpDesk schema" in err


def test_tls_settings_reach_libpq(central_database: str) -> None:
    """``sslmode=require`` is honoured: this server speaks no TLS, so the connection is
    refused rather than made in the clear."""
    params = psycopg.conninfo.conninfo_to_dict(central_database)
    params["sslmode"] = "require"
    url = psycopg.conninfo.make_conninfo(**params)
    assert connection_params(url)["sslmode"] == "require"
    with pytest.raises(CentralUnavailable, match="SSL"):
        Central(url).pull(0, 1)


class MemoryKeyring(KeyringBackend):
    """A password store in memory, standing in for the system's (which a CI machine
    lacks); the code under test goes through the real ``keyring`` API."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def test_the_password_is_kept_in_the_password_store_not_in_the_url(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        url = "postgresql://pumpdesk:s3cret@central.example:5432/region?sslmode=verify-full"
        assert "s3cret" not in redact(url)
        assert "sslmode=verify-full" in redact(url)
        store_password(redact(url), "s3cret")
        assert list(store.passwords.values()) == ["s3cret"]
        params = connection_params(redact(url))
        assert params["password"] == "s3cret"
        assert params["sslmode"] == "verify-full"
        # A URL that carries its own password keeps it (for a one-off command).
        assert connection_params(url)["password"] == "s3cret"
    finally:
        keyring.set_keyring(previous)
    assert connection_module.KEYRING_SERVICE == "PumpDesk central database"


@pytest.fixture
def memory_store(tmp_path: Path) -> Iterator[MemoryKeyring]:
    """The user's settings in a folder of the test's, and a password store in memory."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def settings_files(tmp_path: Path) -> list[Path]:
    return [f for f in (tmp_path / "settings").rglob("*") if f.is_file()]


def test_central_use_keeps_the_url_in_settings_and_the_password_in_the_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        memory_store: MemoryKeyring) -> None:
    from app.cli.sync import configured_central

    url = "postgresql://desk:pw1@central.example/region?sslmode=verify-full"
    code, out, _ = run(capsys, "central", "use", "--url", url)
    assert code == 0 and "pw1" not in out
    assert list(memory_store.passwords.values()) == ["pw1"]
    kept = configured_central(argparse.Namespace(central=None))
    assert psycopg.conninfo.conninfo_to_dict(kept) == {
        "host": "central.example", "user": "desk", "dbname": "region",
        "sslmode": "verify-full"}
    files = settings_files(tmp_path)
    assert files and not any("pw1" in f.read_text() for f in files)


def test_central_init_refused_by_the_server(central_database: str, tmp_path: Path) -> None:
    """A role that may log in and nothing more: the server refuses, the command says so in
    one sentence (exit 3) and what to do about it."""
    from tests.hostile import one_sentence, pumpdesk

    role = f"pumpdesk_no_rights_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(central_database, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        try:
            params = psycopg.conninfo.conninfo_to_dict(central_database)
            params.update(user=role, options="-csearch_path=region_central")
            done = pumpdesk("--lang", "en", "central", "init", "--url",
                            psycopg.conninfo.make_conninfo(**params), home=tmp_path)
        finally:
            admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    assert done.returncode == 3
    line = one_sentence(done)
    assert line.startswith("The central database refused: permission denied"), line
    assert "Ask its administrator" in line
