"""Hybrid cited retrieval: BM25 + dense vectors over the Code of Practice and guidance."""

from ._embedder import Embedder, embedder, get_embedder
from ._evaluate import RetrievalQuestion, evaluate, load_questions, question_files
from ._index import Index, check_query, open_for_rebuild, open_index
from ._types import AddResult, DocumentInfo, RankedChunk, SearchMode

__all__ = [
    "AddResult",
    "DocumentInfo",
    "Embedder",
    "Index",
    "RankedChunk",
    "RetrievalQuestion",
    "SearchMode",
    "check_query",
    "embedder",
    "evaluate",
    "get_embedder",
    "load_questions",
    "open_for_rebuild",
    "open_index",
    "question_files",
]
