"""`ehcp-assist check` on plans: the shipped examples, a DOCX built here, and plan findings."""

import json
from pathlib import Path

import docx
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.paths import EXAMPLES_DIR


def check(path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["check", str(path), *args], env={"COLUMNS": "100"})


def errors_in(report: dict) -> int:  # type: ignore[type-arg]
    statement_errors = sum(f["severity"] == "error" for s in report["statements"]
                           for f in s["findings"])
    plan_errors = sum(f["severity"] == "error" for f in report["summary"]["plan"]["findings"])
    return statement_errors + plan_errors


def test_good_example_plan_has_far_fewer_errors_than_the_poor_one() -> None:
    good = check(EXAMPLES_DIR / "plan.md", "--format", "json")
    poor = check(EXAMPLES_DIR / "poor-plan.md", "--format", "json")
    assert good.exit_code == 0 and poor.exit_code == 0, good.output + poor.output
    good_report, poor_report = json.loads(good.stdout), json.loads(poor.stdout)
    assert len(good_report["statements"]) == len(poor_report["statements"]) == 8
    assert errors_in(poor_report) >= 1
    assert errors_in(good_report) * 4 <= errors_in(poor_report)
    assert good_report["summary"]["plan"]["findings"] == []
    assert {f["rule"] for f in poor_report["summary"]["plan"]["findings"]} == {"PLN001", "PLN002"}


def test_plan_json_keeps_two_top_level_keys_and_places_each_statement() -> None:
    result = check(EXAMPLES_DIR / "plan.md", "--format", "json")
    report = json.loads(result.stdout)
    assert list(report) == ["statements", "summary"]
    plan = report["summary"]["plan"]
    assert plan["context"]["name"] == "Priya" and plan["context"]["age"] == 9
    first = plan["items"][0]
    assert first == {"id": "E.1", "section": "E", "area": "Communication and interaction",
                     "line": 32}
    assert [s["kind"] for s in report["statements"]] == ["outcome"] * 4 + ["provision"] * 4


def test_text_output_for_a_plan_shows_areas_and_plan_findings_with_fixes() -> None:
    result = check(EXAMPLES_DIR / "poor-plan.md")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "\x1b[" not in text
    assert "Social, emotional and mental health" in text
    assert "The plan as a whole" in text and "✗ PLN001" in text and "! PLN002" in text
    assert text.count("fix:") >= 2
    assert max(len(line) for line in text.splitlines()) <= 100


def test_plan_details_win_over_flags_and_flags_fill_the_gaps(tmp_path: Path) -> None:
    result = check(EXAMPLES_DIR / "poor-plan.md", "--format", "json", "--name", "Other",
                   "--year-group", "Year 7", "--assessment-date", "2026-09-01")
    context = json.loads(result.stdout)["summary"]["plan"]["context"]
    assert context == {"name": "Tom", "age": 12, "year_group": "Year 7",
                       "assessment_date": "2026-09-01"}


def test_a_docx_plan_with_headings_and_a_table_is_checked(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Section E: Outcomes", level=1)
    document.add_heading("Cognition and learning", level=2)
    document.add_paragraph("By July 2027, Ana will add two-digit numbers with 8 out of 10 correct.")
    document.add_heading("Section F: Special educational provision", level=1)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Area", "Provision", "Who")):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, (
            "Cognition and learning", "Access to maths support as required.", "")):
        cell.text = value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = check(path, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [(s["id"], s["kind"]) for s in report["statements"]] == [("E.1", "outcome"),
                                                                    ("F.1", "provision")]
    assert report["summary"]["plan"]["findings"] == []
    assert report["summary"]["plan"]["items"][1]["area"] == "Cognition and learning"


def test_a_docx_with_no_section_e_is_bad_input(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Dear parent, thank you for coming to the meeting.")
    document.save(str(tmp_path / "letter.docx"))
    result = check(tmp_path / "letter.docx")
    assert result.exit_code == 2
    assert "letter.docx has no Section E" in result.stderr and "Traceback" not in result.stderr
