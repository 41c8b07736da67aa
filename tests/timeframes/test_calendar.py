"""The fixed school calendar dates every phrase resolves against."""

from datetime import date

import pytest

from assistant.timeframes import TERM_END, easter_sunday, end_of_school_year, school_year_start


@pytest.mark.parametrize(("year", "easter"), [
    (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)), (2028, date(2028, 4, 16)),
    (2029, date(2029, 4, 1)), (2030, date(2030, 4, 21)),
])
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(("day", "start"), [
    (date(2026, 9, 1), 2026), (date(2026, 12, 31), 2026), (date(2027, 7, 31), 2026),
    (date(2027, 8, 31), 2026),
])
def test_school_year_runs_from_september(day: date, start: int) -> None:
    assert school_year_start(day) == start


def test_school_years_end_on_31_july_and_terms_on_documented_dates() -> None:
    assert end_of_school_year(2026) == date(2027, 7, 31)
    assert TERM_END == {"autumn": (12, 20), "spring": (3, 31), "summer": (7, 31)}
