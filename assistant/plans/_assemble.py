"""Blocks -> Plan: follow the section and area headings and split bullets into statements."""

import re
from dataclasses import dataclass, field

from assistant.models import Plan, PlanItem, Statement, StatementContext, StatementKind

from ._blocks import Block, Cell
from ._headings import KIND_BY_SECTION, is_lead_in, kind_label, looks_like_area, section_of
from ._tables import is_header_row, row_items

_NOTHING = re.compile(r"^(n/?a|none|nil|not applicable|none (identified|at (this|present)( time)?))"
                      r"\.?$", re.I)
_END_OF_SECTIONS = re.compile(r"^(appendix|annex|signed|signature|agreed by)\b", re.I)
# 'How often: weekly' under a provision item belongs to it, not a statement of its own.
_DETAIL = re.compile(r"^(frequency|how often|duration|how long|who|delivered by|by whom|staffing|"
                     r"group size|ratio|when|where|review(ed)?( by| date)?|hours)\s*:\s*\S", re.I)
_CONTINUES = re.compile(r"\b(will|to|can|be able to)$", re.I)


def join_lead_in(lead: str, text: str) -> str:
    """'By the age of 14, Amil will:' + 'Play with friends' -> one outcome sentence."""
    lead = lead.rstrip().rstrip(":").rstrip()
    text = text.rstrip(" ;,").removesuffix(" and").removesuffix(" or").rstrip(" ;,")
    if _CONTINUES.search(lead):
        if len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        return f"{lead} {text}"
    return f"{lead}, {text}"


@dataclass
class _Builder:
    """Where the reader is: section, area, an 'Outcome:'/'Provision:' label, open lead-ins."""

    section: str | None = None
    section_level: int = 8
    area: str | None = None
    label: StatementKind | None = None
    leads: list[tuple[int, str]] = field(default_factory=list)  # (bullet depth, lead-in)
    context: StatementContext = field(default_factory=StatementContext)
    seen: set[str] = field(default_factory=set)
    items: list[PlanItem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def open_section(self, letter: str | None, level: int = 8) -> None:
        self.section, self.area, self.label, self.leads = letter, None, None, []
        self.section_level = level
        if letter is not None:
            self.seen.add(letter)

    def closes_section(self, heading: Block) -> bool:
        """A heading as high as the section's own ('# Appendix 1') ends the section."""
        if _END_OF_SECTIONS.match(heading.text):
            return True
        return self.section_level <= 6 and heading.level <= self.section_level

    def add_detail(self, text: str) -> bool:
        """Append 'How often: weekly' to the provision item just read; False if there is none."""
        if not self.items or self.items[-1].statement.kind != "provision":
            return False
        last = self.items[-1]
        statement = last.statement.model_copy(
            update={"text": f"{last.statement.text.rstrip()} ({text.rstrip('.')})"})
        self.items[-1] = last.model_copy(update={"statement": statement})
        return True

    def add(self, text: str, kind: StatementKind, section: str, area: str | None,
            line: int | None) -> None:
        if not text or _NOTHING.match(text):
            return
        self.counts[section] = self.counts.get(section, 0) + 1
        statement = Statement(id=f"{section}.{self.counts[section]}", kind=kind, text=text,
                              context=self.context)
        self.items.append(PlanItem(statement=statement, section=section, area=area, line=line))


def _provision_section(section: str | None, column: str) -> str:
    if re.search(r"\bSections?\s+F\b", column) or re.search(r"educational", column, re.I):
        return section if section in ("F", "G", "H1", "H2") else "F"
    if re.search(r"health", column, re.I):
        return "G"
    if re.search(r"social care", column, re.I):
        return "H2"
    return section if section in ("F", "G", "H1", "H2") else "F"


def _cell_statements(builder: _Builder, lines: tuple[tuple[str, bool], ...],
                     line: int | None) -> None:
    """A one-cell row inside a section: its lines are statements of the section's kind."""
    section = builder.section or "E"
    lead: str | None = None
    for text, is_bullet in lines:
        if not is_bullet and is_lead_in(text):
            lead = text
            continue
        text = join_lead_in(lead, text) if lead and is_bullet else text
        builder.add(text, KIND_BY_SECTION[section], section, builder.area, line)


def _table(builder: _Builder, block: Block) -> None:
    """Walk the rows: a one-cell row may open a section or an area; a header row names columns.

    Many local authority templates are one long table, with a merged row per section.
    """
    header: tuple[Cell, ...] | None = None
    for number, row in enumerate(block.rows):
        line = block.row_lines[number] if number < len(block.row_lines) else block.line
        cells = [cell for cell in row if cell.lines]
        if len(cells) == 1 and (len(row) == 1 or not is_header_row(row)):
            text = cells[0].text
            if (letter := section_of(text, is_heading=True, level=2)) is not None:
                builder.open_section(letter)
                header = None
            elif builder.section in KIND_BY_SECTION and header is None:
                if len(cells[0].lines) == 1 and (looks_like_area(text) or len(text.split()) <= 6
                                                 and " will " not in f" {text} "):
                    builder.area = text.rstrip(":").strip()
                else:
                    _cell_statements(builder, cells[0].lines, line)
            continue
        if is_header_row(row):
            header = row
            continue
        if header is None:
            continue
        for item in row_items(header, row, number, builder.area):
            if item.kind == "outcome":
                section = "E"
                builder.seen.add("E")
            else:
                section = _provision_section(builder.section, item.column)
            text = join_lead_in(item.lead_in, item.text) if item.lead_in else item.text
            builder.add(text, item.kind, section, item.area, line)


def assemble(blocks: list[Block], context: StatementContext) -> tuple[Plan, set[str]]:
    """The plan and the section letters found (the caller decides whether E is required)."""
    builder = _Builder(context=context)
    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "table":
            _table(builder, block)
            continue
        is_heading = block.kind == "heading"
        if block.kind != "bullet":
            level = block.level if is_heading else 8
            if (letter := section_of(block.text, is_heading=is_heading, level=level)) is not None:
                builder.open_section(letter, level)
                continue
            if is_heading and builder.closes_section(block):
                builder.open_section(None)
                continue
        if builder.section not in KIND_BY_SECTION:
            continue
        section = builder.section
        text = block.text
        if (label := kind_label(text)) is not None:
            builder.label, text = label
            if not text:
                continue
        elif is_heading or block.kind == "para" and looks_like_area(text):
            builder.area, builder.label, builder.leads = text.rstrip(":").strip(), None, []
            continue
        if not is_heading and _DETAIL.match(text) and builder.add_detail(text):
            continue
        depth = block.level if block.kind == "bullet" else -1
        builder.leads = [(d, lead) for d, lead in builder.leads if d < depth]
        if block.kind == "para":
            builder.leads = []
        if following is not None and following.kind == "bullet" and is_lead_in(text) and (
                block.kind == "para" or following.level > block.level):
            builder.leads.append((depth, text))
            continue
        for _, lead in reversed(builder.leads):
            text = join_lead_in(lead, text)
        kind = builder.label or KIND_BY_SECTION[section]
        builder.add(text, kind, section, builder.area, block.line)
    outcomes = [item for item in builder.items if item.statement.kind == "outcome"]
    provision = [item for item in builder.items if item.statement.kind == "provision"]
    return Plan(title=title, context=context, outcomes=outcomes, provision=provision), builder.seen
