"""Run every benchmark and print one table of results (`make bench`); numbers, never assertions.

Each benchmarks/bench_*.py prints its own lines; this runs them one after another so they do not
compete for the two cores, then prints them together. `--skip install` leaves out a slow one.
"""

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["check", "corpus", "retrieval", "draft", "app", "install"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip", nargs="*", default=[], choices=ORDER)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    for name in ORDER:
        script = HERE / f"bench_{name}.py"
        if name in args.skip or not script.exists():
            continue
        print(f"running {script.name} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        lines = done.stdout.strip().splitlines() or [f"failed: {done.stderr.strip()[-300:]}"]
        rows += [(name, line) for line in lines]
        rows.append((name, f"(benchmark ran {time.perf_counter() - started:.0f} s)"))
    width = max(len(n) for n, _ in rows) if rows else 0
    print(f"{'benchmark':<{width}}  result")
    for name, line in rows:
        print(f"{name:<{width}}  {line}")


if __name__ == "__main__":
    main()
