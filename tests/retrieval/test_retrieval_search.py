"""Search over the real Code of Practice: cited hits, filters, modes, and the eval set."""

import pytest

from assistant.errors import BadInput
from assistant.models import OGL_ATTRIBUTION
from assistant.paths import EVALS_DIR
from assistant.retrieval import Index, evaluate, get_embedder, load_questions

pytestmark = pytest.mark.slow


def test_similar_sentences_score_higher_than_unrelated() -> None:
    vectors = get_embedder("minilm-int8").embed([
        "Sam will talk to his friends at playtime.",
        "At break time Sam will chat with a group of friends.",
        "The local authority must publish its Local Offer.",
    ])
    assert vectors.shape == (3, 384)
    assert abs(float(vectors[0] @ vectors[0]) - 1.0) < 1e-4  # unit length
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.3


def test_three_hours_of_therapy_question_finds_9_66_with_ogl_attribution(code_index: Index) -> None:
    hits = code_index.search("is three hours of speech and language therapy an outcome?", k=5)
    refs = [h.ref for h in hits]
    assert "9.66" in refs
    hit = hits[refs.index("9.66")]
    assert "SEND" in hit.source and hit.attribution == OGL_ATTRIBUTION
    assert "speech and language therapy" in hit.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_section_f_question_finds_the_table_row(code_index: Index) -> None:
    refs = [h.ref for h in code_index.search("what goes in section F of the plan", k=5)]
    assert "9.69-table-F" in refs


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_every_mode_honours_the_chapter_filter(code_index: Index, mode: str) -> None:
    hits = code_index.search("preparing for adulthood from year 9", k=8, mode=mode, chapter=8)  # type: ignore[arg-type]
    assert hits and all(h.ref.startswith(("8.", "7.3")) for h in hits), [h.ref for h in hits]


def test_source_filter_keeps_guidance_out_and_unknown_source_is_named(code_index: Index) -> None:
    code_id = next(d.doc_id for d in code_index.documents() if d.has_code)
    hits = code_index.search("person-centred outcomes", k=10, source=code_id)
    assert hits and all(h.attribution == OGL_ATTRIBUTION for h in hits)
    with pytest.raises(BadInput, match="corpus list"):
        code_index.search("outcomes", source="no-such-document")


def test_hybrid_beats_bm25_on_the_held_out_questions(code_index: Index) -> None:
    questions = load_questions(EVALS_DIR / "datasets" / "retrieval.jsonl")
    assert len(questions) >= 100
    result = evaluate(code_index, questions, split="test")
    metrics = result["metrics"]
    print("retrieval test split:", metrics)
    assert result["n"] == sum(q.split == "test" for q in questions)
    assert metrics["hybrid"]["recall@5"] > metrics["bm25"]["recall@5"]
    assert metrics["hybrid"]["mrr@5"] > metrics["bm25"]["mrr@5"]
