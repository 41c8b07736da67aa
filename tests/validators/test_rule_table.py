"""Every rule is documented, has fixtures that fire and stay quiet, and a reviewed snapshot."""

import pytest

from assistant.validators import RULES

from ._cases import Snapshot, load_cases, render_findings, run_rule

HEADINGS = ("What it does", "Why is this bad?", "Example", "Use instead", "References")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_is_documented_and_fixtures_hold(rule_id: str, snapshot: Snapshot) -> None:
    rule = RULES[rule_id]
    for heading in HEADINGS:
        assert f"## {heading}" in rule.doc, f"{rule_id}: docstring lacks '{heading}'"
    assert rule.source.strip(), f"{rule_id}: no source"
    cases = load_cases(rule_id)
    assert {c.fires for c in cases} == {True, False}, f"{rule_id}: needs both kinds of fixture"
    for case in cases:
        fired = bool(run_rule(rule_id, case.target))
        assert fired is case.fires, f"{rule_id} line {case.line}: {case.label!r}"
    snapshot.assert_match(render_findings(rule_id, cases), f"{rule_id}.txt")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_findings_name_the_rule_and_its_source(rule_id: str) -> None:
    rule = RULES[rule_id]
    for case in load_cases(rule_id):
        for finding in run_rule(rule_id, case.target):
            assert (finding.rule, finding.dimension, finding.severity, finding.source) == (
                rule.id, rule.dimension, rule.severity, rule.source)
            assert finding.message.strip() and finding.fix.strip()
