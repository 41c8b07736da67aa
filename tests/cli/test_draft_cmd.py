"""`ehcp-assist draft` as a user runs it: real engine, real files, exit codes and stderr."""

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from docx import Document

from assistant.cli import cli
from assistant.models import Draft

pytestmark = pytest.mark.usefixtures("indexed_home")  # corpus/ already indexed

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "case.json"
CASE = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _draft(*args: str) -> Result:
    return CliRunner().invoke(cli, ["draft", *args])


def _write(tmp_path: Path, data: object, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _fails_cleanly(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def test_json_on_stdout_is_the_draft_contract() -> None:
    result = _draft("--input", str(EXAMPLE), "--format", "json")
    assert result.exit_code == 0, result.stderr
    draft = Draft.model_validate_json(result.stdout)
    assert draft.child.name == "Maya Fitzgerald"
    assert [o.outcome_sought for o in draft.outcomes][:1] == CASE["outcomes_sought"][:1]
    assert {o.outcome_sought for o in draft.outcomes} == set(CASE["outcomes_sought"])
    assert draft.meta.engine == "offline"
    assert result.stderr == "", "JSON mode keeps stderr quiet for tools"


def test_markdown_on_stdout_with_counts_on_stderr() -> None:
    result = _draft("--input", str(EXAMPLE), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Draft advice for Maya Fitzgerald")
    assert "| Aspiration and outcome sought | Need | Outcome | Provision |" in result.stdout
    assert "3 times a week" in result.stdout
    assert result.stderr.startswith("Drafted 2 outcomes, ")
    assert "(offline engine)" in result.stderr


def test_docx_needs_out() -> None:
    stderr = _fails_cleanly(_draft("--input", str(EXAMPLE), "--format", "docx"), 2)
    assert "DOCX is binary; pass --out draft.docx" in stderr


def test_docx_written_to_out_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "draft.docx"
    result = _draft("--input", str(EXAMPLE), "--format", "docx", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"wrote {out}" in result.stderr
    doc = Document(io.BytesIO(out.read_bytes()))
    as_json = json.loads(_draft("--input", str(EXAMPLE), "--format", "json").stdout)
    assert len(doc.tables[0].rows) == 1 + len(as_json["outcomes"])
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered == list(dict.fromkeys(q["text"] for q in as_json["questions"]))
    footer = doc.sections[0].footer.paragraphs[0].text
    assert "a professional must check, edit and sign it" in footer


def test_markdown_and_json_can_go_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    result = _draft("--input", str(EXAMPLE), "--format", "markdown", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Draft advice for Maya Fitzgerald")
    out_json = tmp_path / "draft.json"
    assert _draft("--input", str(EXAMPLE), "--out", str(out_json)).exit_code == 0
    assert Draft.model_validate_json(out_json.read_text(encoding="utf-8")).outcomes


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(CASE).encode("utf-8"))
    result = _draft("--input", str(path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["child"]["name"] == "Maya Fitzgerald"


def test_llm_engine_without_a_model_fails_the_run() -> None:
    stderr = _fails_cleanly(_draft("--input", str(EXAMPLE), "--engine", "llm"), 1)
    assert "no model is set; set EHCP_ASSIST_LLM_MODEL or pass --engine offline." in stderr


def test_engine_flag_wins_over_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EHCP_ASSIST_ENGINE", "llm")
    assert _draft("--input", str(EXAMPLE)).exit_code == 1
    assert _draft("--input", str(EXAMPLE), "--engine", "offline").exit_code == 0
    monkeypatch.setenv("EHCP_ASSIST_ENGINE", "gpt")
    stderr = _fails_cleanly(_draft("--input", str(EXAMPLE)), 2)
    assert "EHCP_ASSIST_ENGINE" in stderr


def _with(**changes: object) -> dict[str, object]:
    data = json.loads(json.dumps(CASE))
    for key, value in changes.items():
        if "." in key:
            outer, inner = key.split(".")
            data[outer][inner] = value
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(("content", "expected"), [
    ('{"child": {"name": "Sam"},\n "notes": "x" "y"}',
     "case.json, line 2 column 15: not valid JSON"),
    ("[1, 2]", "holds a list; CASE.json must be one JSON object"),
    ('"notes"', "holds a string"),
    (_with(hobbies=["chess"], child={"name": "Sam", "pet": "dog"}),
     "unknown key 'child.pet', 'hobbies'; CASE.json accepts child, professional_role"),
    (_with(**{"child.age": 30}), "child.age: must be between 0 and 25"),
    (_with(**{"child.age": "nine"}), "child.age: must be a whole number"),
    (_with(outcomes_sought="to read"), "outcomes_sought: must be a list"),
    (_with(assessment_date="2nd May"), "assessment_date: must be a date written YYYY-MM-DD"),
    (_with(advice=[{"professional_role": "OT"}]), "advice[0].text: is required"),
    ({"notes": "Sam likes trains."}, "child: is required"),
], ids=["syntax", "list", "string", "unknown-keys", "age-range", "age-type", "list-type", "date",
        "advice-text", "no-child"])
def test_bad_case_is_one_sentence_exit_2(tmp_path: Path, content: object, expected: str) -> None:
    path = tmp_path / "case.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    stderr = _fails_cleanly(_draft("--input", str(path)), 2)
    assert expected in stderr
    assert stderr.startswith("case.json")


def test_missing_and_unreadable_files_name_the_fix(tmp_path: Path) -> None:
    stderr = _fails_cleanly(_draft("--input", str(tmp_path / "nope.json")), 2)
    assert "does not exist; pass --input" in stderr
    stderr = _fails_cleanly(_draft("--input", str(tmp_path)), 2)
    assert "is a folder" in stderr
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"notes": "Zoë"}'.encode("latin-1"))
    assert "save it as UTF-8" in _fails_cleanly(_draft("--input", str(latin)), 2)


def test_nothing_to_draft_from_is_bad_input(tmp_path: Path) -> None:
    path = _write(tmp_path, _with(notes="  ", outcomes_sought=[]))
    stderr = _fails_cleanly(_draft("--input", str(path)), 2)
    assert "outcomes sought" in stderr


def test_empty_notes_still_draft_and_ask(tmp_path: Path) -> None:
    path = _write(tmp_path, _with(notes=""))
    result = _draft("--input", str(path))
    assert result.exit_code == 0, result.stderr
    draft = Draft.model_validate_json(result.stdout)
    assert draft.questions and draft.findings
    assert {o.outcome_sought for o in draft.outcomes} == set(CASE["outcomes_sought"])


def test_section_e_merges_the_advice_for_a_case_officer(tmp_path: Path) -> None:
    merge = EXAMPLE.parents[1] / "evals" / "cases" / "case-18-section-e-merge-age5.json"
    request = json.loads(merge.read_text(encoding="utf-8"))["request"]
    path = _write(tmp_path, request)
    result = _draft("--input", str(path), "--section", "E", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    markdown = result.stdout
    assert markdown.startswith("# Draft Section E outcomes for Harvey Collins")
    assert "| Outcome | Provision | Outcome sought | From the advice of |" in markdown
    for sought in request["outcomes_sought"]:
        assert f"“{sought}”" in markdown
    assert "speech and language therapist" in markdown and "occupational therapist" in markdown
    out = tmp_path / "section-e.docx"
    docx = _draft("--input", str(path), "--section", "E", "--format", "docx", "--out", str(out))
    assert docx.exit_code == 0, docx.stderr
    tables = Document(io.BytesIO(out.read_bytes())).tables
    roles = {row.cells[3].text for t in tables if t.rows[0].cells[0].text == "Outcome"
             for row in t.rows[1:]}
    assert any("occupational therapist" in r for r in roles)
