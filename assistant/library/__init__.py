"""The search index as users meet it: the shipped corpus/ documents indexed on first use.

It wires the corpus parser to the retrieval index, so it sits above both (siblings cannot
import each other); the CLI, the app and the evaluation all open the index through here.
"""

from collections.abc import Callable, Iterable
from pathlib import Path

from ..corpus import load_document, shipped_documents
from ..retrieval import Index, open_index
from ..settings import Settings

Progress = Callable[[str, int, int], None]
"""(what is being indexed, chunks done, chunks in all)."""


def open_ready_index(settings: Settings, progress: Progress | None = None,
                     extra: Iterable[Path] = ()) -> Index:
    """Open the index at settings.home (or the Chroma server) with corpus/ and `extra` files in it.

    Only files whose bytes are not indexed yet are parsed, so a warm call costs a hash per file.
    """
    index = open_index(settings)
    for path in [*shipped_documents(), *extra]:
        def report(done: int, total: int, name: str = path.name) -> None:
            if progress:
                progress(f"Indexing {name}", done, total)

        index.ensure_files([path], load_document, report)
    return index


__all__ = ["open_ready_index"]
