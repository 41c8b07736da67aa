"""Parse the SEND Code of Practice PDF and guidance documents into citable chunks.

    from assistant.corpus import load_document, shipped_documents
    doc = load_document(Path("SEND_Code_of_Practice_January_2015.pdf"))   # one chunk per paragraph
"""

from collections.abc import Callable
from pathlib import Path

from ..errors import BadInput
from ..models import Document
from ._code import CODE_DOC_ID, CODE_LICENCE, CODE_PUBLISHER, CODE_TITLE, parse_code_pdf
from ._fetch import CODE_FILENAME, CODE_SHA256, CODE_URL, fetch_code, verify_code_pdf
from ._front_matter import FrontMatter
from ._guidance import front_matter, parse_guidance
from ._shipped import shipped_documents

GUIDANCE_SUFFIXES = (".md", ".markdown", ".txt")


def load_document(
    path: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    licence: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """A .pdf goes to the Code parser; .md, .markdown and .txt to the guidance parser."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return parse_code_pdf(path, progress=progress)
    if suffix in GUIDANCE_SUFFIXES:
        document = parse_guidance(path, title=title, publisher=publisher, licence=licence)
        if progress is not None:
            progress(1, 1)
        return document
    raise BadInput(
        f"{path.name} is not a file the corpus can read; give the Code of Practice PDF or a "
        "Markdown (.md) or plain-text (.txt) guidance document."
    )


__all__ = [
    "CODE_DOC_ID",
    "CODE_FILENAME",
    "CODE_LICENCE",
    "CODE_PUBLISHER",
    "CODE_SHA256",
    "CODE_TITLE",
    "CODE_URL",
    "GUIDANCE_SUFFIXES",
    "FrontMatter",
    "fetch_code",
    "front_matter",
    "load_document",
    "parse_code_pdf",
    "parse_guidance",
    "shipped_documents",
    "verify_code_pdf",
]
