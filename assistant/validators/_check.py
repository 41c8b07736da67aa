"""Run the rule table over statements and plans, and turn findings into verdicts."""

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from assistant.models import VERDICTS_BY_KIND, CheckedStatement, Finding, Plan, Statement

from ._registry import RULES, Rule


def _rules_for(kind: str) -> list[Rule]:
    return [RULES[rule_id] for rule_id in sorted(RULES) if RULES[rule_id].kind == kind]


def verdicts_from(kind: str, findings: Iterable[Finding]) -> dict[str, bool]:
    """A verdict is false exactly when an error finding of its dimension fired."""
    failed = {f.dimension for f in findings if f.severity == "error"}
    return {verdict: verdict not in failed for verdict in VERDICTS_BY_KIND[kind]}


_PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")


def without_placeholders(text: str) -> str:
    """'[how often? ask the author]' is a question to the author, not plan wording: its words
    ('often', 'how long') must not count as a criterion or a vague term. Blanked to the same
    length, so finding spans still point into the original text."""
    return _PLACEHOLDER.sub(lambda m: "[" + " " * (len(m[0]) - 2) + "]", text)


def check_statement(statement: Statement) -> CheckedStatement:
    """Every rule of the statement's kind, in id order; the verdicts follow from the errors."""
    findings: list[Finding] = []
    original = statement.text
    if "[" in original:
        statement = statement.model_copy(update={"text": without_placeholders(statement.text)})
    for rule in _rules_for(statement.kind):
        findings += [rule.finding(hit) for hit in rule.hits(statement)]
    return CheckedStatement(id=statement.id, kind=statement.kind, text=original,
                            verdicts=verdicts_from(statement.kind, findings), findings=findings)


def check_statements(statements: Iterable[Statement]) -> list[CheckedStatement]:
    return [check_statement(statement) for statement in statements]


def check_plan(plan: Plan) -> tuple[list[CheckedStatement], list[Finding]]:
    """Each outcome and provision statement, then the plan-level (PLN) rules over the whole."""
    items = [*plan.outcomes, *plan.provision]
    checked = check_statements(item.statement for item in items)
    plan_findings: list[Finding] = []
    for rule in _rules_for("plan"):
        plan_findings += [rule.finding(hit) for hit in rule.hits(plan)]
    return checked, plan_findings


def summarise(
    checked: Sequence[CheckedStatement], plan_findings: Sequence[Finding] = ()
) -> dict[str, object]:
    """The 'summary' of the check JSON: counts per verdict, rule and severity."""
    verdicts: dict[str, dict[str, int]] = {}
    for item in checked:
        for verdict, ok in item.verdicts.items():
            counts = verdicts.setdefault(verdict, {"true": 0, "false": 0})
            counts["true" if ok else "false"] += 1
    findings = [f for item in checked for f in item.findings] + list(plan_findings)
    by_rule = Counter(f.rule for f in findings)
    by_severity = Counter(f.severity for f in findings)
    return {
        "statements": len(checked),
        "by_kind": dict(Counter(item.kind for item in checked)),
        "passed": sum(all(item.verdicts.values()) for item in checked),
        "verdicts": {k: verdicts[k] for k in sorted(verdicts)},
        "findings": len(findings),
        "by_rule": {k: by_rule[k] for k in sorted(by_rule)},
        "by_severity": {k: by_severity.get(k, 0) for k in ("error", "warning", "info")},
        "plan_findings": len(plan_findings),
    }
