"""The text report: colour on a terminal, none through a pipe, and it fits 100 columns."""

import io
import os
import subprocess
import sys

from rich.console import Console

from assistant.cli._render import render_report
from assistant.checking import build_report
from assistant.paths import EXAMPLES_DIR, PROJECT_ROOT
from assistant.plans import read_check_file


def _render(force_terminal: bool) -> str:
    source = read_check_file(EXAMPLES_DIR / "poor-plan.md")
    out = io.StringIO()
    console = Console(file=out, force_terminal=force_terminal, width=100,
                      color_system="standard" if force_terminal else "auto")
    render_report(build_report(source), source.plan, console=console)
    return out.getvalue()


def test_a_terminal_gets_colour_and_every_line_fits_100_columns() -> None:
    text = _render(force_terminal=True)
    assert "\x1b[" in text  # colour codes
    plain = _render(force_terminal=False)
    assert "\x1b[" not in plain
    assert max(len(line) for line in plain.splitlines()) <= 100
    assert "✗" in plain and "✓" in plain and "fix:" in plain


def test_piped_output_of_the_real_command_has_no_colour_codes() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    process = subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main()", "check",
         str(EXAMPLES_DIR / "poor-plan.md")],
        capture_output=True, text=True, cwd=PROJECT_ROOT, env=env, timeout=120, check=False)
    assert process.returncode == 0, process.stderr[-2000:]
    assert "\x1b[" not in process.stdout
    assert "PLN001" in process.stdout and "statements checked" in process.stdout
