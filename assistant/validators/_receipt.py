"""What others do to or for the child, read from the wording: passives, people and packages
assigned, opportunities offered, and feelings named as the act.

Outcome rules share these so that "will be enrolled", "will have a key adult" and "will be
given the chance to" are judged alike wherever they appear.
"""

import re
from functools import lru_cache

from assistant.models import Statement
from assistant.verb_forms import present_base

from ._clause import IRREGULAR_PARTICIPLES, STATE_PARTICIPLES
from ._lexicon import INNER_STATE, NUMBER, ROLE, child_names, name_at

# Someone or something assigned to the child: "will have a key adult", "will have the care
# package she needs", "will have a careers interview with the adviser".
ASSIGNED = re.compile(
    rf"\bwill (?:continue to |still |also )?have (?:a|an|his|her|their|my) (?:own |named |"
    rf"allocated |regular |dedicated |new )?(?:{ROLE.pattern})|"
    rf"\bwill (?:continue to |still |also )?have (?:a|an|{NUMBER}|regular|weekly|daily|termly|"
    rf"fortnightly|monthly) (?:[\w-]+ ){{0,3}}(?:sessions?|appointments?|interviews?|meetings?|"
    rf"reviews?|check-ins?|visits?|assessments?|consultations?) (?:with|from|by)\b|"
    rf"\bwill (?:continue to |still |also )?have (?:the|his|her|their|my) (?:[\w-]+ ){{0,2}}"
    rf"(?:care |support |health |transport )?(?:package|plan|placement|provision|equipment|"
    # ('will have her equipment out and be on task' is her own act)
    rf"support|funding|budget|place|referral|therapy)\b(?!\s+(?:out|ready|packed)\b)|"
    # 'will have an adult to read the questions to him': a person assigned to do it for him
    rf"\bwill (?:continue to |still |also )?have (?:a|an|one|two) (?:[\w-]+ )?(?:adult|person|"
    rf"members? of staff) (?:to|who)\b|"
    rf"\bwill (?:continue to |still |also )?have (?:[\w&-]+ ){{0,4}}(?:therapy|physiotherapy|"
    rf"counselling|tuition|mentoring|coaching|sessions|input|respite|short breaks)\b",
    re.I,
)
# 'get a job', 'get a grade 4', 'get 60% in his maths test', 'get a place at university': what
# the child achieves, not what they are given.
NOT_ACHIEVED = (r"(?!(?:a|an) (?:[\w-]+ ){0,2}(?:job|qualification|grade|pass|apprenticeship|"
                r"certificate|award|licen[cs]e|role|offer)\b"
                r"|(?:a|an|the) [\w-]+['’]s attention\b"
                r"|(?:a|an) place at (?:university|college|sixth form)\b"
                r"|\d+\s*(?:%|per ?cent|out of|/\s*\d|marks?\b|points\b|or (?:more|above)\b))")
_PARTICIPLE_WORDS = "|".join(sorted(IRREGULAR_PARTICIPLES))
_STATE_WORDS = "|".join(sorted(STATE_PARTICIPLES))
# "will be enrolled", "to be reviewed by", "will continue to be seen": done to the child, so the
# sentence describes a service, whoever the child is.
PASSIVE_RECEIPT = re.compile(
    rf"\b(?:will|shall|should|must|can)\s+(?:continue to |still |also |then |now |always |"
    rf"regularly |be able to )?be\s+(?!(?:{_STATE_WORDS})\b)(?:[a-z]+ed|{_PARTICIPLE_WORDS})\b|"
    rf"\bto be\s+(?!(?:{_STATE_WORDS})\b)(?:[a-z]+ed|{_PARTICIPLE_WORDS})\b(?=[^,.;]*\bby\b)|"
    # A headline instruction with no agent: "Handwriting to be practised daily with Evan".
    rf"^\s*(?:[\w'’-]+\s+){{1,6}}?to be\s+(?!(?:{_STATE_WORDS})\b)(?:[a-z]+ed|"
    rf"{_PARTICIPLE_WORDS})\b",
    re.I,
)


# 'order her food by speaking to the person at the counter': how the act is done, not the act.
_MANNER = re.compile(r"\bby\s+$", re.I)
_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|if|that|because|until|while|how|what|which|why|whether|"
    r"(?:each|every|any) time|as soon as)\s+"
    r"(?:[\w'’]+\s+){0,3}$",
    re.I)


@lru_cache(maxsize=4096)
def in_main_clause(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match that is not inside a 'when ...', 'which ...' clause: 'say which one she
    is feeling' names what she says, not a feeling as the act."""
    for match in pattern.finditer(text):
        if not _SUBORDINATE.search(text, max(0, match.start() - 40), match.start()) \
                and not _MANNER.search(text, max(0, match.start() - 4), match.start()):
            return match
    return None


@lru_cache(maxsize=4096)
def inner_state(text: str) -> re.Match[str] | None:
    """A feeling as the act ('will feel settled'), not as the trigger of one ('tell an adult
    when I am feeling low')."""
    return in_main_clause(INNER_STATE, text)


# "will be given the chance to", "will be encouraged to", "will be exposed to", "will benefit
# from a phonics group": an opening someone else makes; nothing in it is an act the child could be
# seen to complete.
OPPORTUNITY = re.compile(
    r"\b(?:be (?:encouraged|supported|helped|enabled|allowed|exposed|invited|offered|given) "
    r"(?:(?:the |an |more |many |lots of |plenty of )?(?:chances?|opportunit(?:y|ies)|time|space|"
    r"experiences?) )?(?:to|with)\b|(?:chances?|opportunit(?:y|ies)) to|"
    r"access (?:[\w-]+ ){0,2}opportunit(?:y|ies)|(?<=will )(?:\w+ )?benefit from)\b",
    re.I,
)


# 'will be supported by his key person to use picture cards at snack time', 'will be taught how to
# use a number line': the help or the teaching is provision; the act it is for is the child's.
_HELPED_TO = re.compile(
    r"\b(?:be (?:encouraged|supported|helped|enabled|prompted|reminded)|(?:be|have been) taught"
    r"(?: how)?)(?: (?:by|with)(?: [\w'’-]+){1,6}?)? to (?=[a-z])", re.I)


def without_wrapper(statement: Statement, wrapper: re.Pattern[str]) -> Statement:
    """The statement with the first `wrapper` words cut out ('be supported to', 'learn to'), so the
    act inside is judged on its own; the same object when there are none."""
    match = wrapper.search(statement.text)
    if match is None:
        return statement
    text = statement.text[:match.start()] + statement.text[match.end():]
    return statement.model_copy(update={"text": text})


def helped_act(statement: Statement) -> Statement:
    """The statement as if the child did the act the help is for ('Hamza will travel to school
    on the bus'); the same object when nobody is helping the child towards an act."""
    return without_wrapper(statement, _HELPED_TO)


# 'Staff will make sure Rania has friends': what the adults guarantee is a state of the child's.
_ENSURES = re.compile(r"\b(?:will|to|must|should)\s+(?:make sure|ensure)\s+(?:that\s+)?", re.I)
_ENSURED_PRONOUN = re.compile(r"(?:he|she|they|I)\b", re.I)
# With no name in the context (a pasted plan), a capitalised name stands for the child.
_ENSURED_NAME = re.compile(
    r"(?!(?:The|This|That|It|There|We|You|All|Each|Every)\b)[A-Z][a-z'’-]+\b")
_ENSURED_VERB = re.compile(r"\s+(?:can\s+|is able to\s+)?([a-z]+)\b", re.I)
def ensured_act(statement: Statement) -> Statement:
    """The statement as if the child did what the adults make sure of ('Rania will have
    friends'); the same object when no adult makes sure of something the child does."""
    text = statement.text
    match = _ENSURES.search(text)
    if match is None:
        return statement
    names = tuple(child_names(statement))
    stand_in = _ENSURED_PRONOUN.match(text, match.end()) or (
        None if names else _ENSURED_NAME.match(text, match.end()))  # 'he', or 'Priya' unnamed
    whom = stand_in.end() if stand_in else name_at(text, match.end(), names)
    verb = _ENSURED_VERB.match(text, whom) if whom is not None else None
    if verb is None:
        return statement
    base = present_base(verb[1])
    opening = text[:match.start()].rsplit(",", 1)[0] + ", " if "," in text[:match.start()] else ""
    child = text[match.end():whom]
    child = child if opening else child[:1].upper() + child[1:]
    return statement.model_copy(update={
        "text": f"{opening}{child} will {base}{text[verb.end():]}"})


# 'It is recommended that Kofi is offered counselling': a professional's advice on what should be
# provided, not the child's outcome; what follows is judged for who acts.
RECOMMENDATION = re.compile(
    r"^\s*(?:it is (?:strongly |also |therefore )?(?:recommended|advised|suggested) that|"
    r"(?:I|we) (?:would )?(?:strongly |also |therefore )?(?:recommend|advise|suggest)"
    r"(?: that)?)\s+",
    re.I)
# '... that Kofi is offered counselling', '... that Gabriel's SENCo arranges a group'
_RECEIVES_AFTER = re.compile(r"\s*(?:is|be|are|gets?|receives?)\s+(?:[a-z]+ed|given|seen|taught|"
                             r"shown|sent)\b|\s*(?:receives?|gets?|has|have)\b", re.I)


def recommended_for_others(text: str, child: tuple[str, ...]) -> re.Match[str] | None:
    """The recommendation opener when what it recommends is done by someone other than the
    child, or done to the child."""
    opener = RECOMMENDATION.match(text)
    if opener is None:
        return None
    named = name_at(text, opener.end(), child)
    if named is not None and text[named:named + 1] not in ("'", "’") \
            and not _RECEIVES_AFTER.match(text, named):
        return None  # 'It is recommended that Kofi practises ...': Kofi acts
    return opener
