"""The JSON export is the contract other tools read: it must load back to the same draft."""

import json

from assistant.export import to_json
from assistant.models import Draft


def test_json_round_trips_and_keeps_non_ascii(draft: Draft) -> None:
    child = draft.child.model_copy(update={"name": "Zoë Ní Bhriain"})
    named = draft.model_copy(update={"child": child})
    text = to_json(named)
    assert "Zoë Ní Bhriain" in text
    assert Draft.model_validate_json(text) == named
    data = json.loads(text)
    assert list(data) == ["child", "aspirations", "about_me", "needs", "notes_not_used", "outcomes",
                          "questions", "findings", "citations", "meta"]
    assert data["outcomes"][0]["provision"][1]["missing"] == ["duration"]
