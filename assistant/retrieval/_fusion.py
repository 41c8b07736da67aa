"""One ranking from two rankers' scores, then corrections that know the Code.

Scores, not ranks, are fused: a BM25 hit far ahead of the rest keeps its lead, where reciprocal
rank fusion would flatten it (measured on train: +3 points Recall@5 over RRF).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ._types import Record

LEXICAL_SHARE = 0.6
"""Weight of the BM25 score (scaled to the best hit) against the dense similarity (scaled to the
candidates' range); tuned on the train questions only, flat between 0.55 and 0.7."""
NEIGHBOUR_WEIGHT = 0.0
"""Share of each adjacent Code paragraph's score a paragraph receives (answers span runs). Off:
on train, 0.03-0.1 moved Recall@5 by under a point either way and cost MRR in chapter 9, where
neighbours compete with the paragraph asked for."""
GUIDANCE_WEIGHT = 0.7
"""Multiplier on guidance hits: the Code is the authority, guidance the explanation of it."""
ANSWER_WEIGHT = 0.5
"""Multiplier on a plain-language answer (corpus/answers-*.md): it has already lent its score to
the paragraphs it cites, so it ranks below them. Train Recall@5 0.812 -> 0.825 against 0.7;
0.35-0.5 were equal."""

_PARAGRAPH = re.compile(r"^(\d{1,2})\.(\d{1,3})$")
CUSTODY_WEIGHT = 0.8
"""Multiplier on custody-only text when the question does not mention custody. The Code's youth
custody part (10.60 on) repeats the whole EHC process for detained young people, so a question
about ordinary timescales or reviews otherwise draws its paragraphs. Train Recall@5 0.838 ->
0.845; 0.7-0.8 were equal, 0.5 lower."""
CUSTODY_PART = ("10", 60)
"""Chapter 10 from paragraph 60 is about children and young people in youth custody."""
_CUSTODY = re.compile(
    r"custod|detain|detention|youth offend|young offender|offending team|\bYOI\b|\bYOT\b|prison|"
    r"secure (?:children|training|estate)|\breleased?\b|remand|sentenc", re.I)


def scaled(hits: Sequence[tuple[str, float]], floor: bool) -> dict[str, float]:
    """Scores onto 0..1: divided by the best, or min-max when `floor` (cosines never reach 0)."""
    if not hits:
        return {}
    values = [score for _, score in hits]
    low = min(values) if floor else 0.0
    span = (max(values) - low) or 1.0
    return {chunk_id: (score - low) / span for chunk_id, score in hits}


def combine(
    lexical: Sequence[tuple[str, float]], dense: Sequence[Sequence[tuple[str, float]]],
    share: float,
) -> dict[str, float]:
    """share x BM25 + (1 - share) x mean dense similarity, each scaled; a missing hit adds 0."""
    fused = {i: share * s for i, s in scaled(lexical, floor=False).items()} if lexical else {}
    if not lexical:
        share = 0.0
    weight = (1.0 - share) / len(dense) if dense else 0.0
    for hits in dense:
        for chunk_id, score in scaled(hits, floor=True).items():
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight * score
    return fused


def neighbours(ref: str) -> tuple[str, str] | None:
    """'9.66' -> ('9.65', '9.67'); table rows and guidance have no numbered neighbours."""
    match = _PARAGRAPH.match(ref)
    if not match:
        return None
    chapter, number = match[1], int(match[2])
    return f"{chapter}.{number - 1}", f"{chapter}.{number + 1}"


def smooth(
    fused: dict[str, float], by_id: Mapping[str, Record], code_by_ref: Mapping[str, Record],
    allowed: set[str], weight: float,
) -> dict[str, float]:
    """Lift each Code paragraph by a share of its neighbours' scores (read before any lift)."""
    if not weight:
        return fused
    lifted = dict(fused)
    for chunk_id, score in fused.items():
        record = by_id.get(chunk_id)
        if record is None or record.metadata.get("kind") != "code_paragraph":
            continue
        pair = neighbours(str(record.metadata.get("ref", "")))
        for ref in pair or ():
            target = code_by_ref.get(ref)
            if target is not None and target.metadata.get("doc_id") in allowed:
                lifted[target.id] = lifted.get(target.id, 0.0) + weight * score
    return lifted


def weigh_sources(
    fused: dict[str, float], by_id: Mapping[str, Record], weight: float,
    answer_weight: float = ANSWER_WEIGHT,
) -> dict[str, float]:
    """Scale guidance hits so a Code paragraph wins a near tie with a note that restates it."""
    weights = {"guidance_answer": answer_weight}
    return {
        chunk_id: score if str(kind := by_id[chunk_id].metadata.get("kind", "")).startswith("code_")
        else score * weights.get(str(kind), weight)
        for chunk_id, score in fused.items() if chunk_id in by_id
    }


def is_custody_only(record: Record) -> bool:
    """A paragraph of the Code's custody part, or guidance whose heading is about custody."""
    meta = record.metadata
    if str(meta.get("kind", "")).startswith("code_"):
        match = _PARAGRAPH.match(str(meta.get("ref", "")))
        return bool(match) and match[1] == CUSTODY_PART[0] and int(match[2]) >= CUSTODY_PART[1]
    return _CUSTODY.search(str(meta.get("title", ""))) is not None


def weigh_custody(
    fused: dict[str, float], by_id: Mapping[str, Record], query: str,
    weight: float = CUSTODY_WEIGHT,
) -> dict[str, float]:
    """Custody-only hits rank lower unless the question is about custody."""
    if _CUSTODY.search(query):
        return fused
    return {chunk_id: score * weight if chunk_id in by_id and is_custody_only(by_id[chunk_id])
            else score for chunk_id, score in fused.items()}
