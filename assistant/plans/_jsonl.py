"""JSONL statements for `check`: each bad line is named, and never costs the good lines."""

import json
from dataclasses import dataclass
from collections.abc import Mapping

from pydantic import ValidationError

from assistant.models import Statement, StatementContext

MAX_STATEMENT_CHARS = 10_000
"""A statement is one outcome or one piece of provision; the longest real ones are ~1,500
characters, and the rules take about a minute over a line of several MB."""


@dataclass(frozen=True, slots=True)
class LineError:
    """One unusable line: its number and the sentence that names the fix."""

    line: int
    message: str

    def __str__(self) -> str:
        return self.message


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true/false",
               list: "a list", dict: "an object", type(None): "null"}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def merge_context(own: StatementContext, defaults: StatementContext) -> StatementContext:
    """The statement's own context wins; the defaults (CLI flags) fill only what it lacks."""
    filled = {k: v for k, v in defaults.model_dump().items() if v is not None}
    filled.update({k: v for k, v in own.model_dump().items() if v is not None})
    return StatementContext(**filled)


def _problem(data: object) -> str | None:
    """The first thing wrong with a decoded line, as the words after 'line N: '."""
    if not isinstance(data, Mapping):
        return (f"expected a JSON object such as {{\"kind\": \"outcome\", \"text\": \"...\"}}, "
                f"got {_type_name(data)}; write one statement object per line")
    if "text" not in data:
        return "'text' is missing; give each statement its wording as \"text\""
    if not isinstance(data["text"], str):
        return f"'text' is {_type_name(data['text'])}; make it a string in double quotes"
    if not data["text"].strip():
        return "'text' is empty; give the statement's wording or remove the line"
    if len(data["text"]) > MAX_STATEMENT_CHARS:
        return too_long(len(data["text"]))
    kind = data.get("kind")
    if kind is None:
        return "'kind' is missing; use \"outcome\" or \"provision\""
    if kind not in ("outcome", "provision"):
        return f"'kind' is {json.dumps(kind)}; use \"outcome\" or \"provision\""
    if "id" in data and not isinstance(data["id"], (str, int)):
        return f"'id' is {_type_name(data['id'])}; make it a string such as \"s1\""
    if "context" in data and not isinstance(data["context"], (Mapping, type(None))):
        return (f"'context' is {_type_name(data['context'])}; make it an object such as "
                "{\"name\": \"Sam\", \"age\": 9}")
    return None


def too_long(length: int) -> str:
    """The words after 'line N: ' for a statement no plan would hold."""
    return (f"the statement is {length:,} characters, over the {MAX_STATEMENT_CHARS:,} one "
            "statement can have; split it into one outcome or one piece of provision each")


def _validation_sentence(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"'{where}' is not valid ({first['msg'].lower()}); correct it or remove the field"


def read_statements(
    text: str, name: str, defaults: StatementContext
) -> tuple[list[Statement], list[LineError]]:
    """The valid statements, and one sentence per bad line ('plan.jsonl, line 2: …')."""
    statements: list[Statement] = []
    errors: list[LineError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            errors.append(LineError(number, f"{name}, line {number}: not valid JSON ({err.msg} "
                                            f"at column {err.colno}); fix the line or remove it."))
            continue
        except RecursionError:  # json gives up past ~1,000 levels of [ or {
            errors.append(LineError(number, f"{name}, line {number}: the JSON is nested too "
                                            "deeply to be a statement; write one flat "
                                            "{\"kind\", \"text\"} object per line."))
            continue
        if (problem := _problem(data)) is not None:
            errors.append(LineError(number, f"{name}, line {number}: {problem}."))
            continue
        try:
            statement = Statement.model_validate(
                {**data, "id": str(data.get("id", f"line-{number}")),
                 "context": data.get("context") or {}})
        except ValidationError as err:
            errors.append(LineError(number,
                                    f"{name}, line {number}: {_validation_sentence(err)}."))
            continue
        context = merge_context(statement.context, defaults)
        statements.append(statement.model_copy(update={"context": context}))
    return statements, errors
