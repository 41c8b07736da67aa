"""How fast the corpus parses: the whole Code PDF, the seeds and the shipped documents. Numbers only.

Target: the Code PDF in <= 20 s (median of 3 runs); the indexer's budget for parse + embed is 60 s.
Run: .venv/bin/python benchmarks/bench_corpus.py
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.corpus import load_document, parse_code_pdf, shipped_documents

SHARED = Path(__file__).resolve().parents[2] / "shared"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def bench_code(runs: int = 3) -> tuple[float, int]:
    """Each run is a fresh process: parse_code_pdf keeps recent results, so a repeat is free."""
    script = (
        "import sys, time; from pathlib import Path; from assistant.corpus import parse_code_pdf;"
        "t = time.perf_counter(); n = len(parse_code_pdf(Path(sys.argv[1])).chunks);"
        "print(time.perf_counter() - t, n)"
    )
    times, chunks = [], 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script, str(CODE_PDF)], check=True,
                             capture_output=True, text=True).stdout.split()
        times.append(float(out[0]))
        chunks = int(out[1])
    return statistics.median(times), chunks


def bench_code_cached() -> float:
    parse_code_pdf(CODE_PDF)
    start = time.perf_counter()
    parse_code_pdf(CODE_PDF)
    return time.perf_counter() - start


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
    print(f"Code PDF again in the same process: {bench_code_cached() * 1000:.0f} ms")
    seconds, chunks = bench_guidance(SEEDS)
    print(f"{len(SEEDS)} seed documents: {chunks} chunks in median {seconds * 1000:.0f} ms")
    shipped = shipped_documents()
    seconds, chunks = bench_guidance(shipped)
    print(f"{len(shipped)} shipped documents: {chunks} chunks in median {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
