"""Real X key events at the real window: ``real_keys.py`` run on a private Xvfb.

The rest of the suite runs the window offscreen, where no keyboard exists. Here an X server
of its own (Xvfb, on a display it picks free) takes keys from xdotool exactly as from a USB
keyboard-wedge scanner or a keyboard, and the window gets them through Qt's xcb platform.
One pytest process of its own runs ``real_keys.py`` (a process has one Qt platform); each of
its tests is reported here as one test.

Needs ``Xvfb``, ``xdotool`` and ``setxkbmap`` (Debian: xvfb, xdotool, x11-xkb-utils) and
Qt's xcb libraries; ``.ci/run`` installs them. Missing, these tests skip — except under CI
(``CI=true``), where they fail.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

INNER = Path(__file__).with_name("real_keys.py")
ROOT = Path(__file__).resolve().parent.parent.parent
TOOLS = ("Xvfb", "xdotool", "setxkbmap")
TIMEOUT_S = 1200


def _inner_tests() -> list[str]:
    tree = ast.parse(INNER.read_text(encoding="utf-8"))
    return [node.name for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} — under CI these tests must run (.ci/run installs them)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """A private X server; its display name."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(f"not installed: {', '.join(missing)}")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        server.kill()
        _unavailable(f"Xvfb did not start: {server.stderr.read().decode()[-500:]}")
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def under_x(request: pytest.FixtureRequest, xvfb: str,
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str]]]:
    """Run the inner tests this session asked for; each inner test's cases and outcomes
    ('passed', or the failure's text), by the inner test's name."""
    wanted = sorted({item.callspec.params["name"] for item in request.session.items
                     if item.module is request.module and hasattr(item, "callspec")})
    folder = tmp_path_factory.mktemp("real-keys")
    report = folder / "junit.xml"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    argv = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
            f"--junitxml={report}", f"--basetemp={folder / 'tmp'}",
            *(f"{INNER}::{name}" for name in wanted)]
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S)
    if not report.exists():
        pytest.fail(f"the tests under Xvfb did not run:\n{done.stdout[-3000:]}"
                    f"\n{done.stderr[-3000:]}")
    results: dict[str, list[tuple[str, str]]] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("name", "")
        outcome = "passed"
        for kind in ("failure", "error", "skipped"):
            found = case.find(kind)
            if found is not None:
                outcome = f"{kind}: {found.get('message', '')}\n{found.text or ''}"
        results.setdefault(name.split("[")[0], []).append((name, outcome))
    return results


@pytest.mark.parametrize("name", _inner_tests())
def test_under_xvfb(name: str, under_x: dict[str, list[tuple[str, str]]]) -> None:
    cases = under_x.get(name)
    assert cases, f"{name} did not run under Xvfb"
    failed = [f"{case}: {outcome}" for case, outcome in cases if outcome != "passed"]
    assert not failed, "\n\n".join(failed)
