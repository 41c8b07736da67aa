"""The labelled retrieval questions: every file loads, ids are unique, every label exists."""

import json
from pathlib import Path

import pytest

from assistant.errors import BadInput
from assistant.paths import EVALS_DIR, PROJECT_ROOT
from assistant.retrieval import load_questions, question_files

DATASETS = EVALS_DIR / "datasets"
SOURCES = PROJECT_ROOT.parent / "shared" / "corpus-sources"
CODE_ORACLE = SOURCES / "cop2015-paragraphs.jsonl"
CODE_TABLE_ORACLE = SOURCES / "cop2015-ch09-section-table.jsonl"


def _code_refs() -> set[str]:
    refs = {json.loads(line)["para"] for line in CODE_ORACLE.read_text(encoding="utf-8").splitlines()}
    rows = [json.loads(line) for line in CODE_TABLE_ORACLE.read_text(encoding="utf-8").splitlines()]
    return {r for r in refs if r} | {f"9.69-table-{row['table_row']}" for row in rows}


def test_every_retrieval_file_is_found_and_loads_with_unique_ids() -> None:
    files = question_files(DATASETS)
    assert files[0].name == "retrieval.jsonl"
    assert DATASETS / "retrieval-train-b.jsonl" in files
    questions = load_questions(files)
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.query.lower() for q in questions}) == len(questions)  # no question asked twice


def test_train_b_is_a_train_batch_spread_across_the_code() -> None:
    questions = load_questions(DATASETS / "retrieval-train-b.jsonl")
    assert len(questions) >= 80 and all(q.split == "train" for q in questions)
    chapters = {ref.split(".")[0] for q in questions for ref in q.relevant}
    assert {"1", "2", "3", "5", "6", "8", "9", "10", "11"} <= chapters
    assert all(1 <= len(q.relevant) <= 4 for q in questions)


def test_every_code_label_names_a_real_paragraph() -> None:
    known = _code_refs()
    for question in load_questions(question_files(DATASETS)):
        code_labels = [r for r in question.relevant if ":" not in r]  # 'doc:ref' is guidance
        assert set(code_labels) <= known, (question.id, set(code_labels) - known)


def test_an_id_reused_across_files_is_named(tmp_path: Path) -> None:
    line = json.dumps({"id": "x1", "query": "q", "relevant": ["9.66"], "split": "train",
                       "audience": "parent"})
    (tmp_path / "retrieval.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "retrieval-more.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(BadInput, match="'x1' is already used"):
        load_questions(question_files(tmp_path))
    with pytest.raises(BadInput, match="No retrieval questions"):
        load_questions(tmp_path / "missing.jsonl")


def test_batch_c_is_split_between_train_and_a_second_held_out_set() -> None:
    train = load_questions(DATASETS / "retrieval-train-c.jsonl")
    held_out = load_questions(DATASETS / "retrieval-test-b.jsonl")
    assert all(q.split == "train" for q in train) and all(q.split == "test_b" for q in held_out)
    assert abs(len(train) - len(held_out)) <= 2  # a random half each
    chapters = {ref.split(".")[0] for q in [*train, *held_out] for ref in q.relevant}
    assert {"1", "2", "5", "6", "7", "8", "9", "10", "11"} <= chapters
