"""Regenerate the command-output blocks of README.md by running the commands (`make readme`).

A block looks like:
    <!-- output: ehcp-assist check examples/plan.md -->
    ```console
    ...replaced...
    ```
tests/test_readme.py runs the same commands and fails when the README has drifted.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- output: (?P<cmd>.+?) -->\n```console\n)(?P<body>.*?)(```)", re.S)


def run_command(command: str) -> str:
    """The command's output as a reader would see it in a 100-column terminal, without colour."""
    argv = shlex.split(command)
    exe = Path(sys.executable).parent / argv[0]
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb",
           "EHCP_ASSIST_HOME": os.environ.get("README_HOME", str(ROOT / ".readme-home"))}
    done = subprocess.run([str(exe) if exe.exists() else argv[0], *argv[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    return f"$ {command}\n{done.stdout.rstrip()}\n"


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run_command(m.group("cmd")) + m.group(4), text)


def blocks(text: str) -> list[tuple[str, str]]:
    return [(m.group("cmd"), m.group("body")) for m in BLOCK.finditer(text)]


if __name__ == "__main__":
    README.write_text(render(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"Rendered {len(blocks(README.read_text(encoding='utf-8')))} output blocks in README.md")
