"""A counter window on a fresh database per test, with the depot's pumps in it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.app import application
from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
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
def counter(qtbot, depot: Station):  # noqa: ANN001, ANN201
    """The window on a depot with pumps PD-1 (on loan), PD-2 and PD-3 (ready)."""
    for reg, serial in (("PD-1", "A1"), ("PD-2", "A2"), ("PD-3", "A3")):
        actions.register_pump(depot, reg, "T34", f"SN-{reg}", udi=f"(01){T34_GTIN}(21){serial}")
    actions.issue_pump(depot, "PD-1", patient="19811228-9874", patient_name="Anna Berg",
                       unit="602154", approval="BL-1")
    application()
    install_language("en")
    window = MainWindow(depot, sounds=Sounds(enabled=False))
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
