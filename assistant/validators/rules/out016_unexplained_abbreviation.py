"""OUT016: an abbreviation the family may not know, used without saying what it stands for."""

from collections.abc import Iterator

from assistant.models import Statement

from .._registry import Hit, rule
from .._wording import ABBREVIATIONS, unexplained_abbreviations


@rule("OUT016", kind="outcome", dimension="family_wording", severity="info",
      source="SEND Code of Practice 2015, 9.61 (plans accessible to the family)")
def unexplained_abbreviation(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Notes professional abbreviations (SALT, OT, SEMH, ASD, ELSA, SENCO, PECS …) used without
    their expansion in the same statement. Makaton is a name, not an abbreviation, so it passes.

    ## Why is this bad?
    The plan is written for the child and family to read and agree (9.61). An abbreviation they
    do not know hides who is doing what. This is information only: it never makes a verdict
    false.

    ## Example
    By the end of Year 3, Isla will use PECS to ask for a snack at break time.

    ## Use instead
    By the end of Year 3, Isla will hand an adult a picture card (the Picture Exchange
    Communication System, PECS) to ask for a snack at break time.

    ## References
    - SEND Code of Practice 2015, 9.61: plans are clear, concise and understandable by the family
    - Guidance for health professionals: families ask for jargon-free advice
    """
    for match in unexplained_abbreviations(statement.text):
        expansion = ABBREVIATIONS[match[1]]
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' may not be known to the family.",
                  fix=f"Write '{expansion} ({match[1]})' the first time.")
