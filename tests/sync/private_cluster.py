"""A PostgreSQL server of the test's own, for what the machine's shared one cannot show: it
trusts every local connection and speaks no TLS. This one is made with the installed
server's own ``initdb`` and ``pg_ctl`` (found with ``pg_config --bindir``), run as the
``postgres`` OS user (initdb refuses root), with scram-sha-256 passwords for every
connection and TLS by a certificate of a test CA made here with openssl. The certificate
names ``localhost`` and ``central.pumpdesk.test`` (reached with ``hostaddr=127.0.0.1``, a
host that is not loopback by name), so a client that verifies the host name accepts those
and refuses "127.0.0.1" or any other name."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

ADMIN = "admin"
ADMIN_PASSWORD = "admin-s3cret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def available() -> str | None:
    """Why a private cluster cannot be made here, or None if it can."""
    if os.geteuid() != 0:
        return "making a private PostgreSQL needs root (to run initdb as postgres)"
    if shutil.which("pg_config") is None or shutil.which("openssl") is None:
        return "pg_config or openssl is missing"
    return None


def _as_postgres(*argv: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *argv], check=True,
                   capture_output=True, text=True, timeout=120)


def _openssl(*argv: str, cwd: Path) -> None:
    subprocess.run(["openssl", *argv], check=True, capture_output=True, cwd=cwd, timeout=60)


class PrivateCluster:
    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="pumpdesk-pg-"))
        os.chmod(self.base, 0o755)
        bindir = Path(subprocess.run(["pg_config", "--bindir"], check=True,
                                     capture_output=True, text=True).stdout.strip())
        self.data = self.base / "data"
        self.port = _free_port()
        shutil.chown(self.base, "postgres", "postgres")
        pwfile = self.base / "pwfile"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        shutil.chown(pwfile, "postgres", "postgres")
        _as_postgres(str(bindir / "initdb"), "-D", str(self.data), "-U", ADMIN,
                     f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8")
        self.ca = self._certificates()
        (self.data / "pg_hba.conf").write_text(
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "hostssl all all ::1/128 scram-sha-256\n")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{self.base}'\nssl = on\n"
                       "ssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        for path in self.data.iterdir():
            shutil.chown(path, "postgres", "postgres")
        _as_postgres(str(bindir / "pg_ctl"), "-D", str(self.data), "-l",
                     str(self.base / "server.log"), "-w", "-t", "60", "start")
        self._bindir = bindir

    def _certificates(self) -> Path:
        """A test CA, and the server's certificate for its two names signed by it."""
        work = self.base / "tls"
        work.mkdir()
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                 "-out", "ca.crt", "-days", "2", "-subj", "/CN=PumpDesk test CA", cwd=work)
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                 "server.csr", "-subj", "/CN=localhost", cwd=work)
        (work / "san.ext").write_text("subjectAltName=DNS:localhost,DNS:central.pumpdesk.test\n")
        _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                 "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.ext",
                 cwd=work)
        for name in ("server.crt", "server.key"):
            target = self.data / name
            shutil.copy(work / name, target)
            os.chmod(target, 0o600)
        os.chmod(work / "ca.crt", 0o644)
        return work / "ca.crt"

    def url(self, user: str = ADMIN, password: str | None = ADMIN_PASSWORD,
            dbname: str = "postgres", host: str = "localhost", **params: str) -> str:
        values = {"host": host, "port": str(self.port), "user": user, "dbname": dbname,
                  "sslmode": "verify-full", "sslrootcert": str(self.ca), **params}
        if password is not None:
            values["password"] = password
        return psycopg.conninfo.make_conninfo(**values)

    def stop(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(self._bindir / "pg_ctl"),
                        "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.base, ignore_errors=True)
