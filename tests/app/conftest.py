"""The real app in a subprocess (`ehcp-assist serve`) on a free loopback port, once per module."""

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.paths import PROJECT_ROOT

SCREENSHOTS = PROJECT_ROOT / "screenshots"
START_TIMEOUT_S = 120.0
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

SAM_NOTES = """Name: Sam Okafor
Age: 8
Year group: Year 3
Outcomes sought:
- I want to play football with my friends at break time
Aspirations:
- Sam wants to be a footballer
Notes:
Sam has a developmental language disorder. He finds it hard to join in games at break and
often plays alone. He follows instructions with 2 key words.
Recommendations:
- A social skills group run by a teaching assistant.
- Sam will have access to speech therapy as required.
"""

POOR_PLAN = """# EHC plan (synthetic)

Name: Sam Okafor
Age: 8

## Section E: Outcomes

- By July 2027, Sam will join a game at break time by asking to play, on 3 days a week.

## Section F: Special educational provision

- Sam will have access to speech therapy as required.
- A teaching assistant will run a 20-minute social skills group for up to 4 pupils twice a week.
"""


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]
    home: Path
    log: list[str]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _env(home: Path, tmpdir: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("EHCP_ASSIST_") and k != "OPENAI_API_KEY"}
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    env.update(EHCP_ASSIST_HOME=str(home), GRADIO_ANALYTICS_ENABLED="False",
               ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1", NO_PROXY="127.0.0.1,localhost")
    return env


def start_server(home: Path, tmpdir: Path | None = None) -> Server:
    """Start `ehcp-assist serve` and return once it says it is listening (or fail with its log)."""
    port = free_port()
    exe = Path(sys.executable).parent / "ehcp-assist"
    process = subprocess.Popen([str(exe), "serve", "--port", str(port)], env=_env(home, tmpdir),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=PROJECT_ROOT)
    log: list[str] = []
    listening = threading.Event()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            log.append(line)
            if "Running on local URL" in line:
                listening.set()
        listening.set()  # the process ended: stop waiting

    threading.Thread(target=pump, daemon=True).start()
    listening.wait(START_TIMEOUT_S)
    if process.poll() is not None or not any("Running on local URL" in line for line in log):
        process.kill()
        raise RuntimeError("ehcp-assist serve did not start:\n" + "".join(log))
    return Server(url=f"http://127.0.0.1:{port}/", process=process, home=home, log=log)


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=20)


@pytest.fixture(scope="session")
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for the session's servers (one at a time), so corpus/ is indexed once."""
    return tmp_path_factory.mktemp("app-home")


@pytest.fixture(scope="module")
def server(app_home: Path) -> Iterator[Server]:
    running = start_server(app_home)
    yield running
    stop_server(running)
    print("".join(running.log))  # shown beside a failing test: the server's own account
