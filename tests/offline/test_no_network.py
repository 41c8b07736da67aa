"""Every default works with no network at all: the commands run inside a namespace with only loopback.

As root (CI), `unshare -n` gives a network namespace with no interfaces but `lo`. Elsewhere, a
sitecustomize refuses every connection that is not to 127.0.0.1, which catches the same mistakes.
"""

import json
import sys
from pathlib import Path

from offline_helpers import offline


def test_check_search_and_draft_work_offline(tmp_path: Path) -> None:
    home = tmp_path / "home"
    checked = offline("ehcp-assist check examples/plan.md --format json", home, tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["statements"]

    found = offline("ehcp-assist search 'is speech therapy an outcome' --k 3 --format json", home, tmp_path)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["hits"], "the shipped corpus is searchable on a fresh install"

    drafted = offline("ehcp-assist draft --input examples/case.json --format json", home, tmp_path)
    assert drafted.returncode == 0, drafted.stderr
    draft = json.loads(drafted.stdout)
    assert draft["outcomes"] and draft["meta"]["engine"] == "offline"
    assert "Traceback" not in checked.stderr + found.stderr + drafted.stderr


def test_the_namespace_really_has_no_network(tmp_path: Path) -> None:
    """The proof is only worth something if reaching out fails in there."""
    probe = offline(f"{sys.executable} -c \"import socket; socket.create_connection(('192.0.2.1', 80), timeout=3)\"",
                    tmp_path / "home", tmp_path, timeout=30)
    assert probe.returncode != 0
    assert "unreachable" in probe.stderr.lower() or "timed out" in probe.stderr.lower()
