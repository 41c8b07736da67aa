"""The search index: vectors stored in Chroma and searched exactly in memory (lifted by their
section), plus in-memory BM25, score-fused."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BadInput
from ..models import Document, SearchHit
from ..settings import Settings
from . import _fusion
from ._embedder import get_embedder
from ._exact import Vectors
from ._lexical import Lexical
from ._sections import SECTION_WEIGHT, Sections
from ._text import expand, expand_abbreviations
from ._types import AddResult, DocumentInfo, Metadata, RankedChunk, Record, SearchMode

if TYPE_CHECKING:
    from .store import ChunkStore  # chromadb is slow to import: only when a store is opened

Progress = Callable[[int, int], None]
_CITATION = re.compile(r"\b(\d{1,2}\.\d{1,3}(?:-table-(?:H[12]|[A-K]))?)\b")
BATCH = 64
"""Chunks per write to the store."""
EMBED_WINDOW = 512
"""Chunks embedded together; progress is reported after each window."""
CANDIDATES = 50
CITATION_WEIGHT = 0.4
"""Share of a guidance hit's fused score passed to each Code paragraph it cites ('(9.66)')."""
CITED_FROM = 10
"""How many top guidance hits lend their citations. Measured on train with the plain-language
answers in corpus/ (answers-ch*.md, ranked at ANSWER_WEIGHT): from 10 to 30 hits and a weight
from 0.35 to 0.6, Recall@5 stayed between 0.80 and 0.84; (10, 0.4) was best, 0.836."""
DENSE_QUERIES: tuple[str, ...] = ("raw",)
"""Dense queries fused: 'expanded' carries every synonym, 'abbreviations' spells out shorthand only
(the model does not know 'SALT'), 'raw' is the question as typed; each costs one embedding.
'raw' measured best on train: rephrasings tuned for BM25 pull the embedding off the question."""


def _chunk_metadata(chunk: Any) -> Metadata:
    fields = ("doc_id", "ref", "kind", "title", "source", "chapter", "chapter_title", "page",
              "publisher", "licence", "attribution")
    return {f: getattr(chunk, f) for f in fields if getattr(chunk, f) is not None}


def embed_text(record: Record) -> str:
    """The heading goes in front: a paragraph rarely repeats the topic its heading names.

    (Adding the chapter title too was measured and made dense retrieval worse on train.)
    """
    title = str(record.metadata.get("title", ""))
    return f"{title}\n{record.text}" if title else record.text


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_query(query: str, k: int = 5) -> None:
    """Bad queries are refused before anything opens the store (a first run would index)."""
    if not query.strip():
        raise BadInput("The search query is empty; type a question, e.g. 'what goes in section F'.")
    if k < 1:
        raise BadInput(f"--k is {k}; ask for at least 1 hit.")


class Index:
    """Cited search over every complete document in the store."""

    def __init__(self, settings: Settings, store: ChunkStore) -> None:
        self.settings = settings
        self._store = store
        self._embedder = get_embedder(settings.embedder)
        self._lexical: Lexical | None = None
        self._sections: Sections | None = None
        self._vectors: Vectors | None = None
        self._fingerprint: tuple[tuple[str, str, int], ...] | None = None
        self._complete: list[DocumentInfo] = []
        self._code_by_ref: tuple[Lexical, dict[str, Record]] | None = None

    # registry -------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        infos = [DocumentInfo.model_validate(m) for m in self._store.documents()]
        return sorted(infos, key=lambda d: (not d.has_code, d.doc_id))

    def has_code(self) -> bool:
        return any(d.has_code for d in self.documents())

    def has_sha256(self, sha256: str) -> bool:
        return any(d.sha256 == sha256 for d in self.documents())

    # writing --------------------------------------------------------------------------------

    def _embed(self, records: list[Record]) -> Any:
        return self._embedder.embed([embed_text(r) for r in records])

    def add(self, doc: Document, progress: Progress | None = None) -> AddResult:
        """All-or-nothing for readers: the registry entry that makes it searchable comes last."""
        for info in self.documents():
            if info.sha256 == doc.sha256:
                return AddResult(doc_id=info.doc_id, chunks=info.chunks, skipped=True)
        if not doc.chunks:
            raise BadInput(f"'{doc.title}' has no text to index; check the file is the right one.")
        records = [Record(c.id, c.text, _chunk_metadata(c)) for c in doc.chunks]
        ids = [r.id for r in records]
        if len(set(ids)) != len(ids):
            duplicate = next(i for i in ids if ids.count(i) > 1)
            raise BadInput(f"'{doc.title}' has two sections with the id '{duplicate}'; "
                           "give each section its own heading.")
        self._store.forget(doc.doc_id)  # a changed document is unsearchable until fully re-added
        stale = self._store.chunk_ids(doc.doc_id) - set(ids)
        # Embedding in sorted-by-length windows of EMBED_WINDOW (not store batches) keeps padding
        # small: similar lengths share a batch.
        for start in range(0, len(records), EMBED_WINDOW):
            window = records[start : start + EMBED_WINDOW]
            vectors = self._embed(window)
            for offset in range(0, len(window), BATCH):
                part = window[offset : offset + BATCH]
                self._store.upsert(part, vectors[offset : offset + BATCH])
            if progress:
                progress(min(start + EMBED_WINDOW, len(records)), len(records))
        self._store.delete(stale)
        info = DocumentInfo(
            doc_id=doc.doc_id, title=doc.title, publisher=doc.publisher, licence=doc.licence,
            sha256=doc.sha256, chunks=len(records),
            added_at=datetime.now(UTC).isoformat(timespec="seconds"),
            has_code=any(c.kind.startswith("code_") for c in doc.chunks),
        )
        self._store.mark_complete(doc.doc_id, info.model_dump(exclude_none=True))
        self._fingerprint = None
        return AddResult(doc_id=doc.doc_id, chunks=len(records), skipped=False)

    def ensure(self, docs: Iterable[Document], progress: Progress | None = None) -> None:
        """Add any document not yet present (the shipped corpus on first use)."""
        for doc in docs:
            self.add(doc, progress)

    def ensure_files(
        self, paths: Iterable[Path], load: Callable[[Path], Document],
        progress: Progress | None = None,
    ) -> list[AddResult]:
        """Parse and add only the files whose bytes are not indexed yet (parsing costs time)."""
        known = {d.sha256 for d in self.documents()}
        return [self.add(load(p), progress) for p in paths if file_sha256(p) not in known]

    def rebuild(self, progress: Progress | None = None) -> int:
        """Re-embed every stored chunk with the configured embedder; returns the chunk count."""
        count = self._store.rebuild(self._embed_records, BATCH, progress)
        self._fingerprint = None
        return count

    def _embed_records(self, records: Any) -> Any:
        return self._embed(list(records))

    # reading --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Rebuild BM25 whenever the registry changed (another process may have added a file)."""
        docs = self.documents()
        fingerprint = tuple((d.doc_id, d.sha256, d.chunks) for d in docs)
        if fingerprint != self._fingerprint or self._lexical is None:
            ids = [d.doc_id for d in docs]
            self._lexical = Lexical(self._store.records(ids))
            vectors = self._store.vectors(ids)
            self._sections = Sections(self._lexical.records, vectors)
            self._vectors = Vectors(self._lexical.records, vectors)
            self._complete, self._fingerprint = docs, fingerprint

    def _allowed(self, source: str | None) -> list[str]:
        ids = [d.doc_id for d in self._complete]
        if source is None:
            return ids
        if source not in ids:
            known = ", ".join(ids) or "none yet"
            raise BadInput(f"No document '{source}' in the store (have: {known}); "
                           "run 'ehcp-assist corpus list' to see the ids.")
        return [source]

    def _mask(self, allowed: list[str], chapter: int | None) -> Any:
        """Which records a search may return: the allowed documents, and the chapter if given."""
        import numpy as np

        assert self._lexical is not None
        keep = set(allowed)
        return np.array([r.metadata.get("doc_id") in keep and
                         (chapter is None or r.metadata.get("chapter") == chapter)
                         for r in self._lexical.records], dtype=bool)

    def _bm25(self, query: str, mask: Any, n: int) -> list[tuple[str, float]]:
        import numpy as np

        assert self._lexical is not None
        records = self._lexical.records
        scores = np.where(mask, self._lexical.scores(query), 0.0)
        order = np.argsort(-scores, kind="stable")[:n]
        return [(records[i].id, float(scores[i])) for i in order if scores[i] > 0]

    def _dense(self, query: str, mask: Any, n: int) -> list[tuple[str, float]]:
        assert self._lexical is not None and self._vectors is not None
        records = self._lexical.records
        vector = self._embedder.embed([query])[0]
        hits = [(records[row].id, score)
                for row, score in self._vectors.nearest(vector, mask, n)]
        if self._sections is None or not SECTION_WEIGHT:
            return hits
        return self._sections.lift(hits, vector, SECTION_WEIGHT)

    def ranked(
        self, query: str, k: int = 5, mode: SearchMode = "hybrid",
        source: str | None = None, chapter: int | None = None,
    ) -> list[RankedChunk]:
        """Top-k chunks with their ids; `search` is the public view of this."""
        check_query(query, k)
        self._refresh()
        allowed = self._allowed(source)
        if not allowed:
            return []
        wanted = expand(query)
        depth = max(CANDIDATES, k)
        mask = self._mask(allowed, chapter)  # one pass over the records serves both rankers
        lexical = self._bm25(wanted, mask, depth) if mode != "dense" else []
        dense: list[list[tuple[str, float]]] = []
        if mode in ("dense", "hybrid"):
            texts = {"expanded": wanted, "raw": query, "abbreviations": expand_abbreviations(query)}
            for text in dict.fromkeys(texts[q] for q in DENSE_QUERIES):
                dense.append(self._dense(text, mask, depth))
        fused = _fusion.combine(lexical, dense, _fusion.LEXICAL_SHARE)
        assert self._lexical is not None
        by_id = {r.id: r for r in self._lexical.records}
        if CITATION_WEIGHT:
            self._follow_citations(fused, by_id, allowed, chapter)
        fused = _fusion.smooth(fused, by_id, self._code_refs(), set(allowed), _fusion.NEIGHBOUR_WEIGHT)
        fused = _fusion.weigh_sources(fused, by_id, _fusion.GUIDANCE_WEIGHT)
        fused = _fusion.weigh_custody(fused, by_id, query)
        best = sorted(fused.items(), key=lambda item: -item[1])[:k]
        return [_ranked(by_id[i], score) for i, score in best if i in by_id]

    def _follow_citations(
        self, fused: dict[str, float], by_id: dict[str, Record], allowed: list[str],
        chapter: int | None,
    ) -> None:
        """Guidance that answers the question usually cites the Code paragraph that backs it."""
        code_by_ref = self._code_refs()
        ranked = sorted(fused.items(), key=lambda item: -item[1])
        lenders = [(i, s) for i, s in ranked if by_id.get(i) and
                   not str(by_id[i].metadata.get("kind", "")).startswith("code_")][:CITED_FROM]
        for chunk_id, score in lenders:
            for ref in dict.fromkeys(_CITATION.findall(by_id[chunk_id].text)):
                target = code_by_ref.get(ref)
                if target is None or target.metadata.get("doc_id") not in allowed:
                    continue
                if chapter is not None and target.metadata.get("chapter") != chapter:
                    continue
                fused[target.id] = fused.get(target.id, 0.0) + CITATION_WEIGHT * score

    def _code_refs(self) -> dict[str, Record]:
        assert self._lexical is not None
        if self._code_by_ref is None or self._code_by_ref[0] is not self._lexical:
            refs = {str(r.metadata.get("ref")): r for r in self._lexical.records
                    if str(r.metadata.get("kind", "")).startswith("code_")}
            self._code_by_ref = (self._lexical, refs)
        return self._code_by_ref[1]

    def search(
        self, query: str, k: int = 5, mode: SearchMode = "hybrid",
        source: str | None = None, chapter: int | None = None,
    ) -> list[SearchHit]:
        """Cited hits, best first; score is the fused, scaled score (higher is better)."""
        return [
            SearchHit(ref=h.ref, source=h.source, title=h.title, score=round(h.score, 6),
                      text=h.text, attribution=h.attribution)
            for h in self.ranked(query, k, mode, source, chapter)
        ]


def _ranked(record: Record, score: float) -> RankedChunk:
    meta = record.metadata
    chapter = meta.get("chapter")
    attribution = meta.get("attribution")
    return RankedChunk(
        chunk_id=record.id, doc_id=str(meta.get("doc_id", "")), ref=str(meta.get("ref", "")),
        kind=str(meta.get("kind", "")), source=str(meta.get("source", "")),
        title=str(meta.get("title", "")), score=score, text=record.text,
        chapter=int(chapter) if isinstance(chapter, int) else None,
        attribution=str(attribution) if attribution else None,
    )


def open_index(settings: Settings) -> Index:
    """Open (or create) the store at settings.home or settings.chroma_url."""
    from .store import open_store

    return Index(settings, open_store(settings))


def open_for_rebuild(settings: Settings) -> Index:
    """Like open_index, but accepts vectors from another embedder so they can be replaced."""
    from .store import open_store

    return Index(settings, open_store(settings, allow_other_embedder=True))
