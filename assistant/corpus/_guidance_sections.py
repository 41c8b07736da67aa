"""Find the headings of a guidance document: Markdown '#' lines, or plain-text heading lines."""

import html
import re
from dataclasses import dataclass, field

from ._text import join_wrapped

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = re.compile(r"^\d+(\.\d+)*\.?\s+\S")
_TOC_LINE = re.compile(r"(\.{3,}|…+)\s*\t?\s*\d+\s*$")
_BULLET = re.compile(r"^[-*•▪✓o►]\s")
_BLOCK_START = re.compile(r"^([-*+•▪✓]\s|\d+[.)]\s|[|#>]|```)")
_SENTENCE_END = (".", "!", "?", ":", ";", ")", "”", '"', "'")
_TAG = re.compile(r"<[^>]+>")
_FOOTNOTE = re.compile(r"<sup>.*?</sup>", re.I | re.S)
_TABLE_RULE = re.compile(r"^\s*\|?[\s|:-]*\|[\s|:-]*$")
MAX_HEADING_WORDS = 12
_EXAMPLE = re.compile(r"^((worked\s+)?example|case study)\b", re.I)


@dataclass
class Section:
    heading: str
    level: int
    parent: str | None = None
    lines: list[str] = field(default_factory=list)
    hard_break: bool = False
    """The last Markdown line ended with two spaces or a backslash: the next starts a new line."""

    @property
    def text(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", "\n".join(self.lines)).strip()


def is_markdown(text: str) -> bool:
    return any(_MD_HEADING.match(line) for line in text.split("\n"))


def clean_inline(text: str) -> str:
    """Markdown emphasis, HTML tags and footnote markers off; entities decoded."""
    text = _FOOTNOTE.sub("", text)
    text = re.sub(r"<\s*li[^>]*>", "\n- ", text, flags=re.I)
    text = re.sub(r"<\s*(br|/p|/li|/tr)[^>]*>", "\n", text, flags=re.I)
    text = _TAG.sub("", text)
    text = re.sub(r"\[([^\]]+)\]\(#?[^)]*\)", r"\1", text)
    text = text.replace("**", "").replace("__", "")
    return html.unescape(text)


def markdown_sections(text: str) -> list[Section]:
    sections: list[Section] = [Section("", 0)]
    stack: list[Section] = []
    in_fence = False
    for raw in text.split("\n"):
        if raw.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _MD_HEADING.match(raw)
        if match:
            heading = _clean_heading(match[2])
            level = len(match[1])
            if stack and is_example(stack[-1].heading) and level > stack[-1].level \
                    and not is_example(heading):
                sections[-1].lines.append(heading)
                continue
            if heading:
                stack = [s for s in stack if s.level < level]
                section = Section(heading, level, stack[-1].heading if stack else None)
                stack.append(section)
                sections.append(section)
                continue
        if _TABLE_RULE.match(raw):
            continue
        _add_markdown_line(sections[-1], raw, in_fence)
    return sections


def _add_markdown_line(section: Section, raw: str, in_fence: bool) -> None:
    """Soft-wrapped Markdown lines join into one line, as a renderer would show them."""
    pieces = clean_inline(raw).rstrip().split("\n")
    previous = section.lines[-1] if section.lines else ""
    is_soft_wrap = (
        not in_fence
        and len(pieces) == 1
        and pieces[0].strip()
        and previous.strip()
        and not section.hard_break
        and not previous.lstrip().startswith(("|", "```"))
        and not _BLOCK_START.match(pieces[0].strip())
    )
    if is_soft_wrap:
        section.lines[-1] = join_wrapped(previous.rstrip(), pieces[0].strip())
    else:
        section.lines += pieces
    section.hard_break = in_fence or raw.endswith(("  ", "\\"))


def plain_sections(text: str) -> list[Section]:
    lines = [line.rstrip() for line in text.split("\n") if not _TOC_LINE.search(line)]
    upcoming = _next_non_blank(lines)
    sections: list[Section] = [Section("", 0)]
    parents: dict[int, str] = {}
    previous = ""
    for i, raw in enumerate(lines):
        line = raw.strip()
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        level = _plain_heading_level(line, previous, following, upcoming[i])
        if level == 3 and is_example(sections[-1].heading) and not is_example(line):
            level = 0
        if level:
            heading = _clean_heading(line)
            parents = {k: v for k, v in parents.items() if k < level}
            parent = parents[max(parents)] if parents else None
            sections.append(Section(heading, level, parent))
            parents[level] = heading
        else:
            sections[-1].lines.append(clean_inline(raw))
        if line:
            previous = line if not level else "."
    return sections


def is_example(heading: str) -> bool:
    """A worked example stays one section: its own sub-headings become part of its text."""
    return bool(_EXAMPLE.match(heading))


def _next_non_blank(lines: list[str]) -> list[str]:
    found, after = [""] * len(lines), ""
    for i in range(len(lines) - 1, -1, -1):
        found[i] = after
        if lines[i].strip():
            after = lines[i].strip()
    return found


def _plain_heading_level(line: str, previous: str, following: str, upcoming: str) -> int:
    """0 when line is body text; else 1 ('4 Outcomes'), 2 ('4.2 Examples') or 3 (any other)."""
    words = line.split()
    limit = MAX_HEADING_WORDS + (6 if _NUMBERED.match(line) else 0)
    if not words or len(words) > limit or len(line) > 120 or following:
        return 0
    if _BULLET.match(line) or line.rstrip(")”’\"'").endswith((".", ",", ";", ":")):
        return 0
    first = line.lstrip("‘“'\"(")[:1]
    if not (first.isupper() or first.isdigit()) or upcoming[:1].islower():
        return 0
    if previous and not previous.endswith(_SENTENCE_END) and not _BULLET.match(previous):
        return 0
    if _NUMBERED.match(line):
        number = words[0].rstrip(".")
        return 1 if "." not in number else 2
    if line[0].isdigit():
        return 0
    return 3


def _clean_heading(raw: str) -> str:
    text = clean_inline(raw).replace("\n", " ")
    text = re.sub(r"\s+", " ", text).strip().rstrip(":").strip()
    return text.strip("*_ ").strip()


__all__ = ["Section", "clean_inline", "is_example", "is_markdown", "markdown_sections", "plain_sections"]
