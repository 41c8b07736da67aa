"""Finding and hashing the labelled files the suites read."""

import hashlib
import json
from pathlib import Path
from typing import Any

from ..errors import BadInput
from ..paths import EVALS_DIR, PROJECT_ROOT

DATASETS = EVALS_DIR / "datasets"
SHARED_DEV = PROJECT_ROOT.parent / "shared" / "data" / "outcomes-dev.jsonl"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every object in a JSONL file; a bad line is a dataset bug, named with its line number."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise BadInput(f"{path.name}, line {number}: not valid JSON ({err.msg}).") from err
    return rows


def relative_name(path: Path) -> str:
    try:
        return str(path.relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)
