"""Parse the SEND Code of Practice PDF into one chunk per numbered paragraph, plus the section table."""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BadInput
from ..models import OGL_ATTRIBUTION, Chunk, Document
from ._code_table import TABLE_HEADING, SectionTable
from ._pdf_lines import Line, Progress, open_pdf, quiet_pypdf, read_lines
from ._text import join_wrapped, unique

CODE_DOC_ID = "send-cop-2015"
CODE_TITLE = "SEND Code of Practice: 0 to 25 years (January 2015)"
CODE_PUBLISHER = "Department for Education and Department of Health"
CODE_LICENCE = "Open Government Licence v3.0"

NUMBER_MARGIN_X = 60.0
"""Paragraph numbers hang in the left margin (x about 30-37 pt); body text starts at 72 pt."""
CHAPTER_SIZE = 17.0
HEADING_X = (70.0, 88.0)
_BLOCK_GAP = 22.0
"""Lines in a block are about 16.5 pt apart; a bigger step down starts a new block."""
_KEEP_PARSED = 2
_PARSED: dict[str, tuple[Chunk, ...]] = {}
"""Chunks (frozen models) of recently parsed PDFs, by the sha256 of their bytes."""
_PARA_START = re.compile(r"^(\d{1,2}\.\d{1,3})\s+(.*)$")
_CHAPTER_START = re.compile(r"^(\d{1,2})\s+(.+)$")


@dataclass
class _Para:
    ref: str
    chapter: int
    chapter_title: str
    title: str
    page: int
    blocks: list[str] = field(default_factory=list)
    last: Line | None = None

    def add(self, line: Line) -> None:
        text = line.text
        new_block = (
            not self.blocks
            or text.startswith(("•", "o "))
            or self.last is None
            or (self.last.page == line.page and self.last.y - line.y > _BLOCK_GAP)
        )
        if text.startswith("•"):
            text = "• " + text.lstrip("• ").strip()
        elif text.startswith("o ") and line.x > 110:
            text = "  o " + text[2:].strip()
        if new_block:
            self.blocks.append(text)
        else:
            self.blocks[-1] = join_wrapped(self.blocks[-1], text)
        self.last = line


@dataclass
class _State:
    chapter: int | None = None
    chapter_title: str = ""
    headings: dict[int, str] = field(default_factory=dict)
    heading_size: float | None = None
    para: _Para | None = None
    table: SectionTable | None = None
    tables: list[SectionTable] = field(default_factory=list)
    paras: list[_Para] = field(default_factory=list)

    def close(self) -> None:
        if self.para is not None:
            self.paras.append(self.para)
        self.para = None

    @property
    def heading(self) -> str:
        return self.headings[max(self.headings)] if self.headings else self.chapter_title


def parse_code_pdf(path: Path, progress: Progress | None = None) -> Document:
    """Parse the Code PDF at path; BadInput when it is unreadable or not the Code.

    The same bytes parse to the same chunks, so a process keeps the last few results: the CLI,
    the app and the tests may ask for the Code more than once, and a parse takes seconds.
    """
    data = _read(path)
    sha256 = hashlib.sha256(data).hexdigest()
    chunks = _PARSED.get(sha256)
    if chunks is None:
        chunks = _parse(data, path.name, progress)
        _PARSED[sha256] = chunks
        while len(_PARSED) > _KEEP_PARSED:
            del _PARSED[next(iter(_PARSED))]
    elif progress is not None:
        progress(1, 1)
    return Document(
        doc_id=CODE_DOC_ID,
        title=CODE_TITLE,
        publisher=CODE_PUBLISHER,
        licence=CODE_LICENCE,
        attribution=OGL_ATTRIBUTION,
        sha256=sha256,
        path=str(path),
        chunks=list(chunks),
    )


def _parse(data: bytes, name: str, progress: Progress | None) -> tuple[Chunk, ...]:
    with quiet_pypdf():
        reader = open_pdf(data, name)
        lines = read_lines(reader, name, progress)
    state = _walk(lines)
    if not any(p.chapter is not None for p in state.paras):
        raise BadInput(
            f"{name} does not look like the SEND Code of Practice: no numbered paragraphs "
            "such as 9.66 were found; supply the January 2015 Code PDF."
        )
    return tuple(_chunks(state))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise BadInput(f"{path} does not exist; check the path to the Code PDF.") from err
    except IsADirectoryError as err:
        raise BadInput(f"{path} is a folder; give the path of the Code PDF file.") from err
    except OSError as err:
        raise BadInput(f"{path} could not be read ({err.strerror}); check its permissions.") from err


def _walk(lines: list[Line]) -> _State:
    state = _State()
    previous: Line | None = None
    for line in lines:
        if line.size >= CHAPTER_SIZE and line.is_bold:
            _chapter_line(state, line, previous)
        elif _is_heading(line) and not _in_table_body(state, line):
            _heading_line(state, line, previous)
        else:
            _body_line(state, line)
        previous = line
    state.close()
    return state


def _chapter_line(state: _State, line: Line, previous: Line | None) -> None:
    state.close()
    state.table = None
    continues = previous is not None and previous.size >= CHAPTER_SIZE and previous.page == line.page
    if continues:
        state.chapter_title = join_wrapped(state.chapter_title, line.text)
        return
    start = _CHAPTER_START.match(line.text)
    state.chapter = int(start[1]) if start else None
    state.chapter_title = start[2].strip() if start else line.text
    state.headings = {}


def _heading_line(state: _State, line: Line, previous: Line | None) -> None:
    state.close()
    level = 1 if line.size >= 15.5 else 2 if line.size >= 13.5 else 3
    continues = (
        previous is not None
        and previous.is_bold
        and previous.size == line.size
        and previous.page == line.page
        and state.headings.get(level)
        and state.heading_size == line.size
    )
    if continues:
        state.headings[level] = join_wrapped(state.headings[level], line.text)
    else:
        state.headings = {k: v for k, v in state.headings.items() if k < level}
        state.headings[level] = line.text
        state.heading_size = line.size
    if state.chapter == 9 and state.headings[level].lower().startswith(TABLE_HEADING):
        state.table = SectionTable()
        state.tables.append(state.table)
    elif level < 3:
        state.table = None


def _is_heading(line: Line) -> bool:
    """Headings are bold lines at the text margin (72 pt; 85 pt in chapter 11), never bullets."""
    if not line.is_bold or not HEADING_X[0] <= line.x <= HEADING_X[1] or line.text.startswith("•"):
        return False
    return line.size >= 13.5 or (line.size >= 11.5 and line.x < 74.0)


def _in_table_body(state: _State, line: Line) -> bool:
    return state.table is not None and line.size < 13.5


def _body_line(state: _State, line: Line) -> None:
    start = _PARA_START.match(line.text) if line.x < NUMBER_MARGIN_X else None
    if start and state.chapter is not None:
        state.close()
        state.table = None
        state.para = _Para(
            start[1], state.chapter, state.chapter_title, state.heading, line.page
        )
        state.para.add(Line(line.page, line.x, line.y, line.size, False, start[2].strip()))
        return
    if state.table is not None:
        state.table.feed(line)
    elif state.para is not None:
        state.para.add(line)


def _chunks(state: _State) -> list[Chunk]:
    seen: set[str] = set()
    chunks: list[Chunk] = []
    common = {
        "doc_id": CODE_DOC_ID,
        "source": CODE_TITLE,
        "publisher": CODE_PUBLISHER,
        "licence": CODE_LICENCE,
        "attribution": OGL_ATTRIBUTION,
    }
    for para in state.paras:
        text = "\n".join(b for b in para.blocks if b).strip()
        if not text:
            continue
        ref = unique(para.ref, seen)
        chunks.append(Chunk(
            id=f"{CODE_DOC_ID}:{ref}", ref=ref, kind="code_paragraph", title=para.title,
            text=text, chapter=para.chapter, chapter_title=para.chapter_title, page=para.page,
            **common,
        ))
        if para.ref == "9.69":
            chunks += _table_chunks(state, seen, para, common)
    return chunks


def _table_chunks(
    state: _State, seen: set[str], para: _Para, common: dict[str, str]
) -> list[Chunk]:
    return [
        Chunk(
            id=f"{CODE_DOC_ID}:{ref}", ref=ref, kind="code_table_row",
            title=f"EHC plan Section {row.letter}: what to include", text=row.text,
            chapter=para.chapter, chapter_title=para.chapter_title, page=row.page, **common,
        )
        for table in state.tables[:1]
        for row in table.rows
        for ref in [unique(f"9.69-table-{row.letter}", seen)]
    ]
