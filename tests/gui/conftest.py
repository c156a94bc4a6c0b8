"""A counter window on a fresh database per test, with the depot's pumps in it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.gui.app import application
from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.settings import Settings
from app.gui.sounds import Sounds
from app.services import actions
from app.services.station import Station
from tests.conftest import T34_GTIN

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import compile_all

    compile_all(quiet=True)


@pytest.fixture
def counter(qtbot, depot: Station, tmp_path: Path):  # noqa: ANN001, ANN201
    """The window on a depot with pumps PD-1 (on loan), PD-2 and PD-3 (ready), with
    settings of its own (an INI file), not the user's."""
    for reg, serial in (("PD-1", "A1"), ("PD-2", "A2"), ("PD-3", "A3")):
        actions.register_pump(depot, reg, "T34", f"SN-{reg}", udi=f"(01){T34_GTIN}(21){serial}")
    actions.issue_pump(depot, "PD-1", patient="19811228-9874", patient_name="Anna Berg",
                       unit="602154", approval="BL-1")
    application()
    install_language("en")
    window = MainWindow(depot, sounds=Sounds(enabled=False),
                        settings=Settings(path=str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts and mnemonics act in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    yield window
    window.ops.wait()


def settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Until every background operation has come back to the UI thread."""
    qtbot.waitUntil(lambda: window.ops.pending == 0, timeout=10000)


def scanner_burst(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """What a keyboard-wedge scanner does: every character and Enter, at once."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def auto_type(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Keys all at once and no Enter (a program typing, as pytest-qt does): the window
    holds them as a possible scan, and gives them to the field when no Enter comes."""
    qtbot.keyClicks(widget, text)
    qtbot.waitUntil(lambda: widget.text().endswith(text), timeout=2000)


#: Keys a scanner sends for characters that need Shift on a US layout.
_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


def stamped_keys(widget, text: str, gap_ms: int, start: int, enter: bool = True,  # noqa: ANN001
                 handle: Callable[[], None] | None = None, post: bool = False) -> int:
    """Keys as a keyboard sends them, each with its own time: a Shift press before each
    capital, ``gap_ms`` apart from ``start`` (ms), then Enter. ``handle`` runs between keys
    (a busy window handles them late); ``post`` queues them for the event loop. Returns
    the last key's time."""
    at = start
    for char in text:
        events = [(Qt.Key.Key_Shift, "", Qt.KeyboardModifier.ShiftModifier)] if (
            char.isupper() or char in _SHIFTED) else []
        key = ord(char.upper()) if char.isalnum() else ord(char)
        modifiers = (Qt.KeyboardModifier.ShiftModifier if events
                     else Qt.KeyboardModifier.NoModifier)
        if char == "\x1d":  # GS, typed as Ctrl+]
            key, modifiers = Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier
            events = [(Qt.Key.Key_Control, "", modifiers)]
        events.append((key, char, modifiers))
        for key, typed, mods in events:
            send_key(widget, key, typed, mods, at, post)
        if handle is not None:
            handle()
        at += gap_ms
    if enter:
        send_key(widget, Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier, at, post)
    return at


def send_key(widget, key: int, text: str, modifiers, at: int,  # noqa: ANN001
             post: bool = False) -> None:
    """One key press and release at ``at`` ms, to ``widget`` (where the focus is), its
    shortcut check first, as Qt delivers a key; ``post``: queued for the event loop."""
    target = QApplication.activePopupWidget() or widget
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(at)
        if post:
            QApplication.postEvent(target, event)
        else:
            QApplication.sendEvent(target, event)


def type_slowly(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """What a person does: keys far enough apart to be told from a scanner."""
    for char in text:
        qtbot.keyClicks(widget, char)
        qtbot.wait(60)
    qtbot.wait(60)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: a temporary folder, or ``$PUMPDESK_SCREENSHOTS`` (set it
    to docs/screenshots to renew the README's pictures)."""
    folder = Path(os.environ.get("PUMPDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def demo_databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A Swedish and a Norwegian depot's demo data (long unit names and all), made once."""
    from app.services.demo import fill_demo
    from app.services.station import open_station

    made = {}
    for country in ("SE", "NO"):
        path = tmp_path_factory.mktemp(f"demo-{country}") / "demo.db"
        station = open_station(path, workstation="DESK1")  # the first setup: nobody yet
        fill_demo(station, pumps=80, country=country)
        station.close()
        made[country] = path
    return made


def demo_window(qtbot, language: str, databases: dict[str, Path],  # noqa: ANN001
                tmp_path: Path) -> MainWindow:
    """The window in ``language`` on a copy of its country's demo depot, shown and settled."""
    import shutil

    from app.services.station import open_station

    database = tmp_path / "demo.db"
    shutil.copy(databases["NO" if language == "nb" else "SE"], database)
    station = open_station(database, staff="DEMO1", workstation="DESK1")  # every role
    application()
    assert install_language(language) == language
    window = MainWindow(station, sounds=Sounds(enabled=False),
                        settings=Settings(path=str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    return window


def close_demo_window(window: MainWindow) -> None:
    window.ops.wait()
    window.close()
    window.station.close()
    install_language("en")
