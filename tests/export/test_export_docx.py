"""The DOCX is what a professional signs: read it back as Word would show it."""

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from assistant.export import section_e_docx, to_docx
from assistant.models import OGL_ATTRIBUTION, Draft
from assistant.plans import read_plan


def _open(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


def _headings(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_headings_follow_the_advice_layout(draft: Draft) -> None:
    headings = _headings(_open(to_docx(draft)))
    assert headings[0] == "Draft advice for Idris Mensah"
    for heading in ("About me", "Needs", "Communication and interaction",
                    "Social, emotional and mental health", "Notes not placed in this draft",
                    "Outcomes and provision",
                    "Questions for the author", "Findings", "Appendix: citations"):
        assert heading in headings, heading


def test_notes_the_draft_did_not_place_are_listed_for_the_author(draft: Draft) -> None:
    texts = [p.text for p in _open(to_docx(draft)).paragraphs]
    assert "Idris moves to secondary school next September." in texts


def test_thread_table_has_a_bold_header_and_a_row_per_outcome(draft: Draft) -> None:
    table = _open(to_docx(draft)).tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Aspiration and outcome sought", "Need", "Outcome", "Provision"]
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    assert len(table.rows) == 1 + len(draft.outcomes)
    assert table.rows[1].cells[2].text == draft.outcomes[0].text
    provision = table.rows[1].cells[3].text
    assert "How often: 3 times a week" in provision
    assert "Group size: up to 3 other pupils" in provision
    widths = [cell.width for cell in table.rows[1].cells]
    assert widths[3] > widths[0], "the provision column should be the widest"


def test_placeholders_are_highlighted_yellow(draft: Draft) -> None:
    doc = _open(to_docx(draft))
    runs = [run for table in doc.tables for row in table.rows for cell in row.cells
            for paragraph in cell.paragraphs for run in paragraph.runs]
    gaps = [run for run in runs if run.text.startswith("[") and run.text.endswith("]")]
    assert {run.text for run in gaps} >= {"[how long? ask the author]",
                                          "[how often? ask the author]"}
    assert all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in gaps)
    plain = [run for run in runs if "[" not in run.text]
    assert plain and all(run.font.highlight_color is None for run in plain)


def test_questions_attribution_and_sign_off(draft: Draft) -> None:
    doc = _open(to_docx(draft))
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered == list(dict.fromkeys(q.text for q in draft.questions))
    assert len(numbered) == len(draft.questions) - 1  # the repeated question is asked once
    texts = [p.text for p in doc.paragraphs]
    assert OGL_ATTRIBUTION in texts
    assert any(t.startswith("9.66: Outcomes") for t in texts)
    footer = doc.sections[0].footer.paragraphs[0].text
    assert footer == ("Draft produced by ehcp-assist (offline engine); "
                      "a professional must check, edit and sign it.")
    findings = doc.tables[1]
    assert [c.text for c in findings.rows[1].cells][:2] == ["PRV001", "error"]


def test_section_e_docx_groups_by_area_and_names_advice(draft: Draft) -> None:
    doc = _open(section_e_docx(draft))
    headings = _headings(doc)
    section_e = headings.index("Section E: Outcomes")
    assert "Communication and interaction" in headings[section_e:]
    outcome_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Outcome"]
    assert len(outcome_tables) == 2  # one per area
    assert outcome_tables[1].rows[1].cells[3].text == "educational psychologist"
    assert outcome_tables[0].rows[1].cells[3].text == "[whose advice? ask the author]"


def test_exported_docx_can_be_checked_as_a_plan(draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "advice.docx"
    path.write_bytes(to_docx(draft))
    read = [item.statement.text for item in read_plan(path).outcomes]
    for outcome in draft.outcomes:
        assert any(outcome.text in text for text in read), outcome.text
