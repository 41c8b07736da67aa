"""Model backends: a one-method Protocol, a registry, an OpenAI-compatible backend and a scripted one.

    from assistant.backends import get_backend, render_prompt
    backend = get_backend(settings)                 # langchain_openai is imported only now
    reply = backend.complete(render_prompt("draft_advice", case=...), DraftOut)

Endpoints: EHCP_ASSIST_LLM_BASE_URL names any OpenAI-compatible server, e.g.
http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM, llama.cpp). Azure OpenAI:
use its v1 endpoint, https://RESOURCE.openai.azure.com/openai/v1/, with the deployment name as
EHCP_ASSIST_LLM_MODEL and the resource key as EHCP_ASSIST_LLM_API_KEY (no api-version needed).
"""

from ._parse import parse_reply
from ._prompts import PromptFile, load_prompt, render_prompt
from ._registry import backend, backend_names, get_backend
from ._scripted import ScriptedBackend
from ._types import Backend, RenderedPrompt, Reply

__all__ = [
    "Backend",
    "PromptFile",
    "RenderedPrompt",
    "Reply",
    "ScriptedBackend",
    "backend",
    "backend_names",
    "get_backend",
    "load_prompt",
    "parse_reply",
    "render_prompt",
]
