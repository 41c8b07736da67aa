"""OUT020: a service written as an outcome, with nothing that says when it has been delivered."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import has_criterion, has_role, without_time_numbers, without_time_phrases
from .._registry import Hit, rule
from .._time import end_point_mentions
from .out012_provision_in_outcome import provision_in_outcome


# 'will be offered help with his worries by the end of term', 'will receive support with her
# posture throughout the day': help of no kind, from no one, in no amount is open-ended whatever
# the date or the times; 'support from the school nurse' or '2 hours of support' is a service.
_UNNAMED_HELP = re.compile(
    r"\b(?:receive|be (?:given|offered|provided with)|get|have) (?:more |some |extra |additional |"
    r"ongoing )?(?:help|support|input|advice|guidance)\b(?! (?:from|by)\b)|"
    r"\bneeds (?:will|are to|should) be (?:fully )?met\b(?! (?:by|through)\b)|"
    r"\bha(?:ve|s) (?:all )?(?:his|her|their|my) (?:[\w-]+ ){0,2}needs (?:fully )?met\b"
    r"(?! (?:by|through)\b)|"
    r"\baccess (?:to )?(?:short breaks|respite|services|activities)\b(?!\s+(?:for|on|at|every|each|"
    r"once|twice|one|a|an|\d+)\b)", re.I)


# 'will be taught to use a debit card': the teaching ends when the named skill is learnt, unlike
# 'will be taught strategies' or 'taught new words'.
_TAUGHT_A_SKILL = re.compile(r"\bbe (?:taught|shown|coached|trained) (?:how )?to [a-z]+", re.I)


def no_amount_after(text: str, start: int) -> bool:
    """No number follows `start` but the end point's: 'support with her asthma by January 2027'
    has no amount, '2 hours of support' has."""
    return re.search(r"\d", without_time_numbers(without_time_phrases(text[start:]))) is None


def open_service_span(statement: Statement) -> tuple[int, int] | None | bool:
    """Where the service wording is (None when it has no span), or False when the statement
    is not an open-ended service: it has a criterion, an end point, or no service wording."""
    unnamed = _UNNAMED_HELP.search(statement.text)
    if unnamed and not has_role(statement.text) and no_amount_after(statement.text, unnamed.end()):
        return unnamed.span()
    if has_criterion(statement.text) or end_point_mentions(statement) \
            or _TAUGHT_A_SKILL.search(statement.text):
        return False
    service = next(iter(provision_in_outcome(statement)), None)
    return False if service is None else service.span


@rule("OUT020", kind="outcome", dimension="measurable", severity="error",
      source="SEND Code of Practice 2015, 9.66 and 9.69 (outcomes measurable; provision "
             "specified and quantified)")
def open_ended_service(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags an outcome that describes a service or what other people will do ("will have access to
    short breaks", "requires a calm environment", "his needs will be met") and gives neither a
    count, frequency or amount nor an end point: nothing marks when it has been delivered. (A
    one-off service with a date, "will be referred by December", can at least be checked, and so can
    teaching that ends when a named skill is learnt, "will be taught to use a debit card"; help of
    no kind, from no one, in no amount stays open whatever the date or the times: "will be offered
    help with his worries by the end of term", "will receive support with her posture throughout the
    day", "his toileting needs will be met in a dignified way throughout the day", "will have her
    care needs met within 12 months", "will access short breaks" with no amount.)

    ## Why is this bad?
    Nothing in such a sentence can be checked at a review: there is no result for the child
    and no quantity of help either. The Code asks for outcomes that are measurable (9.66) and
    for provision that is specified and quantified (9.69); this is neither.

    ## Example
    Lennon will have access to short breaks to give his family a rest.

    ## Use instead
    By July 2027, Lennon will spend one weekend a month at the short-break house, joining the
    evening activity with the other young people. (Section H2: the short breaks, how often and
    with whom.)

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific and measurable
    - SEND Code of Practice 2015, 9.69: provision is detailed, specific and quantified
    """
    span = open_service_span(statement)
    if span is False:
        return
    yield Hit(span=span,  # type: ignore[arg-type]
              message="This describes a service with no amount and no result for the child, so "
                      "nobody could say at a review whether it has happened.",
              fix="Write what the child will be able to do and how well; put the service, with "
                  "how often and who delivers it, in Section F, G or H.")
