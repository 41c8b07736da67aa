"""PRV006: "support" that says neither who gives it nor how much."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import GROUP_SIZE, has_quantity, has_role
from .._registry import Hit, rule

SUPPORT = re.compile(r"\b(?:support|help|input|assistance|intervention|monitoring)\b", re.I)


@rule("PRV006", kind="provision", dimension="no_vague_terms", severity="warning",
      source="SEND Code of Practice 2015, 9.69; tribunal principle: 'no room for doubt'")
def unspecified_support(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags "support", "help", "input" or "intervention" when the provision names neither who
    gives it nor how often or how long.

    A warning: it informs and does not make no_vague_terms false, because the word itself is
    not vague; what is missing is reported by PRV001 (how much) and PRV002 (who).

    ## Why is this bad?
    "Support with reading" describes a wish, not provision: the Code asks for the type of
    support, its hours and frequency, and the expertise of who gives it (9.69).

    ## Example
    Support with reading and writing in class.

    ## Use instead
    A teaching assistant will read with Ola 1:1 for 15 minutes each morning, using the
    school's phonics scheme.

    ## References
    - SEND Code of Practice 2015, 9.69: type of support, hours, frequency, level of expertise
    - Tribunal principle: provision should leave no room for doubt
    """
    text = statement.text
    if has_role(text) or has_quantity(text) or GROUP_SIZE.search(text):
        return
    match = SUPPORT.search(text)
    if match:
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' does not say who gives it or how much.",
                  fix="Say what the support is, who gives it, how often and for how long.")
