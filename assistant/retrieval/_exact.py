"""Exact nearest neighbours over the stored vectors, held in memory beside BM25.

Chroma keeps the vectors, on disk or on a server. Its graph search is approximate: two builds of
the same vectors returned different neighbours at the end of a 50-long candidate list, and
Recall@5 moved by up to 0.007 between identical rebuilds. A few thousand 384-dimension vectors
are compared exactly in well under a millisecond, so search reads every one and is repeatable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._types import Record

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class Vectors:
    """Unit vectors in the order of `records`; a record with no stored vector never matches."""

    def __init__(self, records: Sequence[Record], vectors: Mapping[str, Sequence[float]]) -> None:
        import numpy as np

        width = len(next(iter(vectors.values()))) if vectors else 0
        matrix = np.zeros((len(records), width), dtype=np.float32)
        self._present = np.zeros(len(records), dtype=bool)
        for row, record in enumerate(records):
            if record.id in vectors:
                matrix[row] = vectors[record.id]
                self._present[row] = True
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self._matrix = matrix / np.clip(norms, 1e-12, None)

    def nearest(
        self, query: npt.NDArray[np.float32], mask: npt.NDArray[np.bool_], n: int,
    ) -> list[tuple[int, float]]:
        """(row, cosine similarity) of the n most similar rows allowed by `mask`, best first."""
        import numpy as np

        if not len(self._matrix) or n < 1:
            return []
        allowed = mask & self._present
        unit = query / max(float(np.linalg.norm(query)), 1e-12)
        scores = np.where(allowed, self._matrix @ unit, -np.inf)
        order = np.argsort(-scores, kind="stable")[: min(n, int(allowed.sum()))]
        return [(int(row), float(scores[row])) for row in order]
