"""Shared labelled statements: an outcome is time bound when it has an end point still to come."""

import json
from pathlib import Path

import pytest

from assistant.models import Statement
from assistant.timeframes import find_time_mentions, school_context_of

DEV_STATEMENTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "outcomes-dev.jsonl"
ROWS = [json.loads(line) for line in DEV_STATEMENTS.read_text(encoding="utf-8").splitlines()
        if line.strip()]
LABELS = {row["id"]: row["labels"].get("time_bound") for row in ROWS}


def _outcomes() -> list[Statement]:
    return [Statement.model_validate(row) for row in ROWS
            if row["kind"] == "outcome" and row["labels"].get("time_bound") is not None]


@pytest.mark.parametrize("statement", _outcomes(), ids=lambda s: s.id)
def test_end_point_still_to_come_matches_the_time_bound_label(statement: Statement) -> None:
    ctx = school_context_of(statement.context)
    today = ctx.assessment_date
    ahead = [m for m in find_time_mentions(statement.text, ctx) if m.is_end_point
             and (m.end_date is None or today is None or m.end_date > today)]
    assert bool(ahead) is LABELS[statement.id], [m.phrase for m in ahead]
