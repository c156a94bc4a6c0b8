"""The program's languages through Qt's translation system (QtCore only, so the printed
documents and the command line can use it as well as the window)."""

from __future__ import annotations

import logging
import sys
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.refusals import Phrase, Refused

log = logging.getLogger("pumpdesk")

LANGUAGES = {"sv": "Svenska", "nb": "Norsk bokmål", "en": "English"}
_installed: list[QTranslator] = []

Translate = Callable[[str, str], str]


def resources_dir() -> Path:
    """Style, sounds, icons and compiled translations: in PyInstaller's unpacked bundle,
    in the installed package (a wheel carries them as ``app/resources``), else in the
    source checkout's ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
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
    # Qt's own texts (standard buttons, file dialogs, the text fields' menu) first, from
    # the translations PySide6 ships; ours after it, so that they win where both have a
    # text: PySide6 has no bokmål, and our .ts gives its standard buttons (QPlatformTheme).
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_translations_dir()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    path = compiled_dir() / f"pumpdesk_{language}.qm"
    if not translator.load(str(path)):
        log.warning("no translation at %s; using English", path)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return language


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own .qm files (qtbase_sv.qm …), in a bundle as well."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@lru_cache(maxsize=4)
def translator_for(language: str) -> Translate:
    """``language``'s translations, without installing them for the whole program (the
    command line's messages; English, or a language without its file, gives the source)."""
    if language not in LANGUAGES or language == "en":
        return lambda _context, text: text
    translator = QTranslator()
    if not translator.load(str(compiled_dir() / f"pumpdesk_{language}.qm")):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def refusal_text(refused: Refused, translate: Translate = translate) -> str:
    """A refusal (or an explained failure) in a language: its template and every
    ``Phrase`` among its fields translated, the other fields as they are."""
    params = {name: translate("Phrase", value) if isinstance(value, Phrase) else value
              for name, value in refused.params.items()}
    template = translate("Refusal", refused.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        log.warning("bad translation of %r: %r", refused.template, template)
        return refused.message


# -- printed paper ---------------------------------------------------------------------------
# A depot prints in its own language (a setting of the depot), whatever language the window
# or the command line speaks: a Norwegian depot's receipts are in Norwegian even where the
# counter's window is in English. Printed texts are looked up in that language's translator
# directly, so rendering on a worker thread never touches the application's translators.

_print_language: ContextVar[str | None] = ContextVar("print_language", default=None)
_print_translators: dict[str, QTranslator | None] = {}
_print_lock = threading.Lock()


def _print_translator(language: str) -> QTranslator | None:
    with _print_lock:
        if language not in _print_translators:
            translator = QTranslator()
            path = compiled_dir() / f"pumpdesk_{language}.qm"
            if not translator.load(str(path)):
                log.warning("no translation at %s; printing in English", path)
                translator = None
            _print_translators[language] = translator
        return _print_translators[language]


@contextmanager
def printing_in(language: str) -> Iterator[None]:
    """Printed texts (``printed``) in ``language`` for the documents made inside."""
    token = _print_language.set(language)
    try:
        yield
    finally:
        _print_language.reset(token)


def printed(text: str) -> str:
    """A text of printed paper (context "Print") in the printing language."""
    language = _print_language.get()
    if language is None:
        return QCoreApplication.translate("Print", text)
    translator = None if language == "en" else _print_translator(language)
    return (translator.translate("Print", text) if translator else "") or text


def printed_phrase(text: str) -> str:
    """One of the domain's phrases (``Phrase``, context "Phrase": a built-in product area,
    a state) on printed paper, in the printing language."""
    language = _print_language.get()
    if language is None:
        return QCoreApplication.translate("Phrase", text)
    translator = None if language == "en" else _print_translator(language)
    return (translator.translate("Phrase", text) if translator else "") or text
