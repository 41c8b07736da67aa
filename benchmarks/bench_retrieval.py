"""How fast retrieval is: ingesting the whole Code, warm search latency, store size. Numbers only.

Targets: parse + embed + store the Code <= 60 s; warm hybrid search p50 <= 50 ms.
Also prints the retrieval eval (Recall@5, MRR@5, nDCG@10 per mode) over the Code + shipped
corpus/ + seeds: the train split of each questions file, then the test split (left out with
--train-only, for whoever tunes on train). Run: .venv/bin/python benchmarks/bench_retrieval.py
"""

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from assistant.corpus import load_document, shipped_documents
from assistant.paths import EVALS_DIR
from assistant.retrieval import evaluate, load_questions, open_index, question_files
from assistant.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train-only", action="store_true", help="do not print the test split")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home))
        index = open_index(settings)
        index.search("warm the embedder", k=1)  # model load is a one-off, not ingest

        start = time.perf_counter()
        document = load_document(CODE_PDF)
        parsed = time.perf_counter()
        index.add(document)
        done = time.perf_counter()
        chunks = len(document.chunks)
        print(f"ingest Code: {done - start:.1f} s total (parse {parsed - start:.1f} s, "
              f"embed + store {done - parsed:.1f} s, {chunks} chunks, "
              f"{chunks / (done - parsed):.1f} chunks/s; target <= 60 s)")

        for path in [*shipped_documents(), *SEEDS]:
            index.add(load_document(path))
        files = question_files(EVALS_DIR / "datasets")
        questions = load_questions(files)
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
        for path in files:
            result = evaluate(index, load_questions(path), split="train")
            if result["n"]:
                print(f"eval train {path.stem} (n={result['n']}): {json.dumps(result['metrics'])}")
        if not args.train_only:
            result = evaluate(index, questions, split="test")
            print(f"eval test (n={result['n']}): {json.dumps(result['metrics'])}")


if __name__ == "__main__":
    main()
