"""The depot's working days in Sweden and Norway, 2025–2030.

Every expected date below is written out by hand (worked out from the Easter dates and the
calendar rules, not taken from the ``holidays`` package), so these tests check the package
and the way ``app.domain.calendar`` uses it instead of repeating it.

The routine: the depot is closed on Saturdays, Sundays and the country's public holidays,
and in Sweden also on Midsummer Eve, Christmas Eve and New Year's Eve.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import calendar
from app.domain.calendar import holiday_name, is_working_day, next_working_day
from app.domain.refusals import RefusalCode, Refused

D = dt.date
YEARS = range(2025, 2031)
ONE_DAY = dt.timedelta(days=1)

# ---------------------------------------------------------------------------------------
# The hand-written calendar. Easter Sunday: 2025-04-20, 2026-04-05, 2027-03-28,
# 2028-04-16, 2029-04-01, 2030-04-21; everything movable follows from it.
# ---------------------------------------------------------------------------------------

MAUNDY_THURSDAY = {2025: D(2025, 4, 17), 2026: D(2026, 4, 2), 2027: D(2027, 3, 25),
                   2028: D(2028, 4, 13), 2029: D(2029, 3, 29), 2030: D(2030, 4, 18)}
GOOD_FRIDAY = {2025: D(2025, 4, 18), 2026: D(2026, 4, 3), 2027: D(2027, 3, 26),
               2028: D(2028, 4, 14), 2029: D(2029, 3, 30), 2030: D(2030, 4, 19)}
EASTER_SUNDAY = {2025: D(2025, 4, 20), 2026: D(2026, 4, 5), 2027: D(2027, 3, 28),
                 2028: D(2028, 4, 16), 2029: D(2029, 4, 1), 2030: D(2030, 4, 21)}
EASTER_MONDAY = {2025: D(2025, 4, 21), 2026: D(2026, 4, 6), 2027: D(2027, 3, 29),
                 2028: D(2028, 4, 17), 2029: D(2029, 4, 2), 2030: D(2030, 4, 22)}
ASCENSION_DAY = {2025: D(2025, 5, 29), 2026: D(2026, 5, 14), 2027: D(2027, 5, 6),
                 2028: D(2028, 5, 25), 2029: D(2029, 5, 10), 2030: D(2030, 5, 30)}
WHIT_SUNDAY = {2025: D(2025, 6, 8), 2026: D(2026, 5, 24), 2027: D(2027, 5, 16),
               2028: D(2028, 6, 4), 2029: D(2029, 5, 20), 2030: D(2030, 6, 9)}
WHIT_MONDAY = {2025: D(2025, 6, 9), 2026: D(2026, 5, 25), 2027: D(2027, 5, 17),
               2028: D(2028, 6, 5), 2029: D(2029, 5, 21), 2030: D(2030, 6, 10)}
# Sweden: Midsummer Eve is the Friday from 19 to 25 June, Midsummer Day the Saturday after.
MIDSUMMER_EVE = {2025: D(2025, 6, 20), 2026: D(2026, 6, 19), 2027: D(2027, 6, 25),
                 2028: D(2028, 6, 23), 2029: D(2029, 6, 22), 2030: D(2030, 6, 21)}
MIDSUMMER_DAY = {2025: D(2025, 6, 21), 2026: D(2026, 6, 20), 2027: D(2027, 6, 26),
                 2028: D(2028, 6, 24), 2029: D(2029, 6, 23), 2030: D(2030, 6, 22)}
# Sweden: All Saints' Day is the Saturday from 31 October to 6 November.
ALL_SAINTS_DAY = {2025: D(2025, 11, 1), 2026: D(2026, 10, 31), 2027: D(2027, 11, 6),
                  2028: D(2028, 11, 4), 2029: D(2029, 11, 3), 2030: D(2030, 11, 2)}


def _fixed(month: int, day: int) -> dict[int, dt.date]:
    return {year: D(year, month, day) for year in YEARS}


NEW_YEARS_DAY = _fixed(1, 1)
EPIPHANY = _fixed(1, 6)
MAY_DAY = _fixed(5, 1)
NORWAY_CONSTITUTION_DAY = _fixed(5, 17)
SWEDEN_NATIONAL_DAY = _fixed(6, 6)
CHRISTMAS_EVE = _fixed(12, 24)
CHRISTMAS_DAY = _fixed(12, 25)
BOXING_DAY = _fixed(12, 26)
NEW_YEARS_EVE = _fixed(12, 31)

# Every day each depot is closed on, besides ordinary Saturdays and Sundays.
CLOSED = {
    "SE": {
        "new-years-day": NEW_YEARS_DAY,
        "epiphany": EPIPHANY,
        "good-friday": GOOD_FRIDAY,
        "easter-sunday": EASTER_SUNDAY,
        "easter-monday": EASTER_MONDAY,
        "may-day": MAY_DAY,
        "ascension-day": ASCENSION_DAY,
        "national-day": SWEDEN_NATIONAL_DAY,
        "whit-sunday": WHIT_SUNDAY,
        "midsummer-eve": MIDSUMMER_EVE,
        "midsummer-day": MIDSUMMER_DAY,
        "all-saints-day": ALL_SAINTS_DAY,
        "christmas-eve": CHRISTMAS_EVE,
        "christmas-day": CHRISTMAS_DAY,
        "boxing-day": BOXING_DAY,
        "new-years-eve": NEW_YEARS_EVE,
    },
    "NO": {
        "new-years-day": NEW_YEARS_DAY,
        "maundy-thursday": MAUNDY_THURSDAY,
        "good-friday": GOOD_FRIDAY,
        "easter-sunday": EASTER_SUNDAY,
        "easter-monday": EASTER_MONDAY,
        "may-day": MAY_DAY,
        "constitution-day": NORWAY_CONSTITUTION_DAY,
        "ascension-day": ASCENSION_DAY,
        "whit-sunday": WHIT_SUNDAY,
        "whit-monday": WHIT_MONDAY,
        "christmas-day": CHRISTMAS_DAY,
        "boxing-day": BOXING_DAY,
    },
}


def _closed_days(country: str, year: int) -> set[dt.date]:
    return {dates[year] for dates in CLOSED[country].values()}


def _label(day: dt.date) -> str:
    return day.strftime("%a-%Y-%m-%d")


CLOSED_CASES = [
    pytest.param(country, holiday, dates[year],
                 id=f"{country}-{holiday}-{_label(dates[year])}")
    for country, holidays_ in CLOSED.items()
    for holiday, dates in holidays_.items()
    for year in YEARS
]


# ---------------------------------------------------------------------------------------
# The hand-written tables agree with the rules they were worked out from (pure date
# arithmetic: a typo in a date above fails here, not as a false alarm further down).
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", YEARS, ids=str)
def test_the_hand_written_dates_keep_their_own_rules(year: int) -> None:
    easter = EASTER_SUNDAY[year]
    assert easter.weekday() == 6
    assert MAUNDY_THURSDAY[year] == easter - 3 * ONE_DAY
    assert GOOD_FRIDAY[year] == easter - 2 * ONE_DAY
    assert EASTER_MONDAY[year] == easter + ONE_DAY
    assert ASCENSION_DAY[year] == easter + 39 * ONE_DAY
    assert WHIT_SUNDAY[year] == easter + 49 * ONE_DAY
    assert WHIT_MONDAY[year] == easter + 50 * ONE_DAY
    eve = MIDSUMMER_EVE[year]
    assert eve.weekday() == 4 and D(year, 6, 19) <= eve <= D(year, 6, 25)
    assert MIDSUMMER_DAY[year] == eve + ONE_DAY
    saints = ALL_SAINTS_DAY[year]
    assert saints.weekday() == 5 and D(year, 10, 31) <= saints <= D(year, 11, 6)


# ---------------------------------------------------------------------------------------
# Closed days, holiday by holiday.
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("country", "holiday", "day"), CLOSED_CASES)
def test_the_depot_is_closed_on_the_holiday(country: str, holiday: str, day: dt.date) -> None:
    assert not is_working_day(day, country)
    assert holiday_name(day, country), f"{holiday} {day} has no name in {country}"


# Whit Monday stopped being a Swedish holiday in 2005 (the National Day took its place).
@pytest.mark.parametrize("day", WHIT_MONDAY.values(), ids=_label)
def test_whit_monday_is_a_working_day_in_sweden(day: dt.date) -> None:
    assert day.weekday() == 0
    assert is_working_day(day, "SE")
    assert holiday_name(day, "SE") is None


@pytest.mark.parametrize("day", MAUNDY_THURSDAY.values(), ids=_label)
def test_maundy_thursday_is_a_working_day_in_sweden(day: dt.date) -> None:
    assert is_working_day(day, "SE")


# In Norway Christmas Eve and New Year's Eve are ordinary days: open when on a weekday.
NORWAY_OPEN_EVES = [
    pytest.param(D(2025, 12, 24), id="christmas-eve-Wed-2025-12-24"),
    pytest.param(D(2026, 12, 24), id="christmas-eve-Thu-2026-12-24"),
    pytest.param(D(2027, 12, 24), id="christmas-eve-Fri-2027-12-24"),
    pytest.param(D(2029, 12, 24), id="christmas-eve-Mon-2029-12-24"),
    pytest.param(D(2030, 12, 24), id="christmas-eve-Tue-2030-12-24"),
    pytest.param(D(2025, 12, 31), id="new-years-eve-Wed-2025-12-31"),
    pytest.param(D(2026, 12, 31), id="new-years-eve-Thu-2026-12-31"),
    pytest.param(D(2027, 12, 31), id="new-years-eve-Fri-2027-12-31"),
    pytest.param(D(2029, 12, 31), id="new-years-eve-Mon-2029-12-31"),
    pytest.param(D(2030, 12, 31), id="new-years-eve-Tue-2030-12-31"),
]


@pytest.mark.parametrize("day", NORWAY_OPEN_EVES)
def test_christmas_eve_and_new_years_eve_on_a_weekday_are_working_days_in_norway(
        day: dt.date) -> None:
    assert is_working_day(day, "NO")
    assert holiday_name(day, "NO") is None


# The other country's holidays are ordinary days.
OTHER_COUNTRYS_HOLIDAY = [
    pytest.param("NO", D(2025, 1, 6), id="NO-swedish-epiphany-Mon-2025-01-06"),
    pytest.param("NO", D(2026, 1, 6), id="NO-swedish-epiphany-Tue-2026-01-06"),
    pytest.param("NO", D(2025, 6, 6), id="NO-swedish-national-day-Fri-2025-06-06"),
    pytest.param("NO", D(2029, 6, 6), id="NO-swedish-national-day-Wed-2029-06-06"),
    pytest.param("NO", D(2026, 6, 19), id="NO-swedish-midsummer-eve-Fri-2026-06-19"),
    pytest.param("NO", D(2026, 6, 23), id="NO-sankthansaften-Tue-2026-06-23"),
    pytest.param("SE", D(2029, 5, 17), id="SE-norwegian-constitution-day-Thu-2029-05-17"),
    pytest.param("SE", D(2030, 5, 17), id="SE-norwegian-constitution-day-Fri-2030-05-17"),
    pytest.param("SE", D(2027, 5, 17), id="SE-norwegian-constitution-and-whit-monday-2027-05-17"),
]


@pytest.mark.parametrize(("country", "day"), OTHER_COUNTRYS_HOLIDAY)
def test_the_other_countrys_holiday_is_a_working_day(country: str, day: dt.date) -> None:
    assert is_working_day(day, country)


# Bank "half days" and squeeze days are not closures in the routine.
@pytest.mark.parametrize("day", [
    pytest.param(D(2026, 1, 5), id="twelfth-night-Mon-2026-01-05"),
    pytest.param(D(2026, 4, 30), id="walpurgis-night-Thu-2026-04-30"),
    pytest.param(D(2026, 5, 13), id="day-before-ascension-Wed-2026-05-13"),
    pytest.param(D(2026, 5, 15), id="squeeze-day-after-ascension-Fri-2026-05-15"),
    pytest.param(D(2026, 6, 18), id="day-before-midsummer-eve-Thu-2026-06-18"),
    pytest.param(D(2026, 10, 30), id="all-saints-eve-Fri-2026-10-30"),
    pytest.param(D(2026, 12, 23), id="day-before-christmas-eve-Wed-2026-12-23"),
    pytest.param(D(2026, 12, 30), id="day-before-new-years-eve-Wed-2026-12-30"),
])
def test_swedish_eves_outside_the_routine_are_working_days(day: dt.date) -> None:
    assert is_working_day(day, "SE")


# ---------------------------------------------------------------------------------------
# Weekends and ordinary weekdays.
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("country", ["SE", "NO"])
@pytest.mark.parametrize("day", [
    pytest.param(D(2026, 3, 14), id="Sat-2026-03-14"),
    pytest.param(D(2026, 3, 15), id="Sun-2026-03-15"),
    pytest.param(D(2027, 8, 7), id="Sat-2027-08-07"),
    pytest.param(D(2030, 9, 29), id="Sun-2030-09-29"),
])
def test_weekends_are_not_working_days(day: dt.date, country: str) -> None:
    assert not is_working_day(day, country)
    assert holiday_name(day, country) is None


@pytest.mark.parametrize("country", ["SE", "NO"])
@pytest.mark.parametrize("day", [
    pytest.param(D(2026, 3, 9), id="Mon-2026-03-09"),
    pytest.param(D(2026, 3, 10), id="Tue-2026-03-10"),
    pytest.param(D(2026, 3, 11), id="Wed-2026-03-11"),
    pytest.param(D(2026, 3, 12), id="Thu-2026-03-12"),
    pytest.param(D(2026, 3, 13), id="Fri-2026-03-13"),
    pytest.param(D(2025, 1, 2), id="Thu-2025-01-02"),
    pytest.param(D(2028, 12, 27), id="Wed-2028-12-27"),
    pytest.param(D(2030, 8, 15), id="Thu-2030-08-15"),
])
def test_ordinary_weekdays_are_working_days(day: dt.date, country: str) -> None:
    assert is_working_day(day, country)
    assert holiday_name(day, country) is None


@pytest.mark.parametrize("country", ["SE", "NO"])
@pytest.mark.parametrize("year", YEARS, ids=str)
def test_every_day_of_the_year_is_classified_as_written_by_hand(country: str, year: int) -> None:
    closed = _closed_days(country, year)
    wrong = []
    for day in _days_of(year):
        expected_working = day.weekday() < 5 and day not in closed
        if is_working_day(day, country) != expected_working:
            wrong.append(f"{_label(day)} working={not expected_working}")
        if (holiday_name(day, country) is not None) != (day in closed):
            wrong.append(f"{_label(day)} name={holiday_name(day, country)!r}")
    assert wrong == []


def _days_of(year: int) -> list[dt.date]:
    first, last = D(year, 1, 1), D(year, 12, 31)
    return [first + n * ONE_DAY for n in range((last - first).days + 1)]


@pytest.mark.parametrize("country", ["SE", "NO"])
@pytest.mark.parametrize("year", YEARS, ids=str)
def test_working_days_in_the_year(country: str, year: int) -> None:
    """The count a planner would check against a printed calendar."""
    weekdays = sum(1 for day in _days_of(year) if day.weekday() < 5)
    closed_weekdays = {day for day in _closed_days(country, year) if day.weekday() < 5}
    working = sum(1 for day in _days_of(year) if is_working_day(day, country))
    assert working == weekdays - len(closed_weekdays)


# ---------------------------------------------------------------------------------------
# Names.
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("country", "day", "name"), [
    pytest.param("SE", D(2026, 1, 1), "New Year's Day", id="SE-new-years-day"),
    pytest.param("SE", D(2026, 1, 6), "Epiphany", id="SE-epiphany"),
    pytest.param("SE", D(2026, 4, 3), "Good Friday", id="SE-good-friday"),
    pytest.param("SE", D(2026, 4, 6), "Easter Monday", id="SE-easter-monday"),
    pytest.param("SE", D(2026, 5, 14), "Ascension Day", id="SE-ascension-day"),
    pytest.param("SE", D(2026, 6, 19), "Midsummer Eve", id="SE-midsummer-eve"),
    pytest.param("SE", D(2026, 6, 20), "Midsummer Day", id="SE-midsummer-day"),
    pytest.param("SE", D(2026, 10, 31), "All Saints' Day", id="SE-all-saints-day"),
    pytest.param("SE", D(2026, 12, 24), "Christmas Eve", id="SE-christmas-eve"),
    pytest.param("SE", D(2026, 12, 25), "Christmas Day", id="SE-christmas-day"),
    pytest.param("SE", D(2026, 12, 31), "New Year's Eve", id="SE-new-years-eve"),
    pytest.param("NO", D(2026, 4, 2), "Maundy Thursday", id="NO-maundy-thursday"),
    pytest.param("NO", D(2026, 4, 3), "Good Friday", id="NO-good-friday"),
    pytest.param("NO", D(2026, 5, 17), "Constitution Day", id="NO-constitution-day"),
    pytest.param("NO", D(2026, 12, 25), "Christmas Day", id="NO-christmas-day"),
])
def test_holiday_names_are_english(country: str, day: dt.date, name: str) -> None:
    assert holiday_name(day, country) == name


def _forget_cached_calendars() -> None:
    cached = getattr(calendar, "_closed", None)
    if hasattr(cached, "cache_clear"):
        cached.cache_clear()


@pytest.fixture
def scandinavian_locale(monkeypatch: pytest.MonkeyPatch):
    """A counter PC set up in Swedish or Norwegian (gettext reads these variables)."""
    _forget_cached_calendars()
    monkeypatch.setenv("LANGUAGE", "sv:nb:no")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "sv_SE.UTF-8")
    yield
    _forget_cached_calendars()


# 2031 is used by no other test, so no calendar cached earlier can hide the locale.
@pytest.mark.parametrize("country", ["SE", "NO"])
def test_holiday_names_are_english_whatever_the_pcs_language(
        scandinavian_locale: None, country: str) -> None:
    assert holiday_name(D(2031, 12, 25), country) == "Christmas Day"


# ---------------------------------------------------------------------------------------
# next_working_day.
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("country", "day", "expected"), [
    # An ordinary week.
    pytest.param("SE", D(2026, 3, 11), D(2026, 3, 12), id="SE-Wed-to-Thu"),
    pytest.param("SE", D(2026, 3, 13), D(2026, 3, 16), id="SE-Fri-to-Mon"),
    pytest.param("NO", D(2026, 3, 13), D(2026, 3, 16), id="NO-Fri-to-Mon"),
    pytest.param("NO", D(2026, 3, 14), D(2026, 3, 16), id="NO-Sat-to-Mon"),
    # Christmas 2026: Thu 24, Fri 25, Sat 26, Sun 27.
    pytest.param("SE", D(2026, 12, 23), D(2026, 12, 28), id="SE-2026-day-before-christmas-eve"),
    pytest.param("SE", D(2026, 12, 24), D(2026, 12, 28), id="SE-2026-christmas-eve-to-Mon-28"),
    pytest.param("NO", D(2026, 12, 23), D(2026, 12, 24), id="NO-2026-christmas-eve-is-open"),
    pytest.param("NO", D(2026, 12, 24), D(2026, 12, 28), id="NO-2026-christmas-eve-to-Mon-28"),
    # New Year 2026/27: Thu 31 Dec, Fri 1 Jan, then Sweden's Epiphany on Wed 6 Jan.
    pytest.param("SE", D(2026, 12, 30), D(2027, 1, 4), id="SE-2026-across-new-year"),
    pytest.param("NO", D(2026, 12, 30), D(2026, 12, 31), id="NO-2026-new-years-eve-is-open"),
    pytest.param("NO", D(2026, 12, 31), D(2027, 1, 4), id="NO-2026-new-years-eve-to-Mon-4"),
    pytest.param("SE", D(2027, 1, 5), D(2027, 1, 7), id="SE-2027-over-epiphany"),
    pytest.param("NO", D(2027, 1, 5), D(2027, 1, 6), id="NO-2027-epiphany-is-open"),
    # Easter 2027: Maundy Thursday 25 Mar, Good Friday 26, Easter Monday 29.
    pytest.param("NO", D(2027, 3, 24), D(2027, 3, 30), id="NO-2027-easter-from-Wed"),
    pytest.param("NO", D(2027, 3, 25), D(2027, 3, 30), id="NO-2027-easter-from-maundy-thursday"),
    pytest.param("SE", D(2027, 3, 24), D(2027, 3, 25), id="SE-2027-maundy-thursday-is-open"),
    pytest.param("SE", D(2027, 3, 25), D(2027, 3, 30), id="SE-2027-easter-from-maundy-thursday"),
    # Ascension 2026 (Thu 14 May).
    pytest.param("SE", D(2026, 5, 13), D(2026, 5, 15), id="SE-2026-over-ascension"),
    pytest.param("NO", D(2026, 5, 13), D(2026, 5, 15), id="NO-2026-over-ascension"),
    # Whitsun 2027: Whit Monday and Norway's Constitution Day are both Mon 17 May.
    pytest.param("NO", D(2027, 5, 14), D(2027, 5, 18), id="NO-2027-over-whit-monday"),
    pytest.param("SE", D(2027, 5, 14), D(2027, 5, 17), id="SE-2027-whit-monday-is-open"),
    # Midsummer 2026 (Eve Fri 19 June).
    pytest.param("SE", D(2026, 6, 18), D(2026, 6, 22), id="SE-2026-over-midsummer"),
    pytest.param("NO", D(2026, 6, 18), D(2026, 6, 19), id="NO-2026-no-midsummer-eve"),
    # Sweden's National Day 2028 (Tue 6 June).
    pytest.param("SE", D(2028, 6, 5), D(2028, 6, 7), id="SE-2028-over-national-day"),
    # Christmas 2028: Sun 24, Mon 25, Tue 26.
    pytest.param("SE", D(2028, 12, 22), D(2028, 12, 27), id="SE-2028-christmas"),
    pytest.param("NO", D(2028, 12, 22), D(2028, 12, 27), id="NO-2028-christmas"),
    # Christmas 2029: Mon 24, Tue 25, Wed 26; New Year's Eve Mon 31, New Year's Day Tue 1.
    pytest.param("SE", D(2029, 12, 21), D(2029, 12, 27), id="SE-2029-christmas"),
    pytest.param("NO", D(2029, 12, 21), D(2029, 12, 24), id="NO-2029-christmas-eve-is-open"),
    pytest.param("NO", D(2029, 12, 24), D(2029, 12, 27), id="NO-2029-christmas"),
    pytest.param("SE", D(2029, 12, 28), D(2030, 1, 2), id="SE-2029-across-new-year"),
    pytest.param("NO", D(2029, 12, 28), D(2029, 12, 31), id="NO-2029-new-years-eve-is-open"),
])
def test_next_working_day(country: str, day: dt.date, expected: dt.date) -> None:
    assert next_working_day(day, country) == expected


@pytest.mark.parametrize(("country", "day", "expected"), [
    pytest.param("SE", D(2026, 3, 11), D(2026, 3, 11), id="SE-working-day-is-itself"),
    pytest.param("NO", D(2026, 12, 24), D(2026, 12, 24), id="NO-christmas-eve-is-itself"),
    pytest.param("SE", D(2026, 12, 24), D(2026, 12, 28), id="SE-christmas-eve-moves-on"),
    pytest.param("SE", D(2026, 3, 14), D(2026, 3, 16), id="SE-Sat-to-Mon"),
    pytest.param("NO", D(2027, 3, 25), D(2027, 3, 30), id="NO-maundy-thursday-moves-on"),
])
def test_next_working_day_including_the_day_itself(country: str, day: dt.date,
                                                   expected: dt.date) -> None:
    assert next_working_day(day, country, including=True) == expected


@pytest.mark.parametrize("country", ["SE", "NO"])
@pytest.mark.parametrize("year", YEARS, ids=str)
def test_next_working_day_is_the_first_working_day_after(country: str, year: int) -> None:
    for day in _days_of(year):
        found = next_working_day(day, country)
        assert found > day and is_working_day(found, country)
        assert all(not is_working_day(day + n * ONE_DAY, country)
                   for n in range(1, (found - day).days))


# ---------------------------------------------------------------------------------------
# Unknown countries.
# ---------------------------------------------------------------------------------------

UNKNOWN_COUNTRIES = ["DK", "FI", "se", "SWE", ""]
CALLS = [
    pytest.param(lambda c: holiday_name(D(2026, 3, 11), c), id="holiday_name"),
    pytest.param(lambda c: is_working_day(D(2026, 3, 11), c), id="is_working_day-weekday"),
    pytest.param(lambda c: is_working_day(D(2026, 3, 14), c), id="is_working_day-saturday"),
    pytest.param(lambda c: next_working_day(D(2026, 3, 11), c), id="next_working_day"),
    pytest.param(lambda c: next_working_day(D(2026, 3, 13), c), id="next_working_day-friday"),
    pytest.param(lambda c: next_working_day(D(2026, 3, 11), c, including=True),
                 id="next_working_day-including"),
]


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("country", UNKNOWN_COUNTRIES, ids=lambda c: repr(c))
def test_an_unknown_country_is_refused(call, country: str) -> None:
    with pytest.raises(Refused) as refused:
        call(country)
    assert refused.value.code == RefusalCode.INVALID_INPUT


@pytest.mark.parametrize(("day", "country", "language", "name"), [
    (dt.date(2027, 3, 25), "NO", "nb", "Skjærtorsdag"),
    (dt.date(2027, 5, 17), "NO", "nb", "Andre pinsedag; Grunnlovsdag"),
    (dt.date(2027, 3, 25), "NO", "en", "Maundy Thursday"),
    # a Swedish-speaking counter at a Norwegian depot reads the country's own names
    (dt.date(2027, 3, 25), "NO", "sv", "Skjærtorsdag"),
    (dt.date(2026, 12, 24), "SE", "sv", "Julafton"),
    (dt.date(2026, 4, 3), "SE", "nb", "Långfredagen"),
    (dt.date(2026, 4, 3), "SE", "en", "Good Friday"),
])
def test_a_holiday_is_named_in_the_counters_language_or_the_countrys(
        day: dt.date, country: str, language: str, name: str) -> None:
    assert holiday_name(day, country, language) == name
