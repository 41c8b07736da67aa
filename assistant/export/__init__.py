"""Render a Draft for people and tools: Markdown to edit, DOCX to sign, JSON for machines.

    from assistant.export import to_markdown, to_docx, to_json
    path.write_bytes(to_docx(draft))
"""

from ._docx import section_e_docx, to_docx
from ._json import to_json
from ._labels import (
    AREA_NAMES,
    PFA_NAMES,
    UNUSED_HEADING,
    UNUSED_INTRO,
    area_name,
    has_code_citation,
    sign_off,
)
from ._markdown import section_e_markdown, to_markdown

__all__ = [
    "AREA_NAMES",
    "PFA_NAMES",
    "UNUSED_HEADING",
    "UNUSED_INTRO",
    "area_name",
    "has_code_citation",
    "section_e_docx",
    "section_e_markdown",
    "sign_off",
    "to_docx",
    "to_json",
    "to_markdown",
]
