"""Backends by name; a plugin can register more. Each entry imports its module only when used."""

from collections.abc import Callable
from typing import Any

from assistant.errors import BadInput
from assistant.settings import Settings

from ._types import Backend

BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, Callable[[], BackendFactory]] = {}


def backend(name: str) -> Callable[[Callable[[], BackendFactory]], Callable[[], BackendFactory]]:
    """Register a loader that returns the backend class (so heavy imports wait until chosen)."""
    def register(loader: Callable[[], BackendFactory]) -> Callable[[], BackendFactory]:
        if name in _REGISTRY:
            raise ValueError(f"backend {name!r} is registered twice")
        _REGISTRY[name] = loader
        return loader
    return register


@backend("openai")
def _openai() -> BackendFactory:
    from ._openai import OpenAICompatible  # langchain_openai is imported here, not before

    return OpenAICompatible


def backend_names() -> list[str]:
    return sorted(_REGISTRY)


def get_backend(settings: Settings, name: str = "openai", **options: Any) -> Backend:
    """The named backend built from settings; options such as backoff_s go to its constructor."""
    if name not in _REGISTRY:
        raise BadInput(f"No backend called {name!r}; choose one of {', '.join(backend_names())}.")
    return _REGISTRY[name]()(settings, **options)
