"""The only module that imports chromadb: chunk vectors and the document registry live in Chroma.

Keeping the registry and chunk texts in Chroma (not in a local sidecar) means an embedded store
and a Chroma server behave the same, and the lexical index can always be rebuilt from Chroma.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from ..errors import BadInput, CorpusError
from ..settings import Settings
from ._embedder import get_embedder
from ._types import Metadata, Record

CHUNKS = "ehcp_chunks"
DOCUMENTS = "ehcp_documents"
_REBUILDING = "ehcp_chunks_rebuild"
_PAGE = 1000

@register_embedding_function
class ChromaEmbedder(EmbeddingFunction[Documents]):
    """Chroma's default embedder downloads a model; this one runs the project's offline embedder."""

    def __init__(self, embedder_id: str = "minilm-int8") -> None:
        self.embedder_id = embedder_id

    def __call__(self, input: Documents) -> Embeddings:
        return list(get_embedder(self.embedder_id).embed(list(input)))

    @staticmethod
    def name() -> str:
        return "ehcp-assist"

    def get_config(self) -> dict[str, Any]:
        return {"embedder": self.embedder_id}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedder:
        return ChromaEmbedder(str(config.get("embedder", "minilm-int8")))

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def is_legacy(self) -> bool:
        return False


def _client(settings: Settings) -> Any:
    chroma = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if not url.hostname:
            raise CorpusError(
                f"EHCP_ASSIST_CHROMA_URL '{settings.chroma_url}' is not a URL; "
                "use http://host:port or unset it."
            )
        try:
            return chromadb.HttpClient(
                host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https", settings=chroma
            )
        except Exception as err:  # chromadb raises plain exceptions for an unreachable server
            raise CorpusError(
                f"Cannot reach the Chroma server at {settings.chroma_url}; start it or unset "
                "EHCP_ASSIST_CHROMA_URL."
            ) from err
    path = writable_home(Path(settings.home)) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma)


def writable_home(home: Path) -> Path:
    """A file at home, or a folder that cannot be written, is the user's to fix (BadInput), not
    a traceback from deep inside Chroma."""
    fix = "set EHCP_ASSIST_HOME (or pass --home) to a folder you can write to"
    if home.exists() and not home.is_dir():
        raise BadInput(f"The data directory {home} is a file, not a folder; {fix}.")
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BadInput(f"Cannot create the data directory {home} ({err.strerror}); {fix}.") from err
    if not os.access(home, os.W_OK | os.X_OK):
        raise BadInput(f"The data directory {home} is not writable; {fix}.")
    return home


class ChunkStore:
    """Chunk vectors plus a registry of complete documents, in one Chroma database."""

    def __init__(self, settings: Settings, *, refuse_mixing: bool = True) -> None:
        self.embedder_id = settings.embedder
        self._client = _client(settings)
        self._recover_rebuild()
        if not refuse_mixing and CHUNKS in self._names():
            self._chunks = self._client.get_collection(CHUNKS)  # only read, to be re-embedded
        else:
            self._chunks = self._open_chunks(refuse_mixing=True)
        self._documents = self._client.get_or_create_collection(
            DOCUMENTS, embedding_function=None, metadata={"hnsw:space": "l2"}
        )

    def _names(self) -> set[str]:
        return {getattr(c, "name", c) for c in self._client.list_collections()}

    def _recover_rebuild(self) -> None:
        """A rebuild that stopped after dropping the old vectors finishes its rename here."""
        names = self._names()
        if _REBUILDING in names and CHUNKS not in names:
            self._client.get_collection(_REBUILDING).modify(name=CHUNKS)
        elif _REBUILDING in names:
            self._client.delete_collection(_REBUILDING)

    def _open_chunks(self, refuse_mixing: bool) -> Any:
        if CHUNKS in self._names():
            stored = (self._client.get_collection(CHUNKS).metadata or {}).get("embedder")
            if refuse_mixing and stored != self.embedder_id:
                raise CorpusError(
                    f"The store's vectors come from embedder '{stored}', not '{self.embedder_id}'; "
                    "run 'ehcp-assist corpus rebuild' to re-embed them."
                )
        return self._client.get_or_create_collection(
            CHUNKS,
            embedding_function=ChromaEmbedder(self.embedder_id),
            metadata={"embedder": self.embedder_id, "hnsw:space": "cosine"},
        )

    # chunks ---------------------------------------------------------------------------------

    def upsert(self, records: Sequence[Record], embeddings: Any) -> None:
        """Deterministic ids make a rerun after a crash overwrite, never duplicate."""
        self._chunks.upsert(
            ids=[r.id for r in records],
            documents=[r.text for r in records],
            metadatas=[r.metadata for r in records],
            embeddings=embeddings,
        )

    def chunk_ids(self, doc_id: str) -> set[str]:
        return {r.id for r in self.records([doc_id], with_text=False)}

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), _PAGE):
            self._chunks.delete(ids=ids[start : start + _PAGE])

    def records(self, doc_ids: Sequence[str] | None = None, with_text: bool = True) -> list[Record]:
        where = None if doc_ids is None else {"doc_id": {"$in": list(doc_ids)}}
        if doc_ids is not None and not doc_ids:
            return []
        include = ["metadatas", "documents"] if with_text else ["metadatas"]
        found: list[Record] = []
        offset = 0
        while True:
            page = self._chunks.get(where=where, include=include, limit=_PAGE, offset=offset)
            texts = page.get("documents") or [""] * len(page["ids"])
            for id_, text, meta in zip(page["ids"], texts, page["metadatas"] or []):
                found.append(Record(id=id_, text=text or "", metadata=dict(meta or {})))
            if len(page["ids"]) < _PAGE:
                return found
            offset += _PAGE

    def vectors(self, doc_ids: Sequence[str]) -> dict[str, list[float]]:
        """Every stored vector of these documents, by chunk id (section centroids are built from them)."""
        if not doc_ids:
            return {}
        found: dict[str, list[float]] = {}
        offset = 0
        while True:
            page = self._chunks.get(where={"doc_id": {"$in": list(doc_ids)}},
                                    include=["embeddings"], limit=_PAGE, offset=offset)
            embeddings = page.get("embeddings")
            for id_, vector in zip(page["ids"], [] if embeddings is None else embeddings):
                found[id_] = [float(x) for x in vector]
            if len(page["ids"]) < _PAGE:
                return found
            offset += _PAGE

    def count(self) -> int:
        return int(self._chunks.count())

    # registry -------------------------------------------------------------------------------

    def documents(self) -> list[Metadata]:
        page = self._documents.get(include=["metadatas"])
        return [dict(m or {}) for m in page["metadatas"] or []]

    def mark_complete(self, doc_id: str, info: Metadata) -> None:
        """Written last: a document is searchable only once all its chunks are in."""
        self._documents.upsert(ids=[doc_id], metadatas=[info], embeddings=[[1.0]], documents=[doc_id])

    def forget(self, doc_id: str) -> None:
        self._documents.delete(ids=[doc_id])

    # rebuild --------------------------------------------------------------------------------

    def rebuild(
        self, embed: Callable[[Sequence[Record]], Any], batch: int,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Re-embed every stored chunk into a fresh collection, then swap it in."""
        records = self.records()
        if _REBUILDING in self._names():
            self._client.delete_collection(_REBUILDING)
        fresh = self._client.create_collection(
            _REBUILDING,
            embedding_function=ChromaEmbedder(self.embedder_id),
            metadata={"embedder": self.embedder_id, "hnsw:space": "cosine"},
        )
        for start in range(0, len(records), batch):
            part = records[start : start + batch]
            fresh.upsert(
                ids=[r.id for r in part], documents=[r.text for r in part],
                metadatas=[r.metadata for r in part], embeddings=embed(part),
            )
            if progress:
                progress(min(start + batch, len(records)), len(records))
        if CHUNKS in self._names():
            self._client.delete_collection(CHUNKS)
        self._client.get_collection(_REBUILDING).modify(name=CHUNKS)
        self._chunks = self._open_chunks(refuse_mixing=True)
        return len(records)


def open_store(settings: Settings, *, allow_other_embedder: bool = False) -> ChunkStore:
    """Open (or create) the store; `allow_other_embedder` is only for `corpus rebuild`."""
    return ChunkStore(settings, refuse_mixing=not allow_other_embedder)


__all__ = ["ChromaEmbedder", "ChunkStore", "Record", "open_store"]
