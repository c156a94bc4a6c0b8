"""The real ``pumpdesk`` command in a process of its own, as a user's shell runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A shell of the user's: this Python's environment, a home (settings, the fallback
    log folder) of the test's own, and no language chosen unless the test says so."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PUMPDESK_", "XDG_")) and k != "PYTHONWARNINGS"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               PUMPDESK_WORKSTATION="ENV1", PUMPDESK_ACTOR="anna.k")
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
