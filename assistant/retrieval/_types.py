"""What the index reports back: a document in the registry, the result of adding one."""

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

SearchMode = Literal["hybrid", "bm25", "dense"]
Metadata = dict[str, str | int | float | bool]


@dataclass(frozen=True)
class Record:
    """One stored chunk: its id, raw text and metadata, enough to re-embed or re-index it."""

    id: str
    text: str
    metadata: Metadata


class DocumentInfo(BaseModel):
    """One complete document in the store, as `corpus list` shows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    title: str
    publisher: str | None = None
    licence: str | None = None
    sha256: str
    chunks: int
    added_at: str
    """UTC, ISO 8601."""
    has_code: bool
    """True when the document holds Code of Practice paragraphs."""


class AddResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    chunks: int
    skipped: bool
    """True when the same content was already indexed, so nothing was done."""


class RankedChunk(BaseModel):
    """A hit with the ids evaluation needs; `SearchHit` is its public face."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    chunk_id: str
    doc_id: str
    ref: str
    kind: str
    source: str
    title: str
    score: float
    text: str
    chapter: int | None = None
    attribution: str | None = None
