"""A hostile world for PumpDesk: the real ``pumpdesk`` command in a process of its own, as
a user's shell runs it; a small disk that fills up; another process holding the write lock
for as long as a replenishment dispatch does."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A shell of the user's: this Python's environment, a home (settings, the fallback
    log folder) of the test's own, and no language chosen unless the test says so."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PUMPDESK_", "XDG_")) and k != "PYTHONWARNINGS"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               PUMPDESK_WORKSTATION="ENV1", PUMPDESK_STAFF="anna.k")
    env.update(extra)
    return env


def pumpdesk(*argv: str | Path, home: Path, cwd: Path | None = None,
             stdin: int | None = subprocess.DEVNULL, timeout: float = 120,
             **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, argv)],
                          cwd=cwd or home, env=user_env(home, **extra_env), stdin=stdin,
                          capture_output=True, text=True, timeout=timeout)


def one_sentence(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a failing command leaves on stderr: no traceback, no Python."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"exit {done.returncode}, stderr:\n{done.stderr}"
    for python in ("Traceback", "Logging error", "Error:", "File \"", "sqlalche.me"):
        assert python not in done.stderr, done.stderr
    return lines[0]


@contextmanager
def write_lock_held(db: Path) -> Iterator[None]:
    """Another connection holds the write lock throughout, as a long dispatch does."""
    holding, release = threading.Event(), threading.Event()

    def long_dispatch() -> None:
        connection = sqlite3.connect(db, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE meta SET value = value")
        holding.set()
        release.wait(120)
        connection.execute("ROLLBACK")
        connection.close()

    writer = threading.Thread(target=long_dispatch)
    writer.start()
    try:
        assert holding.wait(10)
        yield
    finally:
        release.set()
        writer.join()


@contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder``: needs root (CI runs as root)."""
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root: the full-disk tests must run")
        pytest.skip("mounting a small disk needs root")
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs",
                    str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; removing the file returned frees it again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler
