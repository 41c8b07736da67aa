"""PLN002: provision that serves no outcome in the plan."""

from collections.abc import Iterator

from assistant.models import Plan

from .._registry import Hit, rule
from .pln_areas import id_list, ids, unmatched, uses_areas


@rule("PLN002", kind="plan", dimension="golden_thread", severity="warning",
      source="SEND Code of Practice 2015, 9.69 (table, Section F)")
def provision_without_outcome(plan: Plan) -> Iterator[Hit]:
    """## What it does
    Flags provision listed under an area heading that has no outcome in Section E.

    ## Why is this bad?
    It should be clear how each piece of provision supports the outcomes (9.69, Section F).
    Provision with no outcome cannot be judged at the annual review: nobody can tell whether it
    worked. Often the outcome was left out, or the area headings do not match.

    ## Example
    Section F, Sensory and physical: "An occupational therapist will see Tom for 30 minutes
    weekly." Section E has no Sensory and physical outcome.

    ## Use instead
    Add the outcome the provision serves under the same heading in Section E: "By July 2027, Tom
    will fasten his coat and shoes on his own before break, on 4 days out of 5."

    ## References
    - SEND Code of Practice 2015, 9.69 (table, Section F): how provision supports the outcomes
    """
    if not plan.outcomes or not uses_areas(plan):
        return
    for area, items in unmatched(list(plan.provision), list(plan.outcomes)).items():
        yield Hit(span=None,
                  message=f"'{area}' has provision ({id_list(items)}) but no outcome in "
                          "Section E under that heading.",
                  fix=f"Add the outcome this provision serves under '{area}' in Section E, or "
                      "move the provision under the heading of the outcome it serves.",
                  statement_ids=ids(items))
