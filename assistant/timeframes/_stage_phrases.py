"""Phrases that name the child's own stage without saying which: 'by the end of this key stage'.

Half terms are dated by their usual week: the October half term by 31 October, the February
half term by 20 February and the May half term by 31 May.
"""

import re
from datetime import date

from ._calendar import add_years
from ._context import LAST_YEAR_OF_STAGE, SchoolContext
from ._resolution import NEEDS_DATE, NEEDS_SCHOOL, Phrase, Resolution, fixed, unresolved

I = re.IGNORECASE
_STAGE_ORDER = ["EYFS", "KS1", "KS2", "KS3", "KS4", "KS5"]
_HALF_TERMS = {"october": (10, 31), "autumn": (10, 31), "february": (2, 20), "spring": (2, 20),
               "may": (5, 31), "summer": (5, 31)}


def _own_stage(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    is_phase = "phase" in match["unit"].lower()
    ahead = bool(re.search(r"next|following", match["which"], I))
    if ctx.year_offset is None:
        return unresolved(NEEDS_SCHOOL)
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    if is_phase:
        end = ctx.phase_end
        if ahead:
            later = {"early years": 6, "primary": 11, "secondary": 13}.get(ctx.phase or "")
            end = ctx.end_of_year_group(later) if later is not None else None
        label = "the end of the next phase" if ahead else "the end of the current phase"
    else:
        stage = ctx.key_stage
        if stage is None:
            return unresolved("there are no key stages after Year 13")
        index = _STAGE_ORDER.index(stage) + (1 if ahead else 0)
        if index >= len(_STAGE_ORDER):
            return unresolved("there is no key stage after Key Stage 5")
        end = ctx.end_of_year_group(LAST_YEAR_OF_STAGE[_STAGE_ORDER[index]])
        label = f"the end of {_STAGE_ORDER[index]}"
    return fixed(end, label) if end is not None else unresolved("the phase has no school year end")


def _half_term(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    d = ctx.assessment_date
    name = (match["name"] or "").lower()
    if match["year"] and name in _HALF_TERMS:  # 'by October half-term 2026': that one, even if past
        return fixed(date(int(match["year"]), *_HALF_TERMS[name]), "the half term's usual week",
                     "calendar")
    dates = [date(year, *_HALF_TERMS[key]) for year in (d.year, d.year + 1)
             for key in (("october", "february", "may") if name in ("", "next", "the next")
                         else (name,))]
    return fixed(min(day for day in dates if day >= d), "the half term's usual week", "relative")


def _this_time_next_year(_match: re.Match[str], ctx: SchoolContext) -> Resolution:
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    return fixed(add_years(ctx.assessment_date, 1), "12 months from the assessment date",
                 "relative")


STAGE_PHRASES: list[Phrase] = [
    Phrase(re.compile(r"\b(?:by|at|before|until|towards)?\s*(?:the\s+)?end\s+of\s+"
                      r"(?P<which>this|the\s+current|(?:his|her|their|my)(?:\s+current)?|"
                      r"the\s+next|the\s+following|(?:his|her|their|my)\s+next)\s+"
                      r"(?P<unit>key\s*stage|(?:school\s+|educational\s+)?phase"
                      r"(?:\s+of\s+(?:education|schooling))?|"
                      r"stage\s+of\s+(?:education|schooling))\b",
                      I),
           "school", _own_stage),
    Phrase(re.compile(r"\b(?:by|before|at|until)\s+(?:the\s+)?(?P<name>next|october|february|may|"
                      r"autumn|spring|summer)?\s*half[\s-]?term\b"
                      r"(?:,?\s+(?:of\s+)?(?P<year>20\d\d)\b)?", I),
           "relative", _half_term),
    Phrase(re.compile(r"\b(?:by\s+)?this\s+time\s+next\s+year\b", I), "relative",
           _this_time_next_year),
]

__all__ = ["STAGE_PHRASES"]
