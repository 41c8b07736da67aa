"""The index the retrieval and drafting suites search: kept apart from the user's own store.

It holds the shipped corpus/, the seed guidance and the Code of Practice from ../shared (the
fixtures the labelled questions refer to), built once under EHCP_ASSIST_HOME and reused.
"""

from ..library import open_ready_index
from ..retrieval import Index
from ..settings import Settings
from ._datasets import SHARED_DEV
from ._model import Progress

SHARED = SHARED_DEV.parent.parent
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def eval_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"home": settings.home / "eval-index", "chroma_url": None})


def open_eval_index(settings: Settings, progress: Progress) -> Index:
    extra = ([CODE_PDF] if CODE_PDF.exists() else []) + SEEDS
    return open_ready_index(eval_settings(settings), progress, extra)
