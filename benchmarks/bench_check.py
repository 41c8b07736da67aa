"""How fast `check` is: 120 statements in-process, and the CLI's cold start. Prints numbers only.

Targets: in-process check of 120 statements <= 0.1 s (median of 20 runs); cold start of
`ehcp-assist check examples/statements.jsonl` <= 1.5 s (median of 5 runs).
Run: .venv/bin/python benchmarks/bench_check.py
"""

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.models import Statement
from assistant.paths import EXAMPLES_DIR
from assistant.plans import read_plan
from assistant.validators import check_plan, check_statements, summarise

LABELLED = Path(__file__).resolve().parents[1] / "evals" / "datasets"


def _fresh_batches(count: int, runs: int) -> list[list[Statement]]:
    """`runs` batches of `count` statements, no text in two batches: the checker keeps per-text
    results, so a batch it had seen before would time its caches, not its rules. The labelled
    statements are the project's own synthetic lines, each with its own child and context."""
    rows = [json.loads(line) for path in sorted(LABELLED.glob("statements-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen: set[str] = set()
    distinct = [row for row in rows if not (row["text"] in seen or seen.add(row["text"]))]
    if len(distinct) < count * (runs + 1):
        raise SystemExit(f"need {count * (runs + 1)} distinct labelled statements, "
                         f"found {len(distinct)}")
    statements = [Statement.model_validate(row) for row in distinct]
    return [statements[n * count:(n + 1) * count] for n in range(runs + 1)]


def bench_in_process(count: int = 120, runs: int = 20) -> float:
    warm, *batches = _fresh_batches(count, runs)
    check_statements(warm)  # import and compile everything once, as a long-running app would
    times = []
    for batch in batches:
        start = time.perf_counter()
        summarise(check_statements(batch))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_plan(runs: int = 20) -> float:
    """Reading and checking the shipped example plan, parser included."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        checked, plan_findings = check_plan(read_plan(EXAMPLES_DIR / "plan.md"))
        summarise(checked, plan_findings)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_cold_start(runs: int = 5) -> float:
    exe = shutil.which("ehcp-assist", path=str(Path(sys.executable).parent)) or "ehcp-assist"
    command = [exe, "check", str(EXAMPLES_DIR / "statements.jsonl"), "--format", "json"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    in_process = bench_in_process()
    print(f"check 120 statements in-process (each run 120 it has not seen): median "
          f"{in_process * 1000:.1f} ms of 20 runs (target <= 100 ms)")
    plan = bench_plan()
    print(f"read and check examples/plan.md in-process: median {plan * 1000:.1f} ms of 20 runs")
    cold = bench_cold_start()
    print(f"ehcp-assist check examples/statements.jsonl cold start: median {cold:.2f} s of 5 "
          f"runs (target <= 1.5 s)")


if __name__ == "__main__":
    main()
