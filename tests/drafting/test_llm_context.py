"""The prompt carries retrieved guidance and a worked example as delimited data, and the draft
cites what was retrieved (a real embedded index on tmp_path)."""

import json

from assistant.backends import ScriptedBackend
from assistant.corpus import load_document
from assistant.drafting import draft_with_llm
from assistant.models import AdviceRequest
from assistant.paths import CORPUS_DIR
from assistant.retrieval import open_index
from assistant.settings import Settings

REQUEST = AdviceRequest.model_validate({
    "child": {"name": "Maya Quill", "age": 7, "year_group": "Year 2"},
    "outcomes_sought": ["I want to write my own stories"],
    "notes": "Maya writes 5 words on her own. Recommend a writing group twice a week.",
})
REPLY = json.dumps({
    "needs": [{"area": "cognition_and_learning", "text": "[CHILD] writes 5 words on her own."}],
    "outcomes": [{"outcome_sought": 1, "aspiration": None, "needs": [1],
                  "will": "write a story of 5 sentences on her own",
                  "provision": [{"text": "A writing group twice a week", "what": "a writing group",
                                 "who": None, "frequency": "twice a week", "duration": None,
                                 "group_size": None}]}],
    "questions": []})


def test_guidance_and_an_example_reach_the_prompt_as_data_and_are_cited(
        settings: Settings) -> None:
    index = open_index(settings)
    for name in ("guidance-smart-outcomes.md", "guidance-quantified-provision.md"):
        index.add(load_document(CORPUS_DIR / name))
    scripted = ScriptedBackend(REPLY, REPLY)
    draft = draft_with_llm(REQUEST, settings, scripted, index=index)
    prompt = scripted.prompts[0].user
    code = prompt.split("<code>", 1)[1].split("</code>", 1)[0]
    assert "[Writing SMART outcomes for an EHC plan " in code and "Section F" in code
    example = prompt.split("<examples>", 1)[1].split("</examples>", 1)[0]
    assert "Thread 1" in example and "[EXAMPLE_CHILD]" in example
    assert "Maya" not in prompt  # the case's child and the exemplar's child are both tokens
    assert draft.citations and draft.meta.engine == "llm"
    item = draft.outcomes[0].provision[0]
    assert item.frequency == "twice a week" and set(item.missing) == {"who", "duration",
                                                                      "group_size"}
