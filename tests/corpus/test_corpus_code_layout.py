"""The parser reads layout as the Code prints it: margin numbers, bold headings, bullets, footers."""

from pathlib import Path

from corpus_pdf_helpers import Text, write_text_pdf

from assistant.corpus import load_document


def _mini_code(path: Path, first_page: int = 163) -> Path:
    """Two pages laid out like chapter 9 of the Code, with invented wording."""
    first = [
        Text(72, 753, "9 Education, Health and Care needs assessments", size=18, bold=True),
        Text(72, 729, "and plans", size=18, bold=True),
        Text(72, 690, "Outcomes", size=16, bold=True),
        Text(72, 670, "Relevant legislation: an unnumbered note that belongs to no paragraph"),
        Text(36.5, 640, "9.66 An outcome is the change the child will show after support; it is"),
        Text(72, 623.5, "personal, and it is not a description of a service. It is decision-"),
        Text(72, 607, "making with the family:"),
        Text(100.4, 578, "• written with the family"),
        Text(100.4, 549, "• checked at the annual review, with a date"),
        Text(72, 510, "Targets", size=14, bold=True),
        Text(36.5, 480, "9.67 Short steps sit outside the plan and are"),
        Text(287.6, 51.9, str(first_page)),
    ]
    second = [
        Text(72, 758, "reviewed by the school each term."),
        Text(36.5, 730, "9.68 A third paragraph on the next printed page."),
        Text(287.6, 51.9, str(first_page + 1)),
    ]
    return write_text_pdf(path, [first, second])


def test_paragraphs_headings_bullets_and_pages(tmp_path: Path) -> None:
    document = load_document(_mini_code(tmp_path / "mini.pdf"))
    chunks = {c.ref: c for c in document.chunks}
    assert list(chunks) == ["9.66", "9.67", "9.68"]
    outcome = chunks["9.66"]
    assert outcome.text.split("\n") == [
        "An outcome is the change the child will show after support; it is personal, and it is "
        "not a description of a service. It is decision-making with the family:",
        "• written with the family",
        "• checked at the annual review, with a date",
    ]
    assert (outcome.title, outcome.chapter, outcome.page) == ("Outcomes", 9, 163)
    assert outcome.chapter_title == "Education, Health and Care needs assessments and plans"
    assert "Relevant legislation" not in " ".join(c.text for c in document.chunks)
    assert chunks["9.67"].text == "Short steps sit outside the plan and are reviewed by the school " \
                                  "each term."
    assert (chunks["9.67"].title, chunks["9.67"].page) == ("Targets", 163)
    assert chunks["9.68"].page == 164
    assert "163" not in chunks["9.67"].text


def test_progress_reports_every_page(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    fresh = _mini_code(tmp_path / "fresh.pdf", first_page=201)  # bytes no other test parses
    load_document(fresh, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_the_same_bytes_parse_to_the_same_chunks_under_any_name(tmp_path: Path) -> None:
    first = load_document(_mini_code(tmp_path / "mini.pdf"))
    copy = tmp_path / "copy.pdf"
    copy.write_bytes((tmp_path / "mini.pdf").read_bytes())
    seen: list[tuple[int, int]] = []
    again = load_document(copy, progress=lambda done, total: seen.append((done, total)))
    assert again.chunks == first.chunks and again.chunks is not first.chunks
    assert (again.path, again.sha256) == (str(copy), first.sha256)
    assert seen and seen[-1][0] == seen[-1][1]
