"""Recall@5, MRR@5 and nDCG@10 of each search mode over labelled questions."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import BadInput
from ._index import Index
from ._types import RankedChunk

MODES = ("bm25", "dense", "hybrid")


class RetrievalQuestion(BaseModel):
    """One line of evals/datasets/retrieval.jsonl."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    query: str
    relevant: list[str] = Field(min_length=1)
    """Code refs ('9.66', '9.69-table-F') or guidance chunk ids ('<doc_id>:<ref>')."""
    split: Literal["train", "test", "test_b"]
    """'test_b' is a second held-out set, written later and blind to the failures on 'test'."""
    audience: str


def question_files(datasets: Path) -> list[Path]:
    """retrieval.jsonl first, then every retrieval-*.jsonl (more labelled batches), by name."""
    return [datasets / "retrieval.jsonl", *sorted(datasets.glob("retrieval-*.jsonl"))]


def load_questions(paths: Path | Iterable[Path]) -> list[RetrievalQuestion]:
    """Questions from one file or several, in order; an id used twice is a labelling mistake."""
    questions: list[RetrievalQuestion] = []
    seen: dict[str, Path] = {}
    for path in [paths] if isinstance(paths, Path) else list(paths):
        for question in _load_file(path):
            if question.id in seen:
                raise BadInput(f"{path}: question id '{question.id}' is already used in "
                               f"{seen[question.id]}; give it a new id.")
            seen[question.id] = path
            questions.append(question)
    return questions


def _load_file(path: Path) -> list[RetrievalQuestion]:
    if not path.is_file():
        raise BadInput(f"No retrieval questions at {path}; check the path.")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(RetrievalQuestion.model_validate(json.loads(line)))
        except ValueError as err:
            raise BadInput(f"{path}, line {number}: not a retrieval question ({err}); "
                           "fix that line.") from err
    return questions


def _keys(hit: RankedChunk) -> set[str]:
    """A Code hit answers to its paragraph ref; any hit answers to its chunk id."""
    keys = {hit.chunk_id}
    if hit.kind.startswith("code_"):
        keys.add(hit.ref)
    return keys


def _scores(hits: list[RankedChunk], relevant: set[str]) -> dict[str, float]:
    gains = [1.0 if _keys(h) & relevant else 0.0 for h in hits]
    found_at_5 = set().union(*(_keys(h) & relevant for h in hits[:5])) if hits else set()
    first = next((rank for rank, g in enumerate(gains[:5], start=1) if g), None)
    dcg = sum(g / math.log2(rank + 1) for rank, g in enumerate(gains[:10], start=1))
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), 10) + 1))
    return {
        "recall@5": len(found_at_5) / len(relevant),
        "mrr@5": 1.0 / first if first else 0.0,
        "ndcg@10": dcg / ideal if ideal else 0.0,
    }


def evaluate(
    index: Index,
    questions: Iterable[RetrievalQuestion | Mapping[str, object]],
    split: str | None = None,
    modes: Iterable[str] = MODES,
) -> dict[str, object]:
    """{"n", "metrics": {mode: {"recall@5", "mrr@5", "ndcg@10"}}, "samples": [...]}; means over questions."""
    chosen = [q if isinstance(q, RetrievalQuestion) else RetrievalQuestion.model_validate(q)
              for q in questions]
    chosen = [q for q in chosen if split is None or q.split == split]
    modes = list(modes)
    totals = {m: {"recall@5": 0.0, "mrr@5": 0.0, "ndcg@10": 0.0} for m in modes}
    samples: list[dict[str, object]] = []
    for question in chosen:
        sample: dict[str, object] = {"id": question.id, "query": question.query,
                                     "relevant": question.relevant}
        for mode in modes:
            hits = index.ranked(question.query, k=10, mode=mode)  # type: ignore[arg-type]
            scores = _scores(hits, set(question.relevant))
            for name, value in scores.items():
                totals[mode][name] += value
            sample[mode] = {"top5": [h.ref if h.kind.startswith("code_") else h.chunk_id
                                     for h in hits[:5]], **scores}
        samples.append(sample)
    n = len(chosen)
    metrics = {m: {k: round(v / n, 4) if n else 0.0 for k, v in t.items()} for m, t in totals.items()}
    return {"n": n, "metrics": metrics, "samples": samples}
