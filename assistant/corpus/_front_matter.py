"""The `---` block at the top of a guidance document: a small YAML subset, read without PyYAML."""

import re

from pydantic import BaseModel, ConfigDict

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_ITEM = re.compile(r"^\s*-\s+(.*)$")


class FrontMatter(BaseModel):
    """What a document says about itself; any field may be missing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    publisher: str | None = None
    licence: str | None = None
    attribution: str | None = None
    cites: list[str] = []
    """Code paragraphs (e.g. '9.66', '9.69-table-F') or other sources the document rests on."""
    kind: str | None = None
    """'answers' for a document of plain-language questions and answers (corpus/answers-*.md):
    search ranks its sections below the Code paragraphs they cite."""


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """(front matter, body); a document without a `---` block gets an empty FrontMatter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        return FrontMatter(), text
    return _parse(lines[1:end]), "\n".join(lines[end + 1 :])


def _parse(lines: list[str]) -> FrontMatter:
    values: dict[str, str | list[str]] = {}
    key: str | None = None
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        item = _ITEM.match(raw)
        if item and key is not None:
            current = values.get(key)
            values[key] = [*(current if isinstance(current, list) else []), _scalar(item[1])]
            continue
        pair = _KEY.match(raw)
        if pair is None:
            continue
        key = pair[1].lower().replace("-", "_")
        values[key] = _value(pair[2].strip())
    if "license" in values and "licence" not in values:
        values["licence"] = values["license"]
    cites = values.get("cites", [])
    return FrontMatter(
        title=_text(values.get("title")),
        publisher=_text(values.get("publisher")),
        licence=_text(values.get("licence")),
        attribution=_text(values.get("attribution")),
        cites=[cites] if isinstance(cites, str) and cites else list(cites) if cites else [],
        kind=_text(values.get("kind")),
    )


def _value(raw: str) -> str | list[str]:
    if raw.startswith("[") and raw.endswith("]"):
        return [_scalar(part) for part in raw[1:-1].split(",") if part.strip()]
    return _scalar(raw)


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def _text(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        return ", ".join(value) or None
    return value or None


__all__ = ["FrontMatter", "split_front_matter"]
