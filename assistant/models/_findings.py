"""Statements to check, the verdicts on them and the findings behind the verdicts."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

StatementKind = Literal["outcome", "provision"]
Severity = Literal["error", "warning", "info"]

OUTCOME_VERDICTS: tuple[str, ...] = (
    "time_bound",
    "measurable",
    "specific",
    "outcome_not_provision",
    "person_centred",
)
PROVISION_VERDICTS: tuple[str, ...] = ("quantified", "who_specified", "no_vague_terms")
VERDICTS_BY_KIND: dict[str, tuple[str, ...]] = {
    "outcome": OUTCOME_VERDICTS,
    "provision": PROVISION_VERDICTS,
}


class StatementContext(BaseModel):
    """What the checker knows of the child; extra keys are ignored."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str | None = None
    age: int | None = Field(None, ge=0, le=25)
    year_group: str | None = None
    assessment_date: date | None = None


class Statement(BaseModel):
    """One outcome or provision statement; check files may carry extra keys such as labels."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    kind: StatementKind
    text: str
    context: StatementContext = Field(default_factory=StatementContext)


class Finding(BaseModel):
    """One rule's judgement on one statement or plan, with the fix written for the author."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    """Rule id, e.g. OUT002; never changes meaning once released."""
    dimension: str
    """The verdict or property it informs: time_bound, quantified, family_wording, golden_thread …"""
    severity: Severity
    message: str
    fix: str
    source: str
    """The Code paragraph or guidance the rule rests on."""


class CheckedStatement(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: StatementKind
    text: str
    verdicts: dict[str, bool]
    findings: list[Finding]


class CheckReport(BaseModel):
    """The `ehcp-assist check --format json` contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statements: list[CheckedStatement]
    summary: dict[str, object]
