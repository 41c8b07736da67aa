"""OUT009: an end point after the EHC plan can have ended (the young person's 25th year)."""

from collections.abc import Iterator
from datetime import date

from assistant.models import Statement
from assistant.timeframes import (
    PLAN_UPPER_AGE,
    SchoolContext,
    end_of_school_year,
    long_date,
    school_context_of,
    school_year_start,
)

from .._registry import Hit, rule
from .._time import end_point_mentions


@rule("OUT009", kind="outcome", dimension="time_bound", severity="warning",
      source="SEND Code of Practice 2015, 9.207")
def beyond_plan_age(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Warns when an end point is an age over 25 ("by the age of 30") or a date after the end of
    the school year in which the young person turns 25.

    ## Why is this bad?
    An EHC plan ends at the latest at the end of the academic year in which the young person
    turns 25 (9.207), so nobody would review an outcome due later. It belongs in the aspirations.

    ## Example
    By the age of 30, Tom will live in his own flat.

    ## Use instead
    By the age of 25, Tom will cook three meals a week in his supported-living flat.
    (Keep "live in his own flat" as an aspiration.)

    ## References
    - SEND Code of Practice 2015, 9.207: when an EHC plan ceases after the 25th birthday
    """
    ctx = school_context_of(statement.context)
    last_day = _plan_last_day(ctx)
    for mention in end_point_mentions(statement):
        too_old = mention.age is not None and mention.age > PLAN_UPPER_AGE
        too_late = (last_day is not None and mention.earliest_date is not None
                    and mention.earliest_date > last_day)
        if too_old or too_late:
            by = f"{long_date(last_day)}, " if last_day is not None else ""
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' is after the EHC plan can have ended (at the "
                              f"latest {by}the end of the school year in which the young person "
                              f"turns {PLAN_UPPER_AGE}).",
                      fix=f"Set an end point by the age of {PLAN_UPPER_AGE} and keep the longer "
                          f"goal as an aspiration.")


def _plan_last_day(ctx: SchoolContext) -> date | None:
    window = ctx.birthday_range(PLAN_UPPER_AGE)
    return end_of_school_year(school_year_start(window[1])) if window else None
