"""OUT004: an end point far beyond the child's current phase of education."""

from collections.abc import Iterator
from datetime import date, timedelta

from assistant.models import Statement
from assistant.timeframes import (
    SchoolContext,
    TimeMention,
    add_years,
    default_end_point,
    long_date,
    school_context_of,
)

from .._registry import Hit, rule
from .._time import end_point_mentions

REASONABLE_YEARS = 3
"""Any end point within three years of the assessment is a reasonable span."""
GRACE = timedelta(days=62)


@rule("OUT004", kind="outcome", dimension="time_bound", severity="warning",
      source="SEND Code of Practice 2015, 9.68")
def beyond_stage(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Warns when an end point lies past both the end of the child's current phase (early years,
    primary, secondary, post-16) and three years from the assessment: an outcome "by the age
    of 18" for a child in Year 3. Spans inside the current phase, or within three years, pass.

    ## Why is this bad?
    Outcomes usually set out what is needed by the end of a phase or stage so the child can move
    on to the next (9.68). A far end point is an aspiration (Section A), not an outcome that a
    review can check; intervening outcomes should mark the way.

    ## Example
    By the age of 18, Ollie will travel to college on his own. (Ollie is in Year 3.)

    ## Use instead
    By the end of Key Stage 2, Ollie will walk to the school gate from the car park on his own.
    (Keep "travel to college on his own" as an aspiration.)

    ## References
    - SEND Code of Practice 2015, 9.68: outcomes usually run to the end of a phase or stage;
      intervening outcomes mark each year
    """
    ctx = school_context_of(statement.context)
    horizon = _horizon(ctx)
    if horizon is None:
        return
    for mention in end_point_mentions(statement):
        if _is_beyond(mention, horizon):
            assert mention.earliest_date is not None
            when = ("is" if mention.earliest_date == mention.end_date else "is no earlier than")
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' {when} "
                              f"{long_date(mention.earliest_date)}, beyond the end of the "
                              f"{ctx.phase} phase ({long_date(ctx.phase_end or horizon)}) and "
                              f"more than {REASONABLE_YEARS} years away.",
                      fix=f"Set the outcome for {default_end_point(ctx).phrase} and keep the "
                          f"longer goal as an aspiration, or say why the longer span is needed.")


def _horizon(ctx: SchoolContext) -> date | None:
    """The later of the phase's end and three years on, plus two months' grace."""
    if ctx.assessment_date is None or ctx.phase_end is None:
        return None
    return max(ctx.phase_end, add_years(ctx.assessment_date, REASONABLE_YEARS)) + GRACE


def _is_beyond(mention: TimeMention, horizon: date) -> bool:
    return mention.earliest_date is not None and mention.earliest_date > horizon
