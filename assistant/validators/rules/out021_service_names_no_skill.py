"""OUT021: an open-ended service in the outcomes names no skill for the child to learn."""

import re
from collections.abc import Iterator

from assistant.models import Statement
from assistant.regex_cues import Cued

from .._registry import Hit, rule, subject_of
from .._clause import DOMAIN_VERBS, FEELING_VERBS, INNER_VERBS, main_act
from .._receipt import helped_act
from .out020_open_ended_service import no_amount_after, open_service_span

# Helped towards these, the child is still given an area, not a skill: 'be supported by a nurse
# to manage his diabetes', 'be supported by his TA to complete written tasks'.
_AREA_VERBS = DOMAIN_VERBS | FEELING_VERBS | INNER_VERBS | {"complete", "finish", "do", "be"}

# 'will receive literacy support until July 2027', '1:1 support during unstructured times': help
# named only by its area or its ratio, in no amount, names no skill, dated or not (OUT020 judges
# whether it can be checked at all).
_AREA_HELP = Cued(re.compile(
    r"\b(?:receive|be (?:given|offered|provided with)|get|have) (?:more |some |extra |additional |"
    r"ongoing )?(?:literacy|numeracy|reading|writing|spelling|maths|emotional|pastoral|behaviour|"
    r"learning|speech and language|speech|language|SEN|educational|wellbeing|mental health|family|"
    r"1:1|one-to-one|adult|individual|specialist|small[- ]group) (?:help|support|input)\b", re.I))


def _area_help_span(text: str) -> tuple[int, int] | None:
    """Where help named only by its area is, when no amount follows it."""
    found = _AREA_HELP.search(text)
    return found.span() if found and no_amount_after(text, found.end()) else None


def helped_to_named_act(statement: Statement) -> bool:
    """'will be supported by her key person to use picture cards to make choices': what the help
    is for is the child's own named act, which OUT014 judges; the service is not all there is."""
    helped = helped_act(statement)
    act = main_act(helped.text) if helped is not statement else None
    return act is not None and act.verb not in _AREA_VERBS


@rule("OUT021", kind="outcome", dimension="specific", severity="error",
      source="SEND Code of Practice 2015, 9.66 (specific outcomes)")
def service_names_no_skill(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags the same open-ended service wording as OUT020 ("will have access to short breaks",
    "requires a consistent approach", "his needs will be met", "will be offered help with his
    worries by the end of term"), and help named only by its area or its ratio in no amount ("will
    receive literacy support until July 2027", "1:1 support during unstructured times"), dated or
    not, for the `specific` verdict: it names what others provide, not what the child will learn or
    do. Help towards the child's own named act ("will be supported by her key person to use picture
    cards to make choices at snack time") names that act, which OUT014 judges; help towards an area
    ("to manage his diabetes", "to complete written tasks") does not.

    ## Why is this bad?
    A specific outcome names the skill or change precisely enough to guide teaching and
    support (9.66). A service with no end and no amount says nothing about what should change
    for the child, so nobody can plan teaching towards it.

    ## Example
    Josh requires a low-arousal environment and a consistent approach from all adults.

    ## Use instead
    By the end of Year 5, Josh will use his calm-down card to ask for a break before he leaves
    the classroom, on 4 out of 5 days. (Section F: the quiet space and the adults' approach.)

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific and say what the child will achieve
    """
    span = open_service_span(statement)
    if span is False:
        span = _area_help_span(statement.text) or False
    if span is False or helped_to_named_act(statement):
        return
    yield Hit(span=span,  # type: ignore[arg-type]
              message=f"This names a service, not a skill or change for {subject_of(statement)}.",
              fix="Name the act the child will do and the situation, e.g. 'ask for a break "
                  "using a card in lessons'.")
