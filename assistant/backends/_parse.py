"""Turn a model's text into the schema, or fail closed with one sentence."""

import json
import re
from typing import Any

from pydantic import ValidationError

from assistant.errors import BackendError

from ._types import M

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_json(text: str) -> Any:
    match = _FENCE.match(text)
    body = match.group(1) if match else text
    try:
        return json.loads(body)
    except (json.JSONDecodeError, TypeError) as err:
        raise BackendError("The model's reply was not valid JSON; nothing was kept. "
                           "Try again, or use --engine offline.") from err


def validate(data: Any, schema: type[M]) -> M:
    """An empty or missing result is a failed reply, never a draft with nothing in it."""
    if isinstance(data, schema):
        return data
    if not data:
        raise BackendError("The model's reply was empty; nothing was kept. "
                           "Try again, or use --engine offline.")
    try:
        return schema.model_validate(data)
    except ValidationError as err:
        raise BackendError(f"The model's reply did not fit the {schema.__name__} schema "
                           f"({err.error_count()} problems); nothing was kept. "
                           "Try again, or use --engine offline.") from err


def parse_reply(text: str, schema: type[M]) -> M:
    return validate(parse_json(text), schema)
