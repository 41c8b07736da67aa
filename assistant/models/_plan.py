"""An EHC plan read from Markdown or DOCX: Section E outcomes and Section F-H provision."""

from pydantic import BaseModel, ConfigDict, Field

from ._findings import Statement, StatementContext


class PlanItem(BaseModel):
    """One statement of a plan, with the area heading it sat under (if any)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statement: Statement
    section: str
    """Plan section letter: 'E', 'F', 'G', 'H1', 'H2'."""
    area: str | None = None
    """The heading inside the section, e.g. 'Communication and interaction'."""
    line: int | None = None
    """1-based line in the source, so a reader can find it."""


class Plan(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    context: StatementContext = Field(default_factory=StatementContext)
    outcomes: list[PlanItem] = Field(default_factory=list)
    provision: list[PlanItem] = Field(default_factory=list)
