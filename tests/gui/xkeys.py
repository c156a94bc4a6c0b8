"""Driving the real window under an X server: xdotool's key events, keyboard layouts, and
a small depot to scan in. Used by ``real_keys.py``."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from app.gui.main_window import MainWindow
from app.services import actions, queries
from app.services.station import Station
from tests.conftest import T34_GTIN

LAYOUTS = ("us", "se", "no")
GS = "\x1d"
#: xdotool's names for the characters a label may hold; letters and digits are their own.
_KEYSYMS = {"-": "minus", ".": "period", "/": "slash", "(": "parenleft", ")": "parenright",
            "]": "bracketright", "[": "bracketleft", "#": "numbersign", "$": "dollar",
            "@": "at", "^": "asciicircum", "|": "bar", "~": "asciitilde", "{": "braceleft",
            "}": "braceright", "%": "percent", "&": "ampersand", "*": "asterisk",
            "+": "plus", "=": "equal", "?": "question", "!": "exclam", ":": "colon",
            ";": "semicolon", ",": "comma", "_": "underscore", "<": "less", ">": "greater",
            "'": "apostrophe", '"': "quotedbl", " ": "space", GS: "ctrl+bracketright"}


# -- driving X ---------------------------------------------------------------------------

def xdotool(qtbot, *args: str, timeout_s: float = 120) -> None:  # noqa: ANN001
    """Run xdotool while the window goes on handling events, as it would."""
    process = subprocess.Popen(["xdotool", *args], stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=int(timeout_s * 1000))
    assert process.returncode == 0, process.stderr.read()


def keysyms(code: str) -> list[str]:
    """A code as key names: xdotool presses Shift or AltGr where the layout needs it."""
    return [_KEYSYMS.get(char, char) for char in code]


def scan(qtbot, code: str, delay_ms: int = 3) -> None:  # noqa: ANN001
    """A keyboard-wedge scanner: the code's keys ``delay_ms`` apart, then Enter."""
    xdotool(qtbot, "key", "--delay", str(delay_ms), *keysyms(code), "Return")


def scans_apart(codes: list[str], pause_s: float) -> list[str]:
    """One xdotool command for many scans, ``pause_s`` between them."""
    args: list[str] = []
    for code in codes:
        args += ["key", "--delay", "3", *keysyms(code), "Return", "sleep", f"{pause_s}"]
    return args


def person(qtbot, text: str, key_ms: int) -> None:  # noqa: ANN001
    """A person typing a key every ``key_ms``: xdotool's ``type --delay`` is split between
    a key's press and its release, so ``--delay 30`` presses a key every 15-20 ms."""
    xdotool(qtbot, "type", "--delay", str(2 * key_ms), text)


def layout(name: str) -> None:
    subprocess.run(["setxkbmap", name], check=True)


def quiet(qtbot, window: MainWindow, timeout_s: float = 10) -> None:  # noqa: ANN001
    """Every key the X server sent has been handled, none is held, every action answered."""
    for _ in range(2):
        QGuiApplication.sync()
        qtbot.waitUntil(lambda: not window.scan_desk.interceptor.holding
                        and window.ops.pending == 0, timeout=int(timeout_s * 1000))


# -- the depot ---------------------------------------------------------------------------

def on_loan(station: Station, *registrations: str) -> None:
    for reg in registrations:
        actions.register_pump(station, reg, "T34", f"SN-{reg}")
        actions.issue_pump(station, reg, patient="19811228-9874", unit="602154",
                           approval="BL-1")


def ready(station: Station, *registrations: str) -> None:
    for reg in registrations:
        serial = reg.replace("-", "")
        actions.register_pump(station, reg, "T34", f"SN-{reg}",
                              udi=f"(01){T34_GTIN}(21){serial}")


def state(window: MainWindow, reg: str) -> str:
    return queries.pump_status(window.station, reg).state


def texts(window: MainWindow) -> dict[str, str]:
    """Every line a person can type in, on every tab."""
    found = {}
    for tab in window.all_tabs():
        for number, field in enumerate(tab.findChildren(QLineEdit)):
            found[f"{type(tab).__name__}.{field.objectName() or number}"] = field.text()
    return found


def focus(qtbot, widget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
