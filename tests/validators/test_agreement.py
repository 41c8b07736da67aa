"""The verdicts agree with reviewers' labels on the shared dev set and the tune set.

A floor, not a target: the untuned holdout is measured by the evaluation suite, never here.
"""

import json
from pathlib import Path

import pytest

from assistant.models import Statement
from assistant.validators import RULES, check_statement
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEV_STATEMENTS = PROJECT_ROOT.parent / "shared" / "data" / "outcomes-dev.jsonl"
DATASETS = PROJECT_ROOT / "evals" / "datasets"
# Every tuning batch ("statements-tune.jsonl", "statements-tune-b.jsonl", ...), never the holdout.
TUNE_FILES = sorted(DATASETS.glob("statements-tune*.jsonl"))
FLOOR = 0.9


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _accuracy(rows: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    scores: dict[str, tuple[int, int]] = {}
    for row in rows:
        verdicts = check_statement(Statement.model_validate(row)).verdicts
        for verdict, label in row["labels"].items():  # type: ignore[attr-defined]
            if label is None:
                continue
            right, total = scores.get(verdict, (0, 0))
            scores[verdict] = (right + (verdicts[verdict] is label), total + 1)
    return scores


def test_every_tuning_batch_is_scored() -> None:
    assert "statements-tune.jsonl" in [path.name for path in TUNE_FILES]
    assert not [path for path in TUNE_FILES if "holdout" in path.name]


@pytest.mark.parametrize("path", [DEV_STATEMENTS, *TUNE_FILES],
                         ids=["dev", *(path.stem for path in TUNE_FILES)])
def test_each_verdict_agrees_with_the_labels(path: Path) -> None:
    scores = _accuracy(_rows(path))
    assert len(scores) == 8
    # A verdict no error rule informs is always true; its floor arrives with its first rule.
    judged = {rule.dimension for rule in RULES.values() if rule.severity == "error"}
    low = {v: f"{r}/{t}" for v, (r, t) in scores.items() if v in judged and r / t < FLOOR}
    assert not low, f"verdicts below {FLOOR:.0%} agreement on {path.name}: {low}"


def test_statements_the_reviewers_marked_false_are_mostly_caught() -> None:
    rows = _rows(DEV_STATEMENTS) + [row for path in TUNE_FILES for row in _rows(path)]
    judged = {rule.dimension for rule in RULES.values() if rule.severity == "error"}
    caught = total = 0
    for row in rows:
        verdicts = check_statement(Statement.model_validate(row)).verdicts
        for verdict, label in row["labels"].items():  # type: ignore[attr-defined]
            if label is False and verdict in judged:
                total += 1
                caught += verdicts[verdict] is False
    assert caught / total >= 0.9, f"defect recall {caught}/{total}"
