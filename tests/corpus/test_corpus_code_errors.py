"""A file that is not the Code is refused with one sentence that says what to do; nothing is parsed."""

import subprocess
import sys
import types
from pathlib import Path

import pytest
from corpus_pdf_helpers import Text, encrypt_pdf, write_text_pdf

from assistant.corpus import load_document, parse_code_pdf
from assistant.errors import BadInput


def _minutes(path: Path) -> Path:
    return write_text_pdf(path, [[
        Text(72, 750, "Minutes of the parent carer forum", size=16, bold=True),
        Text(72, 720, "We met on Tuesday and talked about transport to school."),
        Text(72, 700, "1 Actions: write to the council about the bus."),
    ]])


def test_a_pdf_without_numbered_paragraphs_is_not_the_code(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as caught:
        load_document(_minutes(tmp_path / "minutes.pdf"))
    message = str(caught.value)
    assert "minutes.pdf does not look like the SEND Code of Practice" in message
    assert "no numbered paragraphs such as 9.66 were found" in message


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    locked = encrypt_pdf(_minutes(tmp_path / "open.pdf"), tmp_path / "locked.pdf", "secret")
    with pytest.raises(BadInput, match="locked.pdf is encrypted; save an unencrypted copy"):
        parse_code_pdf(locked)


def test_a_truncated_code_pdf_is_refused(tmp_path: Path, shared: types.ModuleType) -> None:
    truncated = tmp_path / "SEND_Code_of_Practice_January_2015.pdf"
    truncated.write_bytes(shared.CODE_PDF.read_bytes()[:10_000])
    with pytest.raises(BadInput) as caught:
        parse_code_pdf(truncated)
    assert str(caught.value) == (
        "SEND_Code_of_Practice_January_2015.pdf could not be read as a PDF (it may be truncated "
        "or corrupt); download it again and retry.")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "code.pdf"
    empty.write_bytes(b"")
    with pytest.raises(BadInput, match="code.pdf is empty"):
        load_document(empty)


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "code.pdf"
    fake.write_text("9.66 An outcome is the difference made.\n", encoding="utf-8")
    with pytest.raises(BadInput, match="code.pdf is not a PDF"):
        load_document(fake)


def test_a_missing_file_and_an_unknown_kind_are_named(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        load_document(tmp_path / "nowhere.pdf")
    plan = tmp_path / "plan.docx"
    plan.write_bytes(b"PK")
    with pytest.raises(BadInput, match=r"plan.docx is not a file the corpus can read; .*\.md"):
        load_document(plan)


def test_importing_the_corpus_does_not_load_pypdf() -> None:
    """`ehcp-assist --help` imports the corpus package; pypdf loads only when a PDF is opened."""
    code = "import sys, assistant.corpus; print('pypdf' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
