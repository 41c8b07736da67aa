"""Cue words: the short words one of which every match of a long pattern must contain.

A substring search for a handful of words is far cheaper than running a long pattern, and most
statements lack most patterns' words, so a pattern is run only on texts that hold its cue.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore
from re._parser import parse  # type: ignore
from typing import Any


def _cue_sets(items: list[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """Sets of words, one of which every match must contain: each run of literal characters,
    and for each alternation one word per alternative; read from the parsed pattern."""
    sets: list[tuple[str, ...]] = []
    run = ""
    for op, arg in items:
        if op is LITERAL:
            run += chr(arg)
            continue
        if run.strip():
            sets.append((run.strip(),))
        run = ""
        if op is SUBPATTERN:
            sets += _cue_sets(arg[3])
        elif op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
            sets += _cue_sets(arg[2])
        elif op is BRANCH:
            words: list[str] = []
            for alternative in arg[1]:
                inner = _cue_sets(alternative)
                if not inner:
                    break
                words += max(inner, key=lambda found: min(map(len, found)))
            else:
                sets.append(tuple(dict.fromkeys(words)))
    if run.strip():
        sets.append((run.strip(),))
    return sets


def cue_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words one of which every match of `pattern` contains ('end' in 'by the end of ...'),
    lower case; () when none of 3 letters or more is certain."""
    sets = [found for found in _cue_sets(parse(pattern.pattern, pattern.flags))
            if min(map(len, found)) >= 3]
    best = max(sets, key=lambda found: (min(map(len, found)), -len(found)), default=())
    return tuple(word.lower() for word in best)


def cue_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The cue words as one pattern for lower-case text; None when there are none."""
    return re.compile("|".join(re.escape(word) for word in words)) if words else None


class Cued:
    """A pattern that is run only on texts holding one of its cue words; the same matches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._cue = cue_pattern(cue_words(pattern))

    def _absent(self, text: str) -> bool:
        return self._cue is not None and self._cue.search(text.lower()) is None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.search(text, pos, endpos)


__all__ = ["Cued", "cue_pattern", "cue_words"]
