"""The English school calendar as fixed dates, so every phrase resolves the same way.

Term dates vary by local authority and school; these are the single dates we use, chosen so a
deadline is never earlier than most schools' real term end:

- the school (academic) year starts on 1 September and ends on 31 July;
- the autumn term ends on 20 December (schools break up in the week before Christmas);
- the spring term ends on 31 March (Easter falls between late March and late April; many schools
  break up at the end of March whatever the date of Easter);
- the summer term ends on 31 July, with the school year.
"""

import calendar
from datetime import date, timedelta
from typing import Literal

Term = Literal["autumn", "spring", "summer"]
TERMS: tuple[Term, ...] = ("autumn", "spring", "summer")

# (month, day) each term ends; the autumn term ends in the calendar year the school year starts.
TERM_END: dict[Term, tuple[int, int]] = {"autumn": (12, 20), "spring": (3, 31), "summer": (7, 31)}
SCHOOL_YEAR_START = (9, 1)
SCHOOL_YEAR_END = (7, 31)


def school_year_start(day: date) -> int:
    """The calendar year in which the school year holding `day` began (August counts as ending)."""
    return day.year if day.month >= SCHOOL_YEAR_START[0] else day.year - 1


def end_of_school_year(start_year: int) -> date:
    """School years end in July, so the year starting September 2026 ends on 31 July 2027."""
    return date(start_year + 1, *SCHOOL_YEAR_END)


def term_end(term: Term, start_year: int) -> date:
    month, day = TERM_END[term]
    return date(start_year if term == "autumn" else start_year + 1, month, day)


def current_term(day: date) -> Term:
    """The term `day` falls in; the summer holiday counts as the summer term just ended."""
    start = school_year_start(day)
    for term in TERMS:
        if day <= term_end(term, start):
            return term
    return "summer"


def next_term_end(day: date, skip: int = 0) -> date:
    """The end of the current term (skip=0), of the next (skip=1), and so on."""
    start = school_year_start(day)
    ends = [term_end(term, year) for year in (start, start + 1, start + 2) for term in TERMS]
    upcoming = [end for end in ends if end >= day]
    return upcoming[skip]


def easter_sunday(year: int) -> date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def month_end(year: int, month: int) -> date:
    """'By July 2028' means by the last day of July 2028."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_years(day: date, years: int) -> date:
    """29 February moves to 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def next_date_on_or_after(day: date, month: int, dom: int) -> date:
    """The next `dom` of `month` on or after `day`: 'by Christmas' in January is next Christmas."""
    candidate = date(day.year, month, dom)
    return candidate if candidate >= day else date(day.year + 1, month, dom)


def next_month_end(day: date, month: int) -> date:
    """'By September' said in October means the end of next September."""
    candidate = month_end(day.year, month)
    return candidate if candidate >= day else month_end(day.year + 1, month)


def next_easter(day: date) -> date:
    candidate = easter_sunday(day.year)
    return candidate if candidate >= day else easter_sunday(day.year + 1)
