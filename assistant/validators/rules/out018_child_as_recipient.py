"""OUT018: an outcome in which the child only receives a service."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._clause import Act, is_passive, main_act, passive_words
from .._lexicon import NUMBER, is_child_phrase, subject_phrase
from .._receipt import ASSIGNED, NOT_ACHIEVED
from .._registry import Hit, rule, subject_of

RECEIVES = re.compile(
    # '... take part in the careers programme and receive independent advice'
    r"\band receive\b|"
    rf"\b(?:will|to|shall|should|can) (?:(?:continue to|be able to) )?"
    rf"(?:receive|be receiving|"
    rf"get (?=(?:a|an|some|more|extra|\d+|1:1|one[- ]to[- ]one|help|support)\b)"
    rf"{NOT_ACHIEVED}|"
    r"benefit from|"
    r"(?:have been|be) (?:given|offered|provided(?: with)?|allocated|referred|taught|seen by|"
    r"helped|supported|coached|mentored|travel[- ]trained|"
    r"assessed|treated|placed|found(?= (?:a|an|him|her|them|me)\b))|"
    rf"have (?:{NUMBER}\s*% )?(?:extra|additional) time\b|"
    r"have (?:some |more |extra |additional |adult )?(?:support|help)\b|"
    r"have (?:the )?(?:[\w-]+ )?(?:exam |access )?arrangements\b|"
    r"have (?:access to|1:1|one[- ]to[- ]one|(?:a|an) (?:TA|teaching "
    r"assistant|key ?worker|placement|package|support))|"
    rf"have (?:a|an|{NUMBER}|regular|weekly|daily) (?:[\w:-]+ ){{0,3}}(?:club|sessions?|group|"
    rf"therapy|support|lessons?|appointments?|programme|intervention|place|placement|tuition|"
    rf"input|package|TA|teaching assistant|key ?worker|"
    rf"(?:care |support |health )?plan(?! for (?:(?:his|her|their|my) (?:own )?(?:future|life|next "
    rf"steps)|what (?:he|she|they|I) (?:does|do|will do|wants? to do) next))|"
    rf"passport|budget|referral|sensory diet|sensory circuit)s?(?!\s+(?:of|value)\b))\b",
    re.I,
)


@rule("OUT018", kind="outcome", dimension="person_centred", severity="error",
      source="SEND Code of Practice 2015, 9.66 (personal, not from a service perspective)")
def child_as_recipient(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes in which the child is only on the receiving end of a service: "will receive"
    (also after another act: "take part in the careers programme and receive independent advice"),
    "will be given", "will be taught", "will be offered", "will have access to", "will have been
    taught", "will have been found a placement", "will have 25% extra time", "will have the exam
    arrangements he needs", "will have a sensory circuit before school", someone or something
    assigned to them ("will have a key adult", "will have the care package she needs", "will have a
    careers interview with the adviser"), and any passive main verb with the child as its subject
    ("will be enrolled", "will be encouraged to", "will be included in", "her asthma will be well
    managed"): someone else acts, the child is acted on; so is a state others bring about ("will be
    toilet-trained by her parents"). Being rated, scored or graded ("rated 'consistent' on her
    therapist's record") is the child's result, not a service.

    ## Why is this bad?
    An outcome is personal and not expressed from a service perspective (9.66). "Darius will
    receive physiotherapy" is the service's point of view; the outcome is what the
    physiotherapy will let Darius do.

    ## Example
    By the end of Year 4, Aisha will be taught phonics in a small group.

    ## Use instead
    By the end of Year 4, Aisha will read aloud a 60-word book at her phonics stage with no
    more than 3 errors.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are personal, not from a service perspective
    """
    found = False
    for match in [*RECEIVES.finditer(statement.text), *ASSIGNED.finditer(statement.text)]:
        found = True
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' puts {subject_of(statement)} on the receiving end of a "
                          "service; it says nothing about what they will do.",
                  fix=f"Say what {subject_of(statement)} will be able to do because of the "
                      "service; the service itself goes in Section F, G or H.")
    if not found and (act := passive_main_act(statement)) is not None:
        words = passive_words(act)
        yield Hit(span=(act.start, act.start + len(words)),
                  message=f"'{words}' says what is done "
                          f"to {subject_of(statement)}; it says nothing about what they will do.",
                  fix=f"Say what {subject_of(statement)} will be able to do because of it; "
                      "what others do goes in Section F, G or H.")


def passive_main_act(statement: Statement) -> Act | None:
    """The child as the subject of a passive main verb: 'Jude will be enrolled on a course'."""
    found = subject_phrase(statement.text)
    if found is None or not found[0] or not is_child_phrase(found[0], statement):
        return None
    act = main_act(statement.text)
    return act if act is not None and is_passive(act, manner=True) else None
