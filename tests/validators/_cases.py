"""Fixture-file and snapshot helpers for the rule tests (ruff's fixture + snapshot pattern).

Statement rules: tests/validators/fixtures/<ID>.jsonl, one case a line:
    {"text": "...", "fires": true|false, "context": {...optional StatementContext...}}
Plan rules: tests/validators/fixtures/<ID>.jsonl, one case a line:
    {"plan": {...assistant.models.Plan as JSON...}, "fires": true|false, "note": "optional"}
Snapshots: tests/validators/snapshots/<ID>.txt; rewrite them with UPDATE_SNAPSHOTS=1.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from assistant.models import Finding, Plan, Statement, StatementContext
from assistant.validators import RULES

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SNAPSHOTS = HERE / "snapshots"
DEFAULT_CONTEXT = {"name": "Sam", "age": 9, "year_group": "Year 4", "assessment_date": "2026-11-01"}


@dataclass(frozen=True)
class Case:
    line: int
    fires: bool
    target: Statement | Plan
    label: str


def load_cases(rule_id: str) -> list[Case]:
    """The rule's fixture lines as statements (or plans) of the rule's kind."""
    path = FIXTURES / f"{rule_id}.jsonl"
    assert path.exists(), f"{rule_id}: add {path.relative_to(HERE.parent.parent)}"
    kind = RULES[rule_id].kind
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        row = json.loads(raw)
        if kind == "plan":
            plan = Plan.model_validate(row["plan"])
            label = row.get("note") or plan.title or ""
            cases.append(Case(number, bool(row["fires"]), plan, label))
            continue
        context = StatementContext.model_validate(row.get("context") or DEFAULT_CONTEXT)
        statement = Statement(id=f"{rule_id}-{number}", kind=kind, text=row["text"],
                              context=context)
        cases.append(Case(number, bool(row["fires"]), statement, row["text"]))
    return cases


def run_rule(rule_id: str, target: Statement | Plan) -> list[Finding]:
    rule = RULES[rule_id]
    return [rule.finding(hit) for hit in rule.hits(target)]


def render_findings(rule_id: str, cases: list[Case]) -> str:
    """One block per fixture line: the input, then each finding as the author would read it."""
    out = [f"# {rule_id} ({RULES[rule_id].kind}, {RULES[rule_id].dimension}, "
           f"{RULES[rule_id].severity})"]
    for case in cases:
        out.append(f"\nline {case.line} [{'fires' if case.fires else 'quiet'}]: {case.label}")
        findings = run_rule(rule_id, case.target)
        for f in findings:
            about = getattr(f, "statement_ids", ())
            out.append(f"  {f.rule} {f.severity} [{f.dimension}] {f.message}")
            out.append(f"    fix: {f.fix}")
            if about:
                out.append(f"    about: {', '.join(about)}")
        if not findings:
            out.append("  (no finding)")
    return "\n".join(out) + "\n"


class Snapshot:
    """Compares text with a stored file; UPDATE_SNAPSHOTS=1 rewrites the file instead."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def assert_match(self, text: str, name: str) -> None:
        path = self.folder / name
        if os.environ.get("UPDATE_SNAPSHOTS") == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"No snapshot {name}; run UPDATE_SNAPSHOTS=1 pytest tests/validators"
        expected = path.read_text(encoding="utf-8")
        assert text == expected, (
            f"{name} changed; review the difference and run UPDATE_SNAPSHOTS=1 pytest "
            "tests/validators to accept it")
