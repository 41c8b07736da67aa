"""Pydantic models at every boundary: case input, statements, findings, drafts, chunks."""

from ._case import AdviceRequest, AdviceText, Child
from ._chunk import OGL_ATTRIBUTION, Chunk, ChunkKind, Document, SearchHit
from ._draft import (
    AboutMe,
    Citation,
    Draft,
    DraftMeta,
    DraftOutcome,
    Evidence,
    Need,
    NeedArea,
    PfaArea,
    ProvisionItem,
    Question,
)
from ._plan import Plan, PlanItem
from ._findings import (
    OUTCOME_VERDICTS,
    PROVISION_VERDICTS,
    VERDICTS_BY_KIND,
    CheckedStatement,
    CheckReport,
    Finding,
    Severity,
    Statement,
    StatementContext,
    StatementKind,
)

__all__ = [
    "OGL_ATTRIBUTION",
    "OUTCOME_VERDICTS",
    "PROVISION_VERDICTS",
    "VERDICTS_BY_KIND",
    "AboutMe",
    "AdviceRequest",
    "AdviceText",
    "CheckReport",
    "CheckedStatement",
    "Child",
    "Chunk",
    "ChunkKind",
    "Citation",
    "Document",
    "Draft",
    "DraftMeta",
    "DraftOutcome",
    "Evidence",
    "Finding",
    "Need",
    "NeedArea",
    "PfaArea",
    "Plan",
    "PlanItem",
    "ProvisionItem",
    "Question",
    "SearchHit",
    "Severity",
    "Statement",
    "StatementContext",
    "StatementKind",
]
