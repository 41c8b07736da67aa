"""Plan tables: a header row names the columns (Area, Need, Outcomes, Provision, Who, How often)."""

import re
from dataclasses import dataclass
from typing import Literal

from ._blocks import Cell

Role = Literal["area", "need", "outcome", "provision", "outcome_detail", "provision_detail",
               "ignore", "other"]

# Tried in order: 'Who will support' is a detail column, 'Support' alone a provision column.
_ROLES: tuple[tuple[Role, re.Pattern[str]], ...] = (
    ("ignore", re.compile(r"outcomes? sought|aspiration|views|wishes", re.I)),
    ("outcome_detail", re.compile(r"by when|timescale|target date|achieved by|deadline", re.I)),
    ("outcome", re.compile(r"outcome|target|what .* will (do|achieve)", re.I)),
    ("provision", re.compile(r"provision", re.I)),
    ("area", re.compile(r"\barea\b|category", re.I)),
    ("provision_detail", re.compile(
        r"frequency|how often|duration|how long|\bwho\b|by whom|deliver|staff|group|ratio|"
        r"\bwhen\b|hours|sessions|responsib|review|resources?|where", re.I)),
    ("provision", re.compile(r"support|intervention|what will be provided", re.I)),
    ("need", re.compile(r"\bneeds?\b", re.I)),
)


# A sub-heading inside a cell ('SEN Provision'), not a statement.
_CELL_LABEL = re.compile(r"^((SEN|special educational|health|social care|education(al)?)\s+)?"
                         r"(provision|outcomes?)\s*:?$", re.I)


@dataclass(frozen=True, slots=True)
class TableItem:
    kind: Literal["outcome", "provision"]
    text: str
    area: str | None
    lead_in: str | None
    row: int
    column: str
    """The header of the column it came from ('Health provision' sends it to Section G)."""


def column_roles(header: tuple[Cell, ...]) -> list[Role]:
    roles: list[Role] = []
    for cell in header:
        role = next((r for r, pattern in _ROLES if pattern.search(cell.text)), "other")
        roles.append(role)
    return roles


def is_header_row(row: tuple[Cell, ...]) -> bool:
    """Short cells naming an Outcomes or a Provision column: a header, not a row of a plan."""
    roles = column_roles(row)
    if "outcome" not in roles and "provision" not in roles:
        return False
    filled = [(cell, role) for cell, role in zip(row, roles) if cell.text]
    if any(len(cell.text.split()) > 10 or " will " in cell.text or cell.text.endswith(".")
           for cell, _ in filled):
        return False
    return 2 * sum(role != "other" for _, role in filled) >= len(filled)


def _details(header: tuple[Cell, ...], row: tuple[Cell, ...], roles: list[Role],
             wanted: Role) -> str:
    """'(How often: weekly; Who: teaching assistant)', so the rules see the whole provision."""
    parts = [f"{header[i].text.rstrip(':')}: {row[i].text}" for i, role in enumerate(roles)
             if role == wanted and i < len(row) and row[i].text]
    return f" ({'; '.join(parts)})" if parts else ""


def row_items(header: tuple[Cell, ...], row: tuple[Cell, ...], number: int,
              area: str | None) -> list[TableItem]:
    """Each outcome or provision line of one row, with the row's area and details attached."""
    roles = column_roles(header)
    row_area = area
    for wanted in ("need", "area"):  # an Area column wins over a Need column
        cell = next((row[i] for i, r in enumerate(roles) if r == wanted and i < len(row)), None)
        if cell is not None and cell.lines:
            row_area = cell.lines[0][0]
    items: list[TableItem] = []
    for index, role in enumerate(roles):
        if role not in ("outcome", "provision") or index >= len(row):
            continue
        kind: Literal["outcome", "provision"] = role  # type: ignore[assignment]
        detail = _details(header, row, roles, f"{role}_detail")  # type: ignore[arg-type]
        lead: str | None = None
        for text, is_bullet in row[index].lines:
            if _CELL_LABEL.match(text):
                continue
            if not is_bullet and text.endswith(":"):
                lead = text
                continue
            items.append(TableItem(kind, text + detail, row_area, lead if is_bullet else None,
                                   number, header[index].text))
    return items
