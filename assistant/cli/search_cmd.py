"""`ehcp-assist search QUERY`: cited passages from the Code of Practice and guidance."""

from __future__ import annotations

import re
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from ..models import OGL_ATTRIBUTION, SearchHit
from ..retrieval import check_query
from ..settings import build_settings
from ._group import cli
from ._output import echo_json
from .corpus_cmd import _NO_CODE_HINT, open_search_index, stderr_console

SNIPPET = 320
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "is", "my", "can", "what", "how", "for",
         "does", "do", "be", "it", "on", "at", "should", "when", "who", "i", "me", "we", "with"}


def _snippet(text: str, words: list[str]) -> str:
    """Start near the first query word, so the reader sees why the hit came back."""
    flat = " ".join(text.split())
    lowered = flat.lower()
    starts = [lowered.find(w) for w in words if lowered.find(w) >= 0]
    start = max(0, min(starts) - 60) if starts else 0
    cut = flat[start : start + SNIPPET]
    return ("…" if start else "") + cut + ("…" if start + SNIPPET < len(flat) else "")


def _render(hits: list[SearchHit], query: str, console: Console) -> None:
    words = [w for w in re.findall(r"[a-z0-9]+", query.lower()) if w not in _STOP and len(w) > 2]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\w*", re.I) if words else None
    if not hits:
        console.print("No matches; try other words, or add documents with 'ehcp-assist corpus add'.")
    for hit in hits:
        console.print(Text.assemble((hit.ref, "bold cyan"), "  ", (hit.title, "bold"),
                                    ("  " + hit.source, "dim")))
        body = Text(_snippet(hit.text, words))
        if pattern:
            body.highlight_regex(pattern, "bold yellow")
        console.print(body)
        console.print()
    if any(h.attribution == OGL_ATTRIBUTION for h in hits):
        console.print(Text(OGL_ATTRIBUTION, style="dim"))


@cli.command()
@click.argument("query")
@click.option("--k", "k", type=click.IntRange(min=1, max=50), default=5, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--mode", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid",
              show_default=True)
@click.option("--source", help="Only this document id (see 'ehcp-assist corpus list').")
@click.option("--chapter", type=int, help="Only this Code chapter, e.g. 9.")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def search(query: str, k: int, fmt: str, mode: str, source: str | None, chapter: int | None,
           home: Path | None) -> None:
    """Search the Code of Practice and guidance; each hit carries its paragraph reference.

    Example: ehcp-assist search "is three hours of therapy an outcome?" --k 3
    JSON: {"query", "hits": [{"ref", "source", "title", "score", "text"}]}; text: ref, title and a
    highlighted snippet per hit.
    """
    console = stderr_console()
    check_query(query, k)
    index = open_search_index(build_settings(home=home))
    hits = index.search(query, k=k, mode=mode, source=source, chapter=chapter)  # type: ignore[arg-type]
    if not index.has_code():
        console.print(_NO_CODE_HINT, soft_wrap=True)
    if fmt == "json":
        echo_json({"query": query,
                   "hits": [h.model_dump(include={"ref", "source", "title", "score", "text"})
                            for h in hits]})
        return
    _render(hits, query, Console(highlight=False))
