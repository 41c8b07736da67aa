"""A Word document a professional can edit and sign: the same content as the Markdown."""

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import OGL_ATTRIBUTION, Draft, DraftOutcome
from ._docx_table import Line, add_runs, add_table
from ._labels import (
    UNUSED_HEADING,
    UNUSED_INTRO,
    area_name,
    child_line,
    has_code_citation,
    needs_by_area,
    needs_for,
    outcomes_by_area,
    question_texts,
    sign_off,
    slot_summary,
    thread_lead,
    title,
)

if TYPE_CHECKING:  # python-docx is imported when a document is built, not at CLI start-up
    from docx.document import Document as DocxDocument

THREAD_COLUMNS = (("Aspiration and outcome sought", 3.3), ("Need", 3.6), ("Outcome", 4.3),
                  ("Provision", 6.2))
SECTION_E_COLUMNS = (("Outcome", 5.0), ("Provision", 6.4), ("Outcome sought", 3.4),
                     ("From the advice of", 2.6))
FINDING_COLUMNS = (("Rule", 1.8), ("Severity", 1.8), ("What is wrong", 6.9), ("Fix", 6.9))
MARGIN_CM = 1.8
NO_OUTCOMES = "No outcomes were drafted; [which outcomes are sought? ask the author]"


def _provision(outcome: DraftOutcome) -> list[Line]:
    """Each item as the plan prints it, then its who/how often/how long in small grey type."""
    lines: list[Line] = []
    many = len(outcome.provision) > 1
    for item in outcome.provision:
        lines.append(Line(" ".join(item.text.split()), bullet=many))
        summary = slot_summary(item)
        if summary:
            lines.append(Line(summary, detail=True))
    return lines or [Line("[what provision? ask the author]")]


def _needs_cell(outcome: DraftOutcome, draft: Draft) -> list[Line]:
    linked = needs_for(outcome, draft.needs)
    lines: list[Line] = []
    for area, needs in needs_by_area(linked):
        lines.append(Line(area_name(area), bold=True))
        lines += [Line(n.text, bullet=len(needs) > 1) for n in needs]
    return lines or [Line("[which need? ask the author]")]


def _thread_row(outcome: DraftOutcome, draft: Draft) -> list[list[Line]]:
    lead = [Line(text, label=label) for label, text in thread_lead(outcome)]
    return [lead, _needs_cell(outcome, draft), [Line(outcome.text)], _provision(outcome)]


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
    add_runs(section.footer.paragraphs[0], sign_off(draft), italic=True)
    doc.add_heading(title(draft, what), level=0)
    about = child_line(draft)
    if about:
        doc.add_paragraph(about)
    return doc


def _bullets(doc: "DocxDocument", items: Sequence[str], style: str = "List Bullet") -> None:
    for item in items:
        add_runs(doc.add_paragraph(style=style), " ".join(item.split()))


def _say(doc: "DocxDocument", text: str) -> None:
    add_runs(doc.add_paragraph(), text)


def _about_me(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("About me", level=1)
    if draft.aspirations:
        doc.add_heading("Aspirations", level=2)
        _bullets(doc, draft.aspirations)
    if draft.about_me:
        doc.add_heading("Strengths and what I say", level=2)
        _bullets(doc, [a.text for a in draft.about_me])
    if not draft.aspirations and not draft.about_me:
        _say(doc, "[aspirations and strengths? ask the author]")


def _needs(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Needs", level=1)
    for area, needs in needs_by_area(draft.needs):
        doc.add_heading(area_name(area), level=2)
        _bullets(doc, [n.text for n in needs])
    if not draft.needs:
        _say(doc, "No needs were found in the notes; [what are the needs? ask the author]")
    if draft.notes_not_used:
        doc.add_heading(UNUSED_HEADING, level=2)
        _say(doc, UNUSED_INTRO)
        _bullets(doc, [n.text for n in draft.notes_not_used])


def _thread(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Outcomes and provision", level=1)
    if not draft.outcomes:
        _say(doc, NO_OUTCOMES)
        return
    doc.add_paragraph("Each row is one strand of the golden thread: aspiration, need, outcome, "
                      "provision.")
    add_table(doc, THREAD_COLUMNS, [_thread_row(o, draft) for o in draft.outcomes])


def _section_e(doc: "DocxDocument", draft: Draft) -> None:
    doc.add_heading("Section E: Outcomes", level=1)
    for area, outcomes in outcomes_by_area(draft):
        doc.add_heading(area_name(area), level=2)
        rows = [[[Line(o.text)], _provision(o),
                 [Line(f"“{o.outcome_sought}”" if o.outcome_sought else "")],
                 [Line(", ".join(o.advice_from) or "[whose advice? ask the author]")]]
                for o in outcomes]
        add_table(doc, SECTION_E_COLUMNS, rows)
    if not draft.outcomes:
        _say(doc, NO_OUTCOMES)


def _tail(doc: "DocxDocument", draft: Draft) -> None:
    if draft.questions:
        doc.add_heading("Questions for the author", level=1)
        _bullets(doc, question_texts(draft), style="List Number")
    if draft.findings:
        doc.add_heading("Findings", level=1)
        add_table(doc, FINDING_COLUMNS, [[[Line(f.rule)], [Line(f.severity)], [Line(f.message)],
                                          [Line(f.fix)]] for f in draft.findings])
    if draft.citations:
        doc.add_heading("Appendix: citations", level=1)
        _bullets(doc, [f"{c.ref}: {c.title} ({c.source})" for c in draft.citations])
        if has_code_citation(draft.citations):
            add_runs(doc.add_paragraph(), OGL_ATTRIBUTION, italic=True)
    add_runs(doc.add_paragraph(), sign_off(draft), italic=True)


def _build(draft: Draft, what: str,
           parts: Sequence[Callable[["DocxDocument", Draft], None]]) -> bytes:
    doc = _start(draft, what)
    for part in parts:
        part(doc, draft)
    _tail(doc, draft)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def to_docx(draft: Draft) -> bytes:
    """The clinician's advice as .docx bytes; write them where the user asked."""
    return _build(draft, "Draft advice", (_about_me, _needs, _thread))


def section_e_docx(draft: Draft) -> bytes:
    """The case officer's Section E as .docx bytes: outcomes by area with their advice sources."""
    return _build(draft, "Draft Section E outcomes", (_about_me, _needs, _section_e))
