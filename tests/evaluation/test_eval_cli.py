"""`ehcp-assist eval`: results and reports a quality lead can read, and a regression gate that bites."""

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.evaluation import _validators_suite
from assistant.validators import RULES


def _run(out: Path) -> dict:
    result = CliRunner().invoke(cli, ["eval", "--suite", "validators", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "results.json").read_text())


def test_eval_writes_results_and_readable_reports(tmp_path: Path) -> None:
    results = _run(tmp_path / "run")
    suite = results["suites"]["validators"]
    assert results["run_id"] and results["engine"] == "offline"
    assert suite["metrics"] and suite["headline"]
    assert all(0.0 <= suite["metrics"][key] <= 1.0 for key in suite["headline"])
    assert any(name.endswith(".jsonl") for name in results["dataset_hashes"])
    html = (tmp_path / "run" / "report.html").read_text()
    assert "<table>" in html and "Misclassified" in html
    markdown = (tmp_path / "run" / "report.md").read_text()
    assert "### Verdicts" in markdown and "| split | verdict |" in markdown


def test_compare_is_quiet_for_the_same_run(tmp_path: Path) -> None:
    _run(tmp_path / "run")
    result = CliRunner().invoke(cli, ["eval", "compare", str(tmp_path / "run"), str(tmp_path / "run")])
    assert result.exit_code == 0
    assert "0 regressed" in result.output


def test_compare_fails_when_a_rule_is_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _run(tmp_path / "before")
    rules_table = before["suites"]["validators"]["tables"]["rules"]
    best = max(rules_table, key=lambda row: row["agrees_with_label"])
    for rule_id, entry in list(RULES.items()):
        if entry.dimension == best["dimension"] and entry.severity == "error":
            monkeypatch.setitem(RULES, rule_id, dataclasses.replace(entry, func=lambda _s: iter(())))
    _run(tmp_path / "after")
    result = CliRunner().invoke(cli, ["eval", "compare", str(tmp_path / "before"), str(tmp_path / "after")])
    assert result.exit_code == 1
    assert f"{best['dimension']}" in result.output and "REGRESSED" in result.output


def test_a_failing_sample_is_recorded_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = _validators_suite.check_statement

    def flaky(statement):  # type: ignore[no-untyped-def]
        if statement.id.endswith("1"):
            raise RuntimeError("boom")
        return real(statement)

    monkeypatch.setattr(_validators_suite, "check_statement", flaky)
    suite = _run(tmp_path / "run")["suites"]["validators"]
    failed = [s for s in suite["samples"] if s["error"]]
    assert failed and all("boom" in s["error"] for s in failed)
    assert len(suite["samples"]) > len(failed)
    assert suite["metrics"]["errors"] == len(failed)


def test_compare_names_a_missing_results_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "compare", str(tmp_path / "nope"), str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_unknown_suite_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--suite", "nosuch", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "nosuch" in result.output and "validators" in result.output
