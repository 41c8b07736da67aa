"""The app works with no network at all: `ehcp-assist serve` and its client both run inside the
namespace that has only loopback, and the clinician chat still returns a draft."""

import json
import re
import sys
from pathlib import Path

from offline_helpers import offline

DRIVER = Path(__file__).with_name("app_driver.py")


def test_the_chat_drafts_with_no_network(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ran = offline(f"{sys.executable} {DRIVER} {home}", home, tmp_path)
    assert ran.returncode == 0, ran.stderr[-4000:]
    assert "Traceback" not in ran.stderr, ran.stderr[-4000:]
    result = json.loads(ran.stdout.strip().splitlines()[-1])
    assert result["url"].startswith("http://127.0.0.1:")
    reply = result["reply"]
    assert "Draft advice for Sam Okafor" in reply
    assert re.search(r"By .+?, Sam will", reply)
    assert "Questions for you" in reply
    assert sorted(Path(f).suffix for f in result["files"]) == [".docx", ".md"]
    assert "[how often? ask the author]" in result["markdown"]
    assert result["outside"].startswith("refused"), "the server had a network after all"
