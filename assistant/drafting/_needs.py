"""Sort the notes' sentences into needs (by area), 'about me', recommendations and targets."""

import re
from collections.abc import Iterable
from functools import lru_cache
from dataclasses import dataclass, field

from assistant.models import AboutMe, Evidence, Need, NeedArea, UnusedNote

from ._lexicon import (
    ABOUT_ME,
    AREA_TERMS,
    BASELINE,
    CONCEPTS,
    DIFFICULTY,
    PROVISION_HEADING,
    QUOTED,
    RECOMMENDATION,
    TARGET,
    WEAK_RECOMMENDATION,
)
from ._text import Sentence, content_stems, english_ratio, split_sentences, words

AREA_ORDER: tuple[NeedArea, ...] = tuple(AREA_TERMS)


@dataclass(frozen=True)
class Reading:
    """One sentence of the notes and what the engine made of it."""

    sentence: Sentence
    area: NeedArea | None
    scores: dict[str, int]
    is_need: bool
    is_about_me: bool
    is_recommendation: bool
    is_target: bool
    concepts: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class NotesReading:
    readings: list[Reading]
    is_english: bool

    @property
    def recommendations(self) -> list[Reading]:
        return [r for r in self.readings if r.is_recommendation]

    @property
    def targets(self) -> list[Reading]:
        return [r for r in self.readings if r.is_target and not r.is_recommendation]


def area_scores(text: str) -> dict[str, int]:
    return {area: len(pattern.findall(text)) for area, pattern in AREA_TERMS.items()}


def best_area(text: str) -> NeedArea | None:
    scores = area_scores(text)
    top = max(AREA_ORDER, key=lambda area: scores[area])
    return top if scores[top] > 0 else None


def concepts_of(text: str) -> frozenset[str]:
    """Content stems plus the name of every concept group they touch ('friend' -> '#0')."""
    stems = content_stems(text)
    groups: set[str] = set()
    for item in stems:
        groups |= _groups_of(item)
    return frozenset(stems | groups)


@lru_cache(maxsize=4096)
def _groups_of(item: str) -> frozenset[str]:
    return frozenset(f"#{i}" for i, group in enumerate(CONCEPTS)
                     if item in group or any(item.startswith(g) for g in group if len(g) >= 5))


def read_notes(notes: str, child_name: str | None = None) -> NotesReading:
    sentences = split_sentences(notes)
    is_english = not sentences or english_ratio(notes) >= 0.12
    readings = [_read(sentence, child_name, is_english) for sentence in sentences]
    return NotesReading(readings=readings, is_english=is_english)


def _read(sentence: Sentence, child_name: str | None, is_english: bool) -> Reading:
    text = sentence.text
    scores = area_scores(text) if is_english else {a: 0 for a in AREA_ORDER}
    top = max(AREA_ORDER, key=lambda area: scores[area])
    area = top if scores[top] > 0 else None
    in_provision_section = bool(PROVISION_HEADING.search(sentence.heading))
    weak = (bool(WEAK_RECOMMENDATION.search(text)) and not _DESCRIBES.match(text)
            and not TARGET.search(text))
    is_recommendation = is_english and (bool(RECOMMENDATION.search(text)) or in_provision_section
                                        or (weak and not _describes_child(text, child_name)))
    quoted = bool(QUOTED.search(text))
    is_about_me = is_english and (bool(ABOUT_ME.search(text)) or quoted) and not is_recommendation
    difficulty = bool(DIFFICULTY.search(RECOMMENDATION.sub(" ", text) if is_recommendation
                                        else text))
    # the child's own words stay theirs (Section A), even when they describe a difficulty
    is_need = area is not None and difficulty and not in_provision_section and not quoted
    is_target = is_english and bool(TARGET.search(text)) and not BASELINE.search(text)
    return Reading(sentence=sentence, area=area, scores=scores, is_need=is_need,
                   is_about_me=is_about_me, is_recommendation=is_recommendation,
                   is_target=is_target, concepts=concepts_of(text))


_DESCRIBES = re.compile(r"^(?:He|She|They|His|Her|Their|At present|Currently|In (?:class|school))\b")


def _describes_child(text: str, child_name: str | None) -> bool:
    """A sentence about the child ('Georgia is on a study programme') is not a recommendation."""
    first = (child_name or "").split()[0] if child_name else ""
    return bool(_DESCRIBES.match(text)) or bool(first and text.startswith(first))


def build_needs(reading: NotesReading, offset_base: int = 0) -> tuple[list[Need], dict[str, Reading]]:
    """Needs in the notes' own words, ordered by area then position; ids N1, N2, …"""
    chosen = [r for r in reading.readings if r.is_need and r.area is not None]
    chosen.sort(key=lambda r: (AREA_ORDER.index(r.area), r.sentence.start))  # type: ignore[arg-type]
    needs: list[Need] = []
    by_id: dict[str, Reading] = {}
    for number, item in enumerate(chosen, start=1):
        need_id = f"N{number}"
        needs.append(Need(id=need_id, area=item.area,  # type: ignore[arg-type]
                          text=item.sentence.text,
                          evidence=Evidence(start=item.sentence.start + offset_base,
                                            end=item.sentence.end + offset_base)))
        by_id[need_id] = item
    return needs, by_id


def build_about_me(reading: NotesReading) -> list[AboutMe]:
    return [AboutMe(text=r.sentence.text,
                    evidence=Evidence(start=r.sentence.start, end=r.sentence.end))
            for r in reading.readings if r.is_about_me]


def build_unused(reading: NotesReading) -> list[UnusedNote]:
    """Sentences that are neither a need, 'about me', a recommendation nor a target: listed for
    the author so that nothing in the notes is dropped without a trace."""
    return [UnusedNote(text=r.sentence.text,
                       evidence=Evidence(start=r.sentence.start, end=r.sentence.end))
            for r in reading.readings
            if not (r.is_need or r.is_about_me or r.is_recommendation or r.is_target)]


def overlap(left: Iterable[str], right: Iterable[str]) -> int:
    """Shared stems count 2, shared concept groups 1: a word match beats a topic match."""
    shared = set(left) & set(right)
    return sum(1 if item.startswith("#") else 2 for item in shared)


def gender_pronouns(texts: Iterable[str]) -> tuple[str, str, str]:
    """(subject, object, possessive) from how the notes refer to the child; 'they' if unclear."""
    counts = {"he": 0, "she": 0}
    for text in texts:
        for word in words(text.lower()):
            if word in ("he", "him", "his", "himself"):
                counts["he"] += 1
            elif word in ("she", "her", "hers", "herself"):
                counts["she"] += 1
    if counts["he"] > 2 * counts["she"] and counts["he"] >= 1:
        return "he", "him", "his"
    if counts["she"] > 2 * counts["he"] and counts["she"] >= 1:
        return "she", "her", "her"
    return "they", "them", "their"
