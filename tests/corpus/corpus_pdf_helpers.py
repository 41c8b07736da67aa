"""Write small real PDFs with pypdf for the parser's tests: text placed where the Code places it."""

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

_FONTS = {"regular": "/Helvetica", "bold": "/Helvetica-Bold"}


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 12.0
    bold: bool = False


def write_text_pdf(path: Path, pages: list[list[Text]]) -> Path:
    """One PDF page per list; each Text is drawn at (x, y) in Helvetica or Helvetica-Bold."""
    writer = PdfWriter()
    for texts in pages:
        page = writer.add_blank_page(595, 842)
        fonts = DictionaryObject({
            NameObject(f"/F{i}"): DictionaryObject({
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(base),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            })
            for i, base in enumerate(_FONTS.values())
        })
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops = []
        for t in texts:
            escaped = t.text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            font = "/F1" if t.bold else "/F0"
            ops.append(f"BT {font} {t.size} Tf 1 0 0 1 {t.x} {t.y} Tm ({escaped}) Tj ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as out:
        writer.write(out)
    return path


def encrypt_pdf(source: Path, dest: Path, password: str) -> Path:
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with dest.open("wb") as out:
        writer.write(out)
    return dest
