"""The chat's reading of a clinician's message and its answer syntax, on the real offline engine."""

from pathlib import Path

import pytest

from assistant.app import AppContext, ChatCase, chat_turn, merge, read_message
from assistant.errors import AssistError, BadInput
from assistant.settings import Settings

from .conftest import SAM_NOTES


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> AppContext:
    """The index is never started here: drafts come without citations, as on a first run."""
    return AppContext(Settings(home=tmp_path_factory.mktemp("home")))


def test_headings_fill_the_case_and_other_lines_are_notes() -> None:
    case = merge(ChatCase(), read_message(SAM_NOTES))
    assert (case.name, case.age, case.year_group) == ("Sam Okafor", 8, "Year 3")
    assert case.outcomes_sought == ["I want to play football with my friends at break time"]
    assert case.aspirations == ["Sam wants to be a footballer"]
    assert "Recommendations:" in case.notes and "as required" in case.notes
    assert "Name:" not in case.notes
    assert case.missing == []


def test_missing_details_are_asked_for_before_a_draft(ctx: AppContext) -> None:
    turn = chat_turn(ctx, "Sam finds it hard to join in games at break.", ChatCase())
    assert turn.draft is None and turn.files == []
    assert "child's name" in turn.reply and "outcomes sought" in turn.reply
    assert "age or year group" in turn.reply


def test_a_draft_has_outcomes_questions_and_downloads(ctx: AppContext) -> None:
    turn = chat_turn(ctx, SAM_NOTES, ChatCase())
    assert turn.draft is not None
    outcome = turn.draft.outcomes[0].text
    assert outcome.startswith("By") and "Sam will" in outcome
    assert "Questions for you" in turn.reply and "reply `Frequency for P1" in turn.reply
    assert sorted(Path(f).suffix for f in turn.files) == [".docx", ".md"]
    assert all(Path(f).stat().st_size > 0 for f in turn.files)


def test_answers_fill_gaps_and_corrections_replace_fields(ctx: AppContext) -> None:
    first = chat_turn(ctx, SAM_NOTES, ChatCase())
    assert first.draft is not None
    p1 = first.draft.outcomes[0].provision[0]
    assert "frequency" in p1.missing and "[how often?" in p1.text
    second = chat_turn(ctx, "Frequency for P1: twice a week\nName: Samuel Okafor", first.case)
    assert second.draft is not None
    filled = second.draft.outcomes[0].provision[0]
    assert "twice a week" in filled.text and "[how often?" not in filled.text
    assert filled.frequency == "twice a week" and "frequency" not in filled.missing
    assert not any(q.about == "P1" and "how often" in q.text.lower()
                   for q in second.draft.questions)
    assert second.draft.child.name == "Samuel Okafor"
    assert "Draft advice for Samuel Okafor" in second.reply
    # the answer stays with the case: a later message keeps it filled
    third = chat_turn(ctx, "Notes: He enjoys drawing.", second.case)
    assert third.draft is not None
    assert "twice a week" in third.draft.outcomes[0].provision[0].text


def test_an_answer_to_a_gap_that_does_not_exist_is_explained(ctx: AppContext) -> None:
    first = chat_turn(ctx, SAM_NOTES, ChatCase())
    turn = chat_turn(ctx, "Frequency for P9: daily", first.case)
    assert "no 'how often' gap in P9" in turn.reply


def test_new_case_forgets_everything(ctx: AppContext) -> None:
    first = chat_turn(ctx, SAM_NOTES, ChatCase())
    turn = chat_turn(ctx, "new case", first.case)
    assert turn.case == ChatCase() and turn.draft is None
    assert "Sam" not in turn.reply.split("Paste them")[0]


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("   \n ", "empty"),
    ("x" * 1_000_000, "more than"),
    ("notes\x00\x01\x02", "binary"),
])
def test_unusable_messages_are_refused_in_a_sentence(ctx: AppContext, text: str,
                                                     words: str) -> None:
    with pytest.raises(BadInput, match=words):
        chat_turn(ctx, text, ChatCase())


def test_a_bad_age_is_named_and_the_rest_still_read() -> None:
    message = read_message("Name: Ava\nAge: eight\nOutcomes sought:\n- I want to read")
    assert message.fields == {"name": "Ava"}
    assert message.lists["outcomes_sought"] == ["I want to read"]
    assert "could not read the age 'eight'" in message.problems[0]


def test_script_in_notes_is_shown_as_text_not_markup(ctx: AppContext) -> None:
    notes = SAM_NOTES.replace("Sam Okafor", "<script>alert(1)</script>Sam")
    turn = chat_turn(ctx, notes, ChatCase())
    assert "<script>" not in turn.reply
    assert "&lt;script&gt;" in turn.reply


def test_an_unreachable_store_still_drafts_and_search_says_why(tmp_path: Path) -> None:
    from assistant.app._tools import search

    port = _closed_port()
    broken = AppContext(Settings(home=tmp_path / "home", chroma_url=f"http://127.0.0.1:{port}"))
    broken.preload()  # must not raise: the chat works without citations
    broken.index.start()
    turn = chat_turn(broken, SAM_NOTES, ChatCase())
    assert turn.draft is not None and "Draft advice for Sam" in turn.reply
    with pytest.raises(AssistError, match="Cannot reach the Chroma server"):
        search(broken, "SMART outcomes")


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
