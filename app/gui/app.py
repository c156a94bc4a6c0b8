"""Starting the window: Qt, the language, the style, logging, the database."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.translation import resources_dir
from app.services.station import Station

log = logging.getLogger("pumpdesk")


def application() -> QApplication:
    """The one QApplication, with the counter's style."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PumpDesk")
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def run_window(station: Station, language: str, log_path: Path, central_url: str = "") -> int:
    app = application()
    install_language(language)
    window = MainWindow(station, log_path=str(log_path), central_url=central_url)
    window.show()
    return app.exec()
