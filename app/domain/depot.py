"""What a depot decides for itself, and the defaults its country gives it.

A Norwegian depot (seed 001, Helse Bergen) lends only for treatment started in specialist
care, and prints in Norwegian; a Swedish one (seeds 000 and 002) prints in Swedish and lets
primary care start a loan. Each is a setting of the depot's own, kept at the workstation.
"""

from __future__ import annotations

from app.domain.refusals import RefusalCode, Refused

PRINT_LANGUAGES = ("sv", "nb", "en")
_COUNTRY_LANGUAGE = {"SE": "sv", "NO": "nb"}


def requires_specialist(country: str, setting: str | None) -> bool:
    """Whether loans must start in specialist care: the depot's setting ("1"/"0"), else
    its country's custom (on in Norway)."""
    if setting in ("1", "0"):
        return setting == "1"
    return country == "NO"


def print_language(country: str, setting: str | None) -> str:
    """The language the depot's paper is printed in: its setting, else its country's."""
    if setting in PRINT_LANGUAGES:
        return setting
    return _COUNTRY_LANGUAGE.get(country, "sv")


def check_print_language(language: str) -> str:
    if language not in PRINT_LANGUAGES:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{language}' is not a printout language: sv, nb or en.",
                      language=language)
    return language


#: Days a transport loan may last before it is overdue (a choice of ours; seed 001 says only
#: that the pump comes back to the lending counter after the transport).
TRANSPORT_DUE_DAYS = 2


def transport_due_days(setting: str | None) -> int:
    """The depot's setting, else ``TRANSPORT_DUE_DAYS``."""
    try:
        days = int(setting) if setting else TRANSPORT_DUE_DAYS
    except ValueError:
        return TRANSPORT_DUE_DAYS
    return days if days > 0 else TRANSPORT_DUE_DAYS


def check_transport_days(days: int) -> int:
    if not 1 <= days <= 365:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A transport loan's time is 1 to 365 days.")
    return days
