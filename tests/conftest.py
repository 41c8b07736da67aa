"""Every test: settings on tmp_path, EHCP_ASSIST_* cleared, telemetry off, no network but loopback."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.settings import Settings

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
DEV_STATEMENTS = SHARED / "data" / "outcomes-dev.jsonl"
CODE_PDF = SHARED / "corpus-sources" / "SEND_Code_of_Practice_January_2015.pdf"
CODE_ORACLE = SHARED / "corpus-sources" / "cop2015-paragraphs.jsonl"
CODE_TABLE_ORACLE = SHARED / "corpus-sources" / "cop2015-ch09-section-table.jsonl"
SEEDS_DIR = SHARED / "seeds"

_LOOPBACK = ("127.", "::1", "localhost")
_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(_LOOPBACK):
        raise ConnectionRefusedError(f"tests may not reach {host}: loopback only")
    return _real_connect(self, address)  # type: ignore[arg-type]


socket.socket.connect = _loopback_only  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in list(os.environ):
        if key.startswith("EHCP_ASSIST_") or key == "OPENAI_API_KEY":
            monkeypatch.delenv(key)
    monkeypatch.setenv("EHCP_ASSIST_HOME", str(tmp_path / "home"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture(scope="session")
def _shipped_corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """corpus/ indexed once per session by a real first run (`ehcp-assist corpus list` in its own
    process, so the store is closed and whole before anyone copies it)."""
    home = tmp_path_factory.mktemp("shipped-corpus") / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EHCP_ASSIST_")}
    env["EHCP_ASSIST_HOME"] = str(home)
    exe = Path(sys.executable).with_name("ehcp-assist")
    done = subprocess.run([str(exe), "corpus", "list"], env=env, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return home


@pytest.fixture
def indexed_home(_shipped_corpus_home: Path, tmp_path: Path) -> Path:
    """A data directory whose first run has already indexed corpus/: for tests about something
    else (drafting from the CLI), which would each spend ~15 s indexing it again."""
    home = tmp_path / "home"
    shutil.copytree(_shipped_corpus_home, home)
    return home
