"""Shared fixtures for the corpus tests; the real Code PDF is parsed once per session.

Paths to the shared fixtures come from tests/conftest.py (CODE_PDF, CODE_ORACLE, SEEDS_DIR ...),
looked up through pytest because every conftest module is named 'conftest'.
"""

import json
import time
import types
from pathlib import Path
from typing import Any

import pytest

from assistant.corpus import parse_code_pdf
from assistant.models import Document


def _root(config: pytest.Config) -> types.ModuleType:
    plugin = config.pluginmanager.get_plugin(str(config.rootpath / "tests" / "conftest.py"))
    assert plugin is not None, "tests/conftest.py was not loaded"
    return plugin  # type: ignore[no-any-return]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "seed_path" in metafunc.fixturenames:
        seeds = sorted(_root(metafunc.config).SEEDS_DIR.glob("*.txt"))
        metafunc.parametrize("seed_path", seeds, ids=[p.name for p in seeds])


@pytest.fixture(scope="session")
def shared(pytestconfig: pytest.Config) -> types.ModuleType:
    """tests/conftest.py itself: CODE_PDF, CODE_ORACLE, CODE_TABLE_ORACLE, SEEDS_DIR."""
    return _root(pytestconfig)


@pytest.fixture(scope="session")
def code_document(shared: types.ModuleType) -> Document:
    started = time.perf_counter()
    document = parse_code_pdf(shared.CODE_PDF)
    print(f"\nparsed the Code PDF into {len(document.chunks)} chunks in "
          f"{time.perf_counter() - started:.1f} s")
    return document


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def code_oracle(shared: types.ModuleType) -> list[dict[str, Any]]:
    """The numbered paragraphs of the pdftotext extraction."""
    return [r for r in _jsonl(shared.CODE_ORACLE) if r["para"]]


@pytest.fixture(scope="session")
def table_oracle(shared: types.ModuleType) -> list[dict[str, Any]]:
    return _jsonl(shared.CODE_TABLE_ORACLE)
