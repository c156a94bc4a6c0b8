"""Reaching the central database: the URL, the credentials kept for it, the connection.

A counter's password lives in the system's password store (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux). Where there is none (a headless Linux box, a
CI runner) it lives in a file beside the workstation's database that only its user can
read. Never in the settings, never in a log.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

CONNECT_TIMEOUT_S = 3
KEYRING_SERVICE = "PumpDesk central database"


class CentralUnavailable(Exception):
    """The central database cannot be reached now; work goes on locally."""


class CentralNotReady(Exception):
    """The central database is reachable but its schema is missing or out of date."""


class WorkstationClash(Exception):
    """These credentials are another workstation's, or this one's were revoked."""

    def __init__(self, workstation: str, why: str = "") -> None:
        self.workstation = workstation
        super().__init__(why or f"workstation id {workstation} is not this counter's at "
                                "the central database")


def _key(params: dict[str, Any]) -> str:
    return (f"{params.get('user', '')}@{params.get('host', '')}:{params.get('port', 5432)}"
            f"/{params.get('dbname', '')}")


def redact(url: str) -> str:
    """``url`` without its password, as it may be kept in settings and shown."""
    params = conninfo_to_dict(url)
    params.pop("password", None)
    return make_conninfo(**params)


def _file() -> Path | None:
    """The file of credentials where the system has no password store:
    ``$PUMPDESK_CREDENTIALS``, which the program sets to a file beside the workstation's
    database (a service such as the judge names its own)."""
    named = os.environ.get("PUMPDESK_CREDENTIALS")
    return Path(named) if named else None


def _read_file() -> dict[str, str]:
    path = _file()
    if path is None or not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_file(entries: dict[str, str]) -> None:
    path = _file()
    if path is None:
        raise RuntimeError("no password store on this computer, and no file set for one")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(entries, handle)
    os.chmod(path, 0o600)


def store_password(url: str, password: str) -> str:
    """Keep the password for ``url``: in the system's password store, else in the
    credentials file readable only by this user. Returns where it went."""
    key = _key(conninfo_to_dict(url))
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
        return "the system's password store"
    except Exception:  # noqa: BLE001 - no backend, a locked store, a missing library
        entries = _read_file()
        entries[key] = password
        _write_file(entries)
        return str(_file())


def stored_password(params: dict[str, Any]) -> str | None:
    key = _key(params)
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, key)
        if found:
            return found
    except Exception:  # noqa: BLE001 - no password store here: the file may serve
        pass
    return _read_file().get(key)


def connection_params(url: str) -> dict[str, Any]:
    """libpq parameters for ``url`` (a ``postgresql://`` URL or ``key=value`` string, with
    any TLS settings such as ``sslmode=verify-full``), the password coming from where it is
    kept when the URL has none."""
    params = conninfo_to_dict(url)
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", "PumpDesk")
    if "password" not in params:
        password = stored_password(params)
        if password:
            params["password"] = password
    return params


def connect(url: str, **options: Any) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(**{**connection_params(url), **options})
    except psycopg.OperationalError as error:
        raise CentralUnavailable(str(error).strip()) from error


def schema_of(connection: psycopg.Connection[Any]) -> str:
    """The schema the URL's search path names first (the region's)."""
    found = connection.execute("SELECT current_schemas(false)").fetchone()
    if found and found[0]:
        return str(found[0][0])
    wanted = connection.execute("SHOW search_path").fetchone()[0].split(",")[0].strip()
    return wanted.strip('"')
