"""PLN003: a plan with provision but no Section E outcomes."""

from collections.abc import Iterator

from assistant.models import Plan

from .._registry import Hit, rule
from .pln_areas import ids


@rule("PLN003", kind="plan", dimension="golden_thread", severity="error",
      source="SEND Code of Practice 2015, 9.62 and 9.64")
def no_section_e(plan: Plan) -> Iterator[Hit]:
    """## What it does
    Flags a plan that sets out provision but has no outcomes (no Section E, or an empty one).

    ## Why is this bad?
    Every EHC plan must have a Section E with the outcomes sought for the child, labelled as such
    (9.62, 9.64). Without outcomes there is nothing to measure the provision against and nothing
    to review each year.

    ## Example
    A plan with Sections A, B and F, where Section E is missing.

    ## Use instead
    Add "Section E: Outcomes", with SMART outcomes under each area of need: "By July 2027, Sam
    will ask an adult for help using a 4-word sentence in 4 out of 5 lessons."

    ## References
    - SEND Code of Practice 2015, 9.62: the sections every plan must have
    - SEND Code of Practice 2015, 9.64: outcomes go in Section E
    """
    if plan.outcomes or not plan.provision:
        return
    yield Hit(span=None,
              message="The plan has provision but no outcomes: no Section E was found.",
              fix="Add a Section E heading ('Section E: Outcomes') with an outcome for each area "
                  "of need.",
              statement_ids=ids(list(plan.provision)))
