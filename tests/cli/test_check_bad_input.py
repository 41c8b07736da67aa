"""Bad input to `check`: exit 2, one sentence on stderr naming the fix, never a traceback."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli

GOOD_OUTCOME = {"id": "o1", "kind": "outcome",
                "text": "By July 2027, Sam will read 40 common words aloud without help.",
                "context": {"name": "Sam"}}
GOOD_PROVISION = {"id": "p1", "kind": "provision",
                  "text": "A teaching assistant will read with Sam 1:1 for 15 minutes daily."}


def check(path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["check", str(path), "--format", "json", *args])


def jsonl(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def assert_one_sentence(result: Result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def test_bad_line_is_named_and_good_lines_still_checked(tmp_path: Path) -> None:
    result = check(jsonl(tmp_path, GOOD_OUTCOME, "{not json", GOOD_PROVISION))
    assert_one_sentence(result, "line 2", "not valid JSON")
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["statements"]] == ["o1", "p1"]
    assert report["summary"]["input_errors"] == [result.stderr.strip()]


def test_several_bad_lines_are_all_numbered(tmp_path: Path) -> None:
    result = check(jsonl(tmp_path, "[1, 2]", GOOD_OUTCOME, {"kind": "outcome"}, "oops"))
    assert_one_sentence(result, "line 1", "4")
    assert "3" in result.stderr.split("lines", 1)[1]
    assert len(json.loads(result.stdout)["statements"]) == 1


@pytest.mark.parametrize(("line", "expected"), [
    ({"id": "x", "kind": "target", "text": "Sam will read."},
     "'kind' is \"target\"; use \"outcome\" or \"provision\""),
    ({"id": "x", "kind": "outcome"}, "'text' is missing"),
    ({"id": "x", "kind": "outcome", "text": 42}, "'text' is a whole number"),
    ({"id": "x", "text": "Sam will read."}, "'kind' is missing"),
    ({"id": "x", "kind": "outcome", "text": "Sam will read.", "context": "Sam"},
     "'context' is text"),
    ({"id": "x", "kind": "outcome", "text": "Sam will read.", "context": {"age": "nine"}},
     "'context.age' is not valid"),
    ({"id": "x", "kind": "outcome", "text": "Sam will read.",
      "context": {"assessment_date": "next week"}}, "'context.assessment_date' is not valid"),
])
def test_each_bad_field_is_named_with_its_line(tmp_path: Path, line: object, expected: str) -> None:
    result = check(jsonl(tmp_path, GOOD_OUTCOME, line))
    assert_one_sentence(result, "statements.jsonl, line 2:", expected)
    assert len(json.loads(result.stdout)["statements"]) == 1


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert_one_sentence(check(tmp_path / "nope.jsonl"), "does not exist", ".jsonl")
    assert_one_sentence(check(tmp_path), "is a folder")


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is empty"),
    (b"   \n\t\n  ", "is empty"),
    (b"\xef\xbb\xbf \r\n ", "only whitespace"),
    ('{"id": "o", "kind": "outcome", "text": "Zoë will read."}\n'.encode("latin-1"),
     "not UTF-8"),
    ('{"id": "o"}'.encode("utf-16"), "UTF-16"),
])
def test_empty_and_wrongly_encoded_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "statements.jsonl"
    path.write_bytes(content)
    result = check(path)
    assert_one_sentence(result, expected)
    if "UTF" in expected:
        assert "re-save it as UTF-8" in result.stderr


def test_byte_order_mark_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "statements.jsonl"
    body = "\r\n".join(json.dumps(x) for x in (GOOD_OUTCOME, GOOD_PROVISION)) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    result = check(path)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["statements"]) == 2


def test_a_file_over_ten_megabytes_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps(GOOD_OUTCOME) + "\n"
    path.write_text(line * (11 * 1024 * 1024 // len(line)), encoding="utf-8")
    assert_one_sentence(check(path), "big.jsonl is 11.0 MB", "10 MB limit")


def test_an_unknown_extension_lists_the_accepted_ones(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert_one_sentence(check(path), "'.pdf'", ".jsonl", ".md", ".docx")
