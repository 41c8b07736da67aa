"""A Word document a professional can edit and sign: the same content as the Markdown."""

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import OGL_ATTRIBUTION, Draft, DraftOutcome
from ._labels import (
    area_name,
    child_line,
    has_code_citation,
    needs_by_area,
    needs_for,
    outcomes_by_area,
    provision_line,
    question_texts,
    sign_off,
    split_placeholders,
    thread_lead,
    title,
)

if TYPE_CHECKING:  # python-docx is imported when a document is built, not at CLI start-up
    from docx.document import Document as DocxDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

THREAD_COLUMNS = (("Aspiration and outcome sought", 3.4), ("Need", 3.6), ("Outcome", 4.6),
                  ("Provision", 5.8))
SECTION_E_COLUMNS = (("Outcome", 6.0), ("Provision", 6.2), ("Outcome sought", 2.8),
                     ("From the advice of", 2.4))
FINDING_COLUMNS = (("Rule", 1.8), ("Severity", 1.8), ("What is wrong", 6.9), ("Fix", 6.9))
MARGIN_CM = 1.8


def _runs(paragraph: "Paragraph", text: str, *, bold: bool = False,
          italic: bool = False) -> "Paragraph":
    """Add text, with each [placeholder] highlighted yellow so the author cannot miss it."""
    from docx.enum.text import WD_COLOR_INDEX

    for piece, is_placeholder in split_placeholders(text):
        run = paragraph.add_run(piece)
        run.bold = bold or is_placeholder or None
        run.italic = italic or None
        if is_placeholder:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return paragraph


def _cell_lines(cell: "_Cell", lines: Sequence[str], *, bullets: bool = False) -> None:
    """Fill a cell: its first paragraph, then one more per line."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _runs(paragraph, f"• {line}" if bullets else line)


def _mark_header(row: object) -> None:
    """Repeat the header row on each page and shade it, as Word's own table styles do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for cell in row.cells:  # type: ignore[attr-defined]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shading)


def _table(doc: "DocxDocument", columns: Sequence[tuple[str, float]],
           rows: Sequence[Sequence[list[str]]], bullet_columns: Sequence[int] = ()) -> None:
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for cell, (name, _) in zip(table.rows[0].cells, columns):
        _runs(cell.paragraphs[0], name, bold=True)
    _mark_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for index, (cell, lines) in enumerate(zip(cells, values)):
            _cell_lines(cell, lines, bullets=index in bullet_columns and len(lines) > 1)
    for row in table.rows:  # Word reads widths from every cell, not from the column
        for cell, (_, width) in zip(row.cells, columns):
            cell.width = Cm(width)
    doc.add_paragraph()


def _provision_lines(outcome: DraftOutcome) -> list[str]:
    return [provision_line(p) for p in outcome.provision] or ["[what provision? ask the author]"]


def _thread_row(outcome: DraftOutcome, draft: Draft) -> list[list[str]]:
    first = thread_lead(outcome)
    needs = [f"{area_name(n.area)}: {n.text}" for n in needs_for(outcome, draft.needs)]
    return [first, needs or ["[which need? ask the author]"], [outcome.text],
            _provision_lines(outcome)]


def _start(draft: Draft, what: str) -> "DocxDocument":
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4, as UK plans are printed
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.title = title(draft, what)
    doc.core_properties.author = "ehcp-assist (draft for a professional to edit)"
    footer = section.footer.paragraphs[0]
    _runs(footer, sign_off(draft), italic=True)
    doc.add_heading(title(draft, what), level=0)
    about = child_line(draft)
    if about:
        doc.add_paragraph(about)
    return doc


def _bullets(doc: "DocxDocument", items: Sequence[str], style: str = "List Bullet") -> None:
    for item in items:
        _runs(doc.add_paragraph(style=style), item)


def _about_me(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("About me", level=1)
    if draft.aspirations:
        doc.add_heading("Aspirations", level=2)
        _bullets(doc, draft.aspirations)
    if draft.about_me:
        doc.add_heading("Strengths and what I say", level=2)
        _bullets(doc, [a.text for a in draft.about_me])
    if not draft.aspirations and not draft.about_me:
        _runs(doc.add_paragraph(), "[aspirations and strengths? ask the author]")


def _needs(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Needs", level=1)
    for area, needs in needs_by_area(draft.needs):
        doc.add_heading(area_name(area), level=2)
        _bullets(doc, [n.text for n in needs])
    if not draft.needs:
        _runs(doc.add_paragraph(), "No needs were found in the notes; "
                                   "[what are the needs? ask the author]")


def _thread(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Outcomes and provision", level=1)
    if not draft.outcomes:
        _runs(doc.add_paragraph(), "No outcomes were drafted; "
                                   "[which outcomes are sought? ask the author]")
        return
    doc.add_paragraph("Each row is one strand of the golden thread: aspiration, need, outcome, "
                      "provision.")
    _table(doc, THREAD_COLUMNS, [_thread_row(o, draft) for o in draft.outcomes],
           bullet_columns=(3,))


def _section_e(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Section E: Outcomes", level=1)
    for area, outcomes in outcomes_by_area(draft):
        doc.add_heading(area_name(area), level=2)
        rows = [[[o.text], _provision_lines(o),
                 [f"“{o.outcome_sought}”"] if o.outcome_sought else [""],
                 [", ".join(o.advice_from) or "[whose advice? ask the author]"]]
                for o in outcomes]
        _table(doc, SECTION_E_COLUMNS, rows, bullet_columns=(1,))
    if not draft.outcomes:
        _runs(doc.add_paragraph(), "No outcomes were drafted; "
                                   "[which outcomes are sought? ask the author]")


def _tail(doc: "DocxDocument", draft: Draft) -> None:
    if draft.questions:
        doc.add_heading("Questions for the author", level=1)
        _bullets(doc, question_texts(draft), style="List Number")
    if draft.findings:
        doc.add_heading("Findings", level=1)
        _table(doc, FINDING_COLUMNS,
               [[[f.rule], [f.severity], [f.message], [f.fix]] for f in draft.findings])
    if draft.citations:
        doc.add_heading("Appendix: citations", level=1)
        _bullets(doc, [f"{c.ref}: {c.title} ({c.source})" for c in draft.citations])
        if has_code_citation(draft.citations):
            _runs(doc.add_paragraph(), OGL_ATTRIBUTION, italic=True)
    _runs(doc.add_paragraph(), sign_off(draft), italic=True)


def _save(doc: "DocxDocument") -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _build(draft: Draft, what: str,
           parts: Sequence[Callable[["DocxDocument", Draft], None]]) -> bytes:
    doc = _start(draft, what)
    for part in parts:
        part(doc, draft)
    _tail(doc, draft)
    return _save(doc)


def to_docx(draft: Draft) -> bytes:
    """The clinician's advice as .docx bytes; write them where the user asked."""
    return _build(draft, "Draft advice", (_about_me, _needs, _thread))


def section_e_docx(draft: Draft) -> bytes:
    """The case officer's Section E as .docx bytes: outcomes by area with their advice sources."""
    return _build(draft, "Draft Section E outcomes", (_about_me, _needs, _section_e))
