"""The chapter 9 table 'what to include in each section of the EHC plan' as one row per section."""

import re
from dataclasses import dataclass, field

from ._pdf_lines import Line
from ._text import join_wrapped

TABLE_HEADING = "what to include in each section of the ehc plan"
RIGHT_COLUMN_X = 190.0
"""The 'Information to include' column starts at about 198 pt; the section names sit left of it."""
_SUB_BULLET_X = 225.0
_ROW_START = re.compile(r"^\((A|B|C|D|E|F|G|H1|H2|I|J|K)\)\s*(.*)$")
_COLUMN_HEADER = re.compile(r"^Section\s+Information to include$")


@dataclass
class TableRow:
    letter: str
    page: int
    title: str = ""
    items: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join([f"Section {self.letter}: {self.title}", *self.items])


class SectionTable:
    """Collects lines while the parser is inside the table; rows come out in order A ... K."""

    def __init__(self) -> None:
        self.rows: list[TableRow] = []
        self._title_open = False

    def feed(self, line: Line) -> None:
        text = line.text
        if _COLUMN_HEADER.match(text):
            return
        if line.x < RIGHT_COLUMN_X:
            start = _ROW_START.match(text)
            if start:
                title, _, rest = start[2].partition("•")
                self.rows.append(TableRow(start[1], line.page, title.strip()))
                self._title_open = True
                if rest.strip():
                    self._add_item(f"• {rest.strip()}", line.x)
                return
            if self.rows and (self._title_open or line.is_bold):
                self.rows[-1].title = join_wrapped(self.rows[-1].title, text)
                return
        if not self.rows:
            return
        self._title_open = False
        self._add_item(text, line.x)

    def _add_item(self, text: str, x: float) -> None:
        items = self.rows[-1].items
        if text.startswith("•"):
            items.append("• " + text.lstrip("• ").strip())
        elif text.startswith("o ") and x > _SUB_BULLET_X:
            items.append("  o " + text[2:].strip())
        elif items:
            items[-1] = join_wrapped(items[-1], text)
        else:
            items.append(text)


__all__ = ["RIGHT_COLUMN_X", "TABLE_HEADING", "SectionTable", "TableRow"]
