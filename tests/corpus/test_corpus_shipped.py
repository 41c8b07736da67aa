"""The documents in corpus/ are the project's own words, with front matter and real Code citations."""

import re
import types
from pathlib import Path

import pytest

from assistant.corpus import front_matter, load_document, shipped_documents
from assistant.models import Document

SHINGLE = 10
"""A run of this many words shared with the Code or a seed means text was copied, not written."""


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@pytest.fixture(scope="module")
def sources(shared: types.ModuleType) -> set[tuple[str, ...]]:
    texts = [shared.CODE_ORACLE.read_text("utf-8"), shared.CODE_TABLE_ORACLE.read_text("utf-8")]
    texts += [p.read_text("utf-8") for p in shared.SEEDS_DIR.glob("*.txt")]
    found: set[tuple[str, ...]] = set()
    for text in texts:
        found |= _shingles(text.replace("\\n", " "))
    return found


def test_the_project_ships_guidance_and_exemplars() -> None:
    names = [p.name for p in shipped_documents()]
    assert names == sorted(names) and "README.md" not in names
    assert sum(n.startswith("guidance-") for n in names) >= 6
    assert sum(n.startswith("exemplar-") for n in names) >= 4


@pytest.mark.parametrize("path", shipped_documents(), ids=lambda p: p.name)
def test_shipped_document_has_front_matter_and_real_citations(
    path: Path, code_document: Document
) -> None:
    meta = front_matter(path)
    assert meta.title and meta.publisher == "ehcp-assist project" and meta.licence == "CC BY 4.0"
    assert meta.cites, "cite at least one Code paragraph"
    code_refs = {c.ref for c in code_document.chunks}
    assert set(meta.cites) <= code_refs, f"not in the Code: {set(meta.cites) - code_refs}"
    document = load_document(path)
    assert document.title == meta.title and len(document.chunks) >= 4
    body = path.read_text("utf-8").split("---", 2)[2]
    for ref in re.findall(r"\b(\d{1,2}\.\d{1,3})\b", body):
        assert ref in code_refs, f"{path.name} cites {ref}, which the Code does not have"


@pytest.mark.parametrize("path", shipped_documents(), ids=lambda p: p.name)
def test_shipped_document_is_written_in_our_own_words(
    path: Path, sources: set[tuple[str, ...]]
) -> None:
    copied = _shingles(path.read_text("utf-8")) & sources
    assert not copied, f"{path.name} repeats source text: {' '.join(sorted(copied)[0])}"


@pytest.mark.parametrize("path", [p for p in shipped_documents() if p.name.startswith("exemplar-")],
                         ids=lambda p: p.name)
def test_each_exemplar_thread_is_one_citable_section(path: Path) -> None:
    threads = [c for c in load_document(path).chunks if c.title.startswith("Thread")]
    assert len(threads) >= 2
    for chunk in threads:
        assert "Outcome (Section E): By " in chunk.text, chunk.ref
        assert "Provision (Section " in chunk.text, chunk.ref
        assert chunk.ref.startswith("thread-")
