"""Read a clinician's chat message: headed fields ('Name:', 'Outcomes sought:'), notes, answers.

The answer syntax the chat documents for its users:

    Frequency for P1: twice a week        fills P1's [how often?] gap
    Who for P2: the speech and language therapist
    Measure for O1: in 4 out of 5 lessons
    Name: Sam                             corrects a field (list headings add items)
    new case                              forgets everything and starts again
"""

import re
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

MAX_MESSAGE_CHARS = 60_000
"""A long referral is ~20,000 characters; past this the paste is almost surely a mistake."""
MAX_NOTES_CHARS = 200_000

SCALAR_HEADINGS = {
    "name": "name", "child": "name", "child's name": "name", "childs name": "name",
    "child name": "name", "young person": "name", "pupil": "name",
    "age": "age",
    "year group": "year_group", "year": "year_group", "school year": "year_group",
    "assessment date": "assessment_date", "date of assessment": "assessment_date",
    "date": "assessment_date",
    "role": "role", "professional role": "role", "profession": "role", "my role": "role",
}
LIST_HEADINGS = {
    "outcomes sought": "outcomes_sought", "outcome sought": "outcomes_sought",
    "outcomes": "outcomes_sought", "family's outcomes": "outcomes_sought",
    "family outcomes": "outcomes_sought", "what the family want": "outcomes_sought",
    "important to": "outcomes_sought",
    "aspirations": "aspirations", "aspiration": "aspirations", "hopes": "aspirations",
    "hopes and dreams": "aspirations", "dreams": "aspirations",
}
NOTES_HEADINGS = {"notes", "clinical notes", "my notes", "assessment", "observations",
                  "assessment notes", "advice"}

SLOTS = {
    "frequency": "frequency", "how often": "frequency", "often": "frequency",
    "duration": "duration", "how long": "duration", "length": "duration",
    "session length": "duration",
    "group size": "group_size", "group": "group_size", "group-size": "group_size",
    "size": "group_size",
    "who": "who", "delivered by": "who", "staff": "who", "by whom": "who",
    "what": "what", "provision": "what", "programme": "what",
    "measure": "measure", "criterion": "measure", "how well": "measure",
    "success": "measure", "target": "measure",
    "by when": "end", "when": "end", "end point": "end", "end": "end", "deadline": "end",
    "action": "action", "skill": "action",
}
RESET_WORDS = {"new case", "start again", "reset", "new child", "clear"}

_HEAD = re.compile(r"^\s*(?:[-*#>]+\s*)?\**\s*(?P<head>[A-Za-z][A-Za-z' -]{0,30}?)\s*\**\s*:"
                   r"\s*\**\s*(?P<rest>.*)$")
ITEM_ID = r"(?:[Oo]\d{1,3}(?:[Pp]\d{1,3})?|[Pp]\d{1,3})"
"""O1, P2 (offline engine) or O1P2 (the LLM engine's provision 2 of outcome 1)."""
_ANSWER = re.compile(r"^\s*(?:[-*]\s*)?(?P<slot>[A-Za-z][A-Za-z -]{0,20}?)\s+(?:for|of)\s+"
                     rf"(?P<id>{ITEM_ID})\s*[:=-]\s*(?P<value>.+?)\s*$")
_ANSWER_ID_FIRST = re.compile(rf"^\s*(?:[-*]\s*)?(?P<id>{ITEM_ID})\s+(?P<slot>[A-Za-z][A-Za-z -]"
                              r"{0,20}?)\s*[:=-]\s*(?P<value>.+?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_YEAR = re.compile(r"^(?:year|yr|y)\s*(\d{1,2})$", re.IGNORECASE)


class Answer(BaseModel):
    """The author's answer to one [gap]: 'Frequency for P1: twice a week'."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    target: str
    """O1, P2, O1P2 …: the outcome or provision item the gap is in."""

    @property
    def is_provision(self) -> bool:
        return "P" in self.target
    slot: str
    value: str


class ChatCase(BaseModel):
    """Everything one browser session has told the chat so far; gr.State holds one per session."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = None
    age: int | None = None
    year_group: str | None = None
    assessment_date: date | None = None
    role: str | None = None
    outcomes_sought: list[str] = Field(default_factory=list)
    aspirations: list[str] = Field(default_factory=list)
    notes: str = ""
    answers: list[Answer] = Field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        """What the chat asks for before (or beside) a draft."""
        gaps = []
        if not self.name:
            gaps.append("the child's name (Name: …)")
        if self.age is None and not self.year_group:
            gaps.append("their age or year group (Age: … or Year group: …)")
        if not self.outcomes_sought:
            gaps.append("the family's outcomes sought (Outcomes sought: one per line)")
        if not self.notes.strip():
            gaps.append("your notes (Notes: what you assessed and what you recommend)")
        return gaps

    @property
    def can_draft(self) -> bool:
        return bool(self.outcomes_sought and self.notes.strip())


@dataclass
class Message:
    """One message, read: fields it sets, items it adds, notes, answers and any problems."""

    fields: dict[str, object] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    reset: bool = False


def _key(head: str) -> str:
    return re.sub(r"\s+", " ", head.strip().lower().replace("’", "'"))


def _item(line: str) -> str:
    return _BULLET.sub("", line).strip().strip('"“”').strip()


def _scalar(target: str, value: str, message: Message) -> None:
    value = value.strip().strip("*").strip()
    if not value:
        return
    if target == "age":
        found = re.match(r"^(\d{1,2})\b", value)
        if found is None or not 0 <= int(found[1]) <= 25:
            message.problems.append(f"I could not read the age '{value[:40]}'; write it in whole "
                                    "years from 0 to 25, e.g. 'Age: 8'.")
            return
        message.fields["age"] = int(found[1])
    elif target == "year_group":
        short = _YEAR.match(value)
        message.fields["year_group"] = f"Year {int(short[1])}" if short else value[:40]
    elif target == "assessment_date":
        try:
            message.fields["assessment_date"] = date.fromisoformat(value[:10])
        except ValueError:
            message.problems.append(f"I could not read the date '{value[:40]}'; write it as "
                                    "YYYY-MM-DD, e.g. 'Assessment date: 2026-11-02'.")
    else:
        message.fields[target] = value[:120]


def _answer(line: str) -> Answer | None:
    for pattern in (_ANSWER, _ANSWER_ID_FIRST):
        found = pattern.match(line)
        if found and _key(found["slot"]) in SLOTS:
            return Answer(target=found["id"].upper(), slot=SLOTS[_key(found["slot"])],
                          value=found["value"].strip().rstrip("."))
    return None


def read_message(text: str) -> Message:
    """Split one chat message into headed fields, list items, notes and gap answers."""
    message = Message()
    if _key(text).strip(" .!") in RESET_WORDS:
        message.reset = True
        return message
    current: str | None = None  # None = notes; else a LIST_HEADINGS target
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        answer = _answer(line)
        if answer is not None:
            message.answers.append(answer)
            current = None
            continue
        head = _HEAD.match(line)
        key = _key(head["head"]) if head else ""
        if head and key in SCALAR_HEADINGS:
            _scalar(SCALAR_HEADINGS[key], head["rest"], message)
            current = None
        elif head and key in LIST_HEADINGS:
            current = LIST_HEADINGS[key]
            message.lists.setdefault(current, [])
            if _item(head["rest"]):
                message.lists[current].append(_item(head["rest"]))
        elif head and key in NOTES_HEADINGS:
            current = None
            if head["rest"].strip():
                message.notes.append(head["rest"].strip())
        elif current is not None and (head is None or _BULLET.match(line)):
            if not line.strip():
                current = None if message.lists[current] else current
            else:
                message.lists[current].append(_item(line))
        else:
            current = None
            message.notes.append(line)
    return message


def _add_unique(old: list[str], new: list[str]) -> list[str]:
    seen = {item.casefold() for item in old}
    out = list(old)
    for item in new:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def merge(case: ChatCase, message: Message) -> ChatCase:
    """The case after this message: fields replace, list items add, notes append, answers win."""
    if message.reset:
        return ChatCase()
    update: dict[str, object] = dict(message.fields)
    for target, items in message.lists.items():
        update[target] = _add_unique(getattr(case, target), items)
    notes = "\n".join(message.notes).strip()
    if notes:
        update["notes"] = f"{case.notes}\n\n{notes}".strip()
    if message.answers:
        keys = {(a.target, a.slot) for a in message.answers}
        kept = [a for a in case.answers if (a.target, a.slot) not in keys]
        update["answers"] = kept + message.answers
    return case.model_copy(update=update)


__all__ = ["MAX_MESSAGE_CHARS", "MAX_NOTES_CHARS", "Answer", "ChatCase", "Message", "merge",
           "read_message"]
