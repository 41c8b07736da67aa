"""OUT007: an end point counted from the day the advice was written."""

from collections.abc import Iterator

from assistant.models import Statement
from assistant.timeframes import long_date

from .._registry import Hit, rule
from .._time import end_point_mentions


@rule("OUT007", kind="outcome", dimension="time_bound", severity="info",
      source="SEND Code of Practice 2015, 9.66")
def relative_end_point(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Notes end points that only mean something from the day the advice was written: "within two
    years", "in 12 months' time", "by next summer", "by the end of this school year", "by the end
    of the spring term", "at the annual review". It gives the date they resolve to.

    ## Why is this bad?
    An EHC plan is read for months after the advice (at reviews, at transfer, at tribunal). By
    then "next summer" may be this summer or last; a date cannot drift (9.66).

    ## Example
    Within two years, Leo will order and pay for his lunch in the college canteen.

    ## Use instead
    By November 2028, Leo will order and pay for his lunch in the college canteen.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are time bound
    """
    for mention in end_point_mentions(statement):
        if mention.anchor == "relative" and mention.end_date is not None:
            yield Hit(span=mention.span,
                      message=f"'{mention.phrase}' counts from the day the advice was written; "
                              f"here it means {long_date(mention.end_date)}.",
                      fix=f"Write the date itself, e.g. 'by {mention.end_date:%B %Y}'.")
