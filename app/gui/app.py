"""Starting the window: Qt, the language, the style, logging, the database."""

from __future__ import annotations

import logging
import os
import sys
import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.refusals import Refused
from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.settings import LANGUAGE, Settings
from app.services.failures import explain, platform_libraries_missing, window_cannot_start
from app.services.station import Station
from app.translation import refusal_text, resources_dir, translator_for

log = logging.getLogger("pumpdesk")


def application(language: str = "en") -> QApplication:
    """The one QApplication, with the counter's style. Qt's messages go to the log; one it
    cannot go on after (no display plugin it can load) ends the program with a sentence in
    ``language`` and the command line's status 3, not with Qt's abort."""
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(partial(_qt_messages_to_the_log, language))
        app = QApplication(sys.argv[:1])
    app.setApplicationName("PumpDesk")
    app.setDesktopFileName("pumpdesk")  # matches installer/pumpdesk.desktop
    icon = resources_dir() / "icons" / "pumpdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def show_failure(problem: Refused, language: str) -> None:
    """Why the window cannot open (its database is read-only, the disk is full …), in a
    dialog: whoever started it from a menu sees no console."""
    application(language)
    install_language(language)
    QMessageBox.critical(None, QCoreApplication.translate("MainWindow",
                                                          "PumpDesk cannot do that here"),
                         refusal_text(problem))


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

    application(settings.get(LANGUAGE))
    install_language(settings.get(LANGUAGE))
    dialog = FirstRunDialog(settings, Operations(), stored_workstation(database))
    scans = ScanDesk(settings)  # a scan lands in no field here either: it is refused
    accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
    scans.uninstall()
    dialog.form.ops.wait()
    return accepted


def _qt_messages_to_the_log(language: str, kind: QtMsgType, context: QMessageLogContext,
                            text: str) -> None:
    """Qt's own warnings (fonts, screens, plugins) belong in the log, not on the console."""
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("pumpdesk.qt").log(level, "%s (%s)", text, context.category)
    if kind == QtMsgType.QtFatalMsg:  # Qt aborts when this returns: say why, end cleanly
        try:
            problem = _why_qt_cannot_start(text)
            sentence = refusal_text(problem, translator_for(language))
            logging.getLogger("pumpdesk").error("the window cannot start: %s", problem.message)
            print(sentence, file=sys.stderr, flush=True)
        except BaseException:  # noqa: BLE001 - nothing may keep this from ending cleanly
            pass
        finally:
            logging.shutdown()
            os._exit(3)  # the command line's "could not work here", never Qt's abort


def _why_qt_cannot_start(qt_said: str) -> Refused:
    """The missing system libraries where the platform plugin cannot load (Qt's own
    message names the plugin, not them); else Qt's first sentence."""
    from app.gui.platform_plugin import missing_libraries, package_hint, platform_name

    platform = platform_name()
    missing = missing_libraries(platform) if "plugin" in qt_said.lower() else []
    if missing:
        return platform_libraries_missing(
            platform, missing, [package_hint(name.split(" ")[0]) for name in missing])
    return window_cannot_start(" ".join(qt_said.split(".")[0].split()) or "Qt")


def _errors_to_the_window(window: MainWindow) -> None:
    """An exception that escapes a slot or a thread is logged with its traceback and met
    like any failed operation: one sentence in a dialog, never a traceback on a console."""
    def on_ui_thread(kind: type[BaseException], error: BaseException, trace) -> None:  # noqa: ANN001
        log.error("uncaught %s in the window", kind.__name__, exc_info=(kind, error, trace))
        if isinstance(error, KeyboardInterrupt):
            QApplication.instance().quit()
            return
        window.ops.unexpected.emit(explain(error, database=window.station.db.path,
                                           log=window.ops.log_path))

    def on_thread(args: threading.ExceptHookArgs) -> None:
        log.error("uncaught %s in thread %s", args.exc_type.__name__,
                  args.thread.name if args.thread else "?",
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = on_ui_thread
    threading.excepthook = on_thread


def run_window(station: Station, language: str, log_path: Path | None, central_url: str = "",
               settings: Settings | None = None) -> int:
    app = application(language)
    install_language(language)
    window = MainWindow(station, log_path=str(log_path or ""), central_url=central_url,
                        settings=settings)
    _errors_to_the_window(window)
    window.show()
    # The keyboard comes here at once, scanner and all, even on an X server without a
    # window manager to give it (a kiosk workstation).
    window.activateWindow()
    if os.environ.get("PUMPDESK_READY_SIGNAL") == "1":
        _signal_ready(window)
    return app.exec()
