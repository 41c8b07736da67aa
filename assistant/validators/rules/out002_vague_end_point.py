"""OUT002: an outcome whose only end point is a vague word such as 'soon' or 'over time'."""

from collections.abc import Iterator

from assistant.models import Statement
from assistant.timeframes import default_end_point, school_context_of

from .._registry import Hit, rule
from .._time import end_point_mentions


@rule("OUT002", kind="outcome", dimension="time_bound", severity="error",
      source="SEND Code of Practice 2015, 9.66")
def vague_end_point(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes timed only by words that name no date: "soon", "over time", "eventually",
    "in the future", "one day", "in time", "at some point", "as soon as possible",
    "in due course", "over the next few months".

    ## Why is this bad?
    These sound like an end point but give none (9.66). A review cannot tell whether "soon" has
    passed, so the outcome can never be judged achieved or missed.

    ## Example
    Over time, Mia will be able to dress herself for PE.

    ## Use instead
    By the end of Year 4, Mia will dress herself for PE within 10 minutes, with one reminder.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are time bound
    """
    ctx = school_context_of(statement.context)
    mentions = end_point_mentions(statement)
    if any(mention.is_end_point for mention in mentions):
        return
    suggestion = default_end_point(ctx)
    instead = (f"'By {suggestion.phrase}'" if suggestion.end_date is not None
               else "a date, age, year group or key stage")
    for mention in mentions:
        yield Hit(span=mention.span,
                  message=f"'{mention.phrase}' gives no date by which anyone could check the "
                          "outcome.",
                  fix=f"Replace '{mention.phrase}' with a real end point, such as {instead}.")
