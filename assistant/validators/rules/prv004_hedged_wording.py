"""PRV004: provision written as a suggestion ("should", "may", "would benefit from")."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._registry import Hit, rule

# "May" followed by a number or year is the month.
HEDGE = re.compile(
    r"\b(?:should|could|might|may(?!\s+(?:\d|half|term|20\d\d))|would benefit from|"
    r"would (?:help|be helpful|be useful|be beneficial)|it is (?:recommended|suggested|advised)|"
    r"(?:is|are) recommended|recommend(?:s|ed)?|ideally|if possible|where possible|"
    r"(?:try|aim|attempt) to|consider(?:ation)?|could be considered|"
    r"would be (?:good|ideal|appropriate)|needs? (?:a|an|some|to have))\b",
    re.I,
)


# The child as the one who "may": permission to use an allowance, not a hedge on the provision.
_ALLOWANCE = re.compile(r"(?:\b(?:he|she|they|I)|(?<!^)\b[A-Z][a-z'’-]+) $")


@rule("PRV004", kind="provision", dimension="no_vague_terms", severity="error",
      source="SEND Code of Practice 2015, 9.69; tribunal principle: 'no room for doubt'")
def hedged_wording(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags provision worded as advice rather than an entitlement: "should", "may", "could",
    "might", "would benefit from", "it is recommended", "ideally", "try to".

    ## Why is this bad?
    A plan specifies the provision the child will receive (9.69). "Would benefit from" is an
    opinion; the school is not obliged to deliver it, and a tribunal treats it as no provision.

    ## Example
    Priya would benefit from a weekly session with a counsellor.

    ## Use instead
    A school counsellor will see Priya 1:1 for 40 minutes once a week.

    ## References
    - SEND Code of Practice 2015, 9.69: provision is detailed and specific
    - Tribunal principle: provision should leave no room for doubt
    """
    for match in HEDGE.finditer(statement.text):
        if match[0][0] == "M" and match.start() > 0:
            continue  # "May" mid-sentence is the month
        if match[0].lower() == "may" and _ALLOWANCE.search(statement.text, 0, match.start()):
            continue  # "a pass Kerensa may use up to twice a day": the child's allowance
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' makes the provision a suggestion, not something that "
                          "will happen.",
                  fix="Write it as a commitment: '<who> will <do what>, <how often>, for <how "
                      "long>'.")
