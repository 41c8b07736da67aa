"""One real index: the Code PDF, the shipped corpus/ and the seeds, built once per session (slow)."""

from pathlib import Path

import pytest

from assistant.corpus import load_document, shipped_documents
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
    for path in [*shipped_documents(), *SEEDS]:  # the eval's corpus: Code + shipped + seeds
        index.add(load_document(path))
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
