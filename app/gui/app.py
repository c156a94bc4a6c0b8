"""Starting the window: Qt, the language, the style, logging, the database."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.settings import LANGUAGE, Settings
from app.translation import resources_dir
from app.services.station import Station

log = logging.getLogger("pumpdesk")


def application() -> QApplication:
    """The one QApplication, with the counter's style."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PumpDesk")
    app.setDesktopFileName("pumpdesk")  # matches installer/pumpdesk.desktop
    icon = resources_dir() / "icons" / "pumpdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def _signal_ready(window: MainWindow) -> None:
    """Print ``READY`` once the window is ready for the first scan (shown, its first loads
    back, the focus in the scan field): how a benchmark or a test times the start from
    outside the process, the installed bundle's as well as the source's."""
    timer = QTimer(window)
    timer.setInterval(1)

    def check() -> None:
        if window.ops.pending or not window.return_tab.scan_input.hasFocus():
            return
        timer.stop()
        print("READY", flush=True)

    timer.timeout.connect(check)
    timer.start()


def first_run(settings: Settings, database: Path) -> bool:
    """At a workstation's first start: the setup dialog. False if the technician cancels."""
    from app.gui.operations import Operations
    from app.gui.scan_desk import ScanDesk
    from app.gui.setup_dialog import FirstRunDialog
    from app.services.setup import stored_workstation

    application()
    install_language(settings.get(LANGUAGE))
    dialog = FirstRunDialog(settings, Operations(), stored_workstation(database))
    scans = ScanDesk(settings)  # a scan lands in no field here either: it is refused
    accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
    scans.uninstall()
    dialog.form.ops.wait()
    return accepted


def run_window(station: Station, language: str, log_path: Path, central_url: str = "",
               settings: Settings | None = None) -> int:
    app = application()
    install_language(language)
    window = MainWindow(station, log_path=str(log_path), central_url=central_url,
                        settings=settings)
    window.show()
    # The keyboard comes here at once, scanner and all, even on an X server without a
    # window manager to give it (a kiosk workstation).
    window.activateWindow()
    if os.environ.get("PUMPDESK_READY_SIGNAL") == "1":
        _signal_ready(window)
    return app.exec()
