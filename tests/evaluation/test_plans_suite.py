"""The `plans` eval suite: labelled plan defects are caught, unlabelled ones are false alarms."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.evaluation._plans_suite import HEADLINE, PLANS_DIR, plan_files, score_plans

POOR = "poor-01-liam-year2"
GOOD = "good-02-maya-year5"


def _copy(names: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(PLANS_DIR / f"{name}.md", folder)
        shutil.copy(PLANS_DIR / f"{name}.labels.json", folder)
    return folder


def _labels(folder: Path, name: str) -> dict:
    return json.loads((folder / f"{name}.labels.json").read_text())


def _write_labels(folder: Path, name: str, labels: dict) -> None:
    (folder / f"{name}.labels.json").write_text(json.dumps(labels))


def _plan_row(result, plan_id: str) -> dict:  # type: ignore[no-untyped-def]
    return next(row for row in result.tables["plans"] if row["id"] == plan_id)


def test_eval_plans_reports_the_four_metrics_and_every_plan(tmp_path: Path) -> None:
    run = CliRunner().invoke(cli, ["eval", "--suite", "plans", "--out", str(tmp_path / "run")])
    assert run.exit_code == 0, run.output
    results = json.loads((tmp_path / "run" / "results.json").read_text())
    suite = results["suites"]["plans"]
    assert suite["headline"] == HEADLINE
    assert all(key in suite["metrics"] for key in HEADLINE)
    for key in ("defect_recall", "ranking_pairs_correct", "good_above_poor"):
        assert 0.0 <= suite["metrics"][key] <= 1.0
    assert suite["metrics"]["false_alarms_per_plan"] >= 0.0
    assert suite["errors"] == 0
    plans = plan_files(PLANS_DIR)
    assert len(plans) >= 8 and suite["metrics"]["plans"] == len(plans)
    assert {row["quality"] for row in suite["tables"]["plans"]} == {"good", "poor"}
    assert "evals/plans/poor-01-liam-year2.labels.json" in results["dataset_hashes"]
    markdown = (tmp_path / "run" / "report.md").read_text()
    assert "### Missed defects" in markdown and "### False alarms" in markdown


def test_a_removed_defect_label_shows_up_as_a_false_alarm(tmp_path: Path) -> None:
    folder = _copy([POOR], tmp_path / "plans")
    before = score_plans(folder)
    labels = _labels(folder, POOR)
    caught = set()
    sample = before.samples[0]
    missed = {(row["text"], row["verdict"]) for row in sample.data["missed"]}
    for defect in labels["defects"]:
        if "verdict" in defect and not any(defect["match"] in text and verdict == defect["verdict"]
                                           for text, verdict in missed):
            caught.add((defect["match"], defect["verdict"]))
    match, verdict = sorted(caught)[0]
    labels["defects"] = [d for d in labels["defects"]
                         if (d["match"], d.get("verdict")) != (match, verdict)]
    _write_labels(folder, POOR, labels)

    after = score_plans(folder)

    old, new = _plan_row(before, POOR), _plan_row(after, POOR)
    assert new["false_alarms"] == old["false_alarms"] + 1
    assert (new["defects"], new["caught"]) == (old["defects"] - 1, old["caught"] - 1)
    assert any(match in row["text"] and row["verdict"] == verdict and row["rule"]
               for row in after.tables["false_alarms"])


def test_a_plan_level_defect_is_caught_when_labelled_and_an_alarm_when_not(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "thread.md").write_text(
        "# EHC plan: Kit Moss\n\nName: Kit Moss\nAge: 9\nDate of assessment: 2026-10-01\n\n"
        "## Section E: Outcomes\n\n### Cognition and learning\n\n"
        "- By July 2027, Kit will read 40 of the 50 Year 3 common words correctly"
        " on 3 tries in a row.\n\n"
        "### Social, emotional and mental health\n\n"
        "- By July 2027, Kit will name the feeling on 4 of 5 emotion cards an adult shows him.\n\n"
        "## Section F: Special educational provision\n\n### Cognition and learning\n\n"
        "- A teaching assistant will practise common words with Kit one-to-one"
        " for 10 minutes every school day.\n",
        encoding="utf-8")
    labelled = {"id": "thread", "quality": "poor", "rank": 1, "defects": [
        {"match": "name the feeling", "plan_rule": "outcome_without_provision"}]}
    _write_labels(folder, "thread", labelled)
    caught = score_plans(folder)
    assert _plan_row(caught, "thread")["caught"] == 1
    assert not [row for row in caught.tables["false_alarms"] if row["rule"].startswith("PLN")]

    _write_labels(folder, "thread", {**labelled, "defects": []})
    unlabelled = score_plans(folder)
    plan_alarms = [row for row in unlabelled.tables["false_alarms"]
                   if row["rule"].startswith("PLN")]
    assert [row["rule"] for row in plan_alarms] == ["PLN001"]
    assert "Social, emotional and mental health" in plan_alarms[0]["text"]
    assert _plan_row(unlabelled, "thread")["score"] < 1.0


def test_a_plan_that_cannot_be_parsed_is_a_sample_error_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = _copy([GOOD], tmp_path / "plans")
    (folder / "broken.docx").write_bytes(b"this is not a Word document")
    _write_labels(folder, "broken", {"id": "broken", "quality": "poor", "rank": 2, "defects": []})
    (folder / "unlabelled.md").write_text(
        "## Section E: Outcomes\n\n- By July 2027, Jo will swim 25 metres.\n")

    result = score_plans(folder)

    errors = {sample.id: sample.error for sample in result.samples if sample.error}
    assert set(errors) == {"broken", "unlabelled"}
    assert "unlabelled.labels.json is missing" in errors["unlabelled"]
    assert result.errors == 2 and result.metrics["errors"] == 2.0
    assert [row["id"] for row in result.tables["plans"]] == [GOOD]


def test_a_label_that_matches_no_statement_is_a_sample_error(tmp_path: Path) -> None:
    folder = _copy([GOOD], tmp_path / "plans")
    labels = _labels(folder, GOOD)
    labels["defects"] = [{"match": "no plan says this", "verdict": "measurable"}]
    _write_labels(folder, GOOD, labels)

    result = score_plans(folder)

    assert result.errors == 1
    assert "picks no statement" in (result.samples[0].error or "")


def test_ranking_follows_the_scores_not_the_file_order(tmp_path: Path) -> None:
    folder = _copy([GOOD, POOR], tmp_path / "plans")
    right = score_plans(folder)
    assert right.metrics["ranking_pairs_correct"] == 1.0
    assert right.metrics["good_above_poor"] == 1.0

    good, poor = _labels(folder, GOOD), _labels(folder, POOR)
    _write_labels(folder, GOOD, {**good, "quality": "poor", "rank": 2})
    _write_labels(folder, POOR, {**poor, "quality": "good", "rank": 1})
    swapped = score_plans(folder)
    assert swapped.metrics["ranking_pairs_correct"] == 0.0
    assert swapped.metrics["good_above_poor"] == 0.0


def test_labels_for_another_plan_are_a_sample_error(tmp_path: Path) -> None:
    folder = _copy([GOOD], tmp_path / "plans")
    _write_labels(folder, GOOD, {**_labels(folder, GOOD), "id": POOR})

    result = score_plans(folder)

    assert result.errors == 1 and result.tables["plans"] == []
    assert f"make it '{GOOD}'" in (result.samples[0].error or "")
