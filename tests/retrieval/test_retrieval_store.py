"""The store as a user relies on it: idempotent adds, safe interruption, no mixed embedders, a server."""

import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import CorpusError
from assistant.models import Document
from assistant.retrieval import embedder, open_for_rebuild, open_index
from assistant.settings import Settings


def test_adding_the_same_document_twice_changes_nothing(settings: Settings, faq_doc: Document) -> None:
    index = open_index(settings)
    first = index.add(faq_doc)
    second = open_index(settings).add(faq_doc)
    assert not first.skipped and second.skipped
    assert [(d.doc_id, d.chunks) for d in index.documents()] == [(faq_doc.doc_id, len(faq_doc.chunks))]
    assert first.chunks == second.chunks == len(faq_doc.chunks)


def test_an_interrupted_add_is_invisible_and_a_rerun_completes(
    settings: Settings, faq_doc: Document, other_doc: Document
) -> None:
    index = open_index(settings)
    index.add(other_doc)

    def crash(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index.add(faq_doc, progress=crash)  # written, but never marked complete
    reopened = open_index(settings)
    assert [d.doc_id for d in reopened.documents()] == [other_doc.doc_id]
    assert all(h.source == other_doc.title for h in reopened.search("aspirations", k=10))
    assert not reopened.add(faq_doc).skipped
    assert {d.doc_id for d in reopened.documents()} == {other_doc.doc_id, faq_doc.doc_id}
    assert any(h.source == faq_doc.title for h in reopened.search("case officer", k=10))


class _Shifted:
    """A second embedder, so mixing can be provoked: a different, still valid vector space."""

    id = "test-shifted"
    dimension = 384

    def embed(self, texts):  # type: ignore[no-untyped-def]
        from assistant.retrieval import get_embedder

        vectors = get_embedder("minilm-int8").embed(texts)
        return np.roll(vectors, 1, axis=1)


embedder("test-shifted")(_Shifted)


def test_another_embedder_is_refused_until_rebuild(settings: Settings, faq_doc: Document) -> None:
    open_index(settings).add(faq_doc)
    shifted = settings.model_copy(update={"embedder": "test-shifted"})
    with pytest.raises(CorpusError, match="corpus rebuild"):
        open_index(shifted)
    assert open_for_rebuild(shifted).rebuild() == len(faq_doc.chunks)
    hits = open_index(shifted).search("What is the difference between aspirations and outcomes?")
    assert hits and hits[0].source == faq_doc.title
    with pytest.raises(CorpusError, match="corpus rebuild"):
        open_index(settings)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_heartbeat(url: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise AssertionError(f"chroma exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                return
        except OSError:
            try:
                server.wait(timeout=0.1)  # waits on the process, not a fixed sleep
            except subprocess.TimeoutExpired:
                pass
    raise AssertionError("chroma never answered its heartbeat")


def test_search_through_a_chroma_server_matches_the_embedded_store(
    tmp_path: Path, settings: Settings, faq_doc: Document
) -> None:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma CLI ships with chromadb in the venv"
    port = _free_port()
    server = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server"), "--port", str(port), "--host", "127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for_heartbeat(url, server)
        remote = open_index(settings.model_copy(update={"chroma_url": url}))
        local = open_index(settings)
        for index in (remote, local):
            index.add(faq_doc)
        query = "What is the difference between aspirations and outcomes sought?"
        assert [h.ref for h in remote.search(query)] == [h.ref for h in local.search(query)]
        assert not (Path(settings.home) / "chroma" / "server").exists()
        assert [d.doc_id for d in open_index(settings.model_copy(update={"chroma_url": url})).documents()] == [faq_doc.doc_id]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_an_unreachable_chroma_server_names_the_fix(settings: Settings) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(CorpusError, match="EHCP_ASSIST_CHROMA_URL"):
        open_index(settings.model_copy(update={"chroma_url": url}))
