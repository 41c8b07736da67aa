"""`ehcp-assist check` on JSONL: the JSON contract, text output, and context flags."""

import json
import re
from pathlib import Path

from datetime import date

from click.testing import CliRunner

from assistant.cli import cli
from assistant.models import OUTCOME_VERDICTS, PROVISION_VERDICTS, StatementContext
from assistant.plans import read_check_file

OUTCOME = {"id": "o1", "kind": "outcome",
           "text": "By July 2027, Sam will improve his communication skills.",
           "context": {"name": "Sam", "age": 8}, "labels": {"time_bound": True}}
PROVISION = {"id": "p1", "kind": "provision",
             "text": "Sam will have access to speech therapy as required."}


def write_jsonl(tmp_path: Path, lines: list[object], name: str = "statements.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["check", *args], env=env)


def test_json_output_keeps_the_contract(tmp_path: Path) -> None:
    result = run(str(write_jsonl(tmp_path, [OUTCOME, PROVISION])), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert list(report) == ["statements", "summary"]
    outcome, provision = report["statements"]
    assert set(outcome) == {"id", "kind", "text", "verdicts", "findings"}
    assert (outcome["id"], outcome["kind"], outcome["text"]) == ("o1", "outcome", OUTCOME["text"])
    assert tuple(outcome["verdicts"]) == OUTCOME_VERDICTS
    assert tuple(provision["verdicts"]) == PROVISION_VERDICTS
    assert all(isinstance(ok, bool) for ok in outcome["verdicts"].values())
    for finding in outcome["findings"] + provision["findings"]:
        assert set(finding) == {"rule", "dimension", "severity", "message", "fix", "source"}
    assert report["summary"]["statements"] == 2


def test_text_output_is_a_table_without_colour_codes_when_piped(tmp_path: Path) -> None:
    result = run(str(write_jsonl(tmp_path, [OUTCOME, PROVISION])), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.stdout
    assert "Outcomes" in result.stdout and "Provision" in result.stdout
    assert "time-bound" in result.stdout and "says who" in result.stdout
    assert re.search(r"2 statements checked: \d+ meet every check", result.stdout)
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_flags_fill_missing_context_but_the_line_wins(tmp_path: Path) -> None:
    nameless = {"id": "o2", "kind": "outcome", "text": "By July 2027, will write his name."}
    path = write_jsonl(tmp_path, [OUTCOME, nameless])
    result = run(str(path), "--format", "json", "--name", "Theo", "--age", "9")
    assert result.exit_code == 0, result.output
    flags = StatementContext(name="Theo", age=9, assessment_date=date(2026, 11, 1))
    statements = read_check_file(path, flags).statements
    assert [s.context.name for s in statements] == ["Sam", "Theo"]
    assert [s.context.age for s in statements] == [8, 9]
    assert statements[0].context.assessment_date == date(2026, 11, 1)


def test_a_bad_assessment_date_flag_is_named(tmp_path: Path) -> None:
    result = run(str(write_jsonl(tmp_path, [OUTCOME])), "--assessment-date", "01/11/2026")
    assert result.exit_code == 2
    assert "--assessment-date" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_extra_keys_are_ignored_and_a_missing_id_gets_the_line_number(tmp_path: Path) -> None:
    no_id = {"kind": "provision", "text": "A teaching assistant will read with Sam daily.",
             "source": "notes", "labels": {"quantified": True}}
    result = run(str(write_jsonl(tmp_path, [OUTCOME, no_id])), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in json.loads(result.stdout)["statements"]] == ["o1", "line-2"]
