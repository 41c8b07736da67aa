"""`ehcp-assist draft --engine llm` as a user runs it, against the OpenAI stub on 127.0.0.1."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.models import AdviceRequest, Draft
from support.openai_stub import OpenAIStub, chat_json, draft_reply, error, openai_stub  # noqa: F401

pytestmark = pytest.mark.usefixtures("indexed_home")  # corpus/ already indexed

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "case.json"
FIXED = {"needs": [{"area": "communication_and_interaction", "text": "[CHILD] finds it hard."}],
         "outcomes": [], "questions": []}


@pytest.fixture
def llm_env(openai_stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> OpenAIStub:
    monkeypatch.setenv("EHCP_ASSIST_LLM_BASE_URL", openai_stub.url)
    monkeypatch.setenv("EHCP_ASSIST_LLM_MODEL", "stub-model")
    monkeypatch.setenv("EHCP_ASSIST_LLM_TIMEOUT_S", "5")
    return openai_stub


def _draft(*args: str) -> Result:
    return CliRunner().invoke(cli, ["draft", "--input", str(EXAMPLE), "--engine", "llm", *args])


def test_llm_draft_is_the_json_contract_and_is_logged(llm_env: OpenAIStub) -> None:
    request = AdviceRequest.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    offline = CliRunner().invoke(cli, ["draft", "--input", str(EXAMPLE), "--engine", "offline"])
    good = draft_reply(Draft.model_validate_json(offline.stdout), request)
    llm_env.enqueue(chat_json(good), chat_json(good))
    result = _draft("--format", "json")
    assert result.exit_code == 0, result.stderr
    draft = Draft.model_validate_json(result.stdout)
    assert draft.meta.engine == "llm" and draft.meta.model == "stub-model"
    assert request.child.name and request.child.name.split()[0] not in llm_env.all_bodies()
    runs = json.loads(CliRunner().invoke(cli, ["history", "list", "--format", "json"]).stdout)
    assert [r["engine"] for r in runs["runs"]] == ["llm", "offline"]
    assert runs["runs"][0]["model_calls"] == len(llm_env.requests)


def test_no_fallback_exits_1_with_one_sentence(llm_env: OpenAIStub) -> None:
    llm_env.enqueue(error(500, sticky=True))
    result = _draft("--no-fallback")
    assert result.exit_code == 1 and result.stdout == ""
    assert "HTTP 500 after 3 attempts" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_by_default_a_failed_endpoint_gives_the_offline_draft_marked(llm_env: OpenAIStub) -> None:
    llm_env.enqueue(chat_json({"needs": "not a list"}))
    result = _draft("--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert "PLN108" in result.stdout and "(offline engine)" in result.stderr
    assert "Warning: The model's reply did not fit the DraftOut schema" in result.stderr


def test_section_e_with_the_llm_engine_is_refused_cleanly(llm_env: OpenAIStub) -> None:
    result = _draft("--section", "E")
    assert result.exit_code == 2 and "drop --engine llm" in result.stderr
