"""The rule table refuses ids and declarations that would make findings ambiguous."""

from collections.abc import Iterator

import pytest

from assistant.models import Plan, Statement
from assistant.validators import RULES, Hit, PlanFinding, rule


def _never(statement: Statement) -> Iterator[Hit]:
    """## What it does\nNothing."""
    yield from ()


@pytest.mark.parametrize("bad_id", ["OUT1", "out010", "XYZ001", "OUT0100", "PRV-01", ""])
def test_malformed_id_is_rejected(bad_id: str) -> None:
    with pytest.raises(ValueError, match="malformed"):
        rule(bad_id, kind="outcome", dimension="measurable", severity="error", source="9.66")


def test_duplicate_id_is_rejected_and_names_the_first_owner() -> None:
    taken = sorted(RULES)[0]
    kind = RULES[taken].kind
    with pytest.raises(ValueError, match="already registered"):
        rule(taken, kind=kind, dimension=RULES[taken].dimension, severity="info", source="9.66")


def test_id_prefix_must_match_kind() -> None:
    with pytest.raises(ValueError, match="must start with PRV"):
        rule("OUT998", kind="provision", dimension="quantified", severity="error", source="9.69")


def test_error_must_inform_a_verdict_of_its_kind() -> None:
    with pytest.raises(ValueError, match="must inform a provision verdict"):
        rule("PRV998", kind="provision", dimension="measurable", severity="error", source="9.69")


def test_registering_adds_to_the_table_with_its_doc() -> None:
    try:
        rule("OUT997", kind="outcome", dimension="family_wording", severity="info",
             source="9.61")(_never)
        assert RULES["OUT997"].doc.startswith("## What it does")
        assert RULES["OUT997"].name == "_never"
    finally:
        RULES.pop("OUT997", None)


def test_plan_hit_becomes_a_finding_that_names_its_statements() -> None:
    def _plan_rule(plan: Plan) -> Iterator[Hit]:
        yield Hit(span=None, message="m", fix="f", statement_ids=("o1", "o2"))

    try:
        rule("PLN997", kind="plan", dimension="golden_thread", severity="error",
             source="9.69")(_plan_rule)
        finding = RULES["PLN997"].finding(RULES["PLN997"].hits(Plan())[0])
        assert isinstance(finding, PlanFinding)
        assert finding.statement_ids == ("o1", "o2")
        assert finding.model_dump()["rule"] == "PLN997"
    finally:
        RULES.pop("PLN997", None)


def test_every_registered_id_is_well_formed_and_matches_its_kind() -> None:
    prefix = {"outcome": "OUT", "provision": "PRV", "plan": "PLN"}
    for rule_id, entry in RULES.items():
        assert rule_id == entry.id and rule_id.startswith(prefix[entry.kind])


def test_rule_reference_documents_every_rule_once() -> None:
    from assistant.validators import rule_reference

    reference = rule_reference()
    for rule_id, entry in RULES.items():
        assert reference.count(f"### {rule_id}:") == 1
        assert f"| {rule_id} | {entry.kind} | {entry.dimension} | {entry.severity} |" in reference
    assert "#### Why is this bad?" in reference
