"""The golden thread: aspirations -> needs -> outcomes -> provision (DESIGN.md draft JSON)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._case import Child
from ._findings import Finding

NeedArea = Literal[
    "communication_and_interaction",
    "cognition_and_learning",
    "social_emotional_mental_health",
    "sensory_and_physical",
    "health",
    "social_care",
]
PfaArea = Literal["employment", "independent_living", "community_participation", "health"]


class Evidence(BaseModel):
    """Character offsets into the request's notes, so a reader can see where a need came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Need(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    area: NeedArea
    text: str
    """The need in the notes' own words."""
    evidence: Evidence | None = None


class AboutMe(BaseModel):
    """A strength, or what the child says about themselves (Section A)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    evidence: Evidence | None = None


class UnusedNote(BaseModel):
    """A sentence of the notes the draft did not place, shown so nothing is silently dropped."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    evidence: Evidence | None = None


class ProvisionItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    text: str
    """The provision as the plan will print it; missing slots are [placeholders]."""
    who: str | None = None
    """Who delivers it, in the notes' own words; null when the notes do not say."""
    what: str | None = None
    """The programme, strategy or resource, in the notes' own words."""
    frequency: str | None = None
    """How often ('twice a week'); null when the notes do not say."""
    duration: str | None = None
    """How long each time ('20 minutes'); null when the notes do not say."""
    group_size: str | None = None
    """'1:1', 'up to 3 pupils'; null when the notes do not say."""
    missing: list[str] = Field(default_factory=list)
    """Slots the notes did not fill: who, what, frequency, duration, group_size."""


class DraftOutcome(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    text: str
    """'By <end point>, <Name> will …'; missing facts are [placeholders]."""
    outcome_sought: str | None
    """The family's outcome sought it serves, verbatim."""
    aspiration: str | None
    """The aspiration it steps towards, verbatim; null with a question when none fits."""
    need_ids: list[str] = Field(default_factory=list)
    provision: list[ProvisionItem] = Field(default_factory=list)
    verdicts: dict[str, bool] = Field(default_factory=dict)
    pfa_area: PfaArea | None = None
    """Preparing for Adulthood area, from Year 9 on (Code 8 and 9.68)."""
    advice_from: list[str] = Field(default_factory=list)
    """Professional roles whose advice this outcome came from (Section E merge)."""


class Question(BaseModel):
    """A question back to the author; each [placeholder] has one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str
    text: str


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    ref: str
    """Code paragraph ('9.66') or guidance section id."""
    source: str
    title: str


class DraftMeta(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    engine: str
    model: str | None = None
    prompt_id: str | None = None
    prompt_sha256: str | None = None
    elapsed_ms: float = 0.0


class Draft(BaseModel):
    """The `ehcp-assist draft --format json` contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    child: Child
    aspirations: list[str] = Field(default_factory=list)
    about_me: list[AboutMe] = Field(default_factory=list)
    needs: list[Need] = Field(default_factory=list)
    notes_not_used: list[UnusedNote] = Field(default_factory=list)
    outcomes: list[DraftOutcome] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    meta: DraftMeta
