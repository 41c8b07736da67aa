"""PRV002: provision that does not say who will deliver it."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import has_role
from .._registry import Hit, rule

# A therapy's short name in front of what it offers names the kind of service, not who gives
# it: "SALT input once a fortnight", "ELSA sessions weekly", "OT advice should be followed".
SERVICE_TYPE = re.compile(
    r"\b(?<!the )(?<!a )(?<!an )(?<!her )(?<!his )(?<!their )(?:SALT|SLT|OT|ELSA|[Pp]hysio)\s+"
    r"(?:input|sessions?|support|programmes?|advice|time|visits?|assessments?|reviews?)\b"
    # 'as recommended in the OT report': a document, not anyone who delivers
    r"|\b(?:SALT|SLT|OT|EP|[Pp]hysio)(?:['’]s)?\s+reports?\b")


# "short breaks, as assessed by the social worker": who decides the amount, not who delivers it.
DECIDED_BY = re.compile(
    r"\bas (?:assessed|agreed|decided|determined) by\b[^,.;]*?(?=\s+and\b|[,.;]|$)", re.I)


def names_deliverer(text: str) -> bool:
    return has_role(DECIDED_BY.sub(" ", SERVICE_TYPE.sub(" ", text)))


@rule("PRV002", kind="provision", dimension="who_specified", severity="error",
      source="SEND Code of Practice 2015, 9.69 (Section F: type of support and level of expertise)")
def no_one_named(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags provision that names no role to deliver it: a teaching assistant, teacher, SENCO, speech
    and language therapist, occupational therapist, physiotherapist, a qualified teacher of vision
    or hearing impairment (QTVI, QTHI, ToD), job coach, a trusted adult, "staff trained in …", a
    team named by its profession ("the NHS speech and language therapy team", "the paediatric
    audiology team"), parents who do the work ("Parents share a reading book with Ronan for 5
    minutes each night"); whoever only assesses or agrees the amount ("short breaks as assessed by
    the social worker") is not named as delivering it. Local names for a role count ("the ALNCo",
    Wales's SENCo). "Staff" on its own, "the school", a service named by what it offers ("CAMHS",
    "the sensory support service", "SALT input", "Physio input", "ELSA sessions"), a report ("as
    recommended in the OT report"), parents who only receive something ("parents to be given
    strategies") and "support" are not roles.

    ## Why is this bad?
    The Code asks for provision specified by type of support and level of expertise (9.69). If
    no one is named, no one is accountable, and a programme "delivered in a small group" may
    be run by whoever is free.

    ## Example
    A phonics programme, delivered in a small group, 4 times a week, for 30 minutes each time.

    ## Use instead
    A phonics programme, delivered by a teaching assistant trained in it, to a group of up to
    4 pupils, 4 times a week, for 30 minutes each time.

    ## References
    - SEND Code of Practice 2015, 9.69: type of support, hours and level of expertise
    - Tribunal principle: provision should leave no room for doubt about who provides it
    """
    if names_deliverer(statement.text):
        return
    yield Hit(span=None,
              message="The provision does not say who will deliver it.",
              fix="Name the role and its training, e.g. 'a teaching assistant trained in "
                  "Precision Teaching' or 'the speech and language therapist'.")
