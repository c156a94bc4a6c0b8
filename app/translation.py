"""The program's languages through Qt's translation system (QtCore only, so the printed
documents and the command line can use it as well as the window)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger("pumpdesk")

LANGUAGES = {"sv": "Svenska", "nb": "Norsk bokmål", "en": "English"}
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's unpacked bundle
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def compiled_dir() -> Path:
    return resources_dir() / "translations" / "compiled"


def install_language(language: str) -> str:
    """Use ``language`` (sv, nb, en) from now on; returns the language in use.

    Makes a QCoreApplication if there is none yet (the command line has none).
    """
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale({"sv": "sv_SE", "nb": "nb_NO", "en": "en_GB"}[language]))
    if language == "en":
        return language
    translator = QTranslator(app)
    path = compiled_dir() / f"pumpdesk_{language}.qm"
    if not translator.load(str(path)):
        log.warning("no translation at %s; using English", path)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
