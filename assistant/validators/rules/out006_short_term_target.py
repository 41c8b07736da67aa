"""OUT006: an end point so close that the outcome is a short-term target."""

from collections.abc import Iterator

from assistant.models import Statement
from assistant.timeframes import (
    SHORT_SPAN_MONTHS,
    add_months,
    default_end_point,
    long_date,
    school_context_of,
)

from .._registry import Hit, rule
from .._time import end_point_mentions


@rule("OUT006", kind="outcome", dimension="time_bound", severity="warning",
      source="SEND Code of Practice 2015, 9.69")
def short_term_target(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Warns when an end point falls less than six months after the assessment: "by Christmas" in
    November, "by the end of this term", "within 6 weeks".

    ## Why is this bad?
    EHC plan outcomes look to the end of a phase or stage (9.68); shorter-term targets are set
    and reviewed by the school or setting outside the plan (9.69). An outcome due within weeks
    is spent before the plan is even finalised (up to 20 weeks).

    ## Example
    By Christmas, Zara will name five classmates. (Assessed in November.)

    ## Use instead
    By the end of Key Stage 1, Zara will choose a friend to play with at break time and name
    five classmates. (Keep "by Christmas" as a short-term target in the school's plan.)

    ## References
    - SEND Code of Practice 2015, 9.69: shorter-term targets are set outside the EHC plan
    - SEND Code of Practice 2015, 9.68: outcomes run to the end of a phase or stage
    """
    ctx = school_context_of(statement.context)
    today = ctx.assessment_date
    if today is None:
        return
    soon = add_months(today, SHORT_SPAN_MONTHS)
    for mention in end_point_mentions(statement):
        end = mention.end_date
        if end is not None and today <= end < soon:
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' ({long_date(end)}) is less than "
                              f"{SHORT_SPAN_MONTHS} months after the assessment: a short-term "
                              f"target rather than a plan outcome.",
                      fix=f"Set the outcome for {default_end_point(ctx).phrase} and keep this "
                          f"step as a short-term target in the school's plan.")
