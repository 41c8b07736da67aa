"""What a phrase resolves to, and the helpers every phrase family shares."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ._calendar import end_of_school_year, school_year_start
from ._context import SchoolContext

Anchor = Literal["calendar", "school", "age", "relative", "vague", "unknown_length"]

NEEDS_DATE = "the assessment date is missing"
NEEDS_SCHOOL = "the child's age or year group is missing"
NEEDS_AGE = "the child's age (or year group) and the assessment date are missing"


@dataclass(frozen=True, slots=True)
class Resolution:
    """A concrete date range, or the reason there is none (`missing`)."""

    end: date | None = None
    earliest: date | None = None
    basis: str | None = None
    """How the date was reached, for a reader: 'end of Year 6 (the school year ends 31 July)'."""
    missing: str | None = None
    age: int | None = None
    """For age phrases: the age named ('by the age of 14' -> 14)."""
    anchor: Anchor | None = None
    """Overrides the phrase family's anchor ('by July' with no year hangs on the writing date)."""


Resolver = Callable[[re.Match[str], SchoolContext], Resolution]


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase family: a pattern, what the end point hangs on, and how to resolve it."""

    pattern: re.Pattern[str]
    anchor: Anchor
    resolve: Resolver
    guard: Callable[[re.Match[str]], bool] | None = None
    """False rejects a match that only looks like a time phrase ('increase by 10')."""
    cue: str | None = None
    """A pattern every match's text contains (lower case), for a phrase whose words alone give
    none: most statements lack it, and a short search costs far less than the phrase itself."""


def long_date(day: date) -> str:
    """'1 November 2029', the way a plan writes dates."""
    return f"{day.day} {day:%B %Y}"


def fixed(day: date, basis: str, anchor: Anchor | None = None) -> Resolution:
    return Resolution(end=day, earliest=day, basis=basis, anchor=anchor)


def unresolved(missing: str, age: int | None = None) -> Resolution:
    return Resolution(missing=missing, age=age)


def end_of_year_group(ctx: SchoolContext, year: int, label: str) -> Resolution:
    """The end of `year` (0 Reception, -1 the year before Reception) for this child."""
    if ctx.year_offset is None:
        return unresolved(NEEDS_SCHOOL)
    end = ctx.end_of_year_group(year)
    if end is None:
        return unresolved(NEEDS_DATE)
    return fixed(end, f"{label}: school years end on 31 July")


def start_of_year_group(ctx: SchoolContext, year: int, label: str) -> Resolution:
    """The last day of the summer holiday before `year` begins (31 August)."""
    before = end_of_year_group(ctx, year - 1, label)
    if before.end is None:
        return before
    day = date(before.end.year, 8, 31)
    return fixed(day, f"{label}: the school year starts on 1 September")


def reaching_age(ctx: SchoolContext, age: int) -> Resolution:
    """Birthdays are unknown, so an age gives a one-year window; `end` is its last day."""
    window = ctx.birthday_range(age)
    if window is None:
        return unresolved(NEEDS_AGE, age=age)
    return Resolution(end=window[1], earliest=window[0], age=age,
                      basis=f"turns {age} between {long_date(window[0])} and "
                            f"{long_date(window[1])}")


def from_assessment(ctx: SchoolContext, shift: Callable[[date], date], label: str) -> Resolution:
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    return fixed(shift(ctx.assessment_date), f"{label} from the assessment date")


def current_school_year_end(ctx: SchoolContext, ahead: int = 0) -> Resolution:
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    start = school_year_start(ctx.assessment_date) + ahead
    return fixed(end_of_school_year(start), "the school year ends on 31 July", "relative")


WORD_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24, "twenty-five": 25,
    "thirty": 30, "eighteen months": 18, "a couple of": 2,
}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21, "twenty-fifth": 25}

NUM = (r"(?:\d{1,2}|twenty-(?:one|two|three|four|five)|one|two|three|four|five|six|seven|eight|"
       r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
       r"twenty|thirty)")
ORDINAL = (r"(?:\d{1,2}(?:st|nd|rd|th)|"
           + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")")


def number(text: str) -> int:
    key = " ".join(text.lower().split())
    return int(key) if key.isdigit() else WORD_NUMBERS[key]


def ordinal(text: str) -> int:
    key = text.lower()
    return int(key[:-2]) if key[:-2].isdigit() else _ORDINAL_WORDS[key]
