"""Crash safety for real: `corpus add` of the Code killed with SIGKILL while it embeds.

The retrieval tests interrupt an add in-process; here the whole program dies as it would at a
power cut or an OOM kill, with chunks already written. The store must still open, list and search,
must not call the document complete, and a rerun must add it in full.
"""

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

EXE = Path(sys.executable).parent / "ehcp-assist"
GUARD_S = 600.0
"""Only so a hung add cannot hang the suite; nothing is asserted about how long anything takes."""
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_EMBEDDING = re.compile(r"Embedding\D*?(\d+)/(\d+)")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("EHCP_ASSIST_") and k != "OPENAI_API_KEY"}
    env.update(EHCP_ASSIST_HOME=str(home), ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1",
               TERM="xterm", COLUMNS="120")
    return env


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(EXE), *args], env=_env(home), capture_output=True, text=True,
                          timeout=GUARD_S)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _documents(home: Path) -> list[dict[str, Any]]:
    listed = _cli(home, "corpus", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)["documents"]  # type: ignore[no-any-return]


def _search(home: Path, query: str) -> list[dict[str, Any]]:
    found = _cli(home, "search", query, "--k", "10", "--format", "json")
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)["hits"]  # type: ignore[no-any-return]


def _kill_while_embedding(home: Path, pdf: Path) -> str:
    """Start `corpus add PDF` on a terminal (so it draws its progress bar) and SIGKILL it once
    the bar shows some, not all, of the chunks embedded and written. Returns what it drew."""
    master, slave = pty.openpty()
    process = subprocess.Popen([str(EXE), "corpus", "add", str(pdf)], env=_env(home),
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    drawn, killed_at = "", None
    deadline = time.monotonic() + GUARD_S
    try:
        while killed_at is None and process.poll() is None and time.monotonic() < deadline:
            if not select.select([master], [], [], 1.0)[0]:
                continue
            try:
                drawn += os.read(master, 65536).decode("utf-8", "replace")
            except OSError:  # the terminal closed: the program ended
                break
            counts = _EMBEDDING.findall(_ANSI.sub("", drawn))
            if counts and 0 < int(counts[-1][0]) < int(counts[-1][1]):
                process.send_signal(signal.SIGKILL)
                killed_at = counts[-1]
    finally:
        if process.poll() is None and killed_at is None:
            process.kill()
        process.wait(timeout=60)
        os.close(master)
    assert killed_at is not None, f"never caught it midway; it drew:\n{_ANSI.sub('', drawn)[-2000:]}"
    assert process.returncode == -signal.SIGKILL
    return _ANSI.sub("", drawn)


def test_a_killed_add_leaves_a_usable_store_and_a_rerun_completes(
        indexed_home: Path, shared: types.ModuleType) -> None:
    home = indexed_home
    before = _documents(home)  # the shipped corpus/, indexed by a first run
    assert before and not any(d["has_code"] for d in before)

    drawn = _kill_while_embedding(home, shared.CODE_PDF)
    assert "Embedding" in drawn

    after_kill = _documents(home)
    assert after_kill == before, "the half-added Code is listed as if it were complete"
    hits_after_kill = _search(home, "outcomes must be specific, measurable and time bound")
    assert hits_after_kill, "search stopped working after the kill"

    rerun = _cli(home, "corpus", "add", str(shared.CODE_PDF))
    assert rerun.returncode == 0, rerun.stderr
    assert "already indexed" not in rerun.stdout
    added = re.search(r"indexed as '([^']+)' \((\d+) chunks\)", rerun.stdout)
    assert added, rerun.stdout
    doc_id, chunks = added[1], int(added[2])

    documents = _documents(home)
    code = [d for d in documents if d["doc_id"] == doc_id]
    assert len(code) == 1 and code[0]["has_code"] and code[0]["chunks"] == chunks
    assert [d for d in documents if d["doc_id"] != doc_id] == before
    assert not [h for h in hits_after_kill if h["source"] == code[0]["title"]], \
        "chunks of the killed add were searchable"
    hits = _search(home, "outcomes must be specific, measurable and time bound")
    assert any(h["source"] == code[0]["title"] for h in hits), "the Code is not searchable"
