"""OUT010: an outcome that names a direction of travel instead of a result."""

import re
from functools import lru_cache
from collections.abc import Iterator

from assistant.models import Statement
from assistant.regex_cues import Cued

from .._clause import (
    AND_ACT,
    IN_A_PLACE_OR_MEANS,
    comparatives,
    has_behavioural_criterion,
    unquoted,
)
from .._lexicon import NUMBER
from .._registry import Hit, rule, subject_of

# The child's states and areas, as the subject of a change: "his anxiety", "her self-esteem".
_STATE = (r"(?:(?:low |overall |emotional |general )?(?:mood|anxiety|anxieties|worries|worry|"
          r"stress|self-esteem|self-confidence|confidence|wellbeing|well-being|behaviour|sleep|"
          r"resilience|motivation|mental health|(?:reading|spelling) age)(?: levels?)?"
          r"(?: (?:about|around|with|over|at|in)(?: [\w-]+){1,3}?)?)")
_CHANGE_VERB = (r"lift(?:ed)?|lessen(?:ed)?|eas(?:e|ed)|subside[d]?|diminish(?:ed)?|grow|grown|"
                r"rise|risen|fall(?:en)?|drop(?:ped)?|go (?:up|down)|gone (?:up|down)|"
                r"settle[d]?|(?:get|got|be) better|decline[d]?|lower(?:ed)?|"
                r"be (?:lower|higher|reduced|improved|better)|"
                r"(?:have )?(?:reduc|improv|increas|decreas)e[sd]?")
VAGUE_AIM = re.compile(
    r"\b(?:improve[sd]?|improving|improvements?|develop(?:s|ed|ing)?|"
    r"mak(?:e|es|ing) (?:(?!and\b|or\b)[\w%'-]+ ){0,3}?progress|"
    r"increase[sd]?|increasing|reduce[sd]?|reducing|reduction in|decrease[sd]?|fewer|"
    r"be (?:more|less|better|much more) \w+|(?:be|feel|become) (?:safer|happier|calmer|healthier|"
    r"fitter|stronger|quicker|faster|better|braver|tidier|neater|quieter|clearer|kinder)|"
    r"become (?:more|less|better) \w+|"
    r"(?:gain|have|show|demonstrate|build)\w* (?:(?:a|an|his|her|their|my) )?"
    r"(?:increased|improved|greater|better|more|enhanced|stronger|growing) \w+|"
    r"understand(?:s|ing)?|be aware of|awareness of|"
    r"(?:achieve|reach|fulfil)\w* (?:his|her|their|my|your) (?:full )?potential|"
    r"enhance[sd]?|strengthen(?:ed|s)?|consolidate[sd]?|extend(?:ed|s)? (?:his|her|their|my)|"
    r"build (?:on )?(?:his|her|their|my) (?:confidence|skills|resilience|self-esteem)|"
    r"work(?:ing)? towards|(?:try|do) (?:his|her|their|my) best|"
    # 'do well in his A levels', 'achieve as well as he can': whatever result comes is the aim
    r"(?:do|does|doing|achieve\w*|perform\w*) (?:well|as well as (?:he|she|they|I|possible))|"
    r"achiev\w* (?:the|good|better|expected|his|her|their|my) (?:[\w-]+ )?"
    r"(?:grades|results|standards?|levels?|targets?)|"
    r"learn(?:s|t|ed)? about|get better|be better|feel more \w+|"
    r"(?:lose|losing|lost|gain|gaining|gained|put on|putting on) (?:some |a little )?weight|"
    r"(?:narrow|close|closing|narrowing|narrowed|closed|reduce|reduced)s? the gap|"
    r"catch(?:es|ing)? up|caught up|"
    # "Sofia's low mood will lift": a state of the child's that changes, in any verb
    rf"{_STATE} will (?:have )?(?:{_CHANGE_VERB}))\b",
    re.I,
)
_VAGUE_AIM_CUED = Cued(VAGUE_AIM)

# "increase his reading age by 12 months", "reduce detentions to no more than one a term":
# a change with a target is a criterion, not a direction.
TARGET_AFTER = re.compile(
    # 'an improvement of 12 months in his spelling age': the size of the change, on a scale
    rf"\s+of\s+{NUMBER}\s*(?:months?|years?|points?|marks?|%|per ?cent)\b|"
    rf"[^,.;]{{0,90}}?\b(?:by|to|from|below|under|than|at least|no more than)\s+"
    rf"(?:about |around |roughly |approximately )?(?:at least |no more "
    rf"than |under |fewer than |less than )?(?:{NUMBER}|once|twice|daily|weekly|fortnightly|"
    rf"monthly|termly|none|zero)\b",
    re.I,
)
_CHANGE = re.compile(
    rf"increas|reduc|decreas|fewer|improv|extend|{_STATE} will|narrow|clos|los|gain|put", re.I)
# Therapy-report wording: "continue to work on his speech sound targets" never finishes, unless a
# criterion says when the work is done.
_WORK_ON = re.compile(r"\bwork(?:s|ing)? on(?= (?:his|her|their|my) )", re.I)
# "20 words that familiar adults (can) understand": someone else's understanding is the measure.
_OTHERS = re.compile(r"\b(?:adults?|listeners?|people|staff|peers|others|teachers?|strangers|"
                     r"family|parents?|carers?|(?:key )?person|childminders?|practitioners?|"
                     r"classmates|friends|grown-ups)\s+"
                     r"(?:(?:can|could|will|would|are able to)\s+)?$|"
                     # 'for the server to understand her', 'with the staff member understanding him'
                     r"\b(?:for|with) (?:the|a|an|his|her|their|my) (?:[\w-]+ ){1,2}(?:to )?$",
                     re.I)
# "two developed points", "a well-developed paragraph": a quality of the work, not an aim.
_ATTRIBUTIVE = re.compile(rf"\b(?:a|an|the|{NUMBER}|well|fully|more|most|less|highly)[\s-]+$",
                          re.I)
# "In order to live more independently, Ewan will cook ...": the opening clause is why, from
# Section A; the outcome is what follows it.
_LEADING_PURPOSE = re.compile(r"^\s*(?:in order to|so that|so as to)\b[^,;]*,", re.I)


def _purpose_end(text: str) -> int:
    match = _LEADING_PURPOSE.match(text)
    return match.end() if match else 0


# "a task he does not understand": a negated verb describes the situation, it is not the aim.
_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+$", re.I)


# "show she understands place value by correctly splitting 9 out of 10 numbers", "improve, shown
# by a score of 20 on the Rosenberg scale", "understand fractions well enough to find half of
# 40", "know his tables and recall each within 3 seconds", "improve ... so that his teacher can
# read every word of a 50-word dictation": the aim is made checkable by the measure that follows.
_EVIDENCE = re.compile(
    r"\b(?:(?:as )?(?:shown|evidenced|measured|demonstrated|judged) by|so that|"
    r"so (?:I|he|she|they) can|(?:well )?enough to|"
    r"and (?:then )?(?:recall|say|write|read|name|answer|count|explain|tell|spell|solve)|"
    r"by (?:correctly |accurately |independently )?[a-z]+ing)\b[^.;]*", re.I)
# 'improve his literacy, scoring at least 5 marks more on the termly reading test': the score is
# the measure, though the skill it measures is still the area named.
_SCORED_AFTER = re.compile(
    r"(?<=,) (?:scoring|getting|reaching|achieving|reading|writing|spelling|answering|using)\b"
    r"[^.;]*",
    re.I)


# In a clause that shows the aim, a count of anything named is the measure: 'by presenting three
# things about how she learns best'.
_COUNT = re.compile(rf"\b{NUMBER} (?:[a-z-]+ ){{0,2}}[a-z]+s\b", re.I)


def measured_after(text: str, end: int, scored: bool = False) -> bool:
    """A clause after `end` that shows the aim by a criterion ('by correctly splitting 9 of 10');
    with `scored`, also a score that follows it (', scoring at least 5 marks more')."""
    evidence = _EVIDENCE.search(text, end) or (_SCORED_AFTER.search(text, end) if scored else None)
    return evidence is not None and (has_behavioural_criterion(evidence[0])
                                     or _COUNT.search(evidence[0]) is not None)


@lru_cache(maxsize=4096)
def _aim_words(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The direction words that are aims whatever follows them, and any 'work on his ...';
    kept, since OUT010 and OUT014 both ask (with and without a following score)."""
    # "say 'I don't understand'" is speech, not an aim
    aims = [m for m in _VAGUE_AIM_CUED.finditer(unquoted(text))
            if not (_CHANGE.match(m[0]) and TARGET_AFTER.match(text, m.end()))
            and not (m[0].lower().startswith("understand") and AND_ACT.match(text, m.end()))
            and not (" " not in m[0] and IN_A_PLACE_OR_MEANS.search(text, 0, m.start()))
            and not _NEGATED.search(text, 0, m.start())
            and not (m[0].lower() == "developed" and _ATTRIBUTIVE.search(text, 0, m.start()))
            and not _OTHERS.search(text, 0, m.start())
            and not m.start() < _purpose_end(text)]
    work = [] if has_behavioural_criterion(text) else list(_WORK_ON.finditer(text))
    return aims, work


@lru_cache(maxsize=4096)
def vague_aims(text: str, scored: bool = False) -> tuple[re.Match[str], ...]:
    """Each direction word, except a change that names its target number, then each
    comparative with no baseline ('speak more clearly', 'sleep better')."""
    words, work = _aim_words(text)
    aims = [m for m in words if not measured_after(text, m.end(), scored)] + work
    taken = [m.span() for m in aims]
    return (*aims, *(m for m in comparatives(text)
                     if not any(a <= m.start() < b for a, b in taken)
                     and not m.start() < _purpose_end(text)
                     and not measured_after(text, m.end(), scored)))


@rule("OUT010", kind="outcome", dimension="measurable", severity="error",
      source="SEND Code of Practice 2015, 9.66 (SMART outcomes)")
def vague_aim(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes built on a word of direction: "improve", "develop", "make progress", "work on his
    targets" (therapy-report wording for an activity that never finishes), "increase", "be more
    confident", "understand", "reach her potential", "do well in his A levels", "achieve as well as
    he can", "be aware of", and any comparative with no baseline or target ("speak more clearly",
    "sleep better", "fewer outbursts", "live more independently"), "narrow the gap", "catch up"
    ("have caught up with his peers") or "lose weight" with no amount, and a state of the child's
    that changes in any verb ("her low mood will lift", "his worries about PE will ease", "her
    reading age will go up"). Progress stays a direction with a number in front of it ("make 3 steps
    of progress", "make 80% progress towards his targets"): the number counts nothing anyone could
    watch. A comparative anchored by a number ("read 20 more words than now", "no more than one a
    week", "20% faster than at her last annual review", "an improvement of 12 months in his spelling
    age", "extend his requests from two-word to three-word phrases", "from about six a week to no
    more than two") is a criterion, and words the child says ('more juice', 'I don't understand'), a
    kind named with a hyphen ('lower-case letters') and a negated verb ('when she doesn't understand
    a task') are not the aim. Nor is an aim followed by the measure that shows it ("show she
    understands place value by correctly splitting 9 out of 10 numbers", "understand fractions well
    enough to find half of amounts up to 40 with 80% accuracy", "know his times tables and recall
    each fact within three seconds", "improve, shown by a score of 20 on the Rosenberg scale", "feel
    less anxious about tests, so that by the end of Year 9 she sits all her end-of-year exams in the
    main hall", "get better at reading so I can read my letters without asking my dad"), nor someone
    else's understanding used as the measure ("20 words that familiar adults understand", "that her
    family and key person understand", "that his childminder understands", "that unfamiliar adults
    can understand", "for the server to understand her"); an opening "In order to live more
    independently, ..." is the reason, from Section A, not the outcome; "two developed points" is a
    quality of the work, not an aim.

    ## Why is this bad?
    An outcome is the difference the child will show (9.66). A direction has no finishing line,
    so at the annual review nobody can say whether it was achieved.

    ## Example
    By July 2027, Sam will improve his communication skills.

    ## Use instead
    By July 2027, Sam will ask an adult for help using a 4-word sentence in 4 out of 5 lessons.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific, measurable and time bound
    - Guidance for advice givers: describe what success looks like and how you would know
    """
    for match in vague_aims(statement.text, scored=True):
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' gives a direction, not what {subject_of(statement)} "
                          "will be able to do.",
                  fix="Name an action someone could see or count, how well or how often, "
                      "and by when.")
