"""OUT008: one outcome with two end points months apart."""

from collections.abc import Iterator
from itertools import combinations

from assistant.models import Statement
from assistant.timeframes import long_date

from .._registry import Hit, rule
from .._time import end_point_mentions

TOLERANCE_DAYS = 92
"""End points within about a term of each other name the same moment ('Year 6, July 2029')."""


@rule("OUT008", kind="outcome", dimension="time_bound", severity="warning",
      source="SEND Code of Practice 2015, 9.66")
def conflicting_end_points(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Warns when one outcome gives two end points more than a term apart, such as "within two
    years" and "by the end of Year 6" for a child in Year 5.

    ## Why is this bad?
    A review needs one date to judge the outcome against (9.66); two dates leave room for doubt
    about which one counts.

    ## Example
    Within two years, Sami will read a page aloud by the end of Year 6. (Sami is in Year 5.)

    ## Use instead
    By the end of Year 6, Sami will read a page of his reading book aloud with at most 3 errors.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are time bound
    """
    dated = [m for m in end_point_mentions(statement) if m.end_date is not None]
    for first, second in combinations(dated, 2):
        assert first.end_date is not None and second.end_date is not None
        if abs((first.end_date - second.end_date).days) > TOLERANCE_DAYS:
            yield Hit(span=(first.span[0], second.span[1]),
                      message=f"Two end points: '{first.phrase}' ({long_date(first.end_date)}) "
                              f"and '{second.phrase}' ({long_date(second.end_date)}).",
                      fix="Keep one end point; make the other a separate outcome if both matter.")
            return
