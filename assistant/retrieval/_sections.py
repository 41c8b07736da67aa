"""Section centroids: a paragraph is read in the light of the section its heading opens.

A plain-language question often matches what a whole section of the Code is about ("moving to
another council", "ceasing a plan") better than the one paragraph that answers it, whose own
words may be about a detail ("the old authority must transfer..."). So the dense score of a chunk
adds a share of the query's similarity to the mean vector of its section: every chunk under the
same heading in the same chapter of the same document. The structure comes from the documents
themselves; nothing here is learnt from questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._types import Record

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SECTION_WEIGHT = 0.4
"""Share of the query-to-section similarity added to the query-to-chunk similarity. Measured on
the train questions only (222 in three files): dense Recall@5 0.640 -> 0.689 and hybrid
0.738 -> 0.764; 0.3 and 0.5 were within a point of it; a chapter-level term made things worse."""


def section_key(record: Record) -> tuple[str, str, str]:
    meta = record.metadata
    return (str(meta.get("doc_id", "")), str(meta.get("chapter", "")), str(meta.get("title", "")))


class Sections:
    """Each chunk's section centroid (unit length), built from the stored vectors."""

    def __init__(self, records: Sequence[Record], vectors: Mapping[str, Sequence[float]]) -> None:
        import numpy as np

        members: dict[tuple[str, str, str], list[str]] = {}
        for record in records:
            if record.id in vectors:
                members.setdefault(section_key(record), []).append(record.id)
        self._centroid: dict[str, npt.NDArray[np.float32]] = {}
        for ids in members.values():
            mean = np.asarray([vectors[i] for i in ids], dtype=np.float32).mean(axis=0)
            norm = float(np.linalg.norm(mean)) or 1.0
            for chunk_id in ids:
                self._centroid[chunk_id] = mean / norm

    def lift(
        self, hits: Sequence[tuple[str, float]], query: npt.NDArray[np.float32], weight: float,
    ) -> list[tuple[str, float]]:
        """Hits rescored as similarity + weight x similarity to their section, best first."""
        lifted = [(chunk_id, score + weight * float(self._centroid[chunk_id] @ query))
                  if chunk_id in self._centroid else (chunk_id, score) for chunk_id, score in hits]
        return sorted(lifted, key=lambda item: -item[1])
