"""The guidance documents the project writes and ships in corpus/, indexed by default."""

from pathlib import Path

from ..paths import CORPUS_DIR


def shipped_documents(folder: Path | None = None) -> list[Path]:
    """corpus/*.md in name order (README.md excepted): the same list on every machine."""
    root = CORPUS_DIR if folder is None else folder
    return sorted(p for p in root.glob("*.md") if p.name.lower() != "readme.md")
