"""Verified TLS by default, plain text only when asked for (and then warned about), and no
secret of a central URL written to settings, logs or the terminal.

The private cluster's certificate names ``localhost`` and ``central.pumpdesk.test``; a
counter reaches the latter with ``hostaddr=127.0.0.1``, so PumpDesk treats it as the
remote host it names (no DNS is needed, and libpq checks the certificate against the name)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from app.cli import main
from app.domain.refusals import Refused
from app.services import sync
from app.sync.admin import init_central
from app.sync.connection import CentralUnavailable, connect, connection_params
from tests.sync.private_cluster import ADMIN, ADMIN_PASSWORD
from tests.sync.region import drop_region
from tests.sync.test_cli_and_connection import (  # noqa: F401 - a fixture
    MemoryKeyring,
    memory_store,
    settings_files,
)

REMOTE = "central.pumpdesk.test"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPDESK_LANG", "en")


@pytest.fixture
def remote_region(private_cluster) -> Iterator[dict[str, str]]:  # noqa: ANN001
    """A region on the private cluster, and the libpq settings that reach it by its name."""
    init_central(private_cluster.url(options="-csearch_path=tls_region"))
    yield {"host": REMOTE, "hostaddr": "127.0.0.1", "port": str(private_cluster.port),
           "user": ADMIN, "password": ADMIN_PASSWORD, "dbname": "postgres",
           "options": "-csearch_path=tls_region"}
    drop_region(private_cluster.url(), "tls_region")


def test_a_remote_host_gets_verified_tls_without_asking(remote_region, private_cluster) -> None:  # noqa: ANN001
    url = make_conninfo(**remote_region, sslrootcert=str(private_cluster.ca))
    assert connection_params(url)["sslmode"] == "verify-full"
    with connect(url) as connection:
        assert connection.pgconn.ssl_in_use
    reached = sync.test_connection(url)
    assert reached.warning is None


def test_a_certificate_for_another_name_is_refused(remote_region, private_cluster) -> None:  # noqa: ANN001
    for host in ("wrong.pumpdesk.test", "127.0.0.1"):
        settings = {**remote_region, "host": host, "sslrootcert": str(private_cluster.ca)}
        if host == "127.0.0.1":  # loopback: verification must be asked for, and is kept
            settings["sslmode"] = "verify-full"
        with pytest.raises(CentralUnavailable, match="does not match host name"):
            connect(make_conninfo(**settings)).close()


def test_a_server_not_signed_by_a_trusted_authority_is_refused(remote_region) -> None:  # noqa: ANN001
    """Without the test CA, the system's authorities (or none) do not vouch for it."""
    with pytest.raises(CentralUnavailable):
        connect(make_conninfo(**remote_region)).close()


def test_plain_text_is_refused_unless_asked_for_and_then_warned_about(
        central_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The machine's shared server speaks no TLS: reached by a remote name, the default
    refuses it; ``sslmode=disable`` reaches it, and ``central test`` says it is plain
    text."""
    init_central(_with(central_database, options="-csearch_path=tls_plain"))
    try:
        remote = _with(central_database, host=REMOTE, hostaddr="127.0.0.1",
                       options="-csearch_path=tls_plain")
        with pytest.raises(CentralUnavailable):
            connect(remote).close()
        with pytest.raises(Refused, match="Cannot reach"):
            sync.test_connection(remote)
        plain = _with(remote, sslmode="disable")
        reached = sync.test_connection(plain)
        assert reached.warning is not None and "not encrypted" in reached.warning.message
        assert main(["central", "test", "--url", plain]) == 0
        out, err = capsys.readouterr()
        assert "Reached" in out and "not encrypted" in err and "sslmode=verify-full" in err
        # The same server by a loopback address: nothing crosses a network, nothing to warn.
        assert sync.test_connection(
            _with(central_database, options="-csearch_path=tls_plain")).warning is None
    finally:
        drop_region(central_database, "tls_plain")


def test_encrypted_but_unverified_is_warned_about(remote_region, private_cluster) -> None:  # noqa: ANN001
    reached = sync.test_connection(make_conninfo(**remote_region, sslmode="require"))
    assert reached.warning is not None and "not verified" in reached.warning.message


def _with(url: str, **params: str) -> str:
    return make_conninfo(**{**conninfo_to_dict(url), **params})


# -- secrets ---------------------------------------------------------------------------------

MALFORMED = ["postgresql://desk:Hunter2secret@central.example:notaport/region",
             "host=central.example user=desk password=Hunter2secret port=notaport",
             "host=central.example password='Hunter2secret sslmode=verify-full",
             "postgresql://desk:Hunter2secret@central.example/region?sslmode=nonsense"]


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_urls_password_never_reaches_the_terminal_or_the_log(
        url: str, tmp_path: Path) -> None:
    """As a user runs it: a process of its own, its stdout, stderr and log file read."""
    db = tmp_path / "desk.db"
    outputs = []
    for argv in (["central", "test", "--url", url], ["central", "use", "--url", url],
                 ["--central", url, "sync"]):
        done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *argv],
                              capture_output=True, text=True, cwd=ROOT, timeout=120,
                              env=_env(tmp_path))
        assert done.returncode != 0, (argv, done.stdout, done.stderr)
        assert done.stderr.strip(), argv  # a sentence saying what is wrong
        assert "Traceback" not in done.stdout + done.stderr
        outputs += [done.stdout, done.stderr]
    # Everything the program wrote but the password store's file (where a computer without
    # a password store keeps it, readable by this user alone).
    outputs += [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
                and p.suffix not in (".db", ".db-wal", ".db-shm")
                and p.name != "central-credentials.json"]
    for text in outputs:
        assert "Hunter2secret" not in text


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PUMPDESK_LANG": "en", "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def test_a_client_keys_passphrase_goes_to_the_password_store_not_the_settings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        memory_store: MemoryKeyring) -> None:
    import argparse

    from app.cli.sync import configured_central

    url = ("postgresql://desk:pw1@central.example/region?sslmode=verify-full"
           "&sslcert=/keys/desk.crt&sslkey=/keys/desk.key&sslpassword=KeyPass9")
    assert main(["central", "use", "--url", url]) == 0
    out, err = capsys.readouterr()
    assert "KeyPass9" not in out + err and "pw1" not in out + err
    assert sorted(memory_store.passwords.values()) == ["KeyPass9", "pw1"]
    kept = configured_central(argparse.Namespace(central=None))
    assert "sslpassword" not in conninfo_to_dict(kept)
    assert "password" not in conninfo_to_dict(kept)
    files = settings_files(tmp_path)
    assert files and not any("KeyPass9" in f.read_text() for f in files)
    params = connection_params(kept)  # what libpq is given: both, from the store
    assert (params["password"], params["sslpassword"]) == ("pw1", "KeyPass9")


def test_the_judge_status_query_measures_the_clock_not_the_network(
        central_database: str) -> None:
    """The offset is taken against the middle of the round trip: on one machine it is
    near zero whatever the connection's latency."""
    from app.sync.central import Central

    init_central(_with(central_database, options="-csearch_path=tls_clock"))
    try:
        central = Central(_with(central_database, options="-csearch_path=tls_clock"))
        central.judge_status()
        assert central.clock_offset_s is not None and abs(central.clock_offset_s) < 1.0
        central.close()
    finally:
        drop_region(central_database, "tls_clock")



def test_a_counter_whose_clock_is_six_hours_ahead_is_told_and_the_log_keeps_server_time(
        region, tmp_path: Path) -> None:  # noqa: ANN001
    """``faketime`` moves the whole process's clock, as a badly set computer has it."""
    faketime = shutil.which("faketime")
    if faketime is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is missing (.ci/run installs it)")
        pytest.skip("faketime is not installed")
    url = region.counter_url("KASSA9")
    desk = [sys.executable, "-m", "app.cli", "--db", str(tmp_path / "k9.db"),
            "--workstation", "KASSA9", "--central", url]
    env = _env(tmp_path)
    done = subprocess.run([*desk, "staff", "add", "ADM1", "--name", "Ada Admin", "--role",
                           "administrator"], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*desk, "--staff", "ADM1", "model", "JOEY", "--make", "Cardinal", "--name",
                           "Kangaroo Joey", "--area", "enteral_nutrition", "--interval", "365"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([faketime, "-f", "+6h", *desk, "sync", "--json"], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    offset = json.loads(done.stdout)["clock_offset_s"]
    assert 6 * 3600 - 60 < offset < 6 * 3600 + 60
    assert "360 minutes" in done.stderr and "ahead" in done.stderr
    import psycopg

    with psycopg.connect(region.admin_url) as connection:
        skew = connection.execute("SELECT extract(epoch FROM now() - max(received_at)) "
                                  "FROM log").fetchone()[0]
    assert skew is not None and 0 <= float(skew) < 600  # the server's time, not the counter's
    done = subprocess.run([*desk, "sync", "--json"], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)
    assert abs(json.loads(done.stdout)["clock_offset_s"]) < 60 and "minutes" not in done.stderr
