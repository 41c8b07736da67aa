"""How fast the offline drafter is over evals/cases, with citations from a real local index.

Target: p50 <= 0.5 s per case, excluding the first model load (the embedder), which the warm-up
draft pays. Prints numbers only.  Run: .venv/bin/python benchmarks/bench_draft.py
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assistant.corpus import load_document, shipped_documents
from assistant.drafting import draft_offline, draft_section_e
from assistant.models import AdviceRequest
from assistant.paths import EVALS_DIR
from assistant.retrieval import open_index
from assistant.settings import Settings


def _cases() -> list[tuple[str, AdviceRequest]]:
    return [(path.stem, AdviceRequest.model_validate(json.loads(path.read_text())["request"]))
            for path in sorted((EVALS_DIR / "cases").glob("*.json"))]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(runs: int = 3) -> None:
    cases = _cases()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home))
        started = time.perf_counter()
        index = open_index(settings)
        index.ensure_files(shipped_documents(), load_document)
        print(f"index opened and shipped corpus added: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        draft_offline(cases[0][1], settings, index=index)
        print(f"first draft (loads the embedder): {time.perf_counter() - started:.2f} s")
        timings: list[float] = []
        for _ in range(runs):
            for _name, request in cases:
                engine = draft_section_e if request.advice else draft_offline
                start = time.perf_counter()
                engine(request, settings, index=index)
                timings.append(time.perf_counter() - start)
    print(f"cases: {len(cases)}  runs: {runs}  drafts: {len(timings)}")
    print(f"draft p50: {statistics.median(timings):.3f} s")
    print(f"draft p95: {_percentile(timings, 0.95):.3f} s")
    print(f"draft max: {max(timings):.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
