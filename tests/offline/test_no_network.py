"""Every default works with no network at all: the commands run inside a namespace with only loopback.

As root (CI), `unshare -n` gives a network namespace with no interfaces but `lo`. Elsewhere, a
sitecustomize refuses every connection that is not to 127.0.0.1, which catches the same mistakes.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
GUARD = '''
import socket
_connect = socket.socket.connect
def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(("127.", "::1", "localhost")):
        raise OSError(101, "Network is unreachable (offline test)")
    return _connect(self, address)
socket.socket.connect = _loopback_only
'''


def _can_unshare() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def offline(command: str, home: Path, tmp: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell command with no network; stdout and stderr are captured as text."""
    env = {**os.environ, "EHCP_ASSIST_HOME": str(home), "PATH": f"{BIN}:{os.environ['PATH']}",
           "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    if _can_unshare():
        argv = ["unshare", "-n", "sh", "-c", f"ip link set lo up; {command}"]
    else:
        (tmp / "sitecustomize.py").write_text(GUARD)
        env["PYTHONPATH"] = f"{tmp}:{env.get('PYTHONPATH', '')}"
        argv = ["sh", "-c", command]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


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
