"""A loopback TCP proxy between a counter and PostgreSQL, for the network's failures: it can
refuse new connections, cut the open ones (a reset, as a router that reboots), freeze them
half-open (nothing relayed either way, while both sockets stay open and the kernel goes on
acknowledging — what a sleeping laptop's or a dead NAT's peer sees), add latency, and act
when a given statement passes through it (to freeze, cut or stop a process mid-transaction).

Loopback only: it listens on 127.0.0.1 and connects to 127.0.0.1.
"""

from __future__ import annotations

import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg


class Proxy:
    def __init__(self, target_port: int = 5432, latency_s: float = 0.0) -> None:
        self.target = ("127.0.0.1", target_port)
        self.latency_s = latency_s
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._refusing = False
        self._frozen = threading.Event()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        #: (bytes to look for in what a client sends, what to do, whether after relaying
        #: them) — once each.
        self._triggers: list[tuple[bytes, Callable[[], None], bool]] = []
        #: Server sides ended in order by ``cut``: never reset, so that what the server was
        #: sent is still read and done (a reset would discard it unread).
        self._graceful: set[socket.socket] = set()
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()

    # -- what a test does ------------------------------------------------------------------

    def url(self, url: str) -> str:
        """``url`` going through this proxy."""
        params = psycopg.conninfo.conninfo_to_dict(url)
        params.update(host="127.0.0.1", port=str(self.port))
        return psycopg.conninfo.make_conninfo(**params)

    def refuse(self, refusing: bool = True) -> None:
        """New connections are reset at once (open ones go on)."""
        self._refusing = refusing

    def freeze(self) -> None:
        """Relay nothing more, either way, on any connection; keep every socket open."""
        self._frozen.set()

    def thaw(self) -> None:
        self._frozen.clear()

    def cut(self, *, server_gracefully: bool = False) -> None:
        """Reset every open connection, both sides; or (``server_gracefully``) reset the
        client's side and end the server's in order, so that what the server was sent
        before — a COMMIT — is still done, and its answer never reaches the client."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for client, server in pairs:
            _reset(client)
            if server_gracefully:
                self._graceful.add(server)
                try:
                    server.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
            else:
                _reset(server)

    def when_sent(self, pattern: bytes, action: Callable[[], None], *,
                  after: bool = False) -> None:
        """The first time a client sends ``pattern``, do ``action`` before relaying it (or
        just after: the server has it, the client not yet the answer)."""
        with self._lock:
            self._triggers.append((pattern, action, after))

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        self.thaw()
        self.cut()

    # -- relaying --------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._refusing:
                _reset(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            server.settimeout(None)
            # Relayed as soon as read, as PostgreSQL and libpq send: with Nagle's algorithm
            # a message the server sends unasked (a notification) waited for the client's
            # delayed acknowledgement of the one before, 40 ms, which no real peer adds.
            for end in (client, server):
                end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._pairs.append((client, server))
                self.connections += 1
            for source, sink, from_client in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._relay, args=(source, sink, from_client),
                                 daemon=True, name="proxy-relay").start()

    def _relay(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while not self._closed.is_set():
                readable, _, _ = select.select([source], [], [], 0.1)
                if not readable:
                    continue
                data = source.recv(65536)
                if not data:
                    sink.shutdown(socket.SHUT_WR)
                    return
                due = self._due(data) if from_client else []
                for _pattern, action, after in due:
                    if not after:
                        action()
                while self._frozen.is_set() and not self._closed.is_set():
                    time.sleep(0.02)  # held, not lost: relayed if thawed
                if self.latency_s:
                    time.sleep(self.latency_s)
                sink.sendall(data)
                for _pattern, action, after in due:
                    if after:
                        action()
        except (OSError, ValueError):  # ValueError: a socket closed by ``cut``
            for sock in (source, sink):
                if sock in self._graceful:
                    self._graceful.discard(sock)
                    threading.Thread(target=_drain, args=(sock,), daemon=True).start()
                else:
                    _reset(sock)

    def _due(self, data: bytes) -> list[tuple[bytes, Callable[[], None], bool]]:
        with self._lock:
            due = [t for t in self._triggers if t[0] in data]
            self._triggers = [t for t in self._triggers if t[0] not in data]
        return due


def _drain(sock: socket.socket) -> None:
    """Read what the server still sends until it ends the connection, then close."""
    try:
        sock.settimeout(30)
        while sock.recv(65536):
            pass
    except (OSError, ValueError):
        pass
    finally:
        sock.close()


def _reset(sock: socket.socket) -> None:
    """Close with a reset (RST), not an orderly end: the peer sees the connection break."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def wait_until(condition: Callable[[], Any], timeout_s: float, every_s: float = 0.1) -> Any:
    """``condition()``'s first true value within ``timeout_s``, else AssertionError."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout_s} s")
        time.sleep(every_s)
