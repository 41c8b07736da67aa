"""Find every time phrase in a statement and resolve it against the child's school context."""

import re
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.regex_cues import cue_pattern, cue_words

from ._age_phrases import AGE_PHRASES
from ._calendar_phrases import CALENDAR_PHRASES
from ._context import SchoolContext
from ._resolution import Anchor, Phrase
from ._school_phrases import SCHOOL_PHRASES
from ._stage_phrases import STAGE_PHRASES
from ._vague_phrases import UNKNOWN_LENGTH_PHRASES, VAGUE

MentionKind = Literal["resolved", "vague", "relative_unresolved"]

PHRASES: list[Phrase] = [*SCHOOL_PHRASES, *STAGE_PHRASES, *AGE_PHRASES, *CALENDAR_PHRASES,
                         *UNKNOWN_LENGTH_PHRASES]


class TimeMention(BaseModel):
    """One time phrase as written, and the date it means for this child (if it can be known)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phrase: str
    """The words as written, e.g. 'By the end of Key Stage 2'."""
    span: tuple[int, int]
    kind: MentionKind
    """resolved: a date; vague: no date at all; relative_unresolved: a real end point whose date
    needs details the context lacks (age, year group, assessment date, a course's length)."""
    end_date: date | None = None
    """The latest date the phrase can mean (a birthday window's last day)."""
    earliest_date: date | None = None
    """The earliest date it can mean; equal to end_date unless the phrase is an age."""
    reason: str | None = None
    """Why there is no date (vague or unresolved), in a sentence for the author."""
    basis: str | None = None
    """How the date was worked out, e.g. 'end of Year 6: school years end on 31 July'."""
    anchor: Anchor
    """What the end point hangs on: calendar, school, age, relative (the writing date), vague."""
    age: int | None = None
    """For age phrases, the age named."""

    @property
    def is_end_point(self) -> bool:
        """Vague words are not end points; an unresolved 'by the end of Year 6' still is."""
        return self.kind != "vague"


def _cue_pattern(phrase: Phrase) -> re.Pattern[str] | None:
    """The cue words as one pattern, tried in a single pass; None when the phrase has none.
    Phrases with the same words share one pattern, so each is tried once per text."""
    if phrase.cue is not None:
        return re.compile(phrase.cue)
    return cue_pattern(cue_words(phrase.pattern))


_CUES = {id(phrase): _cue_pattern(phrase) for phrase in PHRASES}


_STARTING = re.compile(r"\b(?:starting|beginning|commencing|from)\s*$", re.I)
"""'each week, starting in January 2027' says when something begins, not by when it is done."""
_HISTORY = re.compile(
    r"(?:\bthan\s+(?:he|she|they|I|we)\s+(?:did|was|were|had|scored|got|managed)\b|"
    r",\s*who\s+(?:[\w'’-]+\s+){0,3}?(?:scored|was|were|had|did|got|[a-z]+ed)\b)[^,;]*$", re.I)
"""'higher than he did in September 2026', 'Xander, who scored 78 at age 10, will ...': when
something happened before, not an end point."""


def _candidates(text: str, ctx: SchoolContext) -> list[TimeMention]:
    found: list[TimeMention] = []
    lowered = text.lower()
    present: dict[re.Pattern[str], bool] = {}
    for phrase in PHRASES:
        cue = _CUES[id(phrase)]
        if cue is not None:
            if cue not in present:
                present[cue] = cue.search(lowered) is not None
            if not present[cue]:
                continue
        for match in phrase.pattern.finditer(text):
            if phrase.guard is not None and not phrase.guard(match):
                continue
            if _STARTING.search(text[max(0, match.start() - 20): match.start()]) \
                    or _HISTORY.search(text, 0, match.start()):
                continue
            start, end = _trim(text, match.start(), match.end())
            if start >= end:
                continue
            res = phrase.resolve(match, ctx)
            found.append(TimeMention(
                phrase=text[start:end], span=(start, end),
                kind="resolved" if res.end is not None else "relative_unresolved",
                end_date=res.end, earliest_date=res.earliest or res.end,
                reason=None if res.end is not None else _sentence(res.missing),
                basis=res.basis, anchor=res.anchor or phrase.anchor, age=res.age))
    for match in VAGUE.finditer(text):
        found.append(TimeMention(
            phrase=match[0], span=match.span(), kind="vague", anchor="vague",
            reason=f"'{match[0]}' gives no date by which anyone could check the outcome."))
    return found


def _sentence(text: str | None) -> str:
    text = text or "details are missing"
    return f"{text[0].upper()}{text[1:]}."


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,.;:":
        end -= 1
    return start, end


def find_time_mentions(text: str, ctx: SchoolContext) -> list[TimeMention]:
    """Every time phrase in `text`, longest first where two overlap, in reading order."""
    return list(_find(text, ctx))


@lru_cache(maxsize=2048)
def _find(text: str, ctx: SchoolContext) -> tuple[TimeMention, ...]:
    """Cached: every time_bound rule asks about the same statement."""
    chosen: list[TimeMention] = []
    ranked = sorted(_candidates(text, ctx),
                    key=lambda m: (-(m.span[1] - m.span[0]), m.kind == "vague", m.span[0]))
    for mention in ranked:
        start, end = mention.span
        if all(end <= kept.span[0] or start >= kept.span[1] for kept in chosen):
            chosen.append(mention)
    return tuple(sorted(chosen, key=lambda m: m.span))


def end_points(text: str, ctx: SchoolContext) -> list[TimeMention]:
    """The mentions that are end points (resolved or not), without the vague words."""
    return [m for m in find_time_mentions(text, ctx) if m.is_end_point]


__all__ = ["PHRASES", "MentionKind", "TimeMention", "end_points", "find_time_mentions"]
