"""How fast retrieval is: ingesting the whole Code, warm search latency, store size. Numbers only.

Targets: parse + embed + store the Code <= 60 s; warm hybrid search p50 <= 50 ms.
Also prints the retrieval eval (Recall@5, MRR@5, nDCG@10 per mode) on the test split over the
Code + shipped corpus/ + seeds. Run: .venv/bin/python benchmarks/bench_retrieval.py
"""

import json
import statistics
import tempfile
import time
from pathlib import Path

from assistant.corpus import load_document, shipped_documents
from assistant.paths import EVALS_DIR
from assistant.retrieval import evaluate, load_questions, open_index
from assistant.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home))
        index = open_index(settings)
        index.search("warm the embedder", k=1)  # model load is a one-off, not ingest

        start = time.perf_counter()
        document = load_document(CODE_PDF)
        parsed = time.perf_counter()
        index.add(document)
        done = time.perf_counter()
        print(f"ingest Code: {done - start:.1f} s total (parse {parsed - start:.1f} s, "
              f"embed + store {done - parsed:.1f} s, {len(document.chunks)} chunks; target <= 60 s)")

        for path in [*shipped_documents(), *SEEDS]:
            index.add(load_document(path))
        questions = load_questions(EVALS_DIR / "datasets" / "retrieval.jsonl")
        index.search(questions[0].query)  # builds BM25 once
        for mode in ("hybrid", "bm25", "dense"):
            times = []
            for question in questions:
                begin = time.perf_counter()
                index.search(question.query, k=5, mode=mode)  # type: ignore[arg-type]
                times.append((time.perf_counter() - begin) * 1000)
            p95 = statistics.quantiles(times, n=20)[18]
            print(f"search {mode} warm: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
                  f"({len(times)} queries; target p50 <= 50 ms)")
        print(f"store size: {_size(Path(home)) / 1e6:.1f} MB "
              f"({sum(d.chunks for d in index.documents())} chunks, {len(index.documents())} documents)")
        for split in ("train", "test"):
            result = evaluate(index, questions, split=split)
            print(f"eval {split} (n={result['n']}): {json.dumps(result['metrics'])}")


if __name__ == "__main__":
    main()
