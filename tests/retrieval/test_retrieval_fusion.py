"""Ranking corrections and query wording, without a store: fast, and exact about the arithmetic."""

import pytest

from assistant.retrieval._fusion import combine, neighbours, smooth, weigh_custody, weigh_sources
from assistant.retrieval._index import embed_text
from assistant.retrieval._text import expand, expand_abbreviations
from assistant.retrieval._types import Record


def _code(ref: str, chapter_title: str = "Education, Health and Care needs assessments and plans",
          title: str = "Outcomes") -> Record:
    return Record(f"send-cop-2015:{ref}", f"Paragraph {ref}.", {
        "doc_id": "send-cop-2015", "ref": ref, "kind": "code_paragraph",
        "chapter_title": chapter_title, "title": title, "source": "SEND Code of Practice"})


def _guidance(ref: str) -> Record:
    return Record(f"smart-outcomes:{ref}", "A note that restates the Code.", {
        "doc_id": "smart-outcomes", "ref": ref, "kind": "guidance_section",
        "title": "Measurable", "source": "Writing SMART outcomes"})


RECORDS = [_code("9.65"), _code("9.66"), _code("9.67"), _code("9.69-table-F"), _guidance("measurable")]
BY_ID = {r.id: r for r in RECORDS}
BY_REF = {str(r.metadata["ref"]): r for r in RECORDS if r.metadata["kind"] == "code_paragraph"}


def test_fusion_keeps_a_clear_lexical_lead_and_rewards_agreement() -> None:
    lexical = [("a", 12.0), ("b", 3.0)]
    dense = [[("b", 0.61), ("c", 0.60), ("a", 0.20)]]
    fused = combine(lexical, dense, 0.6)
    assert fused["a"] == pytest.approx(0.6)  # best BM25 hit, worst of the dense candidates
    assert fused["b"] == pytest.approx(0.6 * 3 / 12 + 0.4)
    assert fused["c"] == pytest.approx(0.4 * 0.40 / 0.41)
    assert sorted(fused, key=fused.__getitem__, reverse=True) == ["a", "b", "c"]


def test_one_ranker_alone_keeps_its_own_order() -> None:
    dense_only = combine([], [[("x", 0.5), ("y", 0.4)]], 0.6)
    assert dense_only == {"x": 1.0, "y": 0.0}
    assert combine([("a", 2.0), ("b", 1.0)], [], 0.6) == {"a": 0.6, "b": 0.3}


@pytest.mark.parametrize(("ref", "expected"), [
    ("9.66", ("9.65", "9.67")), ("10.1", ("10.0", "10.2")),
    ("9.69-table-F", None), ("measurable", None),
])
def test_only_numbered_paragraphs_have_neighbours(ref: str, expected: tuple[str, str] | None) -> None:
    assert neighbours(ref) == expected


def test_smoothing_lifts_the_paragraphs_next_to_a_strong_hit_and_nothing_else() -> None:
    fused = {"send-cop-2015:9.66": 1.0, "smart-outcomes:measurable": 0.8}
    lifted = smooth(fused, BY_ID, BY_REF, {"send-cop-2015", "smart-outcomes"}, 0.2)
    assert lifted["send-cop-2015:9.65"] == pytest.approx(0.2)
    assert lifted["send-cop-2015:9.67"] == pytest.approx(0.2)
    assert lifted["send-cop-2015:9.66"] == 1.0 and lifted["smart-outcomes:measurable"] == 0.8
    assert "send-cop-2015:9.69-table-F" not in lifted
    assert smooth(fused, BY_ID, BY_REF, {"smart-outcomes"}, 0.2) == fused  # source filter holds
    assert smooth(fused, BY_ID, BY_REF, {"send-cop-2015"}, 0.0) is fused


def test_guidance_weight_lets_the_code_win_a_tie_with_a_note() -> None:
    answer = Record("answers:is-therapy-an-outcome", "No: it is provision (9.66).", {
        "doc_id": "answers", "ref": "is-therapy-an-outcome", "kind": "guidance_answer"})
    fused = {"send-cop-2015:9.66": 0.5, "smart-outcomes:measurable": 0.5, answer.id: 0.5}
    weighed = weigh_sources(fused, {**BY_ID, answer.id: answer}, 0.7, answer_weight=0.4)
    assert weighed["send-cop-2015:9.66"] == 0.5
    assert weighed["smart-outcomes:measurable"] == pytest.approx(0.35)
    assert weighed[answer.id] == pytest.approx(0.2)  # an answer ranks below what it cites


def test_custody_text_gives_way_unless_the_question_is_about_custody() -> None:
    custody = _code("10.93", chapter_title="Children and young people in specific circumstances",
                    title="Advice and information for an assessment")
    answer = Record("answers:custody-timescale", "Within 6 weeks (10.93).", {
        "doc_id": "answers", "ref": "custody-timescale", "kind": "guidance_answer",
        "title": "How quickly must the council decide on assessing a detained young person?"})
    by_id = {**BY_ID, custody.id: custody, answer.id: answer, (early := _code("10.9")).id: early}
    fused = {"send-cop-2015:9.66": 0.5, custody.id: 0.6, answer.id: 0.6, early.id: 0.6}
    ordinary = weigh_custody(fused, by_id, "how long does the council have to decide", 0.8)
    assert ordinary[custody.id] == ordinary[answer.id] == pytest.approx(0.48)
    assert ordinary[early.id] == 0.6 and ordinary["send-cop-2015:9.66"] == 0.5  # before 10.60
    assert weigh_custody(fused, by_id, "assessment while he is in a YOI", 0.8) == fused
    assert weigh_custody(fused, by_id, "what happens when he is released", 0.8) == fused


def test_the_embedding_model_gets_shorthand_spelled_out_but_not_plain_words() -> None:
    query = "my son needs SALT and OT"
    dense = expand_abbreviations(query)
    assert dense.startswith(query)
    assert "speech and language therapy" in dense and "occupational therapy" in dense
    assert "child" not in dense  # the model already knows a son is a child
    assert "child" in expand(query)  # BM25 does not


def test_embedded_text_leads_with_the_heading() -> None:
    text = embed_text(_code("6.90", chapter_title="Schools", title="The role of the SENCO in schools"))
    assert text.splitlines()[0] == "The role of the SENCO in schools"
    assert text.endswith("Paragraph 6.90.")


def test_pronouns_are_never_read_as_shorthand() -> None:
    assert expand("does he have to go, hi") == "does he have to go, hi"
