"""OUT013: an outcome whose subject is staff, a service or nobody, instead of the child."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import (
    NOT_CHILD_SUBJECT,
    ROLE,
    child_names,
    is_child_phrase,
    mentions_child,
    name_at,
    subject_phrase,
)
from .._receipt import recommended_for_others
from .._registry import Hit, rule, subject_of

# What a line with no verb is about when it is not the child's own change: a service, its
# delivery, or someone else ("The provision of three hours of therapy", "... through daily
# sessions", "Staff training in Makaton").
SERVICE_OR_OTHER = re.compile(
    rf"{ROLE.pattern}|\b(?:provision|provided|delivered|sessions?|therapy|programme|"
    r"intervention|input|through|staff|the school|the setting|the college|parents?|"
    r"the service|services)\b", re.I)


_AIM_OPENING = re.compile(r"\s*(?:target:\s*)?to\s+[a-z]+\s+", re.I)


def _aimed_at_child(text: str, child: tuple[str, ...]) -> tuple[int, int] | None:
    """'To develop Bella's attention': where the infinitive and the child's name are."""
    opening = _AIM_OPENING.match(text)
    end = name_at(text, opening.end(), child) if opening else None
    if end is None:
        return None
    own = re.match(r"['’]s\b", text[end:])
    return 0, end + (own.end() if own else 0)


@rule("OUT013", kind="outcome", dimension="person_centred", severity="error",
      source="SEND Code of Practice 2015, 9.66 (personal, not from a service perspective)")
def not_about_the_child(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Checks that the one who acts in an outcome is the child or young person: their name,
    he/she/they, "the learner", or "I" when the outcome is in their own words ("I want to ...", "my
    dream is to ..."). Flags outcomes whose subject is staff, the school, a therapist, "pupils", a
    service or a programme ("a reading programme will have been completed with Lorcan"), or that
    have no person at all. A line with no verb ("Independent toileting by the end of Year 1",
    "Reduced school anxiety") is read as the child's own change unless it names a service, its
    delivery or someone else. An aim in the infinitive with the child as its object ("To develop
    Bella's attention", "To support Sam to travel") is the adults' aim. A leading trigger ("when
    Keanu feels overwhelmed in class he will ...") is read past to the child who acts, as is an
    aside about the child ("Tomasz, aged 7 and in Year 2, will ..."); "Bilal's classroom" is a room,
    not the child. A recommendation of what others should do ("It is recommended that Kofi is
    offered counselling", "... that Kofi's SENCo arranges a group") is about them, unlike "... that
    Kofi practises his spellings daily".

    ## Why is this bad?
    The Code asks for outcomes that are personal and not written from a service perspective
    (9.66). "Staff will model turn-taking" says what adults do; it cannot show what changed
    for the child.

    ## Example
    By the end of Year 4, the teaching assistant will help Leo to dress for PE.

    ## Use instead
    By the end of Year 4, Leo will change for PE in under 10 minutes with one verbal prompt.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are personal, not from a service perspective
    - SEND Code of Practice 2015, 9.67: what is important to and for the child
    """
    who = subject_of(statement)
    advice = recommended_for_others(statement.text, tuple(child_names(statement)))
    if advice:  # 'It is recommended that Kofi is offered counselling'
        yield Hit(span=advice.span(),
                  message=f"This recommends what others should do for {who}; it does not say "
                          f"what {who} will do.",
                  fix=f"Start from {who}: 'By <end point>, {who} will <do something you could "
                      "see>'.")
        return
    aimed = _aimed_at_child(statement.text, tuple(child_names(statement)))
    if aimed:  # 'To develop Bella's attention': an aim for adults, with the child as its object
        yield Hit(span=aimed,
                  message=f"'{statement.text[aimed[0]:aimed[1]].strip()}' is an aim for the "
                          f"adults, with {who} as its "
                          f"object; it does not say what {who} will do.",
                  fix=f"Start from {who}: 'By <end point>, {who} will <do something you could "
                      "see>'.")
        return
    found = subject_phrase(statement.text)
    if found is None:
        if mentions_child(statement.text.split(",")[0], statement) \
                or not SERVICE_OR_OTHER.search(statement.text):
            return
        yield Hit(span=None,
                  message=f"This outcome names a service or someone else, and no act of "
                          f"{who}'s; it does not say what {who} will do.",
                  fix=f"Start from {who}: 'By <end point>, {who} will <do something you could "
                      "see>'.")
        return
    phrase, start = found
    if is_child_phrase(phrase, statement):
        return
    other = NOT_CHILD_SUBJECT.search(phrase)
    short = phrase if 0 < len(phrase.split()) <= 5 else None
    named = short or (other[0] if other else "the sentence")
    yield Hit(span=(max(0, start - len(phrase) - 1), start),
              message=f"The outcome is about '{named}', not about what {who} will do.",
              fix=f"Make {who} the subject ('{who} will …'); what staff do is provision for "
                  "Section F.")
