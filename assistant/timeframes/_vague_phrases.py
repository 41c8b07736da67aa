"""Words that sound like an end point but name no date ('soon', 'over time', 'eventually').

Also end points that are real but whose date nobody can read from the statement or the child's
details ('by the end of the course'): those count as end points, marked unresolved.
"""

import re

from ._context import SchoolContext
from ._resolution import Phrase, Resolution, unresolved

I = re.IGNORECASE
_WHO = r"(?:he|she|they|I|we)"
_UNITS = r"(?:days|weeks|months|years|terms)"

VAGUE = re.compile(
    r"\b(?:"
    rf"as\s+soon\s+as\s+(?:possible|practicable|{_WHO}\s+(?:is|are|am|can|feels?))|"
    r"soon|asap|over\s+time|eventually|in\s+(?:the\s+)?(?:near\s+|distant\s+)?future|one\s+day|"
    r"some\s*day|at\s+some\s+(?:point|stage)|in\s+due\s+course|later\s+on|later\s+in\s+life|"
    r"at\s+a\s+later\s+(?:date|stage)|in\s+the\s+(?:long|longer|medium|short|shorter)[\s-]term|"
    r"(?:over|in|within|during)\s+the\s+(?:coming|next|following)\s+"
    rf"(?:few\s+|several\s+|couple\s+of\s+)?{_UNITS}|"
    rf"(?:in|within|over|after)\s+(?:a\s+)?(?:few|several|some|a\s+number\s+of)\s+{_UNITS}|"
    r"with\s+time|in\s+time(?=\s*,)|will\s+in\s+time|"
    rf"when\s+{_WHO}\s+(?:is|are|am|feels?|seems?)\s+ready|"
    rf"(?:as|when)\s+{_WHO}\s+(?:gets?|grows?|is|are|am)\s+older|"
    r"by\s+the\s+end\s+of\s+(?:the|this|his|her|their|my)\s+(?:EHC\s*P?|EHCP|plan)\b|"
    r"before\s+too\s+long|in\s+years\s+to\s+come|at\s+a\s+future\s+date|when\s+appropriate|"
    r"in\s+the\s+fullness\s+of\s+time|sooner\s+or\s+later"
    r")\b", I)

_COURSE = (r"(?:course|programme|program|placement|intervention|apprenticeship|internship|"
           r"traineeship|block(?:\s+of\s+(?:therapy|sessions|intervention))?)")


def _course(_match: re.Match[str], _ctx: SchoolContext) -> Resolution:
    return unresolved("the course or programme's end date is not in the statement or the "
                      "child's details")


UNKNOWN_LENGTH_PHRASES: list[Phrase] = [
    Phrase(re.compile(r"\b(?:by|at|before|until|on)\s+(?:the\s+)?(?:end|completion)\s+of\s+"
                      r"(?:(?:his|her|their|my|your|the|this|a)\s+)?"
                      r"(?:current\s+|first\s+|next\s+)?(?:[\w-]+\s+)?" + _COURSE + r"\b", I),
           "unknown_length", _course),
    # 'by the time I finish my course'
    Phrase(re.compile(r"\b(?:by\s+the\s+time|when|once|before)\s+(?:I|he|she|they|we)\s+"
                      r"(?:finish|finishes|complete|completes|leave|leaves)\s+"
                      r"(?:(?:his|her|their|my|your|the)\s+)?(?:first\s+|current\s+)?(?:[\w-]+\s+)?"
                      + _COURSE + r"\b", I),
           "unknown_length", _course),
]

__all__ = ["UNKNOWN_LENGTH_PHRASES", "VAGUE"]
