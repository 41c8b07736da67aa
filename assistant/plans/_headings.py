"""Recognise section headings (E, F, G, H1, H2 …), area sub-headings and 'Outcome:' labels."""

import re

from assistant.models import StatementKind

KIND_BY_SECTION: dict[str, StatementKind] = {
    "E": "outcome", "F": "provision", "G": "provision", "H1": "provision", "H2": "provision",
}
SECTION_NAMES: dict[str, str] = {
    "E": "outcomes", "F": "special educational provision", "G": "health provision",
    "H1": "social care provision (CSDPA section 2)", "H2": "other social care provision",
}

# "Section E", "Section E: Outcomes", "E: Outcomes", "E – Outcomes", "Sections E and F".
_WITH_WORD = re.compile(r"^(?i:sections?)\s+(?P<letter>H\s?[12]|[A-K])(?![A-Za-z0-9])"
                        r"\s*[:.\-–—)|]?\s*(?P<title>.*)$")
_WITHOUT_WORD = re.compile(r"^(?P<letter>H\s?[12]|[A-K])\s*[:.\-–—)|]\s*(?P<title>.+)$")

# Titles a heading may carry without its letter, tried in order.
_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("E", re.compile(r"^(?:the\s+)?outcomes?(?!\s+sought)\b", re.I)),
    ("F", re.compile(r"special educational provision", re.I)),
    ("G", re.compile(r"health\s*(?:care\s+)?provision", re.I)),
    ("H2", re.compile(r"social\s+care\s+provision", re.I)),
    ("B", re.compile(r"special educational needs?\b", re.I)),
    ("C", re.compile(r"health\s*(?:care\s+)?needs?\b", re.I)),
    ("D", re.compile(r"social\s+care\s+needs?\b", re.I)),
    ("A", re.compile(r"\b(views|interests|aspirations|about me)\b", re.I)),
    ("I", re.compile(r"\b(placement|name of (the )?school)\b", re.I)),
    ("J", re.compile(r"personal budget", re.I)),
    ("K", re.compile(r"advice and information", re.I)),
)
# "Outcomes (EHCP: Section E)", "Provision (EHC Plan: Sections F, G, H1 & H2)"
_IN_BRACKETS = re.compile(r"\((?:EHC\s*P?(?:lan)?\s*:?\s*)?sections?\s+(?P<letter>H\s?[12]|[A-K])"
                          r"(?![A-Za-z0-9])[^)]*\)\s*:?$", re.I)
_KNOWN_TITLE = re.compile(r"outcome|provision|needs?\b|views|aspiration|placement|budget|"
                          r"advice|interests|about", re.I)

_LABEL = re.compile(r"^(?P<label>outcomes?(?:\s*\d{1,2}[a-z]?)?|steps? towards (?:the )?outcome|"
                    r"(?:(?:SEN|special educational|educational|education|health|health ?care|"
                    r"social care)\s+)?provision|support(?: to be provided)?)"
                    r"\s*(?:[:\-–—]\s*(?P<rest>.*))?$", re.I)

_AREA_WORDS = re.compile(
    r"\b(communication|interaction|cognition|learning|social|emotional|mental health|sensory|"
    r"physical|independen\w*|employment|community|health|self[- ]care|adulthood|friend\w*|"
    r"relationships|speech|language|motor|literacy|numeracy|mobility|wellbeing|education)\b",
    re.I,
)


_AREA_NAME = re.compile(
    r"^(?:(?:broad )?area(?: of need)?\s*[:\-–]\s*)?(?:communication and interaction|"
    r"cognition and learning|social,? emotional and mental health(?: \(semh\))?|"
    r"(?:sensory and/or physical|sensory and physical|physical and sensory)(?: needs)?|"
    r"preparing for adulthood|independen(?:ce|t living)|employment|community(?: participation)?|"
    r"(?:physical and mental )?health|friends,? relationships and community|self[- ]care)"
    r"\s*:?$", re.I)


def section_of(text: str, *, is_heading: bool, level: int) -> str | None:
    """The section letter a heading or short line opens, else None."""
    text = text.strip().rstrip(":").strip()
    if len(text) > 120:
        return None
    if not is_heading and (text.endswith((".", ";", "?", "!")) or len(text.split()) > 12):
        return None  # a sentence that mentions a section, not a line that opens one
    match = _WITH_WORD.match(text)
    if match is None:
        match = _WITHOUT_WORD.match(text)
        if match is None or not (is_heading or _KNOWN_TITLE.search(match["title"])):
            match = None
    if match is None and len(text) <= 80:
        match = _IN_BRACKETS.search(text)
    if match is not None:
        return match["letter"].replace(" ", "").upper()
    if is_heading and level <= 2:
        for letter, pattern in _TITLES:
            if pattern.search(text):
                return letter
    return None


def kind_label(text: str) -> tuple[StatementKind, str] | None:
    """'Outcome: …' or 'Provision:' inside a section says which kind follows."""
    match = _LABEL.match(text.strip())
    if match is None:
        return None
    kind: StatementKind = "outcome" if match["label"].lower().startswith(("outcome", "step")) \
        else "provision"
    return kind, (match["rest"] or "").strip()


def looks_like_area(text: str) -> bool:
    """A plain line naming an area of need: a known area, or a short 'Area words:' line."""
    stripped = text.strip()
    if _AREA_NAME.match(stripped):
        return True
    words = stripped.rstrip(":").split()
    if not stripped.endswith(":") or not 0 < len(words) <= 7:
        return False
    if re.search(r"\d|\bwill\b|\bby\b", stripped, re.I):
        return False
    return bool(_AREA_WORDS.search(stripped))


def is_lead_in(text: str) -> bool:
    """'By the age of 14, Amil will:' introduces bullets that each finish the sentence."""
    stripped = text.rstrip()
    if stripped.endswith(":"):
        return not looks_like_area(stripped) and kind_label(stripped) is None
    return bool(re.search(r"\b(will|to|can|be able to)$", stripped, re.I))
