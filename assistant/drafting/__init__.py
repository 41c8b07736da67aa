"""The offline golden-thread drafting engine: notes + outcomes sought -> Draft, with no model.

    from assistant.drafting import draft_offline
    draft = draft_offline(request, settings)     # needs, outcomes, provision, questions, findings
"""

from ._completeness import Completeness, score_completeness
from ._engine import draft_offline
from ._faithfulness import check_faithfulness
from ._llm_engine import draft_with_llm, run_draft
from ._section_e import draft_section_e

draft_llm = draft_with_llm  # the name the app looks up

__all__ = [
    "Completeness",
    "check_faithfulness",
    "draft_offline",
    "draft_llm",
    "draft_section_e",
    "draft_with_llm",
    "run_draft",
    "score_completeness",
]
