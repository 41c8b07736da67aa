"""The draft JSON contract, byte-for-byte what `ehcp-assist draft --format json` prints."""

import json

from ..models import Draft


def to_json(draft: Draft) -> str:
    """Stable, readable JSON: two-space indent, UTF-8 kept (names like 'Zoë' stay legible)."""
    return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
