"""PLN001: outcomes that no provision in the plan will help the child achieve."""

from collections.abc import Iterator

from assistant.models import Plan

from .._registry import Hit, rule
from .pln_areas import id_list, ids, unmatched, uses_areas


@rule("PLN001", kind="plan", dimension="golden_thread", severity="error",
      source="SEND Code of Practice 2015, 9.69 (table, Section F)")
def outcome_without_provision(plan: Plan) -> Iterator[Hit]:
    """## What it does
    Flags outcomes with no provision behind them: an area of need that has outcomes in Section E
    but no provision under the same area heading in Sections F to H, or, when the plan has no area
    headings, a plan with outcomes and no provision at all.

    ## Why is this bad?
    Provision must be set out for every need, and the plan should show how it helps the child
    reach the outcomes (9.69, Section F). An outcome with nothing behind it is a hope, not a plan,
    and nobody is accountable for getting the child there.

    ## Example
    Section E, Social, emotional and mental health: "By July 2027, Tom will name three feelings
    and one thing that helps with each." Section F has no Social, emotional and mental health
    heading.

    ## Use instead
    Add provision under the same heading in Section F: "A learning mentor will meet Tom 1:1 for
    20 minutes twice a week to practise naming feelings, using a feelings chart."

    ## References
    - SEND Code of Practice 2015, 9.69 (table, Section F): provision for each need, linked to
      the outcomes
    - Guidance on the golden thread: needs -> outcomes -> provision
    """
    if not plan.outcomes:
        return
    if not plan.provision:
        yield Hit(span=None,
                  message=f"{'Outcome' if len(plan.outcomes) == 1 else 'Outcomes'} "
                          f"{id_list(plan.outcomes)} {'has' if len(plan.outcomes) == 1 else 'have'}"
                          " no provision: the plan has no Section F, G or H provision.",
                  fix="Add the provision that will help the child reach each outcome: who, "
                      "what, how often, for how long.",
                  statement_ids=ids(plan.outcomes))
        return
    if not uses_areas(plan):
        return
    for area, items in unmatched(list(plan.outcomes), list(plan.provision)).items():
        yield Hit(span=None,
                  message=f"'{area}' has outcomes ({id_list(items)}) but no provision under "
                          "that area heading.",
                  fix=f"Add provision under '{area}' in Section F (or G/H) that will help the "
                      "child reach these outcomes.",
                  statement_ids=ids(items))
