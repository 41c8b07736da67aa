"""How fast the corpus parses: the whole Code PDF, the seeds and the shipped documents. Numbers only.

Target: the Code PDF in <= 20 s (median of 3 runs); the indexer's budget for parse + embed is 60 s.
Run: .venv/bin/python benchmarks/bench_corpus.py
"""

import statistics
import time
from pathlib import Path

from assistant.corpus import load_document, parse_code_pdf, shipped_documents

SHARED = Path(__file__).resolve().parents[2] / "shared"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def bench_code(runs: int = 3) -> tuple[float, int]:
    times, chunks = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        chunks = len(parse_code_pdf(CODE_PDF).chunks)
        times.append(time.perf_counter() - start)
    return statistics.median(times), chunks


def bench_guidance(paths: list[Path], runs: int = 5) -> tuple[float, int]:
    times, chunks = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        chunks = sum(len(load_document(p).chunks) for p in paths)
        times.append(time.perf_counter() - start)
    return statistics.median(times), chunks


def main() -> None:
    seconds, chunks = bench_code()
    print(f"Code PDF: {chunks} chunks in median {seconds:.1f} s of 3 runs (target <= 20 s)")
    seconds, chunks = bench_guidance(SEEDS)
    print(f"{len(SEEDS)} seed documents: {chunks} chunks in median {seconds * 1000:.0f} ms")
    shipped = shipped_documents()
    seconds, chunks = bench_guidance(shipped)
    print(f"{len(shipped)} shipped documents: {chunks} chunks in median {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
