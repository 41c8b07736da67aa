"""The chat on the LLM engine, against the OpenAI stub: the model is named, the child is not sent,
and answers fill the model's gaps without asking the model again."""

from pathlib import Path

from support.openai_stub import OpenAIStub, chat_json, draft_reply, openai_stub  # noqa: F401

from assistant.app import AppContext, ChatCase, chat_turn
from assistant.app._render import engine_line
from assistant.app._tools import section_e
from assistant.settings import Settings

from .conftest import SAM_NOTES


def test_llm_chat_names_the_model_fills_gaps_without_a_new_call_and_merges_section_e(
        openai_stub: OpenAIStub, tmp_path: Path) -> None:  # noqa: F811
    offline = AppContext(Settings(home=tmp_path / "home"))
    first = chat_turn(offline, SAM_NOTES, ChatCase())
    assert first.draft is not None and first.base is not None
    reply = chat_json(draft_reply(first.draft, first.base.request))
    openai_stub.enqueue(reply, reply)  # the draft, and a repair round if the checks ask for one
    llm = AppContext(Settings(home=tmp_path / "home", engine="llm",
                              llm_base_url=openai_stub.url, llm_model="stub-model",
                              llm_timeout_s=5.0))
    assert "stub-model" in engine_line(llm.engine, llm.model)

    turn = chat_turn(llm, SAM_NOTES, ChatCase())
    assert turn.draft is not None and turn.draft.meta.engine == "llm"
    assert "Okafor" not in openai_stub.all_bodies()  # pseudonymised before it left
    gap = next(p for o in turn.draft.outcomes for p in o.provision if "frequency" in p.missing)
    calls = len(openai_stub.requests)

    answered = chat_turn(llm, f"Frequency for {gap.id}: twice a week", turn.case,
                         previous=turn.base)
    assert answered.draft is not None
    filled = next(p for o in answered.draft.outcomes for p in o.provision if p.id == gap.id)
    assert "twice a week" in filled.text and "frequency" not in filled.missing
    assert len(openai_stub.requests) == calls  # the model was not asked again

    merged = section_e(llm, "Ava Lindqvist", "7", "Year 2", "", "I want to read books about "
                       "dinosaurs", "", [("educational psychologist", "A teaching assistant "
                                          "will run a phonics programme 3 times a week for 20 "
                                          "minutes.")])
    assert "Ava will" in merged.markdown  # the offline merge, on the LLM engine too
    assert len(openai_stub.requests) == calls
