"""Run a shell command with no network: a namespace with only loopback (root), else a guard.

As root (CI), `unshare -n` gives a network namespace with no interfaces but `lo`. Elsewhere, a
sitecustomize refuses every connection that is not to 127.0.0.1, which catches the same mistakes.
"""

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


def can_unshare() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def offline(command: str, home: Path, tmp: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell command with no network; stdout and stderr are captured as text."""
    env = {**os.environ, "EHCP_ASSIST_HOME": str(home), "PATH": f"{BIN}:{os.environ['PATH']}",
           "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    if can_unshare():
        argv = ["unshare", "-n", "sh", "-c", f"ip link set lo up; {command}"]
    else:
        (tmp / "sitecustomize.py").write_text(GUARD)
        env["PYTHONPATH"] = f"{tmp}:{env.get('PYTHONPATH', '')}"
        argv = ["sh", "-c", command]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
