"""`ehcp-assist corpus`: add is idempotent, list shows it, bad input leaves the store as it was."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli

SEEDS = sorted((Path(__file__).resolve().parents[2].parent / "shared" / "seeds").glob("*.txt"))
FAQ = min(SEEDS, key=lambda p: p.stat().st_size)


@pytest.fixture(autouse=True)
def home(indexed_home: Path) -> Path:
    """EHCP_ASSIST_HOME (conftest), where first use already indexed the shipped corpus."""
    return indexed_home


def _list() -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["corpus", "list", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["documents"]  # type: ignore[no-any-return]


def test_second_add_says_already_indexed_and_list_shows_one_document() -> None:
    first = CliRunner().invoke(cli, ["corpus", "add", str(FAQ), "--publisher", "CDC"])
    assert first.exit_code == 0, first.stderr
    assert "indexed as" in first.stdout
    second = CliRunner().invoke(cli, ["corpus", "add", str(FAQ)])
    assert second.exit_code == 0 and "already indexed" in second.stdout
    faq = [d for d in _list() if d.get("publisher") == "CDC"]
    assert len(faq) == 1 and faq[0]["chunks"] > 0 and faq[0]["has_code"] is False


def test_list_text_is_a_table_with_chunk_counts() -> None:
    CliRunner().invoke(cli, ["corpus", "add", str(FAQ)])
    result = CliRunner().invoke(cli, ["corpus", "list"])
    assert result.exit_code == 0
    doc = next(d for d in _list() if "FAQ" in str(d["title"]))
    assert str(doc["chunks"]) in result.stdout and "chunks" in result.stdout


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n",
                                     b"%PDF-1.4\n" + bytes(range(256)) * 20])
def test_bad_input_exits_2_and_leaves_the_store_unchanged(tmp_path: Path, content: bytes) -> None:
    CliRunner().invoke(cli, ["corpus", "add", str(FAQ)])
    before = _list()
    bad = tmp_path / ("code.pdf" if content else "empty.md")
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["corpus", "add", str(bad)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert _list() == before


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["corpus", "add", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_rebuild_reembeds_every_chunk() -> None:
    CliRunner().invoke(cli, ["corpus", "add", str(FAQ)])
    total = sum(int(d["chunks"]) for d in _list())  # type: ignore[call-overload]
    result = CliRunner().invoke(cli, ["corpus", "rebuild"])
    assert result.exit_code == 0, result.stderr
    assert f"Re-embedded {total} chunks" in result.stdout
    assert _list() != [] and CliRunner().invoke(cli, ["search", "aspirations"]).exit_code == 0


def test_fetch_refuses_a_download_that_is_not_the_pinned_code(tmp_path: Path) -> None:
    import http.server
    import threading
    from functools import partial

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "code.pdf").write_bytes(b"%PDF-1.4\nnot the Code\n%%EOF\n")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        before = _list()
        url = f"http://127.0.0.1:{server.server_address[1]}/code.pdf"
        result = CliRunner().invoke(cli, ["corpus", "fetch", "--url", url])
        assert result.exit_code == 2, result.output
        assert "sha256" in result.stderr and "Traceback" not in result.stderr
        assert _list() == before
    finally:
        server.shutdown()
        server.server_close()
