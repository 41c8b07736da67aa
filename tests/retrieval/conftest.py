"""One real index holding the Code PDF and the seed guidance, built once per session (it is slow)."""

from pathlib import Path

import pytest

from assistant.corpus import load_document
from assistant.models import Document
from assistant.retrieval import Index, open_index
from assistant.settings import Settings

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def code_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(home=tmp_path_factory.mktemp("code-home"))
    index = open_index(settings)
    index.add(load_document(CODE_PDF))
    for seed in SEEDS:
        index.add(load_document(seed))
    return settings


@pytest.fixture(scope="session")
def code_index(code_settings: Settings) -> Index:
    return open_index(code_settings)


@pytest.fixture(scope="session")
def faq_doc() -> Document:
    """The smallest seed: quick to embed in tests that need their own store."""
    return load_document(min(SEEDS, key=lambda p: p.stat().st_size))


@pytest.fixture(scope="session")
def other_doc() -> Document:
    return load_document(SEEDS[1])
