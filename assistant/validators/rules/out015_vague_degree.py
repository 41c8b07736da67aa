"""OUT015: an outcome whose standard of success is a matter of opinion ("appropriately")."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._clause import has_behavioural_criterion, unquoted
from .._registry import Hit, rule

# 'her seizures will be well controlled', 'his dysphagia will be managed well': a condition in
# good hands, judged by whoever looks, with nothing the child does named.
MANAGED_WELL = re.compile(r"\b(?:(?:well|better)[- ](?:managed|controlled)|"
                          r"(?:managed|controlled) (?:well|better))\b", re.I)
VAGUE_DEGREE = re.compile(
    rf"{MANAGED_WELL.pattern}|"
    # 'will have had regular sessions with a mentor': how often is regular?
    r"\bregular (?:[\w-]+ ){0,3}?(?:sessions?|breaks?|input|check-ins?|visits?|meetings?|"
    r"intervals|support|therapy|contact|reviews?|practice)\b|"
    r"\b(?:(?:age[- ])?appropriate(?:ly)?|effectively|adequately|sufficiently|satisfactorily|"
    r"functionally|meaningfully|purposefully|"
    # 'drink enough water': how much is enough?
    r"(?<=drink )enough|(?<=eat )enough|(?<=sleep )enough|"
    r"(?:a )?reasonabl[ey](?: time| amount| level| standard)?|acceptabl[ey]|sensibly|properly|"
    r"in (?:simple|some|more|greater|enough) detail|as much as possible|where possible|"
    r"to the best of (?:his|her|their|my) ability|"
    # 'as well as he can', 'as independently as possible': whatever turns out to be possible
    r"as (?!soon |quickly |early )[a-z]+ as (?:possible|(?:he|she|they|I|we|you) "
    r"(?:can|could|is able|are able|am able))|"
    r"(?:more|less) (?:often|frequently|consistently|readily)|a range of|a variety of|various|"
    r"some of the time|most of the time|at times|sometimes|occasionally|generally|usually|"
    r"with (?:some|less|reduced|appropriate) (?:support|help|prompting)|"
    # 'make good use of her tactile timetable': how good is good?
    r"mak(?:e|es|ing) (?:good|effective|full|better|best|proper|appropriate) use of)\b",
    re.I,
)


# 'a colour he usually refuses': how things are now, in a clause of its own, not the standard.
_NOW = re.compile(r"\b(?:he|she|they|I|we|it|that|which|who)\s+$", re.I)
# 'describe her autism and the adjustments she needs': what she needs is what she tells, not a
# target set by need.
_TOLD = re.compile(r"\b(?:describe|explain|tell|say|list|name|ask for|request|identify|write down)"
                   r"\w* (?:[^.;,]{1,40}, ){0,3}(?:[^.;,]{0,40}\band )?$", re.I)
# Steadiness words are a standard only when a count says what steady means.
STEADINESS = re.compile(r"\b(?:consistent(?:ly)?|reliabl[ey]|routinely|habitually|regularly|"
                        r"across (?:all |different |other )?settings)\b", re.I)
# 'come into class calmly', 'play nicely', 'happily': a manner judged by whoever watches, unless a
# count says what it looks like.
_MANNER = re.compile(r"\b(?:calmly|happily|nicely|kindly|politely|gently)\b", re.I)
# "the grades he needs", "the care package she needs": the target is whatever is needed.
AS_NEEDED = re.compile(
    r"\bthe (?:(?!(?:when|whenever|if|before|after|as|until)\b)[\w-]+ ){1,4}(?:(?:that|which) )?"
    r"(?:he|she|they|I|you) (?:needs?|requires?|(?:is|are|am) capable of|"
    r"(?:is|are|am) hoping for|hopes? for)\b",
    re.I)


def set_by_need(text: str) -> list[re.Match[str]]:
    """Each target set by need ('the grades he needs'), not what the child tells of a need."""
    return [m for m in AS_NEEDED.finditer(text) if not _TOLD.search(text, 0, m.start())]


def without_matches(text: str, found: list[re.Match[str]]) -> str:
    """The text with each match blanked, so what is judged around it keeps its place."""
    for match in found:
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


@rule("OUT015", kind="outcome", dimension="measurable", severity="error",
      source="SEND Code of Practice 2015, 9.66 (measurable outcomes)")
def vague_degree(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags words that leave how well, or how often, to opinion: "appropriately", "effectively", a
    condition "well managed" or "better controlled", "regular sessions with a mentor" (how often is
    regular?; unlike "his regular classrooms"), "drink enough water", "functionally", "in simple
    detail", "at a reasonable time", "most of the time", "with less support", "make good use of", "a
    range of", "as independently as possible" or "as well as he can" (but not "as soon as possible",
    a time), and "consistently", "reliably", "regularly" or "across settings" when no count says
    what steady means, a manner such as "come into class calmly" or "happily" with no count, and a
    target set by need ("the grades he needs", "the support she needs", "the best GCSE results he is
    capable of", "the results she is hoping for", unlike "go to the library when she needs to leave
    a lesson", where the need is the occasion, and unlike what the child tells of a need: "describe
    her autism and the adjustments she needs", "explain to a new teacher, in a short conversation,
    the two adjustments he needs"). How things are now, in a clause of its own ("a food he usually
    refuses"), is not the standard. A quoted category ("rated 'consistent' on her record") is a
    named standard, not opinion.

    ## Why is this bad?
    An outcome is measurable when two people would agree whether it was met (9.66). What is
    "appropriate" to a teacher may not be to a parent, so the outcome cannot be reviewed.

    ## Example
    By the end of Year 5, Ava will behave appropriately at lunchtime.

    ## Use instead
    By the end of Year 5, Ava will queue and sit with her class for the whole of lunchtime on
    4 days out of 5.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are measurable
    - Guidance for parents: measurable means it can be assessed objectively
    """
    text = unquoted(statement.text)  # "rated 'consistent' on her record": a named category
    matches = [m for m in VAGUE_DEGREE.finditer(text) if not _NOW.search(text, 0, m.start())]
    needed = set_by_need(text)
    # 'consistently' with no count; 'the best GCSE results he is capable of' names no result
    if not has_behavioural_criterion(without_matches(text, needed)):
        matches += [*STEADINESS.finditer(text), *_MANNER.finditer(text), *needed]
    for match in matches:
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' leaves the standard of success to opinion.",
                  fix="Replace it with something two people would agree on: a count, a "
                      "frequency, a level of help or a result.")
