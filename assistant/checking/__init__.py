"""Check what a user hands in (JSONL statements or a plan) and build the check report.

Shared by the CLI and the app, which are siblings: it sits above plans/ and validators/.
"""

from ..models import CheckReport, Finding, Plan
from ..plans import CheckInput
from ..validators import check_plan, check_statements, summarise


def _plan_summary(plan: Plan, findings: list[Finding]) -> dict[str, object]:
    """Where each statement sat in the plan, and the plan-level findings (PLN rules)."""
    return {
        "title": plan.title,
        "context": plan.context.model_dump(mode="json"),
        "items": [{"id": item.statement.id, "section": item.section, "area": item.area,
                   "line": item.line} for item in [*plan.outcomes, *plan.provision]],
        "findings": [finding.model_dump(mode="json") for finding in findings],
    }


def build_report(source: CheckInput) -> CheckReport:
    """Check the statements or the plan; the JSON contract's two keys, statements and summary."""
    if source.plan is None:
        checked, plan_findings = check_statements(source.statements), []
    else:
        checked, plan_findings = check_plan(source.plan)
    summary = summarise(checked, plan_findings)
    if source.plan is not None:
        summary["plan"] = _plan_summary(source.plan, plan_findings)
    if source.errors:
        summary["input_errors"] = [str(error) for error in source.errors]
    return CheckReport(statements=checked, summary=summary)


__all__ = ["build_report"]
