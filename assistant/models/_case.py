"""The CASE.json of DESIGN.md: who the child is and what the professional wrote."""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Child(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = None
    """The name the plan uses; null asks the author for it."""
    age: int | None = Field(None, ge=0, le=25)
    """Age in whole years at the assessment date; EHC plans run from 0 to 25."""
    year_group: str | None = None
    """As written by the school: 'Reception', 'Year 4', 'Year 12'; null for early years or post-19."""

    @field_validator("name", "year_group")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class AdviceText(BaseModel):
    """One professional's advice, for the Section E merge a case officer runs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    professional_role: str
    text: str


class AdviceRequest(BaseModel):
    """One request for a draft: the child, the family's words and the professional's notes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    child: Child
    professional_role: str | None = None
    assessment_date: date = Field(default_factory=date.today)
    aspirations: list[str] = Field(default_factory=list)
    """Section A: the child's or family's hopes, in their own words."""
    outcomes_sought: list[str] = Field(default_factory=list)
    """What the child and family want to achieve ('important to'), verbatim."""
    notes: str = ""
    """The professional's notes, from which needs, criteria and provision are taken."""
    advice: list[AdviceText] = Field(default_factory=list)
    """Other professionals' advice (Section E drafting for case officers)."""
