"""Word building blocks: highlighted gaps, labelled lines, tables with a repeating header."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._labels import split_placeholders

if TYPE_CHECKING:  # python-docx is imported when a document is built, not at CLI start-up
    from docx.document import Document as DocxDocument
    from docx.table import _Cell, _Row
    from docx.text.paragraph import Paragraph

DETAIL_PT = 8.5
DETAIL_GREY = (0x59, 0x59, 0x59)
HEADER_FILL = "D9E2F3"


@dataclass(frozen=True)
class Line:
    """One paragraph in a table cell: plain text, a bold label, a bullet, or small grey detail."""

    text: str
    label: str | None = None
    bullet: bool = False
    bold: bool = False
    detail: bool = False


def add_runs(paragraph: "Paragraph", text: str, *, bold: bool = False, italic: bool = False,
             detail: bool = False) -> "Paragraph":
    """Add text, with each [placeholder] highlighted yellow so the author cannot miss it."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt, RGBColor

    for piece, is_placeholder in split_placeholders(text):
        run = paragraph.add_run(piece)
        run.bold = bold or is_placeholder or None
        run.italic = italic or None
        if is_placeholder:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif detail:
            run.font.size = Pt(DETAIL_PT)
            run.font.color.rgb = RGBColor(*DETAIL_GREY)
    return paragraph


def fill_cell(cell: "_Cell", lines: Sequence[Line]) -> None:
    """The cell's first paragraph, then one more per line; a label is bold before its text."""
    from docx.shared import Pt

    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        if index and not line.detail:
            paragraph.paragraph_format.space_before = Pt(3)
        if line.label:
            paragraph.add_run(f"{line.label}: ").bold = True
        add_runs(paragraph, f"• {line.text}" if line.bullet else line.text, bold=line.bold,
                 detail=line.detail)


def _mark_header(row: "_Row") -> None:
    """Repeat the header row on each page and shade it, as Word's own table styles do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)
    for cell in row.cells:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), HEADER_FILL)
        cell._tc.get_or_add_tcPr().append(shading)


def add_table(doc: "DocxDocument", columns: Sequence[tuple[str, float]],
              rows: Sequence[Sequence[Sequence[Line]]]) -> None:
    """A grid table: bold shaded header repeated on each page, fixed column widths in cm."""
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for cell, (name, _) in zip(table.rows[0].cells, columns):
        add_runs(cell.paragraphs[0], name, bold=True)
    _mark_header(table.rows[0])
    for values in rows:
        for cell, lines in zip(table.add_row().cells, values):
            fill_cell(cell, lines)
    # Word reads each cell's width, LibreOffice the grid's: set both.
    for column, (_, width) in zip(table.columns, columns):
        column.width = Cm(width)
    for row in table.rows:
        for cell, (_, width) in zip(row.cells, columns):
            cell.width = Cm(width)
    doc.add_paragraph()
