"""Guidance documents (Markdown or plain text) become sections a hit can cite."""

import types
from pathlib import Path

import pytest

from assistant.corpus import front_matter, load_document, parse_guidance
from assistant.errors import BadInput


def test_every_seed_parses_into_sensible_sections(seed_path: Path) -> None:
    document = load_document(seed_path)
    refs = [c.ref for c in document.chunks]
    assert len(document.chunks) >= 5, refs
    assert len(refs) == len(set(refs)), "refs repeat"
    assert len({c.id for c in document.chunks}) == len(refs)
    for chunk in document.chunks:
        assert chunk.text.strip() and chunk.title.strip(), chunk.ref
        assert chunk.kind == "guidance_section" and chunk.doc_id == document.doc_id
        assert chunk.source == document.title
        assert len(chunk.text.split()) <= 400, f"{chunk.ref} is {len(chunk.text.split())} words"
    assert document.doc_id == load_document(seed_path).doc_id, "doc_id must be stable"


@pytest.mark.parametrize("name", ["000_c840b752652f90a6.txt", "001_5bb5cedc71130565.txt"])
def test_a_worked_example_is_one_citable_section(name: str, shared: types.ModuleType) -> None:
    document = load_document(shared.SEEDS_DIR / name)
    chunks = {c.ref: c for c in document.chunks}
    amil = chunks["example-1-amil"]
    assert amil.title == "Example 1: Amil"
    for part in ("Aspirations", "Needs", "Outcomes", "Provision", "Amil"):
        assert part in amil.text, part
    assert "Bob" not in amil.text
    assert {"example-2-bob", "example-3-rebekah", "example-4-laura"} <= set(chunks)


def test_plain_text_numbered_headings_and_questions(shared: types.ModuleType) -> None:
    seeds = shared.SEEDS_DIR
    handbook = {c.title for c in load_document(seeds / "000_c840b752652f90a6.txt").chunks}
    assert {"3.1 Co-production", "3.2 Person-centred planning"} <= handbook
    faq = {c.title for c in load_document(seeds / "003_3889f37e75c76941.txt").chunks}
    assert "Should outcomes sought be SMART?" in faq


FRONT = """---
title: "Outcomes for Ayo: a worked example"
publisher: Riverside SEND team
licence: CC BY 4.0
attribution: Written by the Riverside SEND team.
cites: [9.66, 9.69-table-F]
---
# Ayo's plan

Intro words about Ayo.

## Outcome

By July 2027 Ayo will order a drink in a cafe.

## Outcome

A second section with the same heading.
"""


def test_front_matter_wins_over_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "ayo.md"
    path.write_text(FRONT, encoding="utf-8")
    document = parse_guidance(path)
    assert document.title == "Outcomes for Ayo: a worked example"
    assert document.doc_id == "outcomes-for-ayo-a-worked-example"
    assert (document.publisher, document.licence) == ("Riverside SEND team", "CC BY 4.0")
    assert document.attribution == "Written by the Riverside SEND team."
    assert [c.ref for c in document.chunks] == ["ayo-s-plan", "outcome", "ayo-s-plan-outcome"]
    assert document.chunks[1].text == "By July 2027 Ayo will order a drink in a cafe."
    assert front_matter(path).cites == ["9.66", "9.69-table-F"]
    assert "title:" not in " ".join(c.text for c in document.chunks)


def test_arguments_fill_in_what_the_document_lacks(tmp_path: Path) -> None:
    path = tmp_path / "local_guidance.txt"
    path.write_text("Short steps\n\nTargets are agreed each term by the school.\n", "utf-8")
    document = load_document(path, publisher="Our LA", licence="All rights reserved")
    assert (document.title, document.doc_id) == ("Short steps", "short-steps")
    assert (document.publisher, document.licence) == ("Our LA", "All rights reserved")
    untitled = tmp_path / "notes_from_panel.txt"
    untitled.write_text("all lower case notes with no heading at all.\n", "utf-8")
    assert load_document(untitled).title == "Notes from panel"


def test_long_sections_are_cut_into_parts(tmp_path: Path) -> None:
    paragraphs = [" ".join(f"word{p}x{i}" for i in range(90)) + "." for p in range(8)]
    path = tmp_path / "long.md"
    path.write_text("# Long section\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    chunks = load_document(path).chunks
    assert [c.ref for c in chunks] == ["long-section", "long-section-p2", "long-section-p3",
                                       "long-section-p4"]
    assert chunks[1].title == "Long section (part 2)"
    assert all(len(c.text.split()) <= 250 for c in chunks)
    assert " ".join(c.text for c in chunks).split() == " ".join(paragraphs).split()


def test_unreadable_guidance_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "old.txt"
    latin.write_bytes("Caf\xe9 outcomes\n".encode("latin-1"))
    with pytest.raises(BadInput, match="old.txt is not UTF-8 text"):
        load_document(latin)
    blank = tmp_path / "blank.md"
    blank.write_text("\n\n", encoding="utf-8")
    with pytest.raises(BadInput, match="blank.md has no text to index"):
        load_document(blank)


def test_block_list_front_matter_and_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    text = ("---\ntitle: Panel notes\nlicense: OGL-3.0\ncites:\n  - 9.66\n  - 9.69-table-E\n---\n"
            "# Outcomes\n\nWrite what the child will do.\n")
    path.write_bytes(("\ufeff" + text).replace("\n", "\r\n").encode("utf-8"))
    meta = front_matter(path)
    assert (meta.title, meta.licence, meta.cites) == ("Panel notes", "OGL-3.0",
                                                      ["9.66", "9.69-table-E"])
    document = load_document(path, title="Our panel notes")
    assert document.title == "Our panel notes" and document.licence == "OGL-3.0"
    assert [(c.ref, c.text) for c in document.chunks] == [
        ("outcomes", "Write what the child will do.")]


def test_markdown_soft_wraps_join_and_hard_breaks_stay(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.md"
    path.write_text(
        "# Provision\n\nA therapist will see Ayo for 30 minutes\neach week in term time.\n\n"
        "- one to one with a\n  qualified therapist\n- reviewed each half term\n\n"
        "Riverside School  \nHigh Street\n", encoding="utf-8")
    assert load_document(path).chunks[0].text.split("\n") == [
        "A therapist will see Ayo for 30 minutes each week in term time.",
        "",
        "- one to one with a qualified therapist",
        "- reviewed each half term",
        "",
        "Riverside School",
        "High Street",
    ]


def test_a_questions_and_answers_document_is_marked_so_search_ranks_it_below_the_code(
        tmp_path: Path) -> None:
    path = tmp_path / "answers.md"
    path.write_text(FRONT.replace("cites:", "kind: answers\ncites:"), encoding="utf-8")
    assert {c.kind for c in parse_guidance(path).chunks} == {"guidance_answer"}
    shipped = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("answers-*.md"))
    assert shipped, "corpus/ ships the plain-language answers"
    for answers in shipped:
        assert {c.kind for c in parse_guidance(answers).chunks} == {"guidance_answer"}, answers.name
