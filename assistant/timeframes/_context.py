"""Where a child is in English schooling, from their year group, or else their age and a date.

Year N holds the children who were N+4 on 31 August before the school year began (Reception:
4, Year 1: 5, ... Year 13: 17); they turn N+5 during the year. When the year group is missing we
take every birthday that fits the age on the assessment date and pick the year group most of them
fall in: a child aged 8 on 1 November is in Year 4 unless born in September or October (then
Year 3 would be wrong too: they would be 9), so "aged 8 in November" gives Year 4 for ten months
of birthdays in twelve and Year 3 for the other two. Age alone is ambiguous by one year; the
context says so (`year_group_note`). Without a date we assume the autumn term (Year = age - 4).
"""

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._calendar import add_years, end_of_school_year, school_year_start

Phase = Literal["early years", "primary", "secondary", "post-16", "post-19"]
KEY_STAGE_OF_YEAR: dict[int, str] = {0: "EYFS", 1: "KS1", 2: "KS1", 3: "KS2", 4: "KS2", 5: "KS2",
                                     6: "KS2", 7: "KS3", 8: "KS3", 9: "KS3", 10: "KS4", 11: "KS4",
                                     12: "KS5", 13: "KS5"}
LAST_YEAR_OF_STAGE: dict[str, int] = {"EYFS": 0, "KS1": 2, "KS2": 6, "KS3": 9, "KS4": 11, "KS5": 13}
LAST_YEAR_OF_PHASE: dict[str, int] = {"early years": -1, "primary": 6, "secondary": 11,
                                      "post-16": 13}
PLAN_UPPER_AGE = 25

_WORD_YEAR = {"reception": 0, "rec": 0, "yr": 0, "r": 0, "year r": 0, "foundation": 0,
              "nursery": -1, "pre-school": -1, "preschool": -1, "early years": -1,
              "lower sixth": 12, "upper sixth": 13, "sixth form": 12}
_NUMBERED = re.compile(r"^(?:year|yr|y)?\s*(\d{1,2})$")
_NUMBERED_INSIDE = re.compile(r"\b(?:year|yr|y)\s*(\d{1,2})\b")


@lru_cache(maxsize=256)
def parse_year_group(text: str | None) -> int | None:
    """'Year 4' -> 4, 'Reception' -> 0, 'Nursery' -> -1, 'Year 12 (sixth form)' -> 12."""
    if not text:
        return None
    key = " ".join(text.strip().lower().replace(".", "").split())
    if key in _WORD_YEAR:
        return _WORD_YEAR[key]
    match = _NUMBERED.match(key) or _NUMBERED_INSIDE.search(key)
    if match:
        return int(match[1]) if int(match[1]) <= 15 else None
    for word, year in (("reception", 0), ("nursery", -1), ("pre-school", -1), ("upper sixth", 13),
                       ("lower sixth", 12), ("sixth form", 12)):
        if word in key:
            return year
    return None


def reception_start_year(born: date) -> int:
    """Children born 1 September 2017 to 31 August 2018 start Reception in September 2022."""
    return (born.year if born.month >= 9 else born.year - 1) + 5


class SchoolContext(BaseModel):
    """What we know of the child's place in school; everything else is derived from it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    age: int | None = Field(None, ge=0, le=PLAN_UPPER_AGE)
    """Age in whole years on the assessment date."""
    year_group: str | None = None
    """As the school writes it: 'Reception', 'Year 4', 'Year 12'."""
    assessment_date: date | None = None

    # --- the year group, given or estimated ---------------------------------------------------

    @property
    def _given_year(self) -> int | None:
        return parse_year_group(self.year_group)

    def _age_birth_range(self) -> tuple[date, date] | None:
        if self.age is None or self.assessment_date is None:
            return None
        d = self.assessment_date
        return add_years(d, -(self.age + 1)) + timedelta(days=1), add_years(d, -self.age)

    def _estimated_years(self) -> Counter[int]:
        """Days of possible birthdays per year group; empty when age or date is missing."""
        if self.age is None or self.assessment_date is None:
            return Counter()
        return Counter(_year_counts(self.age, self.assessment_date))

    @property
    def year_offset(self) -> int | None:
        """Years since Reception (0): -2 two years before Reception, 14 a year after Year 13."""
        if self._given_year is not None:
            return self._given_year
        counts = self._estimated_years()
        if counts:
            return counts.most_common(1)[0][0]
        return self.age - 4 if self.age is not None else None

    @property
    def year_group_is_estimated(self) -> bool:
        return self._given_year is None and self.year_offset is not None

    @property
    def year_group_note(self) -> str | None:
        """Why the year group is a guess, for the result a user reads; None when it was given."""
        if not self.year_group_is_estimated or self.age is None:
            return None
        counts = self._estimated_years()
        names = [_year_name(year) for year, _ in counts.most_common()]
        if len(set(names)) > 1:
            best, other = names[0], names[1]
            return (f"Year group estimated from age {self.age} on the assessment date: most likely "
                    f"{best}, possibly {other}.")
        if counts:
            return f"Year group estimated from age {self.age}: {_year_name(self.year_offset)}."
        return (f"Year group estimated from age {self.age} without an assessment date: "
                f"{_year_name(self.year_offset)} or the year below.")

    @property
    def school_year(self) -> int | None:
        """-1 early years, 0 Reception, 1..13; None after Year 13 or when nothing is known."""
        offset = self.year_offset
        if offset is None or offset > 13:
            return None
        return max(offset, -1)

    @property
    def key_stage(self) -> str | None:
        """'EYFS', 'KS1' … 'KS5'; None after Year 13 or when unknown."""
        year = self.school_year
        return "EYFS" if year == -1 else KEY_STAGE_OF_YEAR.get(year) if year is not None else None

    @property
    def phase(self) -> Phase | None:
        offset = self.year_offset
        if offset is None:
            return None
        if offset < 0:
            return "early years"
        if offset <= 6:
            return "primary"
        if offset <= 11:
            return "secondary"
        if offset <= 13 or (self.age is not None and self.age < 19):
            return "post-16"
        return "post-19"

    # --- dates --------------------------------------------------------------------------------

    def end_of_year_group(self, year: int) -> date | None:
        """31 July of the school year the child is (or was, or will be) in `year`."""
        offset = self.year_offset
        if offset is None or self.assessment_date is None:
            return None
        return end_of_school_year(school_year_start(self.assessment_date) + year - offset)

    def birth_range(self) -> tuple[date, date] | None:
        """Earliest and latest birthday that fit the age and year group; None without a date."""
        by_age = self._age_birth_range()
        given = self._given_year
        if given is None or self.assessment_date is None:
            return by_age
        start = school_year_start(self.assessment_date) - given - 5
        by_cohort = (date(start, 9, 1), date(start + 1, 8, 31))
        if by_age is None:
            return by_cohort
        low, high = max(by_age[0], by_cohort[0]), min(by_age[1], by_cohort[1])
        return (low, high) if low <= high else by_age  # out of cohort: trust the age

    def birthday_range(self, age: int) -> tuple[date, date] | None:
        """Earliest and latest date the child turns `age`."""
        born = self.birth_range()
        return (add_years(born[0], age), add_years(born[1], age)) if born else None

    @property
    def stage_end(self) -> date | None:
        """The end of the current key stage (EYFS: end of Reception; post-19: the 25th birthday)."""
        year = self.school_year
        if year is not None:
            return self.end_of_year_group(LAST_YEAR_OF_STAGE[self.key_stage or "EYFS"])
        upper = self.birthday_range(19 if self.phase == "post-16" else PLAN_UPPER_AGE)
        return upper[1] if upper else None

    @property
    def phase_end(self) -> date | None:
        phase, offset = self.phase, self.year_offset
        if phase in LAST_YEAR_OF_PHASE and offset is not None and offset <= 13:
            return self.end_of_year_group(LAST_YEAR_OF_PHASE[phase])
        return self.stage_end


@lru_cache(maxsize=1024)
def _year_counts(age: int, on: date) -> dict[int, int]:
    """For each year group, how many of the birthdays that give `age` on `on` fall in it."""
    first, last = add_years(on, -(age + 1)) + timedelta(days=1), add_years(on, -age)
    now = school_year_start(on)
    counts: Counter[int] = Counter()
    day = first
    while day <= last:
        counts[now - reception_start_year(day)] += 1
        day += timedelta(days=1)
    return dict(counts)


def _year_name(offset: int | None) -> str:
    if offset is None:
        return "unknown"
    if offset < 0:
        return "early years"
    if offset == 0:
        return "Reception"
    return f"Year {offset}" if offset <= 13 else "past Year 13"
