"""The child's details as the plan gives them ('Name: …', 'Age: …'), as lines or 2-cell rows."""

import re
from collections.abc import Iterable
from datetime import date

from assistant.models import StatementContext

from ._blocks import Block

_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z' ’]{2,40}?)\s*[:\-–|]\s*(?P<value>\S.{0,80})$")
_KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("preferred", re.compile(r"^(preferred name|known as)$", re.I)),
    ("name", re.compile(r"^((child|young person|pupil|student)['’]?s )?(full )?name"
                        r"( of (the )?(child|young person))?$", re.I)),
    ("age", re.compile(r"^((child|young person)['’]?s )?age( now)?$", re.I)),
    ("year_group", re.compile(r"^((school|nc|national curriculum) )?year( group)?$", re.I)),
    ("assessment_date", re.compile(r"^((date of (the )?(assessment|plan|draft|issue))|"
                                   r"(assessment|plan|issue) date|date issued)$", re.I)),
)
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}


def _parse_date(text: str) -> date | None:
    """ISO, UK day/month/year, or '1 November 2026'; anything else is left unread."""
    if match := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text):
        parts = int(match[1]), int(match[2]), int(match[3])
    elif match := re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text):
        parts = int(match[3]), int(match[2]), int(match[1])
    elif match := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b", text):
        month = _MONTHS.get(match[2].lower(), 0)
        parts = int(match[3]), month, int(match[1])
    else:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def _pairs(blocks: Iterable[Block]) -> Iterable[tuple[str, str]]:
    for block in blocks:
        if block.kind == "para" and (match := _KEY_VALUE.match(block.text)):
            yield match["key"].strip(), match["value"].strip()
        elif block.kind == "table":
            for row in block.rows:
                if len(row) == 2 and row[0].text and row[1].text:
                    yield row[0].text.rstrip(":").strip(), row[1].text


def context_from(blocks: Iterable[Block]) -> StatementContext:
    """The first value found for each key; plans name the child by first name in outcomes."""
    found: dict[str, object] = {}
    for key_text, value in _pairs(blocks):
        for field, pattern in _KEYS:
            if field in found or not pattern.match(key_text):
                continue
            if field in ("preferred", "name"):
                found[field] = value.split()[0].strip(",;")
            elif field == "age" and (age := re.match(r"\d{1,2}\b", value)):
                found["age"] = int(age[0]) if int(age[0]) <= 25 else None
            elif field == "year_group":
                found[field] = f"Year {value}" if value.isdigit() else value
            elif field == "assessment_date":
                found[field] = _parse_date(value)
            break
    preferred, full = found.pop("preferred", None), found.pop("name", None)
    name = preferred or full
    return StatementContext(name=name, **{k: v for k, v in found.items() if v is not None})
