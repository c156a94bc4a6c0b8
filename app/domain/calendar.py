"""The depot's working days: not Saturdays or Sundays, not the country's public holidays
(the ``holidays`` package), and in Sweden not Midsummer Eve, Christmas Eve or New Year's
Eve either (its "de facto" holidays). Replenishment runs on working days only."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.domain.refusals import RefusalCode, Refused

COUNTRIES = ("SE", "NO")
#: Each country's holiday names in the ``holidays`` package: in English, and in the
#: country's own language, which a counter speaking the other Nordic language reads too.
_NAMED_IN = {"SE": "sv", "NO": "no"}


def _names_in(country: str, language: str) -> str:
    """The ``holidays`` package's language for the program's ``language`` (sv, nb, en)."""
    return "en_US" if language == "en" else _NAMED_IN.get(country, "en_US")


@lru_cache(maxsize=64)
def _closed(country: str, year: int, names: str = "en_US"
            ) -> "holidays.HolidayBase":  # noqa: F821
    # Imported here: the package's calendars of every country take a tenth of a second,
    # which the counter need not wait for when it starts.
    import holidays

    if country not in COUNTRIES:
        raise Refused(RefusalCode.INVALID_INPUT, "'{country}' is not a depot country: SE or NO.",
                      country=country)
    categories = ("public", "de_facto") if country == "SE" else ("public",)
    # Named as asked, whatever the PC's locale.
    return holidays.country_holidays(country, years=year, categories=categories,
                                     language=names)


def holiday_name(day: dt.date, country: str, language: str = "en") -> str | None:
    """The holiday's name, or None on an ordinary day: in English for ``language`` "en",
    else in the country's own language (Skjærtorsdag, Julafton)."""
    return _closed(country, day.year, _names_in(country, language)).get(day)


def is_working_day(day: dt.date, country: str) -> bool:
    closed = holiday_name(day, country)  # first, so an unknown country is refused any day
    return day.weekday() < 5 and closed is None


def next_working_day(day: dt.date, country: str, *, including: bool = False) -> dt.date:
    """The first working day after ``day`` (or ``day`` itself if ``including`` and it is one)."""
    candidate = day if including else day + dt.timedelta(days=1)
    while not is_working_day(candidate, country):
        candidate += dt.timedelta(days=1)
    return candidate
