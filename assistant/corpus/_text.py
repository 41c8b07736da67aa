"""Small text helpers shared by the Code and guidance parsers."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_words: int = 10) -> str:
    """Lower-case ASCII words joined by '-', so refs survive URLs, filenames and Chroma ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _NON_WORD.split(ascii_text.lower()) if w]
    return "-".join(words[:max_words]) or "section"


def unique(ref: str, seen: set[str]) -> str:
    """Return ref, or ref-2, ref-3 ... so that no two chunks of a document share a ref."""
    candidate, n = ref, 2
    while candidate in seen:
        candidate = f"{ref}-{n}"
        n += 1
    seen.add(candidate)
    return candidate


def join_wrapped(previous: str, line: str) -> str:
    """Join a wrapped line; a line-end hyphen is kept ('decision-' + 'making'), no space added."""
    if not previous:
        return line
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha():
        return previous + line
    return f"{previous} {line}"


__all__ = ["join_wrapped", "slugify", "unique"]
