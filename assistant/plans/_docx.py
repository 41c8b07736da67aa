"""DOCX plan -> blocks: Heading styles and bold paragraphs are headings, tables stay tables."""

import re
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from assistant.errors import BadInput

from ._blocks import Block, Cell, clean

_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title)$", re.I)
_LIST_STYLE = re.compile(r"list", re.I)
_TYPED_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣–]|\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _items(element: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, including those inside content controls (w:sdt).

    Local authority templates often wrap each section in a content control, which
    python-docx's own iterators step over.
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield Table(child, parent)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _items(content, parent)


def _text(paragraph: Any) -> str:
    """Every run's text, also in hyperlinks, fields and inline content controls."""
    parts: list[str] = []
    for node in paragraph._p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        parts.append(node.text or "" if node.tag == f"{_W}t" else " ")
    return "".join(parts)


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
    typed = bool(_TYPED_BULLET.match(_text(paragraph)))
    return bool(_LIST_STYLE.search(style)) or numbered or typed


def _paragraph_block(paragraph: Any) -> Block | None:
    text = clean(_text(paragraph))
    if not text:
        return None
    style = paragraph.style.name if paragraph.style is not None else ""
    if heading := _HEADING_STYLE.match(style.strip()):
        return Block("heading", text, level=int(heading[1] or 1))
    if _is_bullet(paragraph):
        return Block("bullet", clean(_TYPED_BULLET.sub("", _text(paragraph))))
    if _is_bold(paragraph) and len(text) <= 120:
        return Block("heading", text.rstrip(":").strip(), level=7)
    return Block("para", text)


def _cell_lines(element: Any, parent: Any) -> Iterator[tuple[str, bool]]:
    """A cell's paragraphs; a table nested in the cell gives its cells' lines in order."""
    from docx.table import Table

    for item in _items(element, parent):
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    yield from _cell_lines(cell._tc, cell)
        elif (block := _paragraph_block(item)) is not None:
            yield block.text, block.kind == "bullet"


def _cell(cell: Any) -> Cell:
    return Cell(tuple(_cell_lines(cell._tc, cell)))


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
    for item in _items(document.element.body, document._body):
        if isinstance(item, Table):
            blocks.append(_table_block(item))
        elif (block := _paragraph_block(item)) is not None:
            blocks.append(block)
    return blocks
