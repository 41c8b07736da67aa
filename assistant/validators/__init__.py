"""Deterministic SMART checks: one small rule per id, registered in `RULES`.

    from assistant.validators import check_statement
    check_statement(statement).verdicts   # {"time_bound": True, "measurable": False, ...}
"""

from . import rules as _rules  # noqa: F401  (importing the package registers every rule)
from ._check import check_plan, check_statement, check_statements, summarise, verdicts_from
from ._reference import rule_reference
from ._registry import RULES, Hit, PlanFinding, Rule, RuleKind, rule, subject_of

__all__ = [
    "RULES",
    "Hit",
    "PlanFinding",
    "Rule",
    "RuleKind",
    "check_plan",
    "check_statement",
    "check_statements",
    "rule",
    "rule_reference",
    "subject_of",
    "summarise",
    "verdicts_from",
]
