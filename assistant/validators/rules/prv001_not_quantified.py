"""PRV001: provision that does not say how often, how long or how much."""

from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import has_quantity
from .._registry import Hit, rule


@rule("PRV001", kind="provision", dimension="quantified", severity="error",
      source="SEND Code of Practice 2015, 9.69 (Section F: detailed, specific, normally "
             "quantified)")
def not_quantified(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags provision with no frequency ("daily", "twice termly", "4 times a week", "once a
    term"), no duration ("30 minutes", "a 15-minute session") and no amount ("6 sessions",
    "2 hours per week"). Any one of the three is enough to pass.

    ## Why is this bad?
    Section F provision must be detailed and specific and should normally be quantified
    (9.69): without an amount nobody can tell whether it was delivered, and a tribunal expects
    provision that leaves no room for doubt.

    ## Example
    Teacher to work with Ben's family to develop a home reading programme.

    ## Use instead
    Once each half-term, the class teacher will meet Ben's family for 30 minutes to agree and
    review a home reading programme.

    ## References
    - SEND Code of Practice 2015, 9.69: provision is detailed, specific and normally quantified
    - Tribunal principle: provision should leave no room for doubt
    """
    if has_quantity(statement.text):
        return
    yield Hit(span=None,
              message="The provision does not say how often, for how long or how much.",
              fix="Add a frequency and a duration, e.g. '3 times a week for 20 minutes' or "
                  "'once each half-term'.")
