"""How fast the app answers a clinician, and how much memory it takes under 10 sessions at once.

Starts the real `ehcp-assist serve` on a free port with a fresh data directory, waits for the
first-run index (a search blocks until it is built), then times submit -> draft on /chat through
gradio_client: 10 sequential sessions, then 10 parallel ones. Prints numbers only.
Run: .venv/bin/python benchmarks/bench_app.py
"""

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gradio_client import Client

NAMES = ["Amara", "Bilal", "Chloe", "Dmitri", "Esme", "Farid", "Grace", "Hamza", "Isla", "Jonah"]


def notes_for(name: str) -> str:
    return (f"Name: {name}\nAge: 9\nYear group: Year 4\nOutcomes sought:\n- I want to take turns "
            f"in a game with my friends\nAspirations:\n- {name} wants to be a teacher\nNotes:\n"
            f"{name} has a language disorder and finds it hard to take turns in conversation. "
            "In class they follow instructions with 2 key words.\nRecommendations:\n"
            "- A language group run by a teaching assistant 3 times a week for 20 minutes.\n"
            "- Access to speech therapy as required.\n")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(home: Path) -> tuple[subprocess.Popen[str], str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EHCP_ASSIST_")}
    env.update(EHCP_ASSIST_HOME=str(home), GRADIO_ANALYTICS_ENABLED="False")
    exe = Path(sys.executable).parent / "ehcp-assist"
    process = subprocess.Popen([str(exe), "serve", "--port", str(port)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    up = threading.Event()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if "Running on local URL" in line:
                up.set()
        up.set()

    threading.Thread(target=pump, daemon=True).start()
    if not up.wait(180) or process.poll() is not None:
        raise SystemExit("ehcp-assist serve did not start")
    return process, f"http://127.0.0.1:{port}/"


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _draft_once(url: str, name: str, answers: list[float] | None = None) -> float:
    """Submit -> draft for one new session; with `answers`, also time a gap answer after it."""
    client = Client(url, verbose=False)
    started = time.perf_counter()
    result = client.predict(notes_for(name), api_name="/chat")
    elapsed = time.perf_counter() - started
    if f"Draft advice for {name}" not in str(result[0][-1]["content"]):
        raise SystemExit(f"no draft for {name}")
    if answers is not None:
        started = time.perf_counter()
        client.predict("Group size for P1: up to 4 pupils", api_name="/chat")
        answers.append(time.perf_counter() - started)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        process, url = _start(Path(home))
        print(f"serve listening: {time.perf_counter() - started:.2f} s")
        try:
            started = time.perf_counter()
            Client(url, verbose=False).predict("SMART outcomes", 3, api_name="/search")
            print(f"first-run index ready (search answered): {time.perf_counter() - started:.2f} s")
            print(f"first draft (warms the engine): {_draft_once(url, 'Zara'):.3f} s")
            answers: list[float] = []
            sequential = [_draft_once(url, name, answers) for name in NAMES]
            print(f"chat submit -> draft, 10 sequential sessions: p50 "
                  f"{statistics.median(sequential):.3f} s, max {max(sequential):.3f} s")
            print(f"chat gap answer -> updated draft (no redraft): p50 "
                  f"{statistics.median(answers):.3f} s, max {max(answers):.3f} s")
            rss_before = _peak_rss_mb(process.pid)
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=10) as pool:
                parallel = list(pool.map(lambda name: _draft_once(url, name), NAMES))
            wall = time.perf_counter() - started
            print(f"chat submit -> draft, 10 parallel sessions: p50 "
                  f"{statistics.median(parallel):.3f} s, max {max(parallel):.3f} s, "
                  f"wall {wall:.2f} s")
            print(f"serve peak RSS (VmHWM): {rss_before:.0f} MB before the parallel burst, "
                  f"{_peak_rss_mb(process.pid):.0f} MB after")
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
