"""OUT005: an end point that cannot be dated from the statement and the child's details."""

from collections.abc import Iterator

from assistant.models import Statement

from .._registry import Hit, rule
from .._time import end_point_mentions


@rule("OUT005", kind="outcome", dimension="time_bound", severity="info",
      source="SEND Code of Practice 2015, 9.66")
def end_point_not_dated(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Notes an end point the checker cannot turn into a date: "by the end of Year 6" when neither
    the child's age nor year group is given, "within two years" without an assessment date, or
    "by the end of her course" when the course's length is not stated. The outcome still counts
    as time bound; the other time checks (past, too far, too soon) cannot run on it.

    ## Why is this bad?
    A reader of the plan needs to know the date (9.66); an end point tied to a course or to the
    day the advice was written drifts as the plan is read later.

    ## Example
    By the end of her course, Priya will make a hot drink for a visitor.

    ## Use instead
    By July 2028 (the end of her course), Priya will make a hot drink for a visitor.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are time bound
    """
    for mention in end_point_mentions(statement):
        if mention.kind == "relative_unresolved":
            what = ("give the course's end date" if mention.anchor == "unknown_length"
                    else "add the child's age or year group and the assessment date to the context")
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' cannot be dated. {mention.reason}",
                      fix=f"To check this end point, {what}.")
