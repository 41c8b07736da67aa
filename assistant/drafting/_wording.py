"""Turn the family's words and the notes' targets into the verb phrase after '<Name> will'.

Only person and verb form change ('I want to make friends' -> 'make friends', 'joining a game'
-> 'join a game'); no content word is added, so nothing is invented.
"""

import re
from dataclasses import dataclass

from assistant.verb_forms import base_form

from ._lexicon import MEASURE

_WANT = re.compile(
    r"^(?:[\w'\u2019]+\s+){0,3}?(?i:wants?|would (?:really )?like|'d like|wish(?:es)?|hopes?|"
    r"needs?|aims?|(?:is|am|are) (?:hoping|wanting))\s+"
    r"(?:(?i:for\s+)?(?:(?i:him|her|them|me|us)|[A-Z][\w'-]+)\s+)?(?i:to)\s+")
_WANT_NP = re.compile(r"^(?:[\w'\u2019]+\s+){0,3}?(?:wants?|would (?:really )?like|'d like|"
                      r"needs?)\s+(?!to\b)", re.IGNORECASE)
_FOR_TO = re.compile(r"^(?i:for)\s+(?:(?i:him|her|them|me|us)|[A-Z][\w'-]+)\s+(?i:to)\s+")
_FOR_OTHERS = re.compile(r"^for\s+((?:\w+\s+){1,2}?)to\s+", re.IGNORECASE)
_NAME_TO = re.compile(r"^[A-Z][\w'-]+\s+to\s+(?=[a-z])")
_NOT_TO = re.compile(r"^not\s+to\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:to|I\s+will|I'll|I\s+can|I\s+could|\w+\s+will(?:\s+be\s+able\s+to)?)\s+",
                   re.IGNORECASE)
_SERVICE = (r"(?:help|support|therap\w*|programme|sessions?|1:1|one[- ]to[- ]one|assistant|TA|"
            r"funding|equipment|input|provision|intervention|SALT|OT|physio\w*|counselling|"
            r"tuition|respite|short breaks?)")
_PROVISION_ACTION = re.compile(
    rf"^(?:be able to )?(?:(?:have|get|receive|be given|access|keep)\b[^.]*\b{_SERVICE}\b"
    rf"|(?:more |some |extra |better |regular |weekly |daily )?(?:speech (?:and language )?)?"
    rf"{_SERVICE}\b)", re.IGNORECASE)
_HELP_TO = re.compile(r"^(?:be able to )?(?:have|get|receive)\s+(?:more\s+|some\s+|extra\s+)?(?:help|support)"
                      r"\s+to\s+", re.IGNORECASE)
_TIME = re.compile(r",?\s*(?:by|before|within) (?:the end of|the age of|the time|July|the summer|"
                   r"Year|Christmas|September|\d)[^,.;]*", re.IGNORECASE)
_ADJECTIVES = frozenset("happy calm safe healthy independent confident settled included fit dry "
                        "clean able ready well better less more kind brave".split())
_DETERMINERS = frozenset("a an the some more fewer less no his her their my our friends "
                         "fewer".split())
_BASE_VERBS = frozenset("""
be have go do make take give use write ride read talk speak say tell ask play join eat sleep
walk run swim cook travel dress wash learn understand follow count spell work get keep stay sit
stand manage cope feel stop start choose find help share wait listen look sign point name try
attend complete move live enjoy answer buy pay catch climb draw hold put carry open pick
""".split())


@dataclass(frozen=True)
class Pronouns:
    subject: str
    object: str
    possessive: str


def change_person(text: str, pronouns: Pronouns) -> str:
    """First person to third: I -> she, my -> her, we/us/our -> the family."""
    reflexive = {"he": "himself", "she": "herself"}.get(pronouns.subject, "themselves")
    table = {"i": pronouns.subject, "me": pronouns.object, "my": pronouns.possessive,
             "mine": pronouns.possessive + ("s" if pronouns.possessive != "his" else ""),
             "myself": reflexive, "i'm": f"{pronouns.subject} is", "i've": f"{pronouns.subject} has",
             "us": f"{pronouns.possessive} family", "our": f"{pronouns.possessive} family's",
             "we": f"{pronouns.possessive} family"}

    def swap(match: re.Match[str]) -> str:
        return table[match.group(0).lower().replace("\u2019", "'")]

    changed = re.sub(r"\b(?:I'm|I\u2019m|I've|I\u2019ve|I|me|my|mine|myself|us|our|we)\b", swap,
                     text, flags=re.IGNORECASE)
    return _AGREE.sub(_agree, changed)


_AGREE = re.compile(r"\b(he|she) (don't|do not|have|do|go|try|get|feel|want|need|like|know|say|"
                    r"find|think|see|hear|play|work|can't)\b")
_THIRD = {"don't": "doesn't", "do not": "does not", "have": "has", "do": "does", "go": "goes",
          "try": "tries", "can't": "can't"}


def _agree(match: re.Match[str]) -> str:
    verb = match.group(2)
    return f"{match.group(1)} {_THIRD.get(verb, verb + 's')}"


_GET = ((re.compile(r"^get to\b", re.I), "travel to"),
        (re.compile(r"^get (the|a) (train|bus|tram|coach|taxi)\b", re.I), r"take \1 \2"),
        (re.compile(r"^get (a|an|my|his|her|their) ((?:paid |part-time |full-time )?job)\b", re.I),
         r"have \1 \2"),
        (re.compile(r"^get\b", re.I), "be able to get"))
"""'will get' reads as receiving a service (the validators' OUT012), so the verb says the act."""


def verb_phrase(phrase: str, pronouns: Pronouns) -> str:
    """The words after 'will', in base form; the input's own words otherwise."""
    action = _verb_phrase(phrase, pronouns)
    for pattern, replacement in _GET:
        if pattern.match(action):
            return pattern.sub(replacement, action, count=1)
    return action


def _verb_phrase(phrase: str, pronouns: Pronouns) -> str:
    text = phrase.strip().strip("\"'\u201c\u201d").rstrip(".!;, ")
    stripped = _WANT.sub("", text, count=1)
    if stripped == text and _WANT_NP.match(text):
        return change_person("have " + _WANT_NP.sub("", text, count=1), pronouns)
    others = _FOR_OTHERS.match(stripped) if stripped == text else None
    if others and not _FOR_TO.match(stripped):
        return change_person(f"have {others.group(1)}{stripped[others.end():]}", pronouns)
    stripped = _FOR_TO.sub("", stripped, count=1)
    stripped = _NOT_TO.sub("not ", stripped, count=1)
    stripped = _NAME_TO.sub("", stripped, count=1) if stripped == text else stripped
    stripped = _LEAD.sub("", stripped, count=1)
    was_infinitive = stripped != text
    text = _TIME.sub("", stripped).strip(" ,")
    if not text:
        return text
    first, _, rest = text.partition(" ")
    lower = first.lower()
    if lower.endswith("ing") and lower not in ("during", "nothing", "something", "anything"):
        text = " ".join(filter(None, [base_form(lower), rest]))
        text = re.sub(r"(\band |\bor |, )(\w{3,}ing)\b",
                      lambda m: m.group(1) + base_form(m.group(2)), text)
    elif lower in ("am", "are", "is"):
        text = " ".join(filter(None, ["be", rest]))
    elif not was_infinitive and lower not in _BASE_VERBS:
        if lower in _ADJECTIVES and lower not in ("more", "less", "fewer"):
            text = f"be {text[0].lower()}{text[1:]}"
        elif lower in _DETERMINERS or lower.isdigit() or lower in ("no", "more", "less"):
            text = f"have {text[0].lower()}{text[1:]}"
        else:
            text = f"{text[0].lower()}{text[1:]}"
    elif not _is_name(first):
        text = f"{text[0].lower()}{text[1:]}"
    return change_person(text, pronouns)


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _BASE_VERBS and word != "I"


def is_provision_action(action: str) -> bool:
    """'have speech therapy' names a service, not what the child will do (9.66)."""
    return bool(_PROVISION_ACTION.search(action)) and not _HELP_TO.search(action)


def help_to_action(action: str) -> str:
    """'get help to make friends' -> 'make friends': the service words drop, the aim stays."""
    return _HELP_TO.sub("", action, count=1)


_SPLIT_ITEMS = re.compile(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=(?:\w+ing|no|not|to)\b)")
_TARGET_LEAD = re.compile(
    r"^.*?\b(?:targets?|aims?|goals?|next steps?)\b(?:[^:]*?:|\s+(?:is|are|would be|will be|"
    r"could be|should be|for \w+ (?:is|are|would be))\s*(?:to\s+)?(?:for\s+\w+\s+to\s+)?)\s*"
    r"|^.*?\b(?:expect|would like)\s+(?:him|her|them|\w+)\s+to\s+"
    r"|^.*?\bshould be able to\s+"
    r"|^.*?\bfor (?:him|her|them|[A-Z]\w+) to\s+",
    re.IGNORECASE)


_TARGET_TAIL = re.compile(r"^(?P<body>.+?)\s+(?:would|could|will|should|is|are|might) (?:be|make) "
                          r"(?:a |an |my |our |the )?(?:\w+ ){0,2}(?:target|aim|goal|next step)s?\b",
                          re.IGNORECASE)


def target_items(sentence: str) -> list[str]:
    """Measurable aims in a target sentence, each as written ('joining a game … on 3 out of 5 days')."""
    tail = _TARGET_TAIL.match(sentence)
    match = _TARGET_LEAD.match(sentence)
    if tail and not (match and match.end() <= tail.end("body")):
        body = tail.group("body").strip()
    elif match:
        body = sentence[match.end():].strip().rstrip(".")
    else:
        return []
    if not body:
        return []
    pieces = [p.strip() for p in _SPLIT_ITEMS.split(body) if p and p.strip()]
    items = [p for p in pieces if MEASURE.search(p) or re.search(r"\d", p)]
    if len(items) < len(pieces) and len(items) <= 1:
        return [body] if MEASURE.search(body) or re.search(r"\d", body) else []
    return items


_AIM = re.compile(r"\b(?:with the aim of|aiming (?:for|to)|working towards|so (?:that )?"
                  r"(?:he|she|they|[A-Z][\w'-]+) (?:can|will be able to))\s+(?:[A-Z][\w'-]+\s+)?"
                  r"(?P<aim>[^.;]+)")


def aim_items(sentence: str) -> list[str]:
    """The aim a recommendation states ('working towards Dylan washing … with prompts only')."""
    return [m.group("aim").strip(" ,") for m in _AIM.finditer(sentence)]
