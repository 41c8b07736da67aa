"""The end point a drafted outcome should run to when the author gave none (Code 9.68).

Outcomes usually run to the end of a phase or key stage. When the current one ends within six
months of the assessment we go on to the end of the next: an outcome needs time to be achieved,
and shorter targets belong to the school's own plans (Code 9.69). After Year 13 there are no key
stages: we use the age of 19, then two years on, never beyond 25, when an EHC plan ends.
"""

from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict

from ._calendar import add_months
from ._context import PLAN_UPPER_AGE, SchoolContext
from ._resolution import long_date

SHORT_SPAN_MONTHS = 6
CODE = "Code 9.68"
_SCHOOL_STAGES: list[tuple[int, str, str]] = [
    (0, "the end of Reception", "the end of the Early Years Foundation Stage (Reception)"),
    (2, "the end of Key Stage 1", "the end of Key Stage 1"),
    (6, "the end of Key Stage 2", "the end of Key Stage 2 and of primary school"),
    (9, "the end of Key Stage 3", "the end of Key Stage 3"),
    (11, "the end of Key Stage 4", "the end of Key Stage 4 and of secondary school"),
    (13, "the end of Year 13", "the end of post-16 education (Year 13)"),
]


class ResolvedEndPoint(BaseModel):
    """An end point for plan wording: 'By ' + phrase reads as English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phrase: str
    """Reads naturally after 'By ': 'the end of Key Stage 2', 'the age of 19'."""
    end_date: date | None
    reason: str
    """One sentence on why this end point, citing the Code."""


def _stages(ctx: SchoolContext) -> list[tuple[str, date | None, str]]:
    """(phrase, end date, name) for the current stage and every later one."""
    offset = ctx.year_offset
    if offset is None:
        return []
    stages: list[tuple[str, date | None, str]] = []
    if offset < 0:
        before = ctx.end_of_year_group(-1)
        stages.append(("the start of Reception", before + timedelta(days=31) if before else None,
                       "the end of the early years phase, when the child starts Reception"))
    for last, phrase, name in _SCHOOL_STAGES:
        if last >= offset:
            stages.append((phrase, ctx.end_of_year_group(last), name))
    age_now = ctx.age if ctx.age is not None else offset + 4
    ages = [19] if age_now < 19 else []
    ages.append(min(max(age_now + 2, 21 if ages else age_now + 2), PLAN_UPPER_AGE))
    for age in dict.fromkeys(ages):
        window = ctx.birthday_range(age)
        name = (f"the age of {age}, when post-16 education ends" if age == 19 else
                f"the age of {age}, when the EHC plan ends" if age == PLAN_UPPER_AGE else
                f"the age of {age}, two years on (there are no key stages after Year 13)")
        stages.append((f"the age of {age}", window[1] if window else None, name))
    return stages


def default_end_point(ctx: SchoolContext) -> ResolvedEndPoint:
    """Usually the end of the current key stage or phase (9.68); see the module docstring."""
    stages = _stages(ctx)
    note = f" {ctx.year_group_note}" if ctx.year_group_note else ""
    if not stages:
        return ResolvedEndPoint(
            phrase="[the end of which key stage? ask the author]", end_date=None,
            reason="Neither the age nor the year group is known, so the key stage cannot be "
                   "worked out.")
    phrase, end, name = stages[0]
    if end is None:
        return ResolvedEndPoint(phrase=phrase, end_date=None,
                                reason=f"Outcomes usually run to the end of the current phase "
                                       f"or key stage: here {name} ({CODE}); without an "
                                       f"assessment date it has no date.{note}")
    soon = add_months(ctx.assessment_date, SHORT_SPAN_MONTHS) if ctx.assessment_date else None
    if soon is not None and end <= soon:
        if len(stages) > 1:
            later, later_end, later_name = stages[1]
            return ResolvedEndPoint(
                phrase=later, end_date=later_end,
                reason=f"The current stage ends on {long_date(end)}, within six months of the "
                       f"assessment, so the end point moves on to {later_name}: an outcome needs "
                       f"time to be achieved ({CODE}).{note}")
        return ResolvedEndPoint(phrase=phrase, end_date=end,
                                reason=f"The EHC plan ends at {PLAN_UPPER_AGE}, so no later end "
                                       f"point is possible ({CODE}).{note}")
    return ResolvedEndPoint(phrase=phrase, end_date=end,
                            reason=f"Outcomes usually run to the end of the current phase or key "
                                   f"stage: here {name} ({CODE}).{note}")
