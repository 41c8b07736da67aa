"""fetch_code keeps a download only when its sha256 is the pinned one; served from 127.0.0.1."""

import threading
import types
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.corpus import CODE_FILENAME, CODE_SHA256, fetch_code, verify_code_pdf
from assistant.errors import AssistError, BadInput


class _Files:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.requests: list[str] = []


@pytest.fixture
def server(shared: types.ModuleType) -> Iterator[tuple[str, _Files]]:
    files = _Files({
        "/code.pdf": shared.CODE_PDF.read_bytes(),
        "/wrong.pdf": b"%PDF-1.4\n% not the Code of Practice\n",
    })

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            files.requests.append(self.path)
            body = files.files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_the_pinned_code_is_downloaded_and_kept(
    tmp_path: Path, server: tuple[str, _Files]
) -> None:
    url, files = server
    seen: list[tuple[int, int]] = []
    saved = fetch_code(tmp_path, url=f"{url}/code.pdf", progress=lambda d, t: seen.append((d, t)))
    assert saved == tmp_path / CODE_FILENAME
    verify_code_pdf(saved.read_bytes())
    size = len(files.files["/code.pdf"])
    assert seen[-1] == (size, size) and len(seen) > 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [CODE_FILENAME]


def test_a_verified_copy_is_not_downloaded_again_and_folders_are_made(
    tmp_path: Path, server: tuple[str, _Files]
) -> None:
    url, files = server
    target = tmp_path / "code" / "cop.pdf"
    fetch_code(target, url=f"{url}/code.pdf")
    fetch_code(target, url=f"{url}/code.pdf")
    assert files.requests == ["/code.pdf"]
    folder = tmp_path / "new" / "downloads"
    assert fetch_code(folder, url=f"{url}/code.pdf") == folder / CODE_FILENAME


def test_a_wrong_file_is_refused_and_nothing_is_saved(
    tmp_path: Path, server: tuple[str, _Files]
) -> None:
    url, _ = server
    with pytest.raises(BadInput) as caught:
        fetch_code(tmp_path, url=f"{url}/wrong.pdf")
    message = str(caught.value)
    assert "downloaded file's sha256" in message
    assert f"does not match the pinned {CODE_SHA256}; nothing was saved" in message
    assert list(tmp_path.iterdir()) == []


def test_a_failed_download_is_a_failed_run_and_saves_nothing(
    tmp_path: Path, server: tuple[str, _Files]
) -> None:
    url, _ = server
    with pytest.raises(AssistError) as caught:
        fetch_code(tmp_path / "cop.pdf", url=f"{url}/missing.pdf")
    assert caught.value.exit_code == 1
    assert "HTTP 404; nothing was saved" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_verify_refuses_other_bytes() -> None:
    with pytest.raises(BadInput, match="does not match the pinned Code of Practice"):
        verify_code_pdf(b"%PDF-1.7 another document")
