"""Prompts are files in prompts/, never literals in code; a draft records each one's id + sha256."""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistError
from assistant.paths import PROMPTS_DIR

from ._types import RenderedPrompt

_FRONT = re.compile(r"\A---\n(?P<head>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)
_SLOT = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@dataclass(frozen=True)
class PromptFile:
    id: str
    version: str
    text: str
    """The body after the front matter, with {{slots}}."""
    sha256: str
    """Of the file's bytes, front matter included."""

    def render(self, **values: str) -> str:
        """Fill every {{slot}}; a slot with no value is a bug in the caller, not the user."""
        def fill(match: re.Match[str]) -> str:
            return values[match.group(1)]
        return _SLOT.sub(fill, self.text)


def load_prompt(prompt_id: str, folder: Path | None = None) -> PromptFile:
    path = (folder or PROMPTS_DIR) / f"{prompt_id}.md"
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise AssistError(f"The prompt file {path} is missing; reinstall the package or restore "
                          "prompts/ from the repository.") from err
    match = _FRONT.match(raw.decode("utf-8"))
    head = dict(line.split(":", 1) for line in match.group("head").splitlines()) if match else {}
    meta = {k.strip(): v.strip() for k, v in head.items()}
    if not match or meta.get("id") != prompt_id or "version" not in meta:
        raise AssistError(f"{path} needs front matter with 'id: {prompt_id}' and 'version:'; "
                          "restore it from the repository.")
    return PromptFile(id=prompt_id, version=meta["version"], text=match.group("body"),
                      sha256=hashlib.sha256(raw).hexdigest())


def render_prompt(task_id: str, system_id: str = "system", **values: str) -> RenderedPrompt:
    """The system prompt and one task prompt, recorded by the task's id and hash."""
    system = load_prompt(system_id)
    task = load_prompt(task_id)
    return RenderedPrompt(system=system.render(), user=task.render(**values), prompt_id=task.id,
                          sha256=task.sha256,
                          sources={system.id: system.sha256, task.id: task.sha256})
