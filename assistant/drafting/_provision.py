"""Parse a recommendation into the slots a tribunal asks about: who, what, how often, how long,
in what group (Code 9.69 and Section F: 'no room for doubt'). Every slot is the notes' words."""

import re
from dataclasses import dataclass

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|sixty)"
_PERIOD = r"(?:day|week|fortnight|month|term|half[- ]term|lesson|session|morning|afternoon|school day)"

FREQUENCY = re.compile(
    rf"\b{_NUM}\s*(?:x|times)\s*(?:{_NUM}[- ]?(?:minutes?|mins?|hours?)\s*(?:sessions?\s*)?)?"
    rf"(?:a|per|each|every)\s+{_PERIOD}"
    rf"|\b{_NUM}\s+(?:sessions?|days?|lessons?|mornings?|afternoons?|nights?|evenings?|hours?|"
    rf"visits?)\s+(?:a|per|each|every)\s+{_PERIOD}"
    rf"|\b(?:once|twice|three times|four times|five times)\s+(?:a|per|each|every)\s+{_PERIOD}"
    rf"|\b(?:once|twice)[- ](?:weekly|termly|daily|monthly)"
    rf"|\b(?:every|each)\s+(?:day|morning|afternoon|week|lesson|session|term|half[- ]term|"
    rf"break ?time|lunch ?time|school day|fortnight)"
    rf"|\b(?:every|each) {_NUM} (?:hours|days|weeks|months|terms)"
    rf"|\b(?:after|before|at|in|during) (?:each|every) (?:[\w-]+ ){{0,2}}[\w-]+"
    rf"|\b(?:every|each) (?:[\w-]+ ){{0,2}}(?:day|session|lesson|morning|afternoon|break|lunch|"
    rf"snack|seizure|topic|meal|night|visit|time|hour|Saturday|Sunday|weekend|half-term)s?\b"
    rf"|\bthroughout (?:each|every|the) (?:[\w-]+ )?(?:day|session|lesson|week)\b"
    rf"|\bon (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays)\b"
    rf"|\b(?:daily|weekly|fortnightly|monthly|termly|half[- ]termly|annually|yearly)\b"
    rf"|\bat (?:the start|the beginning|the end) of (?:each|every) (?:day|lesson|week|term|half[- ]term)",
    re.IGNORECASE,
)
DURATION = re.compile(
    rf"\b{_NUM}(?:\s*-\s*|\s+)(?:minutes?|mins?|hours?|hrs?)\b"
    rf"|\bhalf an hour\b|\ban hour\b|\bfor (?:the )?(?:whole|full) (?:lesson|day|session)\b"
    rf"|\b{_NUM}[- ]minute\b",
    re.IGNORECASE,
)
BLOCK = re.compile(rf"\b(?:a )?{_NUM}[- ]week\b|\bfor {_NUM} weeks\b", re.IGNORECASE)
"""A block's length ('a 2-week placement'): the duration only when no session length is given."""
GROUP_SIZE = re.compile(
    rf"\b1\s*:\s*1\b|\bone[- ]to[- ]one\b|\bindividually\b|\bindividual (?:sessions?|support|work|teaching)\b|\bin pairs\b|\bwith a peer\b"
    rf"|\b(?:in )?(?:a )?small[- ]group(?:\s*\(?(?:of )?(?:up to |no more than |maximum of )?"
    rf"{_NUM}\s*(?:-\s*{_NUM}\s*)?(?:pupils|children|students|peers|learners)?\)?)?"
    rf"|\b(?:a )?group of (?:up to |no more than )?{_NUM}(?:\s*-\s*{_NUM})?(?: \w+)?"
    rf"|\b(?:\w+ and )?up to {_NUM} (?:other )?(?:pupils|children|students|peers|learners)"
    rf"|\bwith {_NUM}(?:\s*-\s*{_NUM})? other (?:pupils|children|students|peers)"
    rf"|\bwhole[- ]class\b|\bwith (?:his|her|their) class\b"
    rf"|\b{_NUM} (?:\w+ ){{0,2}}to {_NUM} (?:young people|children|pupils|students)\b"
    rf"|\bwith {_NUM} (?:[a-z]+ )?(?:pupils|children|students|peers|young people)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"speech and language therapy assistant|speech and language therapist|SALT|SLT|"
    r"occupational therapist|OT|physiotherapist|physio|educational psychologist|EP|"
    r"teaching assistant|TA|learning support assistant|LSA|class teacher|form teacher|teacher|"
    r"form tutor|SENCo|SENCO|specialist teacher|advisory teacher|school nurse|community nurse|nurse|"
    r"key ?worker|ELSA|mentor|trusted adult|familiar adult|adult|member of staff|staff|"
    r"social worker|paediatrician|CAMHS(?: practitioner| worker)?|job coach|dietitian|"
    r"family support worker|practitioner|key person|parents?|carers?|therapist|coach|tutor|"
    r"Teacher of the Deaf|QTVI|QToD|counsellor|play therapist|music therapist|"
    r"personal assistant|support worker|care agency|careers (?:lead|adviser)|adults"
)
_GENERIC_ROLE = re.compile(r"\b(?:(?:the |a |an )?(?:[\w']+ ){0,3}?)(?:specialist|technician|agency|"
                           r"team|adviser|advisor|coordinator|co-ordinator|instructor)\b")
WHO = re.compile(
    rf"\b(?:(?:a|an|the|his|her|their|{_NUM})\s+)?(?:(?:trained|named|qualified|specialist|"
    rf"experienced|familiar|dedicated|allocated|designated|school's|setting's|\w+-trained)\s+)?"
    rf"(?:{_ROLE_WORDS})s?\b(?:\s+(?:trained|supervised|advised|guided) by (?:a |an |the )?"
    rf"(?:{_ROLE_WORDS})\b)?",
    re.IGNORECASE,
)
WHO_CONTEXT = re.compile(r"\b(?:led|delivered|run|provided|facilitated|supported|given|"
                         r"supervised|designed|monitored|carried out) by\s*$|\bfrom\s*$|\bwith\s*$",
                         re.IGNORECASE)
WHAT_HEAD = re.compile(
    r"\b((?:[\w'-]+\s+){0,3}?(?:programme|program|group|work|therapy|intervention|games?|"
    r"activities|circuits?|plan|passport|training|exercises|practice|approach|strateg(?:y|ies)|"
    r"breaks?|club|checks?|advice|monitoring|teaching|tuition|lessons?|mentoring|coaching|"
    r"timetable|schedule|board|system|space|area|equipment|aids?|support|input|review|"
    r"check-ins?|scheme|curriculum|resources?|chair|cushion|software|device|visuals|planners?))\b"
    r"(?:\s+(?:on|to (?:develop|build|practise|practice|work on)|focus(?:s)?ing on|"
    r"targeting)\s+[\w' -]{2,60}?(?=[,.;(]|\s+(?:led|delivered|run|with|by|for \d)|$))?",
    re.IGNORECASE,
)
VAGUE = re.compile(r"\b(?:regular(?:ly)?|as (?:and when )?(?:required|needed|appropriate)|"
                   r"when (?:needed|required|appropriate)|where (?:appropriate|possible|needed)|"
                   r"access to|opportunit(?:y|ies) (?:to|for)|some|ongoing|frequent(?:ly)?|"
                   r"periodic(?:ally)?|if (?:needed|required|possible))\b\s*", re.IGNORECASE)
WRAPPER = re.compile(
    r"^(?:(?:I|we)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|suggest|advise)(?:\s+that)?\s+"
    r"|it is (?:recommended|suggested|advised)(?:\s+that)?\s+"
    r"|recommendations?:?\s+|provision:?\s+"
    r"|[A-Z][\w'-]+\s+(?:would|will|should|must)\s+(?:(?:also|continue to)\s+)?"
    r"(?:benefit from|receive|have|need|be given|be offered)\s+)",
    re.IGNORECASE,
)
_SLOT_NAMES = ("who", "what", "frequency", "duration", "group_size")
PLACEHOLDERS = {
    "what": "[what will be provided? ask the author]",
    "who": "[who will deliver it, and with what training? ask the author]",
    "frequency": "[how often? ask the author]",
    "duration": "[for how long each time? ask the author]",
    "group_size": "[1:1 or in a group of how many? ask the author]",
}


@dataclass(frozen=True)
class ParsedProvision:
    text: str
    who: str | None
    what: str | None
    frequency: str | None
    duration: str | None
    group_size: str | None

    @property
    def missing(self) -> list[str]:
        return [slot for slot in _SLOT_NAMES if getattr(self, slot) is None]


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    if not match:
        return None
    found = match.group(0).strip(" ,;")
    return found.lstrip("(") if found.count("(") > found.count(")") and found.startswith("(") \
        else found


def _who(text: str) -> str | None:
    """Prefer a role named after 'led by', 'delivered by', 'from' or 'with'."""
    matches = list(WHO.finditer(text))
    if not matches:
        generic = _GENERIC_ROLE.search(text)
        return generic.group(0).strip() if generic else None
    for match in matches:
        if WHO_CONTEXT.search(text[: match.start()]):
            return match.group(0).strip()
    for match in matches:
        if match.group(0).lower() not in ("adult", "staff", "parent", "parents"):
            return match.group(0).strip()
    return matches[0].group(0).strip() if matches else None


_QUOTED_NAME = re.compile(r"(?<![\w])['\u2018\"\u201c]([A-Za-z][\w' -]{2,40}?)['\u2019\"\u201d](?![\w])")


def _what(text: str, slots: list[str | None]) -> str | None:
    """A named programme in quotes ('circle of friends'), else the first programme-like noun
    phrase that is not itself a slot (who, how often …)."""
    quoted = _QUOTED_NAME.search(text)
    if quoted:
        return quoted.group(1)
    spans = [(text.find(slot), text.find(slot) + len(slot)) for slot in slots
             if slot and text.find(slot) >= 0]
    for match in WHAT_HEAD.finditer(text):
        start, end = match.span()
        for low, high in sorted(spans):
            if low <= start < high:
                start = high
            elif start < low < end:
                if _FUNCTION.fullmatch(text[start:low]):
                    start = max(start, high)
                else:
                    end = low
        phrase = text[start:end].strip(" ,;()")
        phrase = re.sub(r"^(?:(?:a|an|the|of|on|in|for|from|with|before|after|during|per|"
                        r"receives?|have|has|access to|to|week|day|term)\s+)+", "",
                        phrase, flags=re.IGNORECASE).strip(" ,;()")
        if len(phrase) < 4 or phrase.lower() in _BARE or _ACTION.match(phrase):
            continue
        return phrase
    return _named_thing(text, slots)


_SESSIONS = re.compile(r"\b((?:[A-Za-z][\w'-]*\s+){1,3}?)sessions?\b")
_LEADING_THING = re.compile(
    r"^(?:(?:a|an|the|his|her|their)\s+)?((?:(?!(?:with|without|by|to|for|from|in|on|at|during|"
    r"after|before|and|or|which|that|who|led|delivered|run|provided|given|reviewed|made|used|"
    r"written|continued?|so)\b)[A-Za-z][\w'-]*\s*){1,5})", re.IGNORECASE)
_NOT_A_THING = re.compile(rf"^(?:{_NUM}|x|minutes?|hours?|weekly|daily|small|group|individual|"
                          r"1:1|regular|termly|monthly|per|each|every)$", re.IGNORECASE)


def _named_thing(text: str, slots: list[str | None]) -> str | None:
    """No programme word: the kind of sessions ('CBT-based anxiety sessions') or the thing the
    recommendation opens with ('Melatonin', 'A quiet staff toilet') is what is provided."""
    sessions = _SESSIONS.search(text)
    if sessions:
        words = [w for w in sessions.group(1).split() if not _NOT_A_THING.match(w)]
        if words:
            return " ".join([*words, sessions.group(0).split()[-1]])
    lead = _LEADING_THING.match(text)
    if lead is None:
        return None
    phrase = lead.group(1).strip()
    if any(slot and phrase.lower() in slot.lower() for slot in slots) or WHO.fullmatch(phrase) \
            or phrase.lower() in _BARE or len(phrase) < 3:
        return None
    return phrase


_FUNCTION = re.compile(r"(?:\s*\b(?:a|an|the|of|on|in|for|per|week|day|term|x)\b\s*|\W)*")
_ACTION = re.compile(r"(?:led|delivered|run|provided|facilitated|supported|given) by\b", re.I)
_BARE = frozenset({"support", "sessions", "session", "input", "group", "lessons", "lesson",
                   "teaching", "work", "breaks", "break", "advice from"})


def clean(sentence: str) -> str:
    """Drop the 'I recommend that' wrapper and vague words; the rest stays verbatim."""
    text = WRAPPER.sub("", sentence.strip())
    text = VAGUE.sub("", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def parse_provision(sentence: str) -> ParsedProvision:
    text = clean(sentence)
    frequency = _first(FREQUENCY, text)
    rest = text.replace(frequency, " ") if frequency else text
    duration = _first(DURATION, rest)
    if duration is None and frequency and re.search(r"\bx\b|times", frequency, re.IGNORECASE):
        duration = _first(DURATION, frequency)  # '3 x 20 minute sessions per week'
    duration = duration or _first(BLOCK, rest)
    group_size = _first(GROUP_SIZE, text)
    who = _who(text)
    what = _what(text, [frequency, duration, group_size, who])
    parsed = ParsedProvision(text=text, who=who, what=what, frequency=frequency,
                             duration=duration, group_size=group_size)
    gaps = " ".join(PLACEHOLDERS[slot] for slot in parsed.missing)
    body = text.rstrip(". ")
    printed = f"{body} {gaps}".strip() + "." if gaps else f"{body}."
    return ParsedProvision(text=printed, who=who, what=what, frequency=frequency,
                           duration=duration, group_size=group_size)


def placeholder_provision(action: str) -> ParsedProvision:
    """An outcome with no provision in the notes still shows every slot as a question."""
    text = (f"[what provision will help towards this outcome ({action})? ask the author] "
            + " ".join(PLACEHOLDERS[s] for s in _SLOT_NAMES if s != "what") + ".")
    return ParsedProvision(text=text, who=None, what=None, frequency=None, duration=None,
                           group_size=None)


__all__ = ["PLACEHOLDERS", "ParsedProvision", "parse_provision", "placeholder_provision"]
