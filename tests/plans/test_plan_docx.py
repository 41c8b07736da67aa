"""DOCX plans as Word writes them: Heading styles, bold lines, list bullets and tables."""

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement

from assistant.errors import BadInput
from assistant.plans import read_plan


def _details_table(document: docx.document.Document) -> None:
    table = document.add_table(rows=2, cols=2)
    for row, (key, value) in zip(table.rows, [("Child's name", "Reza Karimi"), ("Age", "7")]):
        row.cells[0].text, row.cells[1].text = key, value


def _plan_with_headings_and_table(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Education, Health and Care plan", level=1)
    _details_table(document)
    document.add_heading("Section E: Outcomes", level=2)
    document.add_heading("Communication and interaction", level=3)
    document.add_paragraph("By the end of Year 4, Reza will:")
    document.add_paragraph("Tell an adult about his weekend in 3 connected sentences",
                           style="List Bullet")
    document.add_paragraph("Ask a friend to play using their name", style="List Bullet")
    document.add_heading("Section F: Special educational provision", level=2)
    table = document.add_table(rows=3, cols=4)
    rows = [("Area of need", "Provision", "Frequency", "Delivered by"),
            ("Communication and interaction", "Narrative therapy group", "Weekly, 30 minutes",
             "Speech and language therapist"),
            ("Communication and interaction", "Modelling of play phrases at break", "Daily",
             "Teaching assistant")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(str(path))
    return path


def test_docx_headings_bullets_and_a_provision_table_are_read(tmp_path: Path) -> None:
    plan = read_plan(_plan_with_headings_and_table(tmp_path / "plan.docx"))
    assert plan.title == "Education, Health and Care plan"
    assert plan.context.name == "Reza" and plan.context.age == 7
    assert [item.statement.text for item in plan.outcomes] == [
        "By the end of Year 4, Reza will tell an adult about his weekend in 3 connected sentences",
        "By the end of Year 4, Reza will ask a friend to play using their name",
    ]
    assert {item.area for item in plan.outcomes} == {"Communication and interaction"}
    assert plan.provision[0].statement.text == (
        "Narrative therapy group (Frequency: Weekly, 30 minutes; "
        "Delivered by: Speech and language therapist)")
    assert [item.area for item in plan.provision] == ["Communication and interaction"] * 2
    assert [item.section for item in plan.provision] == ["F", "F"]


def test_bold_paragraphs_serve_as_headings_and_an_outcomes_table_counts_as_section_e(
        tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Sections E and F: Outcomes and provision").bold = True
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Need", "Outcome", "Provision")):
        cell.text = value
    cells = table.rows[1].cells
    cells[0].text = "Reading"
    cells[1].text = "By July 2027, Isla will read a Year 3 book aloud with 5 or fewer errors."
    cells[2].text = "A teacher will hear Isla read 1:1 for 10 minutes daily."
    cells[2].add_paragraph("A phonics group of 4 pupils led by a teaching assistant, 3 times "
                           "a week.")
    document.save(str(tmp_path / "table.docx"))
    plan = read_plan(tmp_path / "table.docx")
    assert [item.area for item in plan.outcomes] == ["Reading"]
    assert len(plan.provision) == 2
    assert plan.provision[1].statement.text.startswith("A phonics group of 4 pupils")


def test_docx_without_section_e_names_what_was_looked_for(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Annual review notes", level=1)
    document.add_paragraph("Reza has settled well into Year 3.")
    document.save(str(tmp_path / "notes.docx"))
    with pytest.raises(BadInput) as raised:
        read_plan(tmp_path / "notes.docx")
    assert "no Section E" in str(raised.value) and "Outcomes" in str(raised.value)


def test_a_file_that_is_not_really_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_text("this is plain text with a .docx name", encoding="utf-8")
    with pytest.raises(BadInput, match="DOCX"):
        read_plan(path)


def _wrap_in_content_control(paragraph: Any) -> None:
    """Move a body paragraph into a block content control, as LA templates do."""
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)


def test_content_controls_and_hyperlinked_text_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    heading = document.add_heading("Section E: Outcomes", level=1)
    outcome = document.add_paragraph("By July 2027, Noor will swim 10 metres ", style="List Bullet")
    link = OxmlElement("w:hyperlink")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "unaided."
    run.append(text)
    link.append(run)
    outcome._p.append(link)
    document.add_heading("Section F: Provision", level=1)
    provision = document.add_paragraph("A swimming teacher will teach Noor 1:1 weekly.")
    for paragraph in (heading, outcome, provision):
        _wrap_in_content_control(paragraph)
    document.save(str(tmp_path / "template.docx"))
    plan = read_plan(tmp_path / "template.docx")
    assert [i.statement.text for i in plan.outcomes] == [
        "By July 2027, Noor will swim 10 metres unaided."]
    assert [i.statement.text for i in plan.provision] == [
        "A swimming teacher will teach Noor 1:1 weekly."]


def test_a_template_that_is_one_long_table_with_merged_section_rows(tmp_path: Path) -> None:
    rows = [("Section E: Outcomes",), ("Area of need", "Outcome"),
            ("Communication and interaction",
             "By July 2027, Kai will tell a friend about his weekend in 3 sentences."),
            ("Section F: Special educational provision",), ("Area of need", "Provision"),
            ("Communication and interaction",
             "A speech and language therapist will see Kai 1:1 for 30 minutes weekly."),
            ("Section G: Health provision",), ("None identified.",)]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    for index, values in enumerate(rows):
        if len(values) == 1:
            merged = table.cell(index, 0).merge(table.cell(index, 1))
            merged.text = values[0]
            continue
        for cell, value in zip(table.rows[index].cells, values):
            cell.text = value
    document.save(str(tmp_path / "template.docx"))
    plan = read_plan(tmp_path / "template.docx")
    assert [(i.statement.id, i.area) for i in plan.outcomes] == [
        ("E.1", "Communication and interaction")]
    assert [(i.statement.id, i.area) for i in plan.provision] == [
        ("F.1", "Communication and interaction")]
    assert plan.provision[0].statement.text.startswith("A speech and language therapist")
