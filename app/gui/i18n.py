"""Swedish, Norwegian (bokmål) and English through Qt's translation system.

The window's own texts are ``tr()`` calls. The domain's wording (refusal templates, state
and event names, advice) is English data; it is translated here, in the contexts
"Refusal" and "Phrase" that ``scripts/translations.py`` fills from the domain.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from app import translation
from app.domain.events import EVENT_LABELS, EventType
from app.domain.refusals import Refused
from app.domain.states import STATE_LABELS, PumpState
from app.translation import LANGUAGES, install_language  # noqa: F401 - the window's API


def window_language() -> str:
    """The language the window speaks (sv, nb or en), as ``install_language`` set it."""
    return {QLocale.Language.Swedish: "sv",
            QLocale.Language.NorwegianBokmal: "nb"}.get(QLocale().language(), "en")


def phrase(text: str) -> str:
    return QCoreApplication.translate("Phrase", text)


def state_label(state: str) -> str:
    return phrase(STATE_LABELS[PumpState(state)])


def event_label(event_type: str) -> str:
    return phrase(EVENT_LABELS[EventType(event_type)])


def refusal_text(refused: Refused) -> str:
    """The refusal in the counter's language."""
    return translation.refusal_text(refused)


def local_time(moment: dt.datetime | None, with_date: bool = True) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
