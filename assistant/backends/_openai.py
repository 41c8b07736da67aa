"""Any OpenAI-compatible endpoint through langchain-openai (OpenAI, Azure's /openai/v1, Ollama,
vLLM, llama.cpp). This is the only module that imports langchain_openai and openai, and it is
imported only when the LLM engine is chosen.

Retries are ours (langchain's max_retries=0) so they are bounded, counted and tested.
"""

import time
from collections.abc import Callable
from typing import Any

import openai
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import ValidationError

from assistant.errors import BackendError
from assistant.settings import Settings

from ._parse import parse_json, validate
from ._types import M, RenderedPrompt, Reply

METHODS = ("json_schema", "function_calling", "json_mode")
_UNSUPPORTED = (openai.BadRequestError, openai.UnprocessableEntityError, openai.NotFoundError)
_RETRYABLE = (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError,
              openai.APIConnectionError)


def _describe(err: Exception, timeout_s: float) -> str:
    """One sentence on what failed, with no request content in it."""
    if isinstance(err, openai.APITimeoutError):
        return f"the model endpoint did not answer within {timeout_s:g} s"
    if isinstance(err, openai.APIConnectionError):
        return "the model endpoint could not be reached"
    if isinstance(err, openai.RateLimitError):
        return "the model endpoint kept refusing with 429 (rate limit)"
    if isinstance(err, openai.APIStatusError):
        return f"the model endpoint kept failing with HTTP {err.status_code}"
    return f"the model endpoint failed ({type(err).__name__})"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_bad_json(err: Exception) -> bool:
    if isinstance(err, ValidationError):
        return any(e["type"] == "json_invalid" for e in err.errors())
    return "json" in str(err).lower()


class OpenAICompatible:
    """Structured output: JSON schema first, then function calling, then JSON mode."""

    name = "openai"
    is_remote = True

    def __init__(self, settings: Settings, *, max_retries: int = 2, backoff_s: float = 1.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not settings.llm_model:
            raise BackendError("EHCP_ASSIST_ENGINE is llm but no model is set; set "
                           "EHCP_ASSIST_LLM_MODEL or pass --engine offline.")
        self.settings = settings
        self.model: str | None = settings.llm_model
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self._sleep = sleep
        self._methods = list(METHODS)
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-set"
        self._chat = ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model,
                                api_key=key,  # type: ignore[arg-type]
                                timeout=settings.llm_timeout_s, max_retries=0, temperature=0)

    def complete(self, prompt: RenderedPrompt, schema: type[M]) -> Reply[M]:
        messages = [SystemMessage(prompt.system), HumanMessage(prompt.user)]
        started = time.perf_counter()
        attempts = 0
        last: Exception | None = None
        for method in list(self._methods):
            runnable = self._chat.with_structured_output(schema, method=method,  # type: ignore[arg-type]
                                                         include_raw=True)
            try:
                result, tries = self._with_retries(lambda: runnable.invoke(messages))
            except _UNSUPPORTED as err:  # the server lacks this mode: try the next one
                attempts += 1
                last = err
                self._methods.remove(method)
                continue
            except _RETRYABLE as err:
                raise BackendError(f"{_sentence(_describe(err, self.settings.llm_timeout_s))} "
                                   f"after {self.max_retries + 1} attempts; check "
                                   "EHCP_ASSIST_LLM_BASE_URL or try again later.") from err
            except openai.APIStatusError as err:
                raise BackendError(f"{_sentence(_describe(err, self.settings.llm_timeout_s))}; "
                                   "check EHCP_ASSIST_LLM_MODEL and the API key.") from err
            except (ValidationError, ValueError) as err:  # the client parsed and failed
                what = ("was not valid JSON" if _is_bad_json(err)
                        else f"did not fit the {schema.__name__} schema")
                raise BackendError(f"The model's reply {what}; nothing was kept. Try again, or "
                                   "use --engine offline.") from err
            attempts += tries
            parsed, raw = _parsed(result, schema)
            elapsed = round((time.perf_counter() - started) * 1000, 1)
            return Reply(parsed=parsed, raw=raw, meta={"method": method, "attempts": attempts,
                                                       "elapsed_ms": elapsed})
        raise BackendError("The model endpoint accepted no structured-output mode (JSON schema, "
                           "function calling or JSON mode); use a model that supports one.") from last

    def _with_retries(self, call: Callable[[], Any]) -> tuple[Any, int]:
        """429, 5xx, timeouts and refused connections: retry with exponential backoff, bounded."""
        for attempt in range(self.max_retries + 1):
            try:
                return call(), attempt + 1
            except _RETRYABLE:
                if attempt == self.max_retries:
                    raise
                self._sleep(self.backoff_s * 2 ** attempt)
        raise AssertionError("unreachable")


def _parsed(result: dict[str, Any], schema: type[M]) -> tuple[M, str]:
    """langchain may hand back None or {} without raising: both are failed replies."""
    raw_message = result.get("raw")
    raw = raw_message.content if isinstance(raw_message, AIMessage) else ""
    text = raw if isinstance(raw, str) else str(raw)
    if isinstance(raw_message, AIMessage):
        refusal = raw_message.additional_kwargs.get("refusal")
        if refusal:
            raise BackendError("The model refused to draft this case; nothing was kept. "
                               "Use --engine offline, or another model.")
    error = result.get("parsing_error")
    if error is not None and "refus" in type(error).__name__.lower():
        raise BackendError("The model refused to draft this case; nothing was kept. "
                           "Use --engine offline, or another model.") from error
    parsed = result.get("parsed")
    if parsed is None and isinstance(raw_message, AIMessage) and raw_message.tool_calls:
        parsed = raw_message.tool_calls[0].get("args")
    if parsed is None and text.strip():
        parsed = parse_json(text)
    return validate(parsed, schema), text
