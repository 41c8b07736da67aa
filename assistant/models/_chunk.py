"""Citable pieces of the corpus: a Code paragraph, a table row, a guidance section."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

ChunkKind = Literal["code_paragraph", "code_table_row", "guidance_section", "guidance_answer"]

OGL_ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0."
)


class Chunk(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    """Stable across re-ingestion: '<doc_id>:<ref>'."""
    doc_id: str
    ref: str
    """Code paragraph number ('9.66'), table row ('9.69-table-E') or guidance section id."""
    kind: ChunkKind
    title: str
    """The heading a reader sees beside the citation."""
    text: str
    source: str
    """Document title, e.g. 'SEND Code of Practice 2015'."""
    chapter: int | None = None
    chapter_title: str | None = None
    page: int | None = None
    publisher: str | None = None
    licence: str | None = None
    attribution: str | None = None


class SearchHit(BaseModel):
    """The `ehcp-assist search --format json` hit contract, plus what the UI needs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ref: str
    source: str
    title: str
    score: float
    text: str
    attribution: str | None = None


class Document(BaseModel):
    """A parsed source: the Code of Practice PDF or one guidance document, ready to index."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    """Stable slug, e.g. 'send-cop-2015' or the guidance file's slug."""
    title: str
    publisher: str | None = None
    licence: str | None = None
    attribution: str | None = None
    sha256: str
    """Of the source bytes: adding the same file twice is a no-op."""
    path: str | None = None
    chunks: list[Chunk]
