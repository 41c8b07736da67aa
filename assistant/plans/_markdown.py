"""Markdown or plain-text plan -> blocks: headings, bold lines, bullets, paragraphs, pipe tables."""

import html
import re

from ._blocks import Block, Cell, clean

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_].*?)\1\s*:?\s*$")
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*+•▪◦‣–]|\d{1,3}[.)]|\(?[a-z]\)|"
                     r"\(?[ivx]{1,4}\))\s+(?P<text>\S.*)$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_BREAK = re.compile(r"<br\s*/?>|</?(?:p|ul|ol|div)\b[^>]*>|</li>", re.I)
_LIST_ITEM = re.compile(r"<li\b[^>]*>\s*(?:[•✓▪◦-]\s*)?", re.I)
_TAG = re.compile(r"<[^>]+>")
_ENDS_SENTENCE = (".", ":", "!", "?", ";")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _cell(raw: str) -> Cell:
    """A pipe-table cell; '<br>', '<p>' and '<li>' separate its lines, as converters write them."""
    lines: list[tuple[str, bool]] = []
    raw = _LIST_ITEM.sub("\n- ", raw)
    for part in _BREAK.sub("\n", raw).split("\n"):
        part = html.unescape(_TAG.sub("", part))
        bullet = _BULLET.match(part)
        text = clean(bullet["text"] if bullet else part)
        if text:
            lines.append((text, bullet is not None))
    return Cell(tuple(lines))


def _is_wrapped(previous: str) -> bool:
    """A long line that stops mid-sentence was wrapped by an editor; a short one stands alone."""
    return len(previous.rstrip()) >= 60 and not previous.rstrip().endswith(_ENDS_SENTENCE)


def markdown_blocks(text: str) -> list[Block]:
    """Read Markdown line by line; a wrapped line joins the paragraph or bullet above it."""
    lines = text.splitlines()
    blocks: list[Block] = []
    open_block: Block | None = None  # the paragraph or bullet that a wrapped line may continue
    index = 0
    while index < len(lines):
        raw, number = lines[index], index + 1
        index += 1
        if not raw.strip():
            open_block = None
            continue
        if _TABLE_ROW.match(raw):
            rows: list[tuple[Cell, ...]] = []
            row_lines: list[int] = []
            table_lines = [(number, raw)]
            while index < len(lines) and _TABLE_ROW.match(lines[index]):
                table_lines.append((index + 1, lines[index]))
                index += 1
            for row_number, row in table_lines:
                if not _TABLE_RULE.match(row):
                    rows.append(tuple(_cell(c) for c in _cells(row)))
                    row_lines.append(row_number)
            blocks.append(Block("table", line=number, rows=tuple(rows),
                                row_lines=tuple(row_lines)))
            open_block = None
            continue
        if open_block is not None and open_block.kind == "para" and _SETEXT.match(raw):
            blocks[-1] = Block("heading", open_block.text, open_block.line, 1 if "=" in raw else 2)
            open_block = None
            continue
        if heading := _ATX.match(raw):
            blocks.append(Block("heading", clean(heading[2]), number, len(heading[1])))
            open_block = None
            continue
        if bold := _BOLD_LINE.match(raw):
            blocks.append(Block("heading", clean(bold["text"]), number, 7))
            open_block = None
            continue
        if bullet := _BULLET.match(raw):
            depth = len(bullet["indent"].expandtabs(4)) // 2
            open_block = Block("bullet", clean(bullet["text"]), number, depth)
            blocks.append(open_block)
            continue
        continues = open_block is not None and (
            raw[:1].isspace() and open_block.kind == "bullet"
            or open_block.kind == "para" and _is_wrapped(lines[index - 2]))
        if continues and open_block is not None:
            open_block = Block(open_block.kind, f"{open_block.text} {clean(raw)}",
                               open_block.line, open_block.level)
            blocks[-1] = open_block
            continue
        open_block = Block("para", clean(raw), number)
        blocks.append(open_block)
    return blocks
