"""OUT014: an outcome that names only a broad area of life, with no situation or concrete act."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._clause import (
    CONCRETE_STATES,
    FEELING_VERBS,
    INNER_VERBS,
    broad_object,
    inner_state,
    is_domain_act,
    quality,
)
from .._lexicon import has_criterion, without_time_phrases
from .._registry import Hit, rule, subject_of
from .out010_vague_aim import vague_aims
from .out011_no_observable_act import ABSTRACT_ACT, child_act

# Where or when the act happens, or what it is about: what makes "talk" a specific act.
SITUATION = re.compile(
    r"\b(?:(?:in|at|during|around|on|into|to|from|across|outside|inside)\s+(?:the |a |an |his |her "
    r"|their |my |school |local |every |each |all |mainstream |secondary |primary )?"
    r"(?:playground|class(?:room)?|lessons?|home|break ?times?|lunch ?times?|playtimes?|"
    r"assembl(?:y|ies)|PE|canteen|dinner hall|community|shops?|supermarket|bus|train|public "
    r"transport|college|work(?:place)?|park|swimming|clubs?|meals?|mealtimes?|transitions?|"
    r"group work|circle time|café|cafe|library|town|road|kitchen|bathroom|toilet|hospital|"
    r"appointments?|reviews?|interviews?|placement|job|corridors?|small group|whole class)|"
    r"when (?:\w+ing|asked|given|upset|anxious|frustrated|he|she|they|I|an? |the )|"
    r"while \w+|using (?:a|an|the|his|her|their|my|\w+)|by (?:\w+ing)|"
    r"such as|including|for example|e\.g\.)",
    re.I,
)

# Areas of life so wide that naming them says nothing about the act.
BROAD_AREA = re.compile(
    r"\b(?:independen\w*|confiden\w*|sociab\w*|social\w*|skills?|fitness|stamina|wellbeing|"
    r"well-being|resilien\w*|self-esteem|behaviour|communication|progress|potential|learning|"
    r"development|emotional\w*|happ\w*|motivat\w*|mature|maturity|understanding|aware\w*|best|"
    r"saf\w*|health\w*)\b",
    re.I,
)


def umbrella(statement: Statement, has_situation: bool) -> tuple[str, tuple[int, int]] | None:
    """What the child acts on is an umbrella area ('use her social skills'), or the act is a
    quality or a kind of behaviour ('be kind', 'participate', 'settle') with no situation."""
    act = child_act(statement)
    if act is None:
        return None
    found = broad_object(act)
    if found:
        return found
    word = quality(act)
    if has_situation or has_criterion(statement.text):
        return None
    if ((word is not None and word not in CONCRETE_STATES) or is_domain_act(act)
            or act.verb in INNER_VERBS or act.verb in FEELING_VERBS):
        return act.verb if word is None else f"be {word}", (act.start, act.start + len(act.verb))
    return None


@rule("OUT014", kind="outcome", dimension="specific", severity="error",
      source="SEND Code of Practice 2015, 9.66 (specific outcomes)")
def not_specific(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes that name only a broad area ("increased independence", "improved fitness",
    "be more confident", "talk to my friends") with no situation, no detail of what, and no
    concrete act. It reads the main act: an umbrella as what the child acts on ("use her
    social skills", "make good choices", "demonstrate self-care") is not specific unless an
    example follows; a quality or a kind of behaviour ("be kind", "participate", "settle")
    is not specific unless a situation or criterion pins it down.

    ## Why is this bad?
    A specific outcome says exactly what the child will do and where or when (9.66). "Increased
    independence" could mean dressing, travelling or cooking; everyone at the review may read it
    differently, and provision cannot be planned against it.

    ## Example
    Joe will demonstrate increased independence.

    ## Use instead
    By the end of Year 11, Joe will make a hot drink and a sandwich at home without prompts.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific
    - Guidance for parents: a specific outcome has a clear target, the what, and guides action
    """
    has_situation = SITUATION.search(without_time_phrases(statement.text)) is not None
    aims = vague_aims(statement.text)
    match = aims[0] if aims else None
    if match and has_situation and not BROAD_AREA.search(match[0]):
        match = None  # "increase his time on task in lessons" says what and where
    elif match is None and not has_situation and not has_criterion(statement.text):
        match = ABSTRACT_ACT.search(statement.text)
    if match is None:
        match = inner_state(statement.text)  # "will feel settled": no act at all
    if match is None:
        found = umbrella(statement, has_situation)
        if found:
            yield Hit(span=found[1],
                      message=f"'{found[0]}' names an area, not the skill: the outcome does "
                              f"not say what exactly {subject_of(statement)} will do.",
                      fix="Name the concrete act and the situation (e.g. 'make a sandwich at "
                          "home', 'order food at the school canteen').")
        return
    if match:
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' leaves the skill open: the outcome does not say what "
                          f"exactly {subject_of(statement)} will do, or where or when.",
                  fix="Name the concrete act and the situation (e.g. 'make a sandwich at home', "
                      "'order food at the school canteen').")
