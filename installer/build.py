#!/usr/bin/env python3
"""Build PumpDesk for workstations: the one-folder program, and on Windows its installer.

    python installer/build.py [--dist DIR] [--work DIR] [--clean] [--check]

Run it with the Python that has PumpDesk's dependencies and PyInstaller (``.venv``, made
by ``python3 dev.py test`` or ``pip install -e .[dev]``). It

1. reads the version from pyproject.toml (the only place it is written),
2. compiles the translations and, if they are missing, draws the icons,
3. runs PyInstaller with installer/pumpdesk.spec: ``DIR/pumpdesk/`` (default ``dist/``),
   with PyInstaller's work files in ``build/``; the spec gives the bundle that version,
4. on Linux puts ``pumpdesk.desktop`` and ``pumpdesk.png`` in that folder for installing;
   on Windows runs Inno Setup 6's ISCC.exe if it is installed (or named by ``$ISCC``):
   ``DIR/PumpDesk-VERSION-setup.exe``,
5. prints the bundle's size, and with ``--check`` runs the bundled ``pumpdesk --check``
   on a temporary database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
WINDOWS = sys.platform == "win32"
NAME = "pumpdesk"


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as pyproject:
        return tomllib.load(pyproject)["project"]["version"]


def executable(bundle: Path) -> Path:
    """The bundled program with a console: the ``pumpdesk`` command."""
    return bundle / (f"{NAME}.exe" if WINDOWS else NAME)


def folder_size(folder: Path) -> int:
    """Bytes on disk of the files under ``folder`` (symbolic links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def find_iscc() -> Path | None:
    """Inno Setup 6's command-line compiler: ``$ISCC``, the PATH, or where it installs."""
    if os.environ.get("ISCC"):
        return Path(os.environ["ISCC"])
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        if os.environ.get(base):
            folder = Path(os.environ[base]) / ("Programs" if base == "LOCALAPPDATA" else "")
            candidate = folder / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return candidate
    return None


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(*argv: object, **kwargs: object) -> None:
    subprocess.run([str(a) for a in argv], check=True, cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def prepare() -> None:
    step("translations")
    run(sys.executable, ROOT / "scripts" / "translations.py", "compile")
    icons = ROOT / "resources" / "icons"
    if not (icons / "pumpdesk.png").exists() or not (icons / "pumpdesk.ico").exists():
        step("icons")
        run(sys.executable, ROOT / "scripts" / "make_icon.py")


def pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed for this Python: pip install -e .[dev] "
                 f"(this is {sys.executable})")
    step(f"PyInstaller into {dist / NAME}")
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work, *(["--clean"] if clean else []),
        INSTALLER / "pumpdesk.spec")
    return dist / NAME


def linux_extras(bundle: Path) -> None:
    """What a Linux install puts in the menu: the desktop entry and its icon."""
    shutil.copy2(INSTALLER / "pumpdesk.desktop", bundle / "pumpdesk.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "pumpdesk.png", bundle / "pumpdesk.png")


def windows_installer(dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("\nInno Setup 6 not found (install it, or set ISCC to ISCC.exe): "
              "no installer made, the folder above is the program.")
        return None
    step(f"Inno Setup ({iscc})")
    run(iscc, f"/DAppVersion={version}", f"/DDistDir={dist}", f"/O{dist}",
        INSTALLER / "pumpdesk.iss")
    return dist / f"PumpDesk-{version}-setup.exe"


def check(bundle: Path) -> int:
    step(f"{executable(bundle).name} --check")
    env = dict(os.environ)
    if not WINDOWS and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        return subprocess.run([str(executable(bundle)), "--check", "--db",
                               str(Path(folder) / "check.db")], env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the program's folder (and the installer) go "
                             "(default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work files (default: build/)")
    parser.add_argument("--clean", action="store_true",
                        help="start from an empty PyInstaller cache")
    parser.add_argument("--check", action="store_true",
                        help="run the bundled pumpdesk --check afterwards")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):
        sys.exit(f"PumpDesk is built with Python 3.11 or newer; this is {sys.version.split()[0]}")
    dist, work = args.dist.resolve(), args.work.resolve()
    version = project_version()
    started = time.perf_counter()
    print(f"PumpDesk {version} for {sys.platform}, Python {sys.version.split()[0]}")
    prepare()
    bundle = pyinstaller(dist, work, args.clean)
    if not executable(bundle).exists():
        sys.exit(f"PyInstaller made no {executable(bundle)}")
    setup = None
    if WINDOWS:
        setup = windows_installer(dist, version)
    else:
        linux_extras(bundle)
    print(f"\nPumpDesk {version}: {bundle} — {folder_size(bundle) / 2**20:.0f} MB "
          f"(built in {time.perf_counter() - started:.0f} s)")
    if setup is not None:
        print(f"installer: {setup} — {setup.stat().st_size / 2**20:.0f} MB")
    if args.check:
        return check(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
