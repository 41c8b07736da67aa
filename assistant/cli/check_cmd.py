"""`ehcp-assist check FILE`: SMART verdicts on JSONL statements or a Markdown/DOCX plan."""

from datetime import date
from pathlib import Path

import click

from ..errors import BadInput
from ..models import StatementContext
from ..checking import build_report
from ..plans import LineError, read_check_file
from ._group import cli
from ._output import echo_json


def _context(name: str | None, age: int | None, year_group: str | None,
             assessment_date: str | None) -> StatementContext:
    when: date | None = None
    if assessment_date is not None:
        try:
            when = date.fromisoformat(assessment_date)
        except ValueError as err:
            raise BadInput(f"--assessment-date {assessment_date!r} is not a date; write it as "
                           "YYYY-MM-DD, e.g. 2026-11-01.") from err
    return StatementContext(name=name, age=age, year_group=year_group, assessment_date=when)


def _bad_lines(errors: list[LineError]) -> BadInput:
    """The first bad line in full; the rest by number, so stderr stays one sentence."""
    first = errors[0].message
    if len(errors) == 1:
        return BadInput(first)
    others = [str(error.line) for error in errors[1:]]
    more = ", ".join(others[:10]) + (" …" if len(others) > 10 else "")
    also = f"line {more} is" if len(others) == 1 else f"lines {more} are"
    return BadInput(f"{first.removesuffix('.')} ({also} also unusable; the other lines were "
                    "checked).")


@cli.command("check")
@click.argument("file", type=click.Path(path_type=Path))  # we check it: BadInput names the fix
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: a table for people; json: the stable contract.")
@click.option("--name", help="The child's name, where the file does not give it.")
@click.option("--age", type=click.IntRange(0, 25), help="The child's age in years (0-25).")
@click.option("--year-group", help="School year as written, e.g. 'Year 4'.")
@click.option("--assessment-date", metavar="YYYY-MM-DD",
              help="Date of the assessment; 'by the end of the year' counts from it.")
def check(file: Path, fmt: str, name: str | None, age: int | None, year_group: str | None,
          assessment_date: str | None) -> None:
    """Check outcomes and provision against the SMART rules.

    FILE is JSONL statements (one {"id", "kind", "text", "context"} per line) or an EHC
    plan in Markdown (.md, .markdown, .txt) or Word (.docx), where Section E gives the
    outcomes and Sections F, G, H1 and H2 the provision.

    Example: ehcp-assist check examples/plan.md

    --format text prints a table per kind: each statement, a tick or cross per verdict and
    each finding with its fix, then plan-level findings and a summary line. --format json
    prints {"statements": [...], "summary": {...}}; plan-level findings are in
    summary.plan.findings. The --name/--age/--year-group/--assessment-date flags fill in
    what the file leaves out; what the file says wins. A bad JSONL line is named on stderr
    (exit 2) after the good lines are checked and printed.
    """
    defaults = _context(name, age, year_group, assessment_date)
    source = read_check_file(file, defaults)
    report = build_report(source)
    if fmt == "json":
        echo_json(report)
    else:
        from ._render import render_report

        render_report(report, source.plan)
    if source.errors:
        raise _bad_lines(source.errors)
