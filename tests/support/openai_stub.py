"""A small OpenAI-compatible server on 127.0.0.1: replays scripted replies, records each request.

The real langchain-openai and openai client code runs against it, so tests see what really
leaves the machine. Each scripted reply is a Step: an HTTP status, a body, and an optional delay.
"""

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant.models import AdviceRequest, Draft
from assistant.privacy import pseudonymise


@dataclass(frozen=True)
class Step:
    status: int = 200
    body: Any = None
    delay_s: float = 0.0
    """Hold the reply this long (past the client's timeout, say); released at shutdown."""
    sticky: bool = False
    """Repeat for ever ('500 forever') instead of being used once."""


@dataclass
class Recorded:
    path: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


def completion(content: str | None, *, tool_args: str | None = None,
               refusal: str | None = None, model: str = "stub-model") -> dict[str, Any]:
    """A chat.completion body: plain content, a tool call with these arguments, or a refusal."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    if tool_args is not None:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": "DraftOut", "arguments": tool_args}}]
    return {"id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": "tool_calls" if tool_args else "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def chat_json(data: Any) -> Step:
    """A good structured reply: the JSON as the message content."""
    return Step(body=completion(json.dumps(data)))


def error(status: int, message: str = "stub error", sticky: bool = False) -> Step:
    return Step(status=status, body={"error": {"message": message, "type": "stub",
                                               "code": str(status)}}, sticky=sticky)


class OpenAIStub:
    def __init__(self) -> None:
        self.steps: deque[Step] = deque()
        self.requests: list[Recorded] = []
        self.released = threading.Event()
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode("utf-8")
                with stub._lock:
                    stub.requests.append(Recorded(self.path, body, dict(self.headers)))
                    step = stub._next()
                if step.delay_s:
                    stub.released.wait(step.delay_s)
                payload = json.dumps(step.body if step.body is not None else {}).encode()
                try:
                    self.send_response(step.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out first
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _next(self) -> Step:
        if not self.steps:
            return error(500, "the stub has no scripted reply left")
        step = self.steps[0]
        if not step.sticky:
            self.steps.popleft()
        return step

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def enqueue(self, *steps: Step) -> None:
        self.steps.extend(steps)

    def all_bodies(self) -> str:
        return "\n".join(r.body for r in self.requests)

    def start(self) -> "OpenAIStub":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def openai_stub() -> Iterator[OpenAIStub]:
    """Import this fixture into a test module: `from support.openai_stub import openai_stub`."""
    stub = OpenAIStub().start()
    yield stub
    stub.stop()


def draft_reply(draft: Draft, request: AdviceRequest) -> dict[str, Any]:
    """A good DraftOut reply, pseudonymised as a remote model would see the case: the offline
    engine's draft of the same request, rewritten into the slots the model fills."""
    _, pseudonymiser = pseudonymise(request)
    needs = [n.id for n in draft.needs]

    def number(items: list[str], value: str | None) -> int | None:
        return items.index(value) + 1 if value in items else None

    outcomes = []
    for outcome in draft.outcomes:
        will = outcome.text.split(" will ", 1)[1] if " will " in outcome.text else outcome.text
        outcomes.append({
            "outcome_sought": number(request.outcomes_sought, outcome.outcome_sought),
            "aspiration": number(request.aspirations, outcome.aspiration),
            "will": will, "needs": [needs.index(n) + 1 for n in outcome.need_ids if n in needs],
            "provision": [{"text": p.text, "what": p.what, "who": p.who,
                           "frequency": p.frequency, "duration": p.duration,
                           "group_size": p.group_size} for p in outcome.provision]})
    body = {"needs": [{"area": n.area, "text": n.text} for n in draft.needs],
            "outcomes": outcomes, "questions": []}
    return _map(body, pseudonymiser.text)


def _map(value: Any, change: Any) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map(v, change) for k, v in value.items()}
    return value
