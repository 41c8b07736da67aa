"""The one rule table: `@rule` enters a rule into `RULES`, refusing bad or duplicate ids at import.

Statement rules take a `Statement` and yield `Hit`s; plan rules take a `Plan` and yield `Hit`s
that name the statements they are about. The checker (`_check.py`) turns hits into findings.
"""

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import ConfigDict

from assistant.models import VERDICTS_BY_KIND, Finding, Plan, Severity, Statement

RuleKind = Literal["outcome", "provision", "plan"]
RULE_ID = re.compile(r"^(OUT|PRV|PLN)\d{3}$")
_PREFIX_BY_KIND: dict[str, str] = {"outcome": "OUT", "provision": "PRV", "plan": "PLN"}
_SEVERITIES = ("error", "warning", "info")

F = TypeVar("F", bound=Callable[..., Iterable["Hit"]])


@dataclass(frozen=True, slots=True)
class Hit:
    """What one rule saw: where (character offsets into the text), what, and how to fix it."""

    span: tuple[int, int] | None
    message: str
    fix: str
    statement_ids: tuple[str, ...] = ()
    """For plan rules: the statements the finding is about (empty for statement rules)."""


class PlanFinding(Finding):
    """A plan-level finding, which also names the statements it is about."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statement_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of the rule table; `doc` is the user documentation (What / Why / Example …)."""

    id: str
    kind: RuleKind
    dimension: str
    severity: Severity
    source: str
    doc: str
    func: Callable[[Any], Iterable[Hit]]

    @property
    def name(self) -> str:
        return self.func.__name__

    @property
    def summary(self) -> str:
        """The first line of the module docstring, else the rule's function name."""
        module = sys.modules.get(self.func.__module__)
        first = ((module.__doc__ if module else None) or "").strip().splitlines()
        return first[0].removeprefix(f"{self.id}:").strip() if first else self.name

    def hits(self, target: Statement | Plan) -> list[Hit]:
        return list(self.func(target))

    def finding(self, hit: Hit) -> Finding:
        fields = dict(rule=self.id, dimension=self.dimension, severity=self.severity,
                      message=hit.message, fix=hit.fix, source=self.source)
        if self.kind == "plan":
            return PlanFinding(**fields, statement_ids=hit.statement_ids)
        return Finding(**fields)


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    *,
    kind: RuleKind,
    dimension: str,
    severity: Severity,
    source: str,
) -> Callable[[F], F]:
    """Register a rule; an `error` statement rule must inform one of its kind's verdicts."""
    if not RULE_ID.match(id):
        raise ValueError(f"Rule id {id!r} is malformed; use OUT, PRV or PLN and three digits.")
    if not id.startswith(_PREFIX_BY_KIND.get(kind, "?")):
        raise ValueError(f"Rule {id} has kind {kind!r}; its id must start with "
                         f"{_PREFIX_BY_KIND.get(kind, 'OUT, PRV or PLN')}.")
    if id in RULES:
        raise ValueError(f"Rule id {id} is already registered by {RULES[id].func.__module__}; "
                         "pick the next free id.")
    if severity not in _SEVERITIES:
        raise ValueError(f"Rule {id}: severity {severity!r}; use error, warning or info.")
    if kind != "plan" and severity == "error" and dimension not in VERDICTS_BY_KIND[kind]:
        raise ValueError(f"Rule {id}: an error must inform a {kind} verdict "
                         f"({', '.join(VERDICTS_BY_KIND[kind])}), not {dimension!r}.")
    if not source.strip():
        raise ValueError(f"Rule {id}: give the Code paragraph or guidance it rests on.")

    def register(func: F) -> F:
        RULES[id] = Rule(id=id, kind=kind, dimension=dimension, severity=severity,
                         source=source, doc=func.__doc__ or "", func=func)
        return func

    return register


def subject_of(statement: Statement) -> str:
    """The child as the author would name them in a message: their name, else 'the child'."""
    return statement.context.name or "the child"
