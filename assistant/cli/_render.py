"""Rich text for people: a table per kind, a tick or cross per verdict, each finding with its fix.

Colour only on a terminal (rich drops it when piped), and the tables fit 100 columns.
"""

from collections.abc import Sequence

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..models import CheckedStatement, CheckReport, Finding, Plan

VERDICT_LABELS: dict[str, str] = {
    "time_bound": "time-bound",
    "measurable": "measurable",
    "specific": "specific",
    "outcome_not_provision": "outcome, not provision",
    "person_centred": "person-centred",
    "quantified": "quantified",
    "who_specified": "says who",
    "no_vague_terms": "no vague terms",
}
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "blue"}
_TITLES = {"outcome": "Outcomes", "provision": "Provision"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def findings_grid(findings: Sequence[Finding]) -> Table:
    """One row per finding: '✗ OUT002' beside the message, the fix indented under it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for finding in findings:
        style = SEVERITY_STYLE.get(finding.severity, "")
        mark = {"error": "✗", "warning": "!"}.get(finding.severity, "i")
        body = Text()
        body.append(f"{finding.severity}: ", style=style)
        body.append(finding.message + "\n")
        body.append("fix: ", style="bold")
        body.append(finding.fix)
        grid.add_row(Text(f"{mark} {finding.rule}", style=f"bold {style}"), body)
    return grid


def verdict_text(verdicts: dict[str, bool]) -> Text:
    text = Text()
    for index, (verdict, ok) in enumerate(verdicts.items()):
        if index:
            text.append("\n")
        text.append("✓ " if ok else "✗ ", style="green" if ok else "bold red")
        text.append(VERDICT_LABELS.get(verdict, verdict.replace("_", " ")))
    return text


def statements_table(kind: str, items: Sequence[CheckedStatement],
                     areas: dict[str, str]) -> Table:
    table = Table(title=_TITLES.get(kind, kind), title_justify="left", title_style="bold",
                  show_lines=True, expand=True, header_style="bold")
    table.add_column("id", no_wrap=True, max_width=8)
    table.add_column("statement and findings", ratio=1)
    table.add_column("verdicts", no_wrap=True, width=24)
    for item in items:
        parts: list[Text | Table] = []
        if item.id in areas:
            parts.append(Text(areas[item.id], style="italic cyan"))
        parts.append(Text(item.text))
        if item.findings:
            parts.append(findings_grid(item.findings))
        table.add_row(item.id, Group(*parts), verdict_text(item.verdicts))
    return table


def summary_line(report: CheckReport) -> Text:
    summary = report.summary
    total = len(report.statements)
    passed = sum(all(item.verdicts.values()) for item in report.statements)
    severity = summary.get("by_severity", {})
    counts = severity if isinstance(severity, dict) else {}
    text = Text()
    text.append(f"{_plural(total, 'statement')} checked: ", style="bold")
    text.append(f"{passed} meet every check", style="green")
    text.append(", ")
    text.append(f"{total - passed} need work", style="red" if total - passed else "green")
    text.append(f". Findings: {_plural(counts.get('error', 0), 'error')}, "
                f"{_plural(counts.get('warning', 0), 'warning')}, {counts.get('info', 0)} info")
    plan_findings = summary.get("plan_findings", 0)
    if plan_findings:
        text.append(f" ({plan_findings} about the plan as a whole)")
    text.append(".")
    return text


def render_report(report: CheckReport, plan: Plan | None = None,
                  console: Console | None = None) -> None:
    """Print the report for a person; `plan` adds area headings and plan-level findings."""
    console = console or Console(highlight=False)
    areas: dict[str, str] = {}
    plan_findings: list[Finding] = []
    if plan is not None:
        if plan.title:
            console.print(Text(plan.title, style="bold"))
        for item in [*plan.outcomes, *plan.provision]:
            where = [f"Section {item.section}"] + ([item.area] if item.area else [])
            where += [f"line {item.line}"] if item.line else []
            areas[item.statement.id] = " · ".join(where)
        plan_summary = report.summary.get("plan")
        raw = plan_summary.get("findings", []) if isinstance(plan_summary, dict) else []
        plan_findings = [Finding.model_validate(
            {k: v for k, v in f.items() if k != "statement_ids"}) for f in raw]
    if not report.statements:
        console.print("No statements were checked.")
    for kind in ("outcome", "provision"):
        items = [item for item in report.statements if item.kind == kind]
        if items:
            console.print(statements_table(kind, items, areas))
    if plan_findings:
        console.print(Text("The plan as a whole", style="bold"))
        console.print(findings_grid(plan_findings))
    console.print(summary_line(report))
