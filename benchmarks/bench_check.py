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

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "data" / "outcomes-dev.jsonl"


def _statements(count: int) -> list[Statement]:
    """The example and dev statements, repeated with fresh ids until there are `count`."""
    sources = [EXAMPLES_DIR / "statements.jsonl"] + ([DEV_SET] if DEV_SET.exists() else [])
    base = [json.loads(line) for path in sources
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Statement.model_validate({**base[i % len(base)], "id": f"s{i}"})
            for i in range(count)]


def bench_in_process(count: int = 120, runs: int = 20) -> float:
    statements = _statements(count)
    check_statements(statements[:5])  # warm the regexes once, as a long-running app would be
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        summarise(check_statements(statements))
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
    print(f"check 120 statements in-process: median {in_process * 1000:.1f} ms of 20 runs "
          f"(target <= 100 ms)")
    plan = bench_plan()
    print(f"read and check examples/plan.md in-process: median {plan * 1000:.1f} ms of 20 runs")
    cold = bench_cold_start()
    print(f"ehcp-assist check examples/statements.jsonl cold start: median {cold:.2f} s of 5 "
          f"runs (target <= 1.5 s)")


if __name__ == "__main__":
    main()
