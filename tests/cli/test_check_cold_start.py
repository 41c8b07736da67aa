"""`ehcp-assist check` must start fast: it never imports the store, the app or the LLM stack."""

import subprocess
import sys

from assistant.paths import EXAMPLES_DIR, PROJECT_ROOT

HEAVY = ("chromadb", "gradio", "langchain", "langchain_core", "langchain_openai", "onnxruntime",
         "openai", "tokenizers", "torch")


def _imported_modules(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the real CLI entry point with -X importtime and collect every module it imported."""
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "from assistant.cli import main; main()",
         "check", *args],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120, check=False)
    modules = {line.rsplit("|", 1)[-1].strip() for line in process.stderr.splitlines()
               if line.startswith("import time:") and "|" in line}
    return process, modules


def test_check_on_jsonl_and_markdown_imports_nothing_heavy() -> None:
    for example in ("statements.jsonl", "plan.md"):
        process, modules = _imported_modules(str(EXAMPLES_DIR / example), "--format", "json")
        assert process.returncode == 0, process.stderr[-2000:]
        assert "assistant.validators" in modules  # the probe saw the real work
        heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
        assert heavy == [], f"check on {example} imported {heavy[:5]}"


def test_docx_support_is_only_loaded_for_docx_plans() -> None:
    _, modules = _imported_modules(str(EXAMPLES_DIR / "statements.jsonl"), "--format", "json")
    assert "docx" not in modules
