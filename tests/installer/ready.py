"""An installed PumpDesk's window, started as its menu entry starts it, until it is ready
for the first scan (``PUMPDESK_READY_SIGNAL``: it prints READY)."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path


def window_gets_ready(argv: list[str], cwd: Path, env: dict[str, str],
                      patience_s: float = 90) -> None:
    env = {**env, "PUMPDESK_READY_SIGNAL": "1"}
    window = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(patience_s, window.kill)  # a window never ready fails
    watchdog.start()
    try:
        line = window.stdout.readline()  # type: ignore[union-attr]
    finally:
        watchdog.cancel()
        window.terminate()
        _, errors = window.communicate(timeout=30)
    assert line.strip() == "READY", f"{line!r}\n{errors[-3000:]}"
