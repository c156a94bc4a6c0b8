#!/usr/bin/env python3
"""Set up PumpDesk on a fresh machine and run it or its tests.

    python3 dev.py demo     set up, fill a local demo database, open the window on it
    python3 dev.py test     set up and run the whole test suite (what CI runs)

Setting up means: a virtual environment in .venv with PumpDesk and its pinned
dependencies installed, redone whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DB = ROOT / ".demo" / "pumpdesk-demo.db"


def venv_bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (
        f"{name}.exe" if os.name == "nt" else name)


def run(*argv: object, **kwargs: object) -> None:
    subprocess.run([str(a) for a in argv], check=True, cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def set_up() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"PumpDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_bin("python").exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / ".pumpdesk-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        print("Installing PumpDesk and its dependencies …", flush=True)
        run(venv_bin("python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(venv_bin("python"), "-m", "pip", "install", "--quiet", "-e", ".[dev]")
        stamp.write_text(wanted)
    # The window's translations are compiled from resources/translations/*.ts.
    run(venv_bin("python"), "scripts/translations.py", "compile", stdout=subprocess.DEVNULL)


def demo(args: list[str]) -> None:
    env = dict(os.environ, PUMPDESK_DB=str(DEMO_DB))
    if "--fresh" in args:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
    if not DEMO_DB.exists():
        run(venv_bin("pumpdesk"), "demo", env=env)
    print(f"\nPumpDesk demo database: {DEMO_DB}")
    print("Sign in with a card code or name and PIN printed when it was made (--fresh makes "
          "it anew); the cards: pumpdesk list staff")
    if "--no-window" not in args:
        run(venv_bin("pumpdesk"), env=env)
    if not sys.stdin.isatty():
        return
    print("\nA shell with the PumpDesk commands on the demo database. Try:\n"
          "  pumpdesk list pumps --state on_loan\n"
          "  pumpdesk return HS-000007     (as DEMO1: $PUMPDESK_STAFF)\n"
          "  pumpdesk status HS-000007\n"
          "  pumpdesk --help\n"
          "Leave with 'exit'.\n")
    env["PATH"] = f"{venv_bin('python').parent}{os.pathsep}{env.get('PATH', '')}"
    env.setdefault("PUMPDESK_STAFF", "DEMO1")  # the demo's administrator, every role
    shell = os.environ.get("COMSPEC", "cmd.exe") if os.name == "nt" else \
        os.environ.get("SHELL", "/bin/sh")
    subprocess.run([shell], cwd=ROOT, env=env)


def test(args: list[str]) -> None:
    run(venv_bin("python"), "-m", "pytest", *args)


def main() -> None:
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command not in ("demo", "test"):
        sys.exit(__doc__)
    set_up()
    try:
        {"demo": demo, "test": test}[command](args)
    except subprocess.CalledProcessError as failed:
        sys.exit(failed.returncode)


if __name__ == "__main__":
    main()
