"""OUT001: an outcome with no end point at all."""

import re
from collections.abc import Iterator

from assistant.models import Statement
from assistant.timeframes import default_end_point, school_context_of

from .._registry import Hit, rule, subject_of
from .._time import end_point_mentions

FREQUENCY = re.compile(
    r"\b(?:every|each|per|a)\s+(?:day|week|morning|afternoon|evening|night|lesson|session|term|"
    r"month|school\s+day)\b|\b(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per|each)\s+\w+|"
    r"\b(?:daily|weekly|termly|fortnightly|monthly)\b", re.I)


@rule("OUT001", kind="outcome", dimension="time_bound", severity="error",
      source="SEND Code of Practice 2015, 9.66 and 9.68")
def no_end_point(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes that never say by when they will be achieved: no date, age, year group, key
    stage, term or span of time. How often something happens ("every day", "twice a week") is a
    frequency, not an end point. "By the time he leaves care" is one (at 18), and so is "by his next
    birthday". Every time rule reads the outcome's own end points: a time in its purpose clause
    ("... so that I can manage my diabetes when I go to university") belongs to the aspiration,
    unless the outcome has no other.

    ## Why is this bad?
    An outcome must be time bound (9.66), usually to the end of a phase or key stage (9.68).
    Without an end point nobody can say at a review whether it has been achieved.

    ## Example
    I will be able to travel to school and back every day, on my own.

    ## Use instead
    By the end of Year 11, I will travel to school and back on my own every day.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific, measurable, achievable,
      realistic and time bound
    - SEND Code of Practice 2015, 9.68: outcomes usually run to the end of a phase or stage
    """
    ctx = school_context_of(statement.context)
    if end_point_mentions(statement):
        return
    frequency = FREQUENCY.search(statement.text)
    told = f" '{frequency[0]}' says how often, not by when." if frequency else ""
    suggestion = default_end_point(ctx)
    example = (f"for example 'By {suggestion.phrase}, …' (usually the end of the current phase "
               f"or key stage)" if suggestion.end_date is not None
               else "add a date, an age, a year group or a key stage")
    yield Hit(span=frequency.span() if frequency else None,
              message=f"No end point: the outcome does not say by when {subject_of(statement)} "
                      f"will achieve it.{told}",
              fix=f"Say by when, {example}.")
