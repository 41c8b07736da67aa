"""English school time: resolve 'by the end of Key Stage 2' or 'by the time I'm 19' to dates.

    from assistant.timeframes import SchoolContext, find_time_mentions, default_end_point
    ctx = SchoolContext(age=8, year_group=None, assessment_date=date(2026, 11, 1))
    ctx.school_year                                   # 4 (estimated from age: Year 4, maybe Year 3)
    find_time_mentions("By the end of Year 6, ...", ctx)[0].end_date   # date(2029, 7, 31)
    default_end_point(ctx).phrase                     # 'the end of Key Stage 2'

The calendar's fixed dates (term ends, 31 July year end) are documented in `_calendar.py`.
"""

from ._calendar import (
    TERM_END,
    add_months,
    add_years,
    easter_sunday,
    end_of_school_year,
    school_year_start,
)
from ._context import PLAN_UPPER_AGE, Phase, SchoolContext, parse_year_group
from ._end_point import SHORT_SPAN_MONTHS, ResolvedEndPoint, default_end_point
from ._mentions import MentionKind, TimeMention, end_points, find_time_mentions
from ._resolution import Anchor, long_date
from ._statement import school_context_of

__all__ = [
    "PLAN_UPPER_AGE",
    "SHORT_SPAN_MONTHS",
    "TERM_END",
    "Anchor",
    "MentionKind",
    "Phase",
    "ResolvedEndPoint",
    "SchoolContext",
    "TimeMention",
    "add_months",
    "add_years",
    "default_end_point",
    "easter_sunday",
    "end_of_school_year",
    "end_points",
    "find_time_mentions",
    "long_date",
    "parse_year_group",
    "school_context_of",
    "school_year_start",
]
