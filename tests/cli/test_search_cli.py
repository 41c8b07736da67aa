"""`ehcp-assist search`: the JSON contract, the text view, and the no-Code hint."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.corpus import shipped_documents

SEEDS = sorted((Path(__file__).resolve().parents[2].parent / "shared" / "seeds").glob("*.txt"))
FAQ = min(SEEDS, key=lambda p: p.stat().st_size)
NO_CODE = "No Code of Practice in the store yet; run 'ehcp-assist corpus add PATH-TO-CODE.pdf'"


@pytest.fixture(scope="module")
def template_home(tmp_path_factory: pytest.TempPathFactory, _shipped_corpus_home: Path) -> Path:
    """A home where first use indexed the shipped corpus and the FAQ seed was added (built once)."""
    home = Path(shutil.copytree(_shipped_corpus_home,
                                tmp_path_factory.mktemp("search-template") / "home"))
    result = CliRunner().invoke(cli, ["corpus", "add", str(FAQ), "--home", str(home)])
    assert result.exit_code == 0, result.stderr
    return home


@pytest.fixture(autouse=True)
def home(template_home: Path, tmp_path: Path) -> Path:
    shutil.copytree(template_home, tmp_path / "home")  # EHCP_ASSIST_HOME points here (conftest)
    return tmp_path / "home"


def test_first_use_indexed_every_shipped_document() -> None:
    result = CliRunner().invoke(cli, ["corpus", "list", "--format", "json"])
    titles = {d["doc_id"] for d in json.loads(result.stdout)["documents"]}
    assert len(titles) == len(shipped_documents()) + 1


def test_json_has_exactly_the_contract_keys_and_hints_that_the_code_is_missing() -> None:
    result = CliRunner().invoke(
        cli, ["search", "difference between aspirations and outcomes", "--k", "3", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"query", "hits"}
    assert payload["query"] == "difference between aspirations and outcomes"
    assert len(payload["hits"]) == 3
    for hit in payload["hits"]:
        assert set(hit) == {"ref", "source", "title", "score", "text"}
        assert isinstance(hit["score"], float) and hit["text"]
    assert NO_CODE in " ".join(result.stderr.split())


def test_source_filter_returns_only_that_document() -> None:
    listing = json.loads(CliRunner().invoke(cli, ["corpus", "list", "--format", "json"]).stdout)
    faq = next(d for d in listing["documents"] if "FAQ" in d["title"])
    result = CliRunner().invoke(cli, ["search", "aspirations", "--source", faq["doc_id"],
                                      "--k", "10", "--format", "json"])
    hits = json.loads(result.stdout)["hits"]
    assert hits and {h["source"] for h in hits} == {faq["title"]}


def test_text_output_shows_ref_title_and_snippet() -> None:
    result = CliRunner().invoke(cli, ["search", "person-centred conversation", "--k", "2"])
    assert result.exit_code == 0, result.stderr
    first = json.loads(CliRunner().invoke(
        cli, ["search", "person-centred conversation", "--k", "1", "--format", "json"]).stdout)["hits"][0]
    assert first["ref"] in result.stdout
    assert "person-centred" in result.stdout.lower()


def test_unknown_source_is_bad_input_with_the_fix() -> None:
    result = CliRunner().invoke(cli, ["search", "outcomes", "--source", "nope"])
    assert result.exit_code == 2
    assert "corpus list" in result.stderr and "Traceback" not in result.stderr


def test_empty_query_is_bad_input() -> None:
    result = CliRunner().invoke(cli, ["search", "   "])
    assert result.exit_code == 2 and "query is empty" in result.stderr
