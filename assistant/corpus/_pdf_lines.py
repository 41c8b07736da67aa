"""Read a PDF into positioned text lines with pypdf, so the Code parser can see layout and fonts."""

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ..errors import BadInput

if TYPE_CHECKING:
    from pypdf import PdfReader

Progress = Callable[[int, int], None]

FOOTER_TOP = 65.0
"""Text below this height (points from the page bottom) is the running footer: the page number."""
_SAME_LINE = 2.0
BODY_SIZES = frozenset({12.0, 14.0, 16.0, 18.0})
_PRIVATE_GLYPHS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0fc": "✓", "\uf0d8": "➢"})
_SPACES = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: where it starts, how big and how bold, and its text."""

    page: int
    """The printed page number (the footer's, else the PDF page index + 1)."""
    x: float
    y: float
    size: float
    is_bold: bool
    text: str


@dataclass(slots=True)
class _Open:
    x: float
    y: float
    size: float
    parts: list[str]
    bold: list[bool]


@contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf logs its repairs of damaged files; the user gets one BadInput sentence instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def open_pdf(data: bytes, name: str) -> "PdfReader":
    """A reader for the bytes, or BadInput naming why the file cannot be read."""
    from pypdf import PdfReader  # imported here so that `ehcp-assist --help` stays fast
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if not data:
        raise BadInput(f"{name} is empty; supply the SEND Code of Practice PDF.")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise BadInput(f"{name} is not a PDF; supply the SEND Code of Practice PDF.")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("a password is needed")
        _ = len(reader.pages)
    except (FileNotDecryptedError, DependencyError) as err:
        raise BadInput(
            f"{name} is encrypted; save an unencrypted copy of the PDF and add that instead."
        ) from err
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise BadInput(
            f"{name} could not be read as a PDF (it may be truncated or corrupt); "
            "download it again and retry."
        ) from err
    return reader


def read_lines(reader: "PdfReader", name: str, progress: Progress | None = None) -> list[Line]:
    """Every text line of every page, in reading order, footers dropped."""
    from pypdf.errors import PdfReadError

    total = len(reader.pages)
    lines: list[Line] = []
    for index, page in enumerate(reader.pages):
        try:
            page_lines = _page_lines(page)
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
            raise BadInput(
                f"{name}, page {index + 1} could not be read (the PDF may be truncated or "
                "corrupt); download it again and retry."
            ) from err
        printed = _printed_page(page_lines) or index + 1
        lines += reading_order([
            Line(printed, o.x, o.y, o.size, all(o.bold), _clean("".join(o.parts)))
            for o in page_lines
            if o.y >= FOOTER_TOP
        ])
        if progress is not None:
            progress(index + 1, total)
    return lines


def reading_order(lines: list[Line]) -> list[Line]:
    """Move figure text, drawn after the page's body, back to where it sits on the page.

    A run of lines in an unusual type size that jumps back up the page is a figure; it goes in
    before the first body line printed below it. Body text keeps the PDF's own order.
    """
    body: list[Line] = []
    figures: list[list[Line]] = []
    for i, line in enumerate(lines):
        jumped = i > 0 and line.y > lines[i - 1].y + _SAME_LINE
        is_figure = line.size not in BODY_SIZES
        if is_figure and figures and figures[-1][-1] is lines[i - 1]:
            figures[-1].append(line)
        elif is_figure and jumped:
            figures.append([line])
        else:
            body.append(line)
    for figure in figures:
        top = figure[0].y
        at = next((k for k, line in enumerate(body) if line.y < top), len(body))
        body[at:at] = figure
    return body


def _clean(text: str) -> str:
    """Symbol-font glyphs to their Unicode meaning; runs of spaces to one."""
    return _SPACES.sub(" ", text.translate(_PRIVATE_GLYPHS)).strip()


def _printed_page(page_lines: list[_Open]) -> int | None:
    for line in page_lines:
        text = "".join(line.parts).strip()
        if line.y < FOOTER_TOP and text.isdigit():
            return int(text)
    return None


def _page_lines(page: Any) -> list[_Open]:
    """Group pypdf's text runs into lines by their baseline."""
    found: list[_Open] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        piece = text.replace("\n", "")
        if not piece.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = tm[3] * cm[3] if tm[3] else 1.0
        base = str((font or {}).get("/BaseFont", ""))
        is_bold = "Bold" in base or not piece.strip("•o ")
        current = found[-1] if found else None
        if current is not None and abs(current.y - y) < _SAME_LINE:
            current.parts.append(piece)
            current.bold.append(is_bold)
            current.size = max(current.size, round(size * scale, 1))
        else:
            found.append(_Open(round(x, 1), round(y, 1), round(size * scale, 1), [piece], [is_bold]))

    page.extract_text(visitor_text=visit)
    return found
