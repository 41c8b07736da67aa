"""PRV003: provision words that leave the amount or the entitlement open."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import NUMBER
from .._registry import Hit, rule, subject_of

# "Access to Work" is a named government scheme, so a capital-W "Work" is not vague.
VAGUE_TERMS = re.compile(
    # ('to check his access to print' names what is checked, not a hedge on the provision)
    rf"\b(?:(?:have |has |given |with |provide[sd]? )?(?<!his )(?<!her )(?<!their )(?<!['’]s )"
    rf"access to(?! (?-i:Work)\b)|"
    r"as (?:and when )?(?:required|needed|necessary|appropriate)|as and when|"
    r"as (?:per|assessed|agreed|directed|advised|determined|recommended|deemed \w+|"
    r"(?:he|she|they) needs?)|"
    # ('up to ten minutes in every exam' caps an allowance the student may use)
    rf"up to {NUMBER} (?:hours?|minutes?|sessions?|lessons?|days?|visits?|weeks?)"
    r"(?! (?:per|in|for|during) (?:each |every |all |any |the )?(?:exams?|tests?|assessments?)\b)|"
    r"when (?:he|she|they) needs? (?:it|them)|"
    # 'frequency to be decided by the counsellor': whoever decides, the amount is still open
    r"(?:frequency|amount|hours|level|duration|number of sessions) (?:is |are )?to be (?:agreed|"
    r"confirmed|decided|determined|set|arranged)|"
    r"to be (?:agreed|confirmed|decided|determined|"
    r"arranged)(?! by\b)|tbc|tbd|if (?:eligible|entitled|funded|available)|subject to|"
    r"(?:where|when|if) (?:appropriate|necessary|needed|required|possible)|"
    # 'if progress remains slow': whether it happens at all is left to a later judgement
    r"(?:if|unless|should) (?:his |her |their |the )?(?:progress|difficulties|concerns|needs|"
    r"problems|things|he|she|they) (?:remains?|continues?|persists?|arises?|worsens?|does not|"
    r"do not|doesn't|don't|is not|are not)|"
    r"regular(?:ly)?|(?:opportunit(?:y|ies)) (?:to|for)|ongoing|periodic(?:ally)?|"
    r"occasional(?:ly)?|"
    # 'for the first half-term, then reducing': the later amount is left open
    r"then (?:reducing|tapering|reduced)(?! to\b)|"
    r"from time to time|frequent(?:ly)?|(?:a )?(?:range|variety) of|various|some|appropriate|"
    r"adequate|sufficient|suitable|(?:high|increased|enhanced) levels? of|"
    # ('available for the whole school day', 'available in every lesson': the span is the amount)
    r"flexible|available(?! (?:to [A-Z]\w+ )?(?:for the whole|in every|at every|throughout|all day|"
    r"during every)\b)|if required|a little|minimal|small amounts? of|"
    # 'support in class' with no amount; '1:1 support in class' says how much of the class
    r"(?<!1:1 )(?<!one-to-one )(?<!one to one )(?<!full-time )"
    r"support (?:in|at|across) (?:class|school|lessons))\b",
    re.I,
)


@rule("PRV003", kind="provision", dimension="no_vague_terms", severity="error",
      source="SEND Code of Practice 2015, 9.69; tribunal principle: 'no room for doubt'")
def vague_amount(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags words that leave the amount or the entitlement open: "access to", "as required", "as
    needed", "regular", "opportunities to", "where appropriate", "ongoing", "then reducing", "as
    assessed", "as per her care plan" (the amount is in another document), "up to 3 hours" (unlike
    "up to ten minutes in every exam", an allowance the student may use), "frequency to be decided
    by the counsellor" (whoever decides), "a range of", "sufficient", "support in class" with no
    amount (unlike "1:1 support in class"), "available" (unlike "available for the whole school
    day", where the span is the amount), and an offer that waits on a later judgement ("if progress
    remains slow").

    ## Why is this bad?
    Provision must be specific (9.69), and tribunals expect wording that leaves no room for
    doubt about what the child will get. "Access to speech therapy as required" can be met by
    one session a year.

    ## Example
    Sam will have access to speech therapy as required.

    ## Use instead
    A speech and language therapist will work with Sam 1:1 for 30 minutes once a week in the
    autumn and spring terms, and set targets for his teaching assistant to practise daily.

    ## References
    - SEND Code of Practice 2015, 9.69: provision is detailed and specific
    - Tribunal principle: provision should leave no room for doubt
    """
    for match in VAGUE_TERMS.finditer(statement.text):
        yield Hit(span=match.span(),
                  message=f"'{match[0].strip()}' leaves open how much {subject_of(statement)} "
                          "will get.",
                  fix="Replace it with the amount: what exactly, how often, for how long, and "
                      "who delivers it.")
