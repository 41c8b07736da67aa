"""DOCX plan -> blocks: Heading styles and bold paragraphs are headings, tables stay tables."""

import re
from pathlib import Path
from typing import Any

from assistant.errors import BadInput

from ._blocks import Block, Cell, clean

_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title)$", re.I)
_LIST_STYLE = re.compile(r"list", re.I)
_TYPED_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣–]|\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)")


def _is_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and bool(paragraph.style.font.bold)
    return bool(runs) and all(
        run.bold or (run.bold is None and style_bold)
        or (run.style is not None and run.style.font.bold) for run in runs)


def _is_bullet(paragraph: Any) -> bool:
    """A list style, Word's own numbering, or a bullet character typed by hand."""
    style = paragraph.style.name if paragraph.style is not None else ""
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    return bool(_LIST_STYLE.search(style)) or numbered or bool(_TYPED_BULLET.match(paragraph.text))


def _paragraph_block(paragraph: Any) -> Block | None:
    text = clean(paragraph.text)
    if not text:
        return None
    style = paragraph.style.name if paragraph.style is not None else ""
    if heading := _HEADING_STYLE.match(style.strip()):
        return Block("heading", text, level=int(heading[1] or 1))
    if _is_bullet(paragraph):
        return Block("bullet", clean(_TYPED_BULLET.sub("", paragraph.text)))
    if _is_bold(paragraph) and len(text) <= 120:
        return Block("heading", text.rstrip(":").strip(), level=7)
    return Block("para", text)


def _cell(cell: Any) -> Cell:
    lines: list[tuple[str, bool]] = []
    for paragraph in cell.paragraphs:
        block = _paragraph_block(paragraph)
        if block is not None:
            lines.append((block.text, block.kind == "bullet"))
    return Cell(tuple(lines))


def _table_block(table: Any) -> Block:
    """Rows of cells; a merged cell repeats in python-docx, so each is read once per row."""
    rows: list[tuple[Cell, ...]] = []
    for row in table.rows:
        seen: list[Any] = []
        cells: list[Cell] = []
        for cell in row.cells:
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            cells.append(_cell(cell))
        rows.append(tuple(cells))
    return Block("table", rows=tuple(rows))


def docx_blocks(path: Path) -> list[Block]:
    """Body paragraphs and tables in document order."""
    import docx  # python-docx is heavy; only DOCX plans need it
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as err:
        raise BadInput(f"{path.name} is not a readable DOCX file; open it in Word and save it "
                       "again as .docx, or export the plan as Markdown.") from err
    except Exception as err:  # python-docx raises lxml and zipfile errors for damaged files
        if type(err).__module__.startswith(("lxml", "zipfile")):
            raise BadInput(f"{path.name} is a damaged DOCX file; save it again as .docx.") from err
        raise
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.append(_table_block(item))
        elif (block := _paragraph_block(item)) is not None:
            blocks.append(block)
    return blocks
