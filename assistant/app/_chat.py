"""One chat turn: read the message, update this session's case, draft, fill gaps, reply."""

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import BadInput
from ..models import AdviceRequest, Child, Draft, StatementContext
from ._answers import apply_answers
from ._context import AppContext
from ._intake import MAX_MESSAGE_CHARS, MAX_NOTES_CHARS, ChatCase, merge, read_message
from ._render import ask_reply, draft_reply

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Drafted:
    """The engine's draft of one request, before the author's answers went in."""

    request: AdviceRequest
    draft: Draft
    with_index: bool
    """Whether the index was ready, i.e. whether the draft could carry citations."""


@dataclass(frozen=True)
class Turn:
    """What the page shows after a message: the reply, the draft (if any) and its files."""

    reply: str
    case: ChatCase
    draft: Draft | None
    files: list[str]
    cleared: bool = False
    """'new case': the page drops the last child's files and sources too."""
    base: Drafted | None = None
    """Keep it for the next message: answers alone go into it without drafting again."""


def _request(case: ChatCase) -> AdviceRequest:
    return AdviceRequest(
        child=Child(name=case.name, age=case.age, year_group=case.year_group),
        professional_role=case.role,
        assessment_date=case.assessment_date or date.today(),
        aspirations=case.aspirations, outcomes_sought=case.outcomes_sought, notes=case.notes)


def _context(case: ChatCase) -> StatementContext:
    return StatementContext(name=case.name, age=case.age, year_group=case.year_group,
                            assessment_date=case.assessment_date or date.today())


def _slug(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (name or "child").lower()).strip("-")[:40] or "child"


def write_downloads(draft: Draft, under: Path, section_e: bool = False) -> list[str]:
    """DOCX and Markdown of the draft in a fresh folder, so sessions never share a file."""
    from ..export import section_e_docx, section_e_markdown, to_docx, to_markdown

    folder = Path(tempfile.mkdtemp(dir=under))
    stem = ("section-e-" if section_e else "draft-advice-") + _slug(draft.child.name)
    docx = folder / f"{stem}.docx"
    markdown = folder / f"{stem}.md"
    docx.write_bytes(section_e_docx(draft) if section_e else to_docx(draft))
    markdown.write_text(section_e_markdown(draft) if section_e else to_markdown(draft),
                        encoding="utf-8")
    return [str(docx), str(markdown)]


def check_message(text: str) -> str:
    """The message, once it is something a person could have meant to send."""
    if not text or not text.strip():
        raise BadInput("The message is empty; paste your notes, the family's outcomes sought "
                       "and the child's aspirations, or answer a question.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise BadInput(f"That message is {len(text):,} characters, more than the "
                       f"{MAX_MESSAGE_CHARS:,} one message can take; paste the notes for this "
                       "child only, in parts if need be.")
    if "\x00" in text:
        raise BadInput("That message holds binary data, not text; copy the notes as plain text.")
    return text


def chat_turn(ctx: AppContext, text: str, case: ChatCase, progress: Progress | None = None,
              previous: Drafted | None = None) -> Turn:
    """Read one message into the case; draft when there is enough, else ask for what is missing.

    A message that only answers gaps reuses the engine's last draft of the same case: a model
    is not asked again (its ids and wording stay put) and the answers go into that draft."""
    report = progress or (lambda fraction, what: None)
    message = read_message(check_message(text))
    case = merge(case, message)
    if len(case.notes) > MAX_NOTES_CHARS:
        raise BadInput(f"The notes for this case are over {MAX_NOTES_CHARS:,} characters; type "
                       "'new case' and paste a shorter summary.")
    notes = list(message.problems)
    if message.reset:
        return Turn(reply="Started a new case; nothing from the last one is kept. "
                          + ask_reply(case.missing, []), case=case, draft=None, files=[],
                    cleared=True)
    if not case.can_draft:
        return Turn(reply=ask_reply(case.missing, notes), case=case, draft=None, files=[],
                    base=previous)
    request = _request(case)
    with_index = ctx.index.is_ready
    if previous is not None and previous.request == request and (
            previous.with_index or not with_index):
        base = previous
    else:
        report(0.2, "Drafting outcomes and provision")
        base = Drafted(request=request, draft=ctx.draft(request), with_index=with_index)
    if not base.with_index and not ctx.index.failed:  # first run: the index is still filling
        notes.append("Citations will appear in the side panel once the guidance index is built "
                     "(first run only).")
    report(0.7, "Filling your answers and checking the wording")
    filled = apply_answers(base.draft, case.answers, _context(case))
    report(0.9, "Writing the DOCX and Markdown")
    files = write_downloads(filled.draft, ctx.downloads)
    fresh = set(message.answers)  # earlier answers' problems were said when they were given
    reply = draft_reply(filled.draft, case.missing,
                        notes + [note for answer, note in filled.notes if answer in fresh])
    return Turn(reply=reply, case=case, draft=filled.draft, files=files, base=base)


__all__ = ["Drafted", "Turn", "chat_turn", "check_message", "write_downloads"]
