"""The Code of Practice PDF becomes one citable chunk per numbered paragraph, close to the oracle."""

import difflib
import re
from typing import Any

from assistant.models import OGL_ATTRIBUTION, Chunk, Document


def _normalise(text: str) -> str:
    """Layout differences between pypdf and pdftotext -layout are not differences of content."""
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _ratio(mine: str, theirs: str) -> float:
    a, b = _normalise(mine), _normalise(theirs)
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= 0.9 else matcher.quick_ratio()


def _paragraphs(document: Document) -> dict[str, Chunk]:
    return {c.ref: c for c in document.chunks if c.kind == "code_paragraph"}


def test_every_chapter_9_paragraph_is_found_with_its_number(code_document: Document) -> None:
    paragraphs = _paragraphs(code_document)
    missing = [f"9.{n}" for n in range(1, 218) if f"9.{n}" not in paragraphs]
    assert not missing, f"chapter 9 paragraphs not found: {missing}"
    assert all(paragraphs[f"9.{n}"].chapter == 9 for n in range(1, 218))


def test_numbered_paragraphs_match_the_oracle(
    code_document: Document, code_oracle: list[dict[str, Any]]
) -> None:
    paragraphs = _paragraphs(code_document)
    close = [r["para"] for r in code_oracle
             if r["para"] in paragraphs and _ratio(paragraphs[r["para"]].text, r["text"]) >= 0.9]
    rate = len(close) / len(code_oracle)
    print(f"\n{len(close)}/{len(code_oracle)} numbered paragraphs match the oracle ({rate:.1%})")
    assert rate >= 0.98
    assert len(paragraphs) == len(code_oracle), "a paragraph the oracle lacks, or one missed"


def test_pages_are_the_printed_page_numbers(
    code_document: Document, code_oracle: list[dict[str, Any]]
) -> None:
    paragraphs = _paragraphs(code_document)
    wrong = [r["para"] for r in code_oracle if paragraphs[r["para"]].page != r["page_start"]]
    assert not wrong, f"paragraphs on a page other than the oracle's page_start: {wrong[:10]}"
    assert paragraphs["9.66"].page == 163


def test_outcomes_paragraph_reads_as_printed(code_document: Document) -> None:
    outcome = _paragraphs(code_document)["9.66"]
    assert outcome.title == "Outcomes"
    assert outcome.chapter_title == "Education, Health and Care needs assessments and plans"
    assert outcome.text.startswith("An outcome can be defined as the benefit or difference")
    assert "specific, measurable, achievable, realistic and time bound (SMART)" in outcome.text
    assert "9.67" not in outcome.text and "\n" not in outcome.text


def test_bullets_stay_on_their_own_lines_and_hyphens_join(code_document: Document) -> None:
    principles = _paragraphs(code_document)["9.61"].text.split("\n")
    bullets = [line for line in principles if line.startswith("• ")]
    assert len(bullets) == 10, principles
    assert "• EHC plans should describe positively what the child or young person can do and " \
           "has achieved" in principles
    assert "co-ordinated wherever possible" in _paragraphs(code_document)["9.61"].text


def test_section_table_rows_a_to_k_follow_9_69(
    code_document: Document, table_oracle: list[dict[str, Any]]
) -> None:
    refs = [c.ref for c in code_document.chunks]
    at = refs.index("9.69")
    letters = [r["table_row"] for r in table_oracle]
    assert refs[at + 1 : at + 13] == [f"9.69-table-{letter}" for letter in letters]
    rows = {c.ref: c for c in code_document.chunks if c.kind == "code_table_row"}
    for row in table_oracle:
        chunk = rows[f"9.69-table-{row['table_row']}"]
        ratio = _ratio(chunk.text, row["text"])
        assert ratio >= 0.9, f"row {row['table_row']}: ratio {ratio:.2f}\n{chunk.text}"
    section_f = rows["9.69-table-F"]
    assert section_f.text.startswith("Section F: The special educational provision required")
    assert "• Provision must be detailed and specific and should normally be quantified" \
        in section_f.text
    assert section_f.page == 166 and section_f.chapter == 9


def test_chunk_ids_are_unique_and_the_printed_chapter_8_quirk_is_kept(
    code_document: Document,
) -> None:
    ids = [c.id for c in code_document.chunks]
    assert len(ids) == len(set(ids))
    intro = _paragraphs(code_document)["7.37"]
    assert intro.chapter == 8 and intro.id == "send-cop-2015:7.37"
    assert intro.chapter_title == "Preparing for adulthood from the earliest years"


def test_document_carries_source_and_licence(code_document: Document) -> None:
    assert code_document.doc_id == "send-cop-2015"
    assert code_document.title == "SEND Code of Practice: 0 to 25 years (January 2015)"
    assert code_document.publisher == "Department for Education and Department of Health"
    assert code_document.licence == "Open Government Licence v3.0"
    assert code_document.attribution == OGL_ATTRIBUTION
    assert code_document.sha256 == "d37a282a4a8354280dd05567410b3c874ccb5aa2f29d037f70d366c9dc8d2b44"
    chunk = code_document.chunks[0]
    assert (chunk.doc_id, chunk.source, chunk.attribution) == (
        "send-cop-2015", code_document.title, OGL_ATTRIBUTION)
    assert all(c.text.strip() and c.title.strip() for c in code_document.chunks)
