"""The outcome's end point (Code 9.68: usually the end of the current phase or key stage)."""

import re
from dataclasses import dataclass

from assistant.models import AdviceRequest

_YEAR = re.compile(r"(?:year|yr|y)\s*(\d{1,2})", re.IGNORECASE)


@dataclass(frozen=True)
class EndPoint:
    phrase: str | None
    """'the end of Key Stage 2'; None when neither age nor year group is known."""
    reason: str


def year_number(year_group: str | None) -> int | None:
    """'Year 4' -> 4, 'Reception' -> 0, anything else (nursery, post-19, blank) -> None."""
    if not year_group:
        return None
    if re.search(r"reception|\bYR\b|foundation", year_group, re.IGNORECASE):
        return 0
    match = _YEAR.search(year_group)
    return int(match.group(1)) if match else None


def school_year_of(request: AdviceRequest) -> int | None:
    """The year group, or the one the age implies (Year N pupils are N+4 or N+5)."""
    number = year_number(request.child.year_group)
    if number is not None:
        return number
    age = request.child.age
    return age - 5 if age is not None and 4 <= age <= 18 else None


def resolve_end_point(request: AdviceRequest) -> EndPoint:
    """timeframes.default_end_point when it can answer; None asks the author instead."""
    child = request.child
    if child.age is None and child.year_group is None:
        return EndPoint(None, "neither age nor year group was given")
    from assistant.timeframes import SchoolContext, default_end_point

    resolved = default_end_point(SchoolContext(age=child.age, year_group=child.year_group,
                                               assessment_date=request.assessment_date))
    return EndPoint(resolved.phrase, resolved.reason)


def is_year9_or_later(request: AdviceRequest) -> bool:
    """Code 8 and 9.68: outcomes prepare for adulthood from Year 9 (age 13 to 14) on."""
    number = year_number(request.child.year_group)
    if number is not None:
        return number >= 9
    if request.child.year_group and re.search(r"post[- ]?16|sixth|college|FE\b",
                                              request.child.year_group, re.IGNORECASE):
        return True
    return request.child.age is not None and request.child.age >= 14


def year_group_mismatch(request: AdviceRequest) -> str | None:
    """A sentence when the age does not fit the year group (pupils in Year N are N+4 or N+5)."""
    number = year_number(request.child.year_group)
    age = request.child.age
    if number is None or age is None:
        return None
    if number + 4 <= age <= number + 5:
        return None
    return (f"Age {age} does not fit {request.child.year_group} (pupils in that year are usually "
            f"{number + 4} or {number + 5}).")
