"""A cued pattern finds exactly what the pattern finds; the cue only skips texts it cannot match."""

import re

import pytest

from assistant.regex_cues import Cued, cue_words
from assistant.validators.rules.out010_vague_aim import VAGUE_AIM

TEXTS = [
    "By July 2027, Sam will improve his reading.",
    "By July 2027, Sam will read 20 words aloud.",
    "Sam will make good progress and be more confident at school.",
    "Sam will UNDERSTAND the rules of the game.",
    "",
]


def test_every_match_holds_one_of_the_cue_words() -> None:
    pattern = re.compile(r"\b(?:by|before) the end of (?:Year|Key Stage) \d\b", re.I)
    assert cue_words(pattern) == ("the end of",)
    assert cue_words(re.compile(r"\b(?:improve|develop)s?\b")) == ("improve", "develop")


def test_a_pattern_with_no_certain_word_has_no_cue_and_always_runs() -> None:
    pattern = re.compile(r"\d+\s*%")
    assert cue_words(pattern) == ()
    assert [m.span() for m in Cued(pattern).finditer("80% of words")] == [(0, 3)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_cued_pattern_finds_what_the_pattern_finds(text: str) -> None:
    cued = Cued(VAGUE_AIM)
    assert [m.span() for m in cued.finditer(text)] == [m.span() for m in VAGUE_AIM.finditer(text)]
    found, plain = cued.search(text), VAGUE_AIM.search(text)
    assert (found and found.span()) == (plain and plain.span())
