"""The search index as users meet it: the shipped corpus/ documents indexed on first use.

It wires the corpus parser to the retrieval index, so it sits above both (siblings cannot
import each other); the CLI, the app and the evaluation all open the index through here.
"""

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from ..corpus import load_document, shipped_documents
from ..errors import BadInput
from ..retrieval import Index, open_index
from ..settings import Settings

Progress = Callable[[str, int, int], None]
"""(what is being indexed, chunks done, chunks in all)."""


def check_home(settings: Settings) -> None:
    """The embedded store writes under home: a file there, or a folder that cannot be written,
    is the user's to fix (BadInput), not a traceback from deep inside the store."""
    if settings.chroma_url:
        return
    home = Path(settings.home)
    fix = "set EHCP_ASSIST_HOME (or pass --home) to a folder you can write to"
    if home.exists() and not home.is_dir():
        raise BadInput(f"The data directory {home} is a file, not a folder; {fix}.")
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BadInput(f"Cannot create the data directory {home} ({err.strerror}); {fix}.") from err
    if not os.access(home, os.W_OK | os.X_OK):
        raise BadInput(f"The data directory {home} is not writable; {fix}.")


def open_ready_index(settings: Settings, progress: Progress | None = None,
                     extra: Iterable[Path] = ()) -> Index:
    """Open the index at settings.home (or the Chroma server) with corpus/ and `extra` files in it.

    Only files whose bytes are not indexed yet are parsed, so a warm call costs a hash per file.
    """
    check_home(settings)
    index = open_index(settings)
    for path in [*shipped_documents(), *extra]:
        def report(done: int, total: int, name: str = path.name) -> None:
            if progress:
                progress(f"Indexing {name}", done, total)

        index.ensure_files([path], load_document, report)
    return index


__all__ = ["check_home", "open_ready_index"]
