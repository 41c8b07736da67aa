"""PRV005: "small group" without the size of the group."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import GROUP_SIZE
from .._registry import Hit, rule

SMALL_GROUP = re.compile(r"\b(?:small|little|nurture|intervention)[- ]groups?\b", re.I)


@rule("PRV005", kind="provision", dimension="no_vague_terms", severity="warning",
      source="SEND Code of Practice 2015, 9.69 (provision quantified)")
def group_size_missing(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Asks for the size when provision says "small group" without saying how small (a warning:
    it informs, and does not make no_vague_terms false).

    ## Why is this bad?
    "Small group" is a common and reasonable description, but a group of 3 and a group of 10
    are different provision. Saying the size helps the plan leave no room for doubt (9.69).

    ## Example
    A phonics programme, delivered in a small group, 4 times a week, for 30 minutes.

    ## Use instead
    A phonics programme, delivered in a group of up to 4 pupils, 4 times a week, for 30 minutes.

    ## References
    - SEND Code of Practice 2015, 9.69: provision is detailed, specific and normally quantified
    """
    if GROUP_SIZE.search(statement.text):
        return
    for match in SMALL_GROUP.finditer(statement.text):
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' does not say how many pupils are in the group.",
                  fix="Give the size, e.g. 'a group of up to 4 pupils'.")
