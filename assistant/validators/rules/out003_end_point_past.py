"""OUT003: an outcome whose end point had already passed on the assessment date."""

from collections.abc import Iterator

from assistant.models import Statement
from assistant.timeframes import default_end_point, long_date, school_context_of

from .._registry import Hit, rule, subject_of
from .._time import end_point_mentions


@rule("OUT003", kind="outcome", dimension="time_bound", severity="error",
      source="SEND Code of Practice 2015, 9.66 and 9.68")
def end_point_past(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags an end point that was over before the advice was written: "by the end of Key Stage 2"
    for a child in Year 8, "by the age of 10" for a 12-year-old. It fires only when the child's
    age or year group and the assessment date are known.

    ## Why is this bad?
    An outcome is what the child will achieve from now (9.66, 9.68). A past end point is usually
    copied from an old plan, and it cannot be reviewed.

    ## Example
    By the end of Key Stage 2, Dalia will use full sentences to describe a picture.
    (Dalia is in Year 8.)

    ## Use instead
    By the end of Key Stage 3, Dalia will use full sentences to describe a picture.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are time bound
    - SEND Code of Practice 2015, 9.68: outcomes run to the end of the coming phase or stage
    """
    ctx = school_context_of(statement.context)
    today = ctx.assessment_date
    if today is None:
        return
    for mention in end_point_mentions(statement):
        if mention.end_date is None:
            continue
        # An age already reached is past even if the birthday is today.
        is_past = mention.end_date <= today if mention.anchor == "age" else mention.end_date < today
        if is_past:
            when = (f"{subject_of(statement)} was already {ctx.age} on"
                    if mention.age is not None and ctx.age is not None
                    else f"it was {long_date(mention.end_date)}, before")
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' has passed: {when} the assessment date "
                              f"({long_date(today)}).",
                      fix=f"Use an end point still to come, such as "
                          f"'By {default_end_point(ctx).phrase}'.")
