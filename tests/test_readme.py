"""The README's output blocks are real: rerunning their commands gives the same text."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("render_readme", ROOT / "scripts" / "render_readme.py")
assert _spec and _spec.loader
render_readme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render_readme)

README_TEXT = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_has_the_two_setup_commands() -> None:
    assert "make app" in README_TEXT and "make test" in README_TEXT
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("command,body", render_readme.blocks(README_TEXT), ids=lambda v: str(v)[:40])
def test_output_block_matches_a_fresh_run(command: str, body: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("README_HOME", str(tmp_path / "home"))
    assert render_readme.run_command(command) == body, "README drifted: run 'make readme'"
