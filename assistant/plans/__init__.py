"""Read what `check` is given: JSONL statements, or an EHC plan in Markdown, text or DOCX.

    from assistant.plans import read_plan
    plan = read_plan(Path("plan.docx"))   # Section E outcomes, F-H provision, areas, name, age
"""

from ._assemble import join_lead_in
from ._blocks import Block, Cell
from ._docx import docx_blocks
from ._jsonl import MAX_STATEMENT_CHARS, LineError, merge_context, read_statements, too_long
from ._markdown import markdown_blocks
from ._source import (
    ACCEPTED,
    MAX_BYTES,
    CheckInput,
    decode_text,
    open_checked,
    parse_markdown_plan,
    plan_from_blocks,
    read_check_file,
    read_plan,
    without_overlong,
)


__all__ = [
    "ACCEPTED",
    "MAX_BYTES",
    "MAX_STATEMENT_CHARS",
    "Block",
    "Cell",
    "CheckInput",
    "LineError",
    "decode_text",
    "docx_blocks",
    "join_lead_in",
    "markdown_blocks",
    "merge_context",
    "open_checked",
    "parse_markdown_plan",
    "plan_from_blocks",
    "read_check_file",
    "read_plan",
    "read_statements",
    "too_long",
    "without_overlong",
]
