"""Sentences with character offsets, word tokens and lexical overlap: the engine's only NLP."""

import re
from dataclasses import dataclass

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "approx.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "vs.",
                  "no.", "wk.", "min.", "mins.", "hrs.")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])\s+")
_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\[])")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")


_HEADING_WORD = re.compile(r"(?:recommendations?|provision|strategies|needs|outcomes|summary|"
                           r"background|advice|support)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A span of the source text; text == source[start:end] always holds."""

    start: int
    end: int
    text: str
    heading: str = ""
    """The nearest heading line above it ('Recommendations:'), lower-cased."""


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (
        stripped.endswith(":") and (len(stripped.split()) <= 6 or _HEADING_WORD.match(stripped))
        or (len(stripped.split()) <= 4 and not stripped.endswith((".", "!", "?"))
            and stripped[:1].isupper() and not _BULLET.match(line))
    )


def split_sentences(text: str) -> list[Sentence]:
    """Lines first (bullets, headings), then sentence ends inside each line; offsets kept."""
    sentences: list[Sentence] = []
    heading = ""
    position = 0
    for line in text.splitlines(keepends=True):
        line_start = position
        position += len(line)
        if not line.strip():
            continue
        if _is_heading(line):
            heading = line.strip().rstrip(":").lower()
            continue
        bullet = _BULLET.match(line)
        offset = bullet.end() if bullet else 0
        body = line[offset:].rstrip()
        cursor = 0
        for match in _END.finditer(body):
            piece = body[cursor:match.start()].rstrip()
            if any(piece.endswith(abbr) for abbr in _ABBREVIATIONS):
                continue
            _add(sentences, text, line_start + offset + cursor, piece, heading)
            cursor = match.end()
        _add(sentences, text, line_start + offset + cursor, body[cursor:], heading)
    return sentences


def _add(out: list[Sentence], source: str, start: int, piece: str, heading: str) -> None:
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if len(_WORD.findall(piece)) < 2:
        return
    begin = start + lead
    out.append(Sentence(begin, begin + len(piece), source[begin:begin + len(piece)], heading))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours want wants wanted like able get gets getting go going really lot lots things
thing stuff much many well make sure us let
""".split())


def stem(word: str) -> str:
    """Crude suffix stripping, enough for 'reading'~'read' and 'friends'~'friend'."""
    word = word.lower().replace("\u2019", "'")
    word = word.split("'")[0]
    for suffix in ("ingly", "ing", "edly", "ies", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOPWORDS and not w.isdigit()}


def jaccard(left: set[str], right: set[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


def english_ratio(text: str) -> float:
    """Share of words that are common English function words; English prose sits near 0.4."""
    tokens = [w.lower() for w in words(text)]
    if not tokens:
        return 0.0
    return sum(t in STOPWORDS for t in tokens) / len(tokens)
