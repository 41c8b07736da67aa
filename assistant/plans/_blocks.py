"""The plan as a stream of blocks, so Markdown and DOCX readers share one assembler."""

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "para", "bullet", "table"]

_EMPHASIS = re.compile(r"(\*\*|__|`)")
_LONE_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its paragraphs, each flagged when it was a bullet."""

    lines: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return " ".join(line for line, _ in self.lines)


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, a paragraph, a bullet or a table, with the source line it started on."""

    kind: BlockKind
    text: str = ""
    line: int | None = None
    level: int = 0
    """Heading level (1-6; 7 for a bold-only line, 8 for a plain line) or bullet depth."""
    rows: tuple[tuple[Cell, ...], ...] = field(default=())
    """For tables: the header row first."""
    row_lines: tuple[int, ...] = field(default=())
    """For Markdown tables: the source line of each row in `rows`."""


def clean(text: str) -> str:
    """Plain words: no Markdown emphasis, no doubled spaces, no stray bullet marks."""
    text = _EMPHASIS.sub("", text)
    text = _LONE_STAR.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()
