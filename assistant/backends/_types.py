"""What every backend takes and gives: a rendered prompt in, a parsed pydantic reply out."""

from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class RenderedPrompt:
    """A system and a user message, plus which prompt files (id, sha256) they came from."""

    system: str
    user: str
    prompt_id: str
    sha256: str
    sources: dict[str, str] = field(default_factory=dict)
    """Every prompt file used (id -> sha256), so history can say exactly what was sent."""


@dataclass(frozen=True)
class Reply(Generic[M]):
    parsed: M
    raw: str
    meta: dict[str, Any] = field(default_factory=dict)
    """method, attempts (HTTP requests), elapsed_ms: nothing personal."""


class Backend(Protocol):
    """One method, so a scripted model and a remote endpoint are interchangeable in tests."""

    name: str
    model: str | None
    is_remote: bool

    def complete(self, prompt: RenderedPrompt, schema: type[M]) -> Reply[M]: ...
