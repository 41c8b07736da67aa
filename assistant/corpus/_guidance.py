"""Parse a guidance document (Markdown or plain text) into one chunk per section."""

import hashlib
import re
from pathlib import Path

from ..errors import BadInput
from ..models import Chunk, Document
from ._front_matter import FrontMatter, split_front_matter
from ._guidance_sections import Section, is_markdown, markdown_sections, plain_sections
from ._text import slugify, unique

PART_WORDS = 250
"""Long sections are cut into parts of about this many words, so a hit cites a readable passage."""
_SPLIT_OVER = 320
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘“(])")


def read_guidance(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text, or BadInput saying what is wrong with it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise BadInput(f"{path} does not exist; check the path to the guidance document.") from err
    except IsADirectoryError as err:
        raise BadInput(f"{path} is a folder; give the path of one guidance file.") from err
    except OSError as err:
        raise BadInput(f"{path} could not be read ({err.strerror}); check its permissions.") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(
            f"{path.name} is not UTF-8 text; save it as UTF-8 Markdown or plain text and retry."
        ) from err
    return data, text.replace("\r\n", "\n").replace("\r", "\n")


def front_matter(path: Path) -> FrontMatter:
    """The document's own front matter (title, publisher, licence, attribution, cites)."""
    return split_front_matter(read_guidance(path)[1])[0]


def parse_guidance(
    path: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    licence: str | None = None,
) -> Document:
    """Chunks by heading. An argument given wins, then front matter, then the first heading."""
    data, text = read_guidance(path)
    meta, body = split_front_matter(text)
    sections = markdown_sections(body) if is_markdown(body) else plain_sections(body)
    headed = [s for s in sections if s.heading]
    doc_title = title or meta.title or (headed[0].heading if headed else _from_filename(path))
    doc_id = slugify(doc_title, max_words=12)
    chunks = _chunks(sections, doc_id, doc_title, meta, publisher, licence)
    if not chunks:
        raise BadInput(f"{path.name} has no text to index; check that it is the right file.")
    return Document(
        doc_id=doc_id,
        title=doc_title,
        publisher=publisher or meta.publisher,
        licence=licence or meta.licence,
        attribution=meta.attribution,
        sha256=hashlib.sha256(data).hexdigest(),
        path=str(path),
        chunks=chunks,
    )


def _chunks(
    sections: list[Section],
    doc_id: str,
    doc_title: str,
    meta: FrontMatter,
    publisher: str | None,
    licence: str | None,
) -> list[Chunk]:
    seen: set[str] = set()
    chunks: list[Chunk] = []
    for section in sections:
        text = section.text
        heading = section.heading or doc_title
        if not text or text == heading:
            continue
        base = slugify(section.heading) if section.heading else "introduction"
        if base in seen and section.parent:
            base = f"{slugify(section.parent, max_words=5)}-{base}"
        ref = unique(base, seen)
        for n, part in enumerate(_parts(text), start=1):
            part_ref = ref if n == 1 else unique(f"{ref}-p{n}", seen)
            chunks.append(Chunk(
                id=f"{doc_id}:{part_ref}", doc_id=doc_id, ref=part_ref,
                kind="guidance_answer" if meta.kind == "answers" else "guidance_section",
                title=heading if n == 1 else f"{heading} (part {n})", text=part,
                source=doc_title, publisher=publisher or meta.publisher,
                licence=licence or meta.licence, attribution=meta.attribution,
            ))
    return chunks


def _parts(text: str) -> list[str]:
    """The section whole when short; else ~PART_WORDS-word parts cut at paragraphs or sentences."""
    if len(text.split()) <= _SPLIT_OVER:
        return [text]
    units: list[tuple[str, str]] = []
    for paragraph in re.split(r"\n\s*\n", text):
        if len(paragraph.split()) > PART_WORDS:
            sentences = _SENTENCE.split(paragraph.strip())
            units += [(s, "\n\n" if i == 0 else " ") for i, s in enumerate(sentences)]
        elif paragraph.strip():
            units.append((paragraph.strip(), "\n\n"))
    parts: list[str] = []
    count = 0
    for unit, joiner in units:
        words = len(unit.split())
        if not parts or count + words > PART_WORDS:
            parts.append(unit)
            count = words
        else:
            parts[-1] += joiner + unit
            count += words
    return [p.strip() for p in parts if p.strip()]


def _from_filename(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize() or "Guidance"
