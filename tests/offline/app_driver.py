"""Run inside the no-network namespace: start `ehcp-assist serve`, ask /chat for a draft, and
print what came back as JSON, so the test outside can judge it.

It reuses the app tests' server helpers (tests/app/conftest.py) and their example notes.
"""

import importlib.util
import json
import socket
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

APP_TESTS = Path(__file__).resolve().parents[1] / "app" / "conftest.py"


def _app_helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("app_test_helpers", APP_TESTS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reply(result: Any) -> str:
    """The chat's last assistant message, as text (as tests/app/test_api.py reads it)."""
    content = result[0][-1]["content"]
    if isinstance(content, list):
        return "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def _outside() -> str:
    """What reaching past loopback does in here: it must fail, or the proof proves nothing."""
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=3).close()
    except OSError as err:
        return f"refused: {err}"
    return "connected"


def main(home: Path) -> None:
    from gradio_client import Client

    helpers = _app_helpers()
    server = helpers.start_server(home, tmpdir=Path(tempfile.mkdtemp()))
    try:
        result = Client(server.url, verbose=False).predict(helpers.SAM_NOTES, api_name="/chat")
        files = result[3] or []
        markdown = next((Path(f).read_text(encoding="utf-8") for f in files
                         if f.endswith(".md")), "")
        print(json.dumps({"url": server.url, "reply": _reply(result), "files": files,
                          "markdown": markdown, "outside": _outside()}))
    finally:
        helpers.stop_server(server)
        sys.stderr.write("".join(server.log))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
