"""OUT019: an outcome written for a group of pupils rather than for one child."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import starts_with_child, subject_phrase
from .._registry import Hit, rule, subject_of

# A population the child belongs to. The class or the family acting for this one child is
# judged by what they do (OUT012, OUT013), not as a group outcome.
GROUP = re.compile(
    r"\b(?:pupils|students|children|learners|young people|all|everyone|the cohort|we)\b",
    re.I,
)


@rule("OUT019", kind="outcome", dimension="specific", severity="error",
      source="SEND Code of Practice 2015, 9.66 and 9.69 (outcomes specific to the individual)")
def not_one_child(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes whose subject is a group ("pupils with autism", "students in the group",
    "we") rather than the one child the plan is for.

    ## Why is this bad?
    An EHC plan's outcomes are specific to the individual (9.66, 9.69). A statement about a
    population of pupils, or about what "we" will make sure of, cannot be reviewed for this
    child at the annual review.

    ## Example
    Pupils with autism in Year 4 will use visual timetables by the end of the year.

    ## Use instead
    By the end of Year 4, Hugo will check his visual timetable and move to the next activity
    with one prompt at 4 out of 5 transitions a day.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are personal and specific
    """
    found = subject_phrase(statement.text)
    if found is None:
        return
    match = GROUP.search(found[0])
    if match and not starts_with_child(found[0], statement):
        yield Hit(span=None,
                  message=f"The outcome is about '{found[0]}', not specifically about "
                          f"{subject_of(statement)}.",
                  fix=f"Write the outcome for {subject_of(statement)} alone: what they will do, "
                      "where and how well.")
