"""Qt's platform plugin (xcb on a Linux desktop) and the system libraries it needs.

Where the plugin cannot load, Qt ends the process with a message that names the plugin,
not what is missing. Here ``ldd`` names the libraries, so that the sentence the counter's
support reads says what to install; and ``probe`` starts Qt's GUI in a child process, as the
window would, so that ``pumpdesk --check`` cannot pass where the window fails.
Only QtCore is imported here: the check must not load the plugin in its own process."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

#: What the child process runs: the window's start as far as the platform plugin.
PROBE = "import sys; from app.gui.platform_plugin import run_probe; sys.exit(run_probe())"
#: The hidden option a bundled PumpDesk (no Python to run ``-c``) runs the probe by.
PROBE_OPTION = "--probe-platform"


def platform_name() -> str:
    """The platform Qt will load: ``QT_QPA_PLATFORM``'s (without its options), else the
    desktop's: Wayland's where a Wayland session is all there is, else xcb (Linux)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if sys.platform.startswith("linux") and os.environ.get("WAYLAND_DISPLAY") and \
            not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb" if sys.platform.startswith("linux") else ""


def plugin_files(platform: str) -> list[Path]:
    """The plugin's own file and, for xcb, the Qt library that does its work."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    files = [plugins / f"libq{platform}.so"]
    if platform == "xcb":
        files += sorted(libraries.glob("libQt6XcbQpa.so*"))[:1]
    return [path for path in files if path.exists()]


def missing_libraries(platform: str | None = None) -> list[str]:
    """The system libraries the platform plugin needs and cannot load here: not found, or
    found but unusable (ldd's own words after the name). Empty where ldd is not to be had
    (not Linux) or nothing is missing."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for path in plugin_files(platform or platform_name()):
        try:
            done = subprocess.run([ldd, str(path)], capture_output=True, text=True,
                                  timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        output = done.stdout + done.stderr
        found = re.findall(r"^\s*(\S+) => not found", output, re.MULTILINE)
        found += [f"{Path(name).name} ({why.strip()})" for name, why in re.findall(
            r"error while loading shared libraries: ([^:]+): (.+)$", output, re.MULTILINE)]
        missing += found
    return list(dict.fromkeys(missing))  # ldd names a library once per library needing it


def package_hint(library: str) -> str:
    """The Debian/Ubuntu package a library usually comes in: libxcb-icccm.so.4 →
    libxcb-icccm4, libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    match = re.match(r"(lib[\w+.-]+?)\.so\.(\d+)", library)
    if not match:
        return library
    name, version = match.groups()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    platform: str
    #: Qt's last words where it failed (its own English), for the log and the check.
    qt_said: str = ""


def probe() -> ProbeResult:
    """Start Qt's GUI with the platform plugin in a child process, with this process's
    environment, as the window would."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, PROBE_OPTION]
    else:
        command = [sys.executable, "-c", PROBE]
    platform = platform_name()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              check=False)
    except (OSError, subprocess.SubprocessError) as error:
        return ProbeResult(False, platform, str(error))
    if done.returncode == 0 and "platform:" in done.stdout:
        return ProbeResult(True, done.stdout.split("platform:", 1)[1].strip() or platform)
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    return ProbeResult(False, platform, " ".join(lines[-3:])[:500])


def run_probe() -> int:
    """In the child process: Qt's GUI, platform plugin and all (Qt ends the process if
    the plugin cannot load). ``pumpdesk --probe-platform`` in a bundle."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    print("platform:", app.platformName(), flush=True)
    return 0
