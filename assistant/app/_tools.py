"""The other tabs: Section E from advice, the plan checker and Code search."""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import BadInput
from ..models import AdviceRequest, AdviceText, Child, CheckReport, Draft, Statement
from ..models import StatementContext
from ._chat import write_downloads
from ._context import AppContext
from ._intake import MAX_MESSAGE_CHARS
from ._render import search_markdown

MAX_PASTE_CHARS = 500_000
INDEX_WAIT_S = 300.0
"""A search waits this long for the first-run index; drafting never waits (no citations yet)."""
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
_PROVISION_WORDS = re.compile(
    r"\b(?:therap(?:y|ist)|sessions?|support|programme|group|access to|teaching assistant|"
    r"TA|deliver(?:ed|s)?|provided|weekly|daily|times? a (?:week|day|term)|minutes?|hours?|"
    r"1:1|one-to-one|staff|will (?:have|receive|be given|be offered)|equipment|review)\b",
    re.IGNORECASE)
_OUTCOME_START = re.compile(r"^\s*(?:by\b|within\b|at the end of\b|in \d|before\b)",
                            re.IGNORECASE)


def _lines(text: str) -> list[str]:
    return [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", line).strip()
            for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class SectionE:
    markdown: str
    draft: Draft
    files: list[str]


def read_age(age: str | float | None) -> int | None:
    """A form's age box: blank is unknown; anything else must be whole years from 0 to 25."""
    if age is None or not str(age).strip():
        return None
    try:
        years = float(str(age).strip().split()[0])
    except ValueError as err:
        raise BadInput(f"Age '{str(age)[:20]}' is not a number; write it in whole years, "
                       "e.g. 9.") from err
    if not years.is_integer() or not 0 <= years <= 25:
        raise BadInput(f"Age {str(age).strip()[:20]} is not whole years from 0 to 25, the ages "
                       "an EHC plan covers.")
    return int(years)


def section_e(ctx: AppContext, name: str, age: str | float | None, year_group: str,
              assessment_date: str, outcomes_sought: str, aspirations: str,
              advice: list[tuple[str, str]]) -> SectionE:
    """Section E wording merged from each professional's advice and the family's outcomes."""
    from ..export import section_e_markdown

    texts = [AdviceText(professional_role=role.strip() or "professional", text=text.strip())
             for role, text in advice if text and text.strip()]
    if not texts:
        raise BadInput("Add at least one professional's advice (its text and role) to draft "
                       "Section E from.")
    total = sum(len(t.text) for t in texts) + len(outcomes_sought) + len(aspirations)
    if total > MAX_PASTE_CHARS:
        raise BadInput(f"The advice adds up to {total:,} characters, over {MAX_PASTE_CHARS:,}; "
                       "paste each report's recommendations and summary only.")
    when = date.today()
    if assessment_date and assessment_date.strip():
        try:
            when = date.fromisoformat(assessment_date.strip())
        except ValueError as err:
            raise BadInput(f"The assessment date '{assessment_date[:40]}' is not a date; write "
                           "it as YYYY-MM-DD, e.g. 2026-11-02.") from err
    whole_age = read_age(age)
    request = AdviceRequest(
        child=Child(name=name or None, age=whole_age, year_group=year_group or None),
        assessment_date=when, outcomes_sought=_lines(outcomes_sought),
        aspirations=_lines(aspirations), advice=texts,
        notes="\n\n".join(t.text for t in texts))
    draft = ctx.section_e(request)
    return SectionE(markdown=section_e_markdown(draft), draft=draft,
                    files=write_downloads(draft, ctx.downloads, section_e=True))


def _kind(line: str, how: str) -> str:
    if how in ("outcome", "provision"):
        return how
    if _OUTCOME_START.match(line):
        return "outcome"
    return "provision" if _PROVISION_WORDS.search(line) else "outcome"


def check_text(text: str, how: str, context: StatementContext) -> CheckReport:
    """A pasted plan (with Section E/F headings) or pasted statements, one per line."""
    from ..checking import build_report
    from ..plans import (MAX_STATEMENT_CHARS, CheckInput, LineError, parse_markdown_plan,
                         too_long, without_overlong)

    if not text.strip():
        raise BadInput("Paste a plan or some outcome and provision statements, or upload a "
                       "file, then press Check.")
    if len(text) > MAX_PASTE_CHARS:
        raise BadInput(f"The pasted text is {len(text):,} characters, over {MAX_PASTE_CHARS:,}; "
                       "upload the plan as a file instead.")
    if "\x00" in text:
        raise BadInput("The pasted text holds binary data; copy the plan as plain text.")
    if how == "auto":
        try:
            plan, overlong = without_overlong(parse_markdown_plan(text, "pasted plan", context),
                                              "pasted plan")
            return build_report(CheckInput(statements=[], plan=plan, errors=overlong))
        except BadInput:
            pass  # no plan headings: each line is a statement
    statements: list[Statement] = []
    errors: list[LineError] = []
    for n, line in enumerate(_lines(text), 1):
        if len(line) > MAX_STATEMENT_CHARS:
            errors.append(LineError(n, f"Pasted statement {n}: {too_long(len(line))}."))
            continue
        statements.append(Statement(id=f"S{n}", kind=_kind(line, how),  # type: ignore[arg-type]
                                    text=line, context=context))
    if not statements:
        raise BadInput(str(errors[0]))
    return build_report(CheckInput(statements=statements, errors=errors))


def check_upload(path: str, context: StatementContext) -> CheckReport:
    """An uploaded .jsonl, .md, .txt or .docx; binary or oversized files get one sentence."""
    from ..checking import build_report
    from ..plans import read_check_file

    file = Path(path)
    if file.stat().st_size > MAX_UPLOAD_BYTES:
        raise BadInput(f"{file.name} is over 10 MB; split the plan and check each part.")
    if file.suffix.lower() == ".docx":
        import zipfile

        if not zipfile.is_zipfile(file):
            raise BadInput(f"{file.name} is not a Word document (it could not be opened); save it "
                           "again from Word as .docx.")
    source = read_check_file(file, context)
    if not source.statements and source.plan is None and source.errors:
        raise BadInput(str(source.errors[0]))  # nothing usable: say why in one sentence
    return build_report(source)


def search(ctx: AppContext, query: str, k: int = 5) -> str:
    if not query or not query.strip():
        raise BadInput("Type what you are looking for, e.g. 'SMART outcomes' or 'provision must "
                       "be specific'.")
    if len(query) > MAX_MESSAGE_CHARS // 10:
        raise BadInput("That search is very long; use a few words or a sentence.")
    ctx.index.wait(INDEX_WAIT_S)
    hits = ctx.index.search(query.strip(), k=max(1, min(int(k), 20)))
    return search_markdown(query, hits, ctx.index.has_code())


__all__ = ["SectionE", "check_text", "check_upload", "read_age", "search", "section_e"]
