"""`ehcp-assist corpus add|list|rebuild|fetch`: what the search index holds, and how it got there."""

from __future__ import annotations

import hashlib
import json
import sys
from functools import partial
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..corpus import CODE_URL, fetch_code, load_document
from ..errors import BadInput
from ..library import open_ready_index
from ..retrieval import Index, open_for_rebuild
from ..settings import Settings, build_settings
from ._group import cli
from ._progress import progress_bar


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def open_search_index(settings: Settings) -> Index:
    """The index, with the shipped corpus/ documents added on first use (progress on stderr)."""
    with progress_bar() as report:
        return open_ready_index(settings, report)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cli.group()
def corpus() -> None:
    """Manage the documents search and drafting cite: the Code of Practice and guidance."""


@corpus.command("add")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--title", help="Title shown beside citations (guidance documents).")
@click.option("--publisher", help="Who published it, e.g. a local authority.")
@click.option("--licence", help="Its licence, e.g. 'OGL-3.0'.")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def add(path: Path, title: str | None, publisher: str | None, licence: str | None,
        home: Path | None) -> None:
    """Parse a document into citable chunks and index them; adding it again does nothing.

    PATH is the SEND Code of Practice PDF or a Markdown/text guidance document.
    Example: ehcp-assist corpus add SEND_Code_of_Practice_January_2015.pdf
    """
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give the path of one file in it: the Code PDF or a "
                       "guidance document (.md or .txt).")
    if not path.is_file():
        raise BadInput(f"{path} does not exist; give the path to the Code PDF or a guidance file.")
    index = open_search_index(build_settings(home=home))
    if index.has_sha256(_sha256(path)):
        doc = next(d for d in index.documents() if d.sha256 == _sha256(path))
        click.echo(f"{path.name} is already indexed as '{doc.doc_id}' ({doc.chunks} chunks).")
        return
    with progress_bar() as report:
        document = load_document(path, title=title, publisher=publisher, licence=licence,
                                 progress=partial(report, f"Parsing {path.name}"))
        result = index.add(document, partial(report, "Embedding"))
    verb = "was already indexed" if result.skipped else "indexed"
    click.echo(f"{document.title} {verb} as '{result.doc_id}' ({result.chunks} chunks).")


@corpus.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def list_(fmt: str, home: Path | None) -> None:
    """Show the indexed documents, their chunk counts and licences.

    Example: ehcp-assist corpus list --format json  (JSON: {"documents": [{doc_id, title, ...}]})
    """
    index = open_search_index(build_settings(home=home))
    docs = index.documents()
    if fmt == "json":
        payload = {"documents": [d.model_dump(mode="json") for d in docs]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("id", "title", "chunks", "licence", "added")
    for d in docs:
        table.add_row(d.doc_id, d.title, str(d.chunks), d.licence or "-", d.added_at)
    Console().print(table)
    if not index.has_code():
        stderr_console().print(_NO_CODE_HINT, soft_wrap=True)


@corpus.command("rebuild")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def rebuild(home: Path | None) -> None:
    """Re-embed every stored chunk with the configured embedder (after changing it).

    Example: EHCP_ASSIST_EMBEDDER=minilm-int8 ehcp-assist corpus rebuild
    """
    index = open_for_rebuild(build_settings(home=home))
    with progress_bar() as report:
        count = index.rebuild(partial(report, "Re-embedding"))
    click.echo(f"Re-embedded {count} chunks with '{index.settings.embedder}'.")


@corpus.command("fetch")
@click.option("--url", default=CODE_URL, show_default=True, help="Where to download the Code from.")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def fetch(url: str, home: Path | None) -> None:
    """Download the SEND Code of Practice from gov.uk, check its sha256, and index it.

    Example: ehcp-assist corpus fetch
    """
    settings = build_settings(home=home)
    index = open_search_index(settings)
    downloads = Path(settings.home) / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    with progress_bar() as report:
        path = fetch_code(downloads, url, partial(report, "Downloading the Code"))
        if index.has_sha256(_sha256(path)):
            click.echo("The Code of Practice is already indexed.")
            return
        document = load_document(path, progress=partial(report, "Parsing"))
        result = index.add(document, partial(report, "Embedding"))
    click.echo(f"{document.title} indexed as '{result.doc_id}' ({result.chunks} chunks).")


_NO_CODE_HINT = (
    "No Code of Practice in the store yet; run 'ehcp-assist corpus add PATH-TO-CODE.pdf' "
    "or 'ehcp-assist corpus fetch'."
)
