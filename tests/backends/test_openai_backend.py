"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1: what it sends, and
what each fault turns into. Retries are bounded; a failed reply never passes as a result."""

import json
import socket

import pytest
from pydantic import BaseModel, ConfigDict

from assistant.backends import RenderedPrompt, get_backend, load_prompt, render_prompt
from assistant.errors import BackendError
from assistant.settings import Settings
from support.openai_stub import OpenAIStub, Step, chat_json, completion, error, openai_stub  # noqa: F401

PROMPT = RenderedPrompt(system="You draft.", user="Case: [CHILD] reads 20 words.",
                        prompt_id="draft_advice", sha256="0" * 64)


class Reading(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: int
    source: str


GOOD = {"words": 20, "source": "notes"}


def _backend(stub: OpenAIStub, settings: Settings, timeout: float = 5.0):  # type: ignore[no-untyped-def]
    llm = settings.model_copy(update={"engine": "llm", "llm_base_url": stub.url,
                                      "llm_model": "stub-model", "llm_timeout_s": timeout})
    return get_backend(llm, backoff_s=0.001)


def test_good_reply_is_parsed_and_the_request_asks_for_the_schema(
        openai_stub: OpenAIStub, settings: Settings) -> None:
    openai_stub.enqueue(chat_json(GOOD))
    reply = _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert reply.parsed == Reading(words=20, source="notes")
    assert reply.meta["method"] == "json_schema" and reply.meta["attempts"] == 1
    sent = openai_stub.requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.json["model"] == "stub-model"
    assert sent.json["response_format"]["type"] == "json_schema"
    assert [m["role"] for m in sent.json["messages"]] == ["system", "user"]


def test_429_then_success_retries_once(openai_stub: OpenAIStub, settings: Settings) -> None:
    openai_stub.enqueue(error(429, "slow down"), chat_json(GOOD))
    reply = _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert reply.parsed.words == 20
    assert reply.meta["attempts"] == 2 and len(openai_stub.requests) == 2


def test_500_forever_stops_after_the_bounded_retries(openai_stub: OpenAIStub,
                                                      settings: Settings) -> None:
    openai_stub.enqueue(error(500, sticky=True))
    with pytest.raises(BackendError, match="HTTP 500 after 3 attempts"):
        _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert len(openai_stub.requests) == 3


def test_backoff_grows_between_retries(openai_stub: OpenAIStub, settings: Settings) -> None:
    waits: list[float] = []
    llm = settings.model_copy(update={"engine": "llm", "llm_base_url": openai_stub.url,
                                      "llm_model": "m"})
    backend = get_backend(llm, backoff_s=0.5, max_retries=3, sleep=waits.append)
    openai_stub.enqueue(error(503, sticky=True))
    with pytest.raises(BackendError):
        backend.complete(PROMPT, Reading)
    assert waits == [0.5, 1.0, 2.0] and len(openai_stub.requests) == 4


def test_a_reply_slower_than_the_timeout_fails_after_retries(openai_stub: OpenAIStub,
                                                             settings: Settings) -> None:
    openai_stub.enqueue(Step(body=completion(json.dumps(GOOD)), delay_s=30, sticky=True))
    with pytest.raises(BackendError, match="did not answer within 0.3 s"):
        _backend(openai_stub, settings, timeout=0.3).complete(PROMPT, Reading)
    assert len(openai_stub.requests) == 3


def test_connection_refused_names_the_setting(settings: Settings) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    llm = settings.model_copy(update={"engine": "llm", "llm_base_url": f"http://127.0.0.1:{port}/v1",
                                      "llm_model": "m"})
    with pytest.raises(BackendError, match="could not be reached.*EHCP_ASSIST_LLM_BASE_URL"):
        get_backend(llm, backoff_s=0.001).complete(PROMPT, Reading)


@pytest.mark.parametrize(("step", "message"), [
    (Step(body=completion("{\"words\": 20, ")), "was not valid JSON"),
    (chat_json({"words": "many"}), "did not fit the Reading schema"),
    (chat_json({}), "did not fit the Reading schema"),
    (Step(body=completion(None, refusal="I cannot help with that.")), "refused"),
    (Step(body=completion(None)), "empty"),
], ids=["malformed", "schema-invalid", "empty-object", "refusal", "no-content"])
def test_an_unusable_reply_fails_closed_without_retrying(
        openai_stub: OpenAIStub, settings: Settings, step: Step, message: str) -> None:
    openai_stub.enqueue(step)
    with pytest.raises(BackendError, match=message):
        _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert len(openai_stub.requests) == 1


def test_a_server_without_json_schema_gets_function_calling(openai_stub: OpenAIStub,
                                                            settings: Settings) -> None:
    openai_stub.enqueue(error(400, "response_format json_schema is not supported"),
                        Step(body=completion(None, tool_args=json.dumps(GOOD))))
    backend = _backend(openai_stub, settings)
    reply = backend.complete(PROMPT, Reading)
    assert reply.parsed.words == 20 and reply.meta["method"] == "function_calling"
    assert "tools" in openai_stub.requests[1].json
    openai_stub.enqueue(Step(body=completion(None, tool_args=json.dumps(GOOD))))
    backend.complete(PROMPT, Reading)  # the mode that worked is remembered
    assert len(openai_stub.requests) == 3 and "tools" in openai_stub.requests[2].json


def test_json_mode_is_the_last_resort(openai_stub: OpenAIStub, settings: Settings) -> None:
    openai_stub.enqueue(error(400, "no json_schema"), error(400, "no tools"), chat_json(GOOD))
    reply = _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert reply.meta["method"] == "json_mode"
    assert openai_stub.requests[2].json["response_format"] == {"type": "json_object"}


def test_an_endpoint_accepting_no_mode_says_so(openai_stub: OpenAIStub, settings: Settings) -> None:
    openai_stub.enqueue(error(400, "nope", sticky=True))
    with pytest.raises(BackendError, match="accepted no structured-output mode"):
        _backend(openai_stub, settings).complete(PROMPT, Reading)
    assert len(openai_stub.requests) == 3


def test_missing_model_is_one_sentence(settings: Settings) -> None:
    with pytest.raises(BackendError, match="no model is set; set EHCP_ASSIST_LLM_MODEL"):
        get_backend(settings.model_copy(update={"engine": "llm"}))


def test_prompts_carry_id_version_and_hash() -> None:
    for prompt_id in ("system", "draft_advice", "repair_draft"):
        prompt = load_prompt(prompt_id)
        assert prompt.id == prompt_id and prompt.version and len(prompt.sha256) == 64
    rendered = render_prompt("repair_draft", case="C", draft="D", findings="F")
    assert rendered.prompt_id == "repair_draft" and set(rendered.sources) == {"system",
                                                                            "repair_draft"}
    assert "{{" not in rendered.user and "<findings>\nF\n</findings>" in rendered.user
