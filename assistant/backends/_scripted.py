"""A backend that replays scripted replies and keeps the prompts: tests use it like a model."""

from collections import deque

from assistant.errors import BackendError

from ._parse import parse_reply
from ._types import M, RenderedPrompt, Reply


class ScriptedBackend:
    """Replies go in as a queue, prompts come out as a list; parsing is the real code."""

    name = "scripted"
    is_remote = True  # treat it like a remote endpoint, so pseudonymisation is exercised

    def __init__(self, *replies: str, model: str = "scripted") -> None:
        self.replies = deque(replies)
        self.prompts: list[RenderedPrompt] = []
        self.model: str | None = model

    def complete(self, prompt: RenderedPrompt, schema: type[M]) -> Reply[M]:
        self.prompts.append(prompt)
        if not self.replies:
            raise BackendError("The scripted backend has no reply left; script one more.")
        raw = self.replies.popleft()
        return Reply(parsed=parse_reply(raw, schema), raw=raw,
                     meta={"method": "scripted", "attempts": 1, "elapsed_ms": 0.0})
