"""Install time and size of a fresh virtualenv with the project (pip, from the registry)."""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", f"{ROOT}[test]"],
                       check=True, capture_output=True)
        elapsed = time.perf_counter() - start
        print(f"fresh virtualenv install: {elapsed:.0f} s, {_size_mb(venv):.0f} MB on disk")


if __name__ == "__main__":
    main()
