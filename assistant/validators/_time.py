"""The outcome's own end points: the time phrases of the outcome, not of the purpose it serves."""

import re
from functools import lru_cache

from assistant.models import Statement
from assistant.timeframes import TimeMention, find_time_mentions, school_context_of

# "... so that I can manage my cystic fibrosis when I go to university": the later time belongs
# to the aspiration the outcome serves.
_PURPOSE = re.compile(r"\b(?:so that|so (?:he|she|they|I|we) can|in order (?:to|that))\b", re.I)


def end_point_mentions(statement: Statement) -> list[TimeMention]:
    """Time phrases before a purpose clause when there are any; else every one (an end point
    may sit in the purpose clause itself: 'practise daily so that by July 2027 he can swim')."""
    mentions = find_time_mentions(statement.text, school_context_of(statement.context))
    cut = _purpose_start(statement.text)
    if cut is None:
        return mentions
    before = [m for m in mentions if m.span[0] < cut]
    return before or mentions


@lru_cache(maxsize=4096)
def _purpose_start(text: str) -> int | None:
    """Kept per text: every time rule asks."""
    purpose = _PURPOSE.search(text)
    return None if purpose is None else purpose.start()
