"""Open what the user passed to `check`: refuse it in one sentence, or read it as text or DOCX."""

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import BadInput
from assistant.models import Plan, PlanItem, Statement, StatementContext

from ._assemble import assemble
from ._blocks import Block
from ._context import context_from
from ._docx import docx_blocks
from ._jsonl import MAX_STATEMENT_CHARS, LineError, merge_context, read_statements, too_long
from ._markdown import markdown_blocks

MAX_BYTES = 10 * 1024 * 1024
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_PLAN_SUFFIXES = (".md", ".markdown", ".txt")
DOCX_SUFFIXES = (".docx",)
ACCEPTED = ".jsonl (statements), or .md, .markdown, .txt or .docx (a plan)"


@dataclass(frozen=True)
class CheckInput:
    """What `check` will run on: JSONL statements, or a plan; and any bad lines, named."""

    statements: list[Statement]
    plan: Plan | None = None
    errors: list[LineError] = field(default_factory=list)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def open_checked(path: Path) -> bytes:
    """The file's bytes, once it is known to be one readable file of a kind we accept."""
    if not path.exists():
        raise BadInput(f"{path} does not exist; check the path, and pass a file ending in "
                       f"{ACCEPTED}.")
    if path.is_dir():
        raise BadInput(f"{path} is a folder; pass one file inside it ending in {ACCEPTED}.")
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES + TEXT_PLAN_SUFFIXES + DOCX_SUFFIXES:
        what = f"the extension '{path.suffix}'" if path.suffix else "no extension"
        raise BadInput(f"{path.name} has {what}; check accepts {ACCEPTED}.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BadInput(f"{path.name} is {_size(size)}, over the 10 MB limit; split it into "
                       "smaller files and check each one.")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise BadInput(f"Cannot read {path}: {err.strerror}; check its permissions.") from err
    if not raw.strip():
        raise BadInput(f"{path.name} is empty; add one JSON statement per line, or the plan's "
                       "Section E and F.")
    return raw


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8, with or without a byte-order mark; anything else gets a sentence naming the fix."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInput(f"{name} is UTF-16, not UTF-8; re-save it as UTF-8 (in Notepad: Save As, "
                       "Encoding: UTF-8).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(f"{name} is not UTF-8 (byte 0x{raw[err.start]:02x} at position "
                       f"{err.start} cannot be read); re-save it as UTF-8.") from err
    if "\x00" in text:
        raise BadInput(f"{name} holds binary data (NUL bytes), not text; give the statements as "
                       "JSONL or the plan as Markdown, text or Word (.docx).")
    if not text.strip():
        raise BadInput(f"{name} holds only whitespace; add one JSON statement per line, or the "
                       "plan's Section E and F.")
    return text


def plan_from_blocks(blocks: list[Block], name: str, defaults: StatementContext,
                     require_section_e: bool) -> Plan:
    """Assemble a plan, refusing a file in which no outcome or provision could be found."""
    context = merge_context(context_from(blocks), defaults)
    plan, seen = assemble(blocks, context)
    looked_for = ("a heading such as 'Section E: Outcomes' (Markdown heading, Word Heading style "
                  "or bold line) or a table with an 'Outcomes' column")
    if require_section_e and "E" not in seen:
        raise BadInput(f"{name} has no Section E; looked for {looked_for}. Add one, or save the "
                       "plan as Markdown and mark the section.")
    if not plan.outcomes and not plan.provision:
        raise BadInput(f"{name} has no outcomes or provision to check; looked for {looked_for}, "
                       "and Section F, G or H provision.")
    return plan


def read_plan(path: Path, defaults: StatementContext | None = None) -> Plan:
    """A Markdown, text or DOCX plan; the plan's own 'Name:'/'Age:' win over `defaults`."""
    raw = open_checked(path)
    defaults = defaults or StatementContext()
    if path.suffix.lower() in DOCX_SUFFIXES:
        return plan_from_blocks(docx_blocks(path), path.name, defaults, require_section_e=True)
    if path.suffix.lower() not in TEXT_PLAN_SUFFIXES:
        raise BadInput(f"{path.name} is not a plan; pass a .md, .markdown, .txt or .docx file.")
    blocks = markdown_blocks(decode_text(raw, path.name))
    return plan_from_blocks(blocks, path.name, defaults, require_section_e=False)


def without_overlong(plan: Plan, name: str) -> tuple[Plan, list[LineError]]:
    """The plan less any statement no plan would hold, each named; the rest is still checked."""
    errors: list[LineError] = []

    def kept(items: list[PlanItem]) -> list[PlanItem]:
        out = []
        for item in items:
            if len(item.statement.text) <= MAX_STATEMENT_CHARS:
                out.append(item)
                continue
            where = f"line {item.line}" if item.line else f"statement {item.statement.id}"
            errors.append(LineError(item.line or 0, f"{name}, {where}: "
                                    f"{too_long(len(item.statement.text))}."))
        return out

    trimmed = plan.model_copy(update={"outcomes": kept(plan.outcomes),
                                      "provision": kept(plan.provision)})
    return trimmed, errors


def read_check_file(path: Path, defaults: StatementContext | None = None) -> CheckInput:
    """JSONL statements (bad lines named in `errors`) or a plan; BadInput when nothing is usable."""
    defaults = defaults or StatementContext()
    if path.suffix.lower() not in JSONL_SUFFIXES:
        plan, errors = without_overlong(read_plan(path, defaults), path.name)
        return CheckInput(statements=[], plan=plan, errors=errors)
    text = decode_text(open_checked(path), path.name)
    statements, errors = read_statements(text, path.name, defaults)
    return CheckInput(statements=statements, errors=errors)


def parse_markdown_plan(text: str, name: str = "plan.md",
                        defaults: StatementContext | None = None) -> Plan:
    """A plan from Markdown text already in memory (the app's text box, tests)."""
    return plan_from_blocks(markdown_blocks(text), name, defaults or StatementContext(),
                            require_section_e=False)
