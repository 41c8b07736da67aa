"""Nothing invented: every number, name, date, frequency and diagnosis in a draft's needs,
outcomes and provision must appear in the request.

Findings carry rule PLN101 (dimension 'faithfulness', severity error). The rule lives here, not in
the validators' RULES table: that table is a lower layer and knows statements, not requests.
Allowed without a source: text inside [placeholders] and derived end points ('the end of Key
Stage 2', 'Year 7', 'July 2028', 'the age of 14').
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.models import AdviceRequest, Draft, Finding

from ._lexicon import DIAGNOSES, FREQUENCY_WORDS, NUMBER_WORDS

RULE = "PLN101"
SOURCE = "DESIGN.md principles: nothing invented; SEND Code of Practice 2015, 9.51 (advice is specific)"
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DERIVED = re.compile(
    rf"\bthe end of (?:Key Stage|KS)\s*\d\b|\b(?:Key Stage|KS)\s*\d\b|\bYear \d{{1,2}}\b"
    rf"|\b(?:{_MONTHS}) \d{{4}}\b|\bthe age of \d{{1,2}}\b|\bage \d{{1,2}}\b|\b(?:19|20)\d\d\b"
    rf"|\bthe end of (?:the )?(?:Early Years Foundation Stage|EYFS|Reception|nursery)\b",
    re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'-]+")
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})(?: \d{{4}})?\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b")
_ALWAYS_OK = frozenset({"I", "By", "SEN", "EHC", "Key", "Stage", "Year", "Reception", "The", "A",
                        "An", "In", "At", "On", "For", "With", "When", "If", "Once", "Twice"})


def request_text(request: AdviceRequest) -> str:
    parts = [request.child.name or "", request.child.year_group or "",
             request.professional_role or "", request.notes, *request.aspirations,
             *request.outcomes_sought]
    for advice in request.advice:
        parts += [advice.professional_role, advice.text]
    return "\n".join(parts)


def _numbers(text: str) -> set[float]:
    values: set[float] = set()
    for match in _NUMBER.finditer(text):
        token = match.group(0).lower()
        values.add(float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token))
    return values


def visible(text: str) -> str:
    """The text a check sees: placeholders and derived end points blanked out."""
    return _DERIVED.sub(" ", _PLACEHOLDER.sub(" ", text))


@lru_cache(maxsize=8)
def _index(source: str) -> tuple[str, frozenset[float], frozenset[str]]:
    """Lower-cased source, its numbers and its words: built once per request, not per item."""
    return (source.lower(), frozenset(_numbers(source)),
            frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", source)))


def unfaithful_values(text: str, source: str) -> Iterator[tuple[str, str]]:
    """(kind, value) for each value in text that the source does not contain."""
    shown = visible(text)
    source_lower, source_numbers, source_words = _index(source)
    for match in _NUMBER.finditer(shown):
        token = match.group(0)
        value = float(NUMBER_WORDS[token.lower()]) if token.lower() in NUMBER_WORDS else float(token)
        if value not in source_numbers:
            yield "number", token
    for match in _DATE.finditer(shown):
        if match.group(0).lower() not in source_lower:
            yield "date", match.group(0)
    for match in FREQUENCY_WORDS.finditer(shown):
        if match.group(0).lower() not in source_lower:
            yield "frequency", match.group(0)
    for match in DIAGNOSES.finditer(shown):
        if match.group(0).lower() not in source_lower:
            yield "diagnosis", match.group(0)
    for match in _CAPITAL.finditer(shown):
        word = match.group(0)
        parts = [p for p in re.split(r"['-]", word.lower()) if p]
        if word in _ALWAYS_OK or all(p in source_words or p == "s" for p in parts):
            continue
        yield "name", word


def _texts(draft: Draft) -> Iterator[tuple[str, str]]:
    for need in draft.needs:
        yield need.id, need.text
    for outcome in draft.outcomes:
        yield outcome.id, outcome.text
        for item in outcome.provision:
            yield item.id, item.text


def check_faithfulness(draft: Draft, request: AdviceRequest) -> list[Finding]:
    """PLN101 findings, one per (item, value) the request does not contain."""
    source = request_text(request)
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for item_id, text in _texts(draft):
        for kind, value in unfaithful_values(text, source):
            if (item_id, value) in seen:
                continue
            seen.add((item_id, value))
            findings.append(Finding(
                rule=RULE, dimension="faithfulness", severity="error",
                message=f"{item_id}: the {kind} '{value}' is not in the notes or the family's words.",
                fix="Replace it with a [placeholder] and ask the author, or add it to the notes.",
                source=SOURCE))
    return findings


def scrub(text: str, source: str) -> tuple[str, list[str]]:
    """Replace each unfaithful value with a placeholder; returns the new text and the values."""
    replaced: list[str] = []
    for kind, value in list(unfaithful_values(text, source)):
        pattern = re.compile(rf"(?<![\w\[]){re.escape(value)}(?!\w)")
        text, count = pattern.subn(f"[{kind}? ask the author]", text, count=1)
        if count:
            replaced.append(value)
    return text, replaced


__all__ = ["RULE", "check_faithfulness", "scrub", "unfaithful_values"]
