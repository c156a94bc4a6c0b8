"""Reaching the central database: the URL, the credentials kept for it, the connection.

A counter's password lives in the system's password store (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux). Where there is none (a headless Linux box, a
CI runner) it lives in a file beside the workstation's database that only its user can
read. Never in the settings, never in a log.
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import json
import os
import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import unquote

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

CONNECT_TIMEOUT_S = 3
KEYRING_SERVICE = "PumpDesk central database"
#: The longest one central transaction may take before the counter gives up on it and
#: reports offline: a half-open connection, a frozen proxy or a server that stopped
#: answering never holds a cycle longer than this.
BOUND_S = 30.0
#: What libpq is told so that a dead peer is noticed by the operating system: keepalive
#: probes after 10 s idle, every 5 s, 3 unanswered end it; data unacknowledged for 20 s
#: ends it too.
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "5",
              "keepalives_count": "3", "tcp_user_timeout": "20000"}
#: The parts of a URL that are secrets: kept in the password store, never in settings,
#: logs or on the terminal.
SECRETS = ("password", "sslpassword")
_ROOT_CERT = Path.home() / ".postgresql" / "root.crt"


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
    """``url`` without its secrets, as it may be kept in settings and shown."""
    params = conninfo_to_dict(url)
    for secret in SECRETS:
        params.pop(secret, None)
    return make_conninfo(**params)


_SECRET_VALUE = re.compile(
    r"""(?:^|[\s?&])(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s&]*)"""  # key=value, URI query
    r"""|://[^:/@?\s]*:([^@/?\s]*)@""")  # URI user:password@


def scrub(text: str, url: str) -> str:
    """``text`` (an error message, a log line) with every secret ``url`` holds blanked out,
    however malformed ``url`` is: libpq and psycopg quote what they could not read."""
    for match in _SECRET_VALUE.finditer(url or ""):
        value = (match.group(1) or match.group(2) or "").strip("'")
        for form in {value, unquote(value)}:
            if len(form) >= 2:
                text = text.replace(form, "•••")
    return text


def is_loopback(params: dict[str, Any]) -> bool:
    """Whether every host ``params`` name is this computer (a Unix socket, localhost, a
    loopback address): only there may a connection go without verified TLS by default."""
    hosts = [h for h in str(params.get("host") or "").split(",") if h] or ["localhost"]
    for host in hosts:
        if host.startswith("/") or host.startswith("@") or host == "localhost":
            continue
        try:
            if ipaddress.ip_address(host).is_loopback:
                continue
        except ValueError:
            pass
        return False
    return True


def plain_text_asked(params: dict[str, Any]) -> bool:
    """Whether a connection to a host that is not this computer was asked to go without
    verified TLS (``sslmode`` disable, allow, prefer or require)."""
    return not is_loopback(params) and params.get("sslmode") not in (None, "verify-full",
                                                                      "verify-ca")


def _secure_defaults(params: dict[str, Any]) -> None:
    """TLS verified against the host name for any host that is not this computer, unless
    the URL asks otherwise; the system's CAs when libpq has no root certificate file."""
    if "sslmode" not in params and not is_loopback(params):
        params["sslmode"] = "verify-full"
    if params.get("sslmode") in ("verify-full", "verify-ca") and "sslrootcert" not in params \
            and not _ROOT_CERT.exists() and psycopg.pq.version() >= 160000:
        params["sslrootcert"] = "system"


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


def store_password(url: str, password: str, secret: str = "password") -> str:
    """Keep the password (or another of the ``SECRETS``) for ``url``: in the system's
    password store, else in the credentials file readable only by this user. Returns
    where it went."""
    key = _key(conninfo_to_dict(url)) + ("" if secret == "password" else f"#{secret}")
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
        return "the system's password store"
    except Exception:  # noqa: BLE001 - no backend, a locked store, a missing library
        entries = _read_file()
        entries[key] = password
        _write_file(entries)
        return str(_file())


def stored_password(params: dict[str, Any], secret: str = "password") -> str | None:
    key = _key(params) + ("" if secret == "password" else f"#{secret}")
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
    for key, value in KEEPALIVES.items():
        params.setdefault(key, value)
    _secure_defaults(params)
    for secret in SECRETS:
        if secret not in params:
            kept = stored_password(params, secret)
            if kept:
                params[secret] = kept
    return params


def connect(url: str, **options: Any) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(**{**connection_params(url), **options})
    except psycopg.OperationalError as error:
        raise CentralUnavailable(scrub(str(error).strip(), url)) from error


class _Watchdog:
    """The one thread that ends the process's overdue central waits. Arming it for a
    transaction is an entry in a dict, not a thread of its own: a counter asks the central
    database several times a cycle, many cycles a minute. Asleep until the earliest armed
    moment, and woken only when a new one comes before it (deadlines are taken in order:
    almost never)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._armed: dict[int, tuple[float, Callable[[], None]]] = {}
        self._tokens = itertools.count()
        self._until: float | None = None  # what the thread sleeps until (None: no end)
        self._thread: threading.Thread | None = None

    def arm(self, at: float, action: Callable[[], None]) -> int:
        """Call ``action`` at ``at`` (``time.monotonic``) unless disarmed before."""
        with self._changed:
            token = next(self._tokens)
            self._armed[token] = (at, action)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="central-deadlines")
                self._thread.start()
            elif self._until is None or at < self._until:
                self._changed.notify()
            return token

    def disarm(self, token: int) -> None:
        with self._changed:  # after this, the action is not called (or was, before)
            self._armed.pop(token, None)

    def _run(self) -> None:
        with self._changed:
            while True:
                now = time.monotonic()
                for token in [t for t, (at, _a) in self._armed.items() if at <= now]:
                    _at, action = self._armed.pop(token)
                    action()  # under the lock: a disarm never races a cut
                self._until = min((at for at, _a in self._armed.values()), default=None)
                self._changed.wait(None if self._until is None else self._until - now)


_WATCHDOG = _Watchdog()


class Deadline:
    """Ends a connection's wait when ``seconds`` pass: the socket is shut down, so a
    statement stuck on a frozen or half-open connection fails at once (as a lost
    connection) instead of waiting for an answer that will never come. The kernel of a
    frozen peer, or of a proxy that stopped relaying, still answers keepalives, so the
    operating system alone would wait for ever."""

    def __init__(self, seconds: float = BOUND_S) -> None:
        self.seconds = seconds
        #: Whether the last wait was cut short.
        self.cut = False

    @contextmanager
    def over(self, connection: psycopg.Connection[Any]) -> Iterator[None]:
        self.cut = False
        token = _WATCHDOG.arm(time.monotonic() + self.seconds,
                              functools.partial(self._cut, connection))
        try:
            yield
        finally:
            _WATCHDOG.disarm(token)

    def _cut(self, connection: psycopg.Connection[Any]) -> None:
        self.cut = True
        try:
            descriptor = connection.pgconn.socket
            with socket.socket(fileno=os.dup(descriptor)) as handle:
                handle.shutdown(socket.SHUT_RDWR)
        except (OSError, psycopg.Error):
            pass  # already closed: nothing waits on it


def schema_of(connection: psycopg.Connection[Any]) -> str:
    """The schema the URL's search path names first (the region's)."""
    found = connection.execute("SELECT current_schemas(false)").fetchone()
    if found and found[0]:
        return str(found[0][0])
    wanted = connection.execute("SHOW search_path").fetchone()[0].split(",")[0].strip()
    return wanted.strip('"')
