"""The depot's working days: not Saturdays or Sundays, not the country's public holidays
(the ``holidays`` package), and in Sweden not Midsummer Eve, Christmas Eve or New Year's
Eve either (its "de facto" holidays). Replenishment runs on working days only."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.domain.refusals import RefusalCode, Refused

COUNTRIES = ("SE", "NO")


@lru_cache(maxsize=64)
def _closed(country: str, year: int) -> "holidays.HolidayBase":  # noqa: F821
    # Imported here: the package's calendars of every country take a tenth of a second,
    # which the counter need not wait for when it starts.
    import holidays

    if country not in COUNTRIES:
        raise Refused(RefusalCode.INVALID_INPUT, "'{country}' is not a depot country: SE or NO.",
                      country=country)
    categories = ("public", "de_facto") if country == "SE" else ("public",)
    # English names whatever the PC's locale: the window translates what it shows.
    return holidays.country_holidays(country, years=year, categories=categories,
                                     language="en_US")


def holiday_name(day: dt.date, country: str) -> str | None:
    """The holiday's name (English), or None on an ordinary day."""
    return _closed(country, day.year).get(day)


def is_working_day(day: dt.date, country: str) -> bool:
    closed = holiday_name(day, country)  # first, so an unknown country is refused any day
    return day.weekday() < 5 and closed is None


def next_working_day(day: dt.date, country: str, *, including: bool = False) -> dt.date:
    """The first working day after ``day`` (or ``day`` itself if ``including`` and it is one)."""
    candidate = day if including else day + dt.timedelta(days=1)
    while not is_working_day(candidate, country):
        candidate += dt.timedelta(days=1)
    return candidate
