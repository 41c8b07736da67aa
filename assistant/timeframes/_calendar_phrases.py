"""Phrases that name a calendar date, or a span from the day the advice was written.

Choices: a month means its last day ('by July 2028' -> 31 July 2028); a year alone means
31 December ('by 2028'; 'before 2028' -> 31 December 2027); 'summer' means the end of the summer
term (31 July), 'Christmas' 25 December, 'Easter' Easter Sunday; without a year each means the next
one on or after the assessment date, except 'next summer', which from April onwards means the
summer of the following year (said in May, "this summer" is the coming one). A term is counted
as the next term end ('within two terms' in November is 31 July); 'at the annual review' is
12 months on.
"""

import re
from datetime import date

from ._calendar import (
    Term,
    add_days,
    add_months,
    add_years,
    easter_sunday,
    end_of_school_year,
    month_end,
    next_date_on_or_after,
    next_easter,
    next_month_end,
    next_term_end,
    school_year_start,
    term_end,
)
from ._context import SchoolContext
from ._resolution import (
    NEEDS_DATE,
    NUM,
    Phrase,
    Resolution,
    fixed,
    from_assessment,
    number,
    unresolved,
)

I = re.IGNORECASE
MONTHS = {name: index for index, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
PREP = (r"(?:by|before|in|until|till|during|no\s+later\s+than|on\s+or\s+before|by\s+the\s+end\s+of|"
        r"at\s+the\s+end\s+of|(?:the\s+)?end\s+of)")


def _month(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    month = MONTHS[match["month"].lower().rstrip(".")]
    if match["year"]:
        year = int(match["year"])
        day = match["day"] or match["day2"]
        if day:
            return fixed(date(year, month, int(day)), "the date as written")
        return fixed(month_end(year, month), "the last day of the month")
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    return fixed(next_month_end(ctx.assessment_date, month), "the next such month, to its last day",
                 "relative")


def _month_guard(match: re.Match[str]) -> bool:
    """'may' is a verb unless capitalised or dated ('we may', but 'by May 2027')."""
    return match["month"].lower() != "may" or bool(match["year"]) or match["month"][0] == "M"


def _numeric_date(match: re.Match[str], _ctx: SchoolContext) -> Resolution:
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    try:
        day = date(year, int(match["m"]), int(match["d"]))
        return fixed(day, "the date as written (day/month/year)")
    except ValueError:
        return unresolved("the date as written is not a real date")


def _year(match: re.Match[str], _ctx: SchoolContext) -> Resolution:
    year = int(match["year"]) - (1 if match["prep"].lower().startswith("before") else 0)
    return fixed(date(year, 12, 31), "the end of the calendar year")


_PART_END = {"early": (3, 31), "mid": (6, 30), "late": (12, 31)}


def _part_of_year(match: re.Match[str], _ctx: SchoolContext) -> Resolution:
    """'by mid-2027': the last day of that part of the year (March, June, December)."""
    month, day = _PART_END[match["part"].lower()]
    year = int(match["year"])
    return fixed(date(year, month, day), f"the end of {match['part']} {year}")


def _this_next_year(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    ahead = 0 if (match["which"] or "this").lower() in ("this", "the") else 1
    return fixed(date(ctx.assessment_date.year + ahead, 12, 31), "the end of the calendar year")


def _season(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    season = match["season"].lower()
    season = "christmas" if season.replace("-", "") == "xmas" else season
    year = int(match["year"]) if match["year"] else None
    if year is not None:
        day = {"summer": date(year, 7, 31), "christmas": date(year, 12, 25),
               "easter": easter_sunday(year), "spring": date(year, 3, 31),
               "autumn": date(year, 12, 20), "winter": month_end(year, 2)}[season]
        return fixed(day, f"{season} {year}")
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    d = ctx.assessment_date
    if season == "christmas":
        return fixed(next_date_on_or_after(d, 12, 25), "the next Christmas Day", "relative")
    if season == "easter":
        return fixed(next_easter(d), "the next Easter Sunday", "relative")
    if season == "winter":
        return fixed(next_month_end(d, 2), "the end of the next winter (end of February)",
                     "relative")
    if season == "summer" and (match.groupdict().get("next") or "").lower() == "next":
        year = d.year + 1 if d.month >= 4 else d.year
        return fixed(date(year, 7, 31), "next summer: the end of the summer term", "relative")
    term: Term = season  # type: ignore[assignment]
    start = school_year_start(d)
    end = term_end(term, start)
    end = end if end >= d else term_end(term, start + 1)
    return fixed(end, f"the end of the next {term} term", "relative")


def _span(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    count_text = (match["n"] or "one").lower()
    half = bool(match["half"])
    count = 1 if count_text in ("the", "") else number(count_text)
    unit = match["unit"].lower()
    label = f"{count}{' and a half' if half else ''} {unit}"
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    if unit.startswith("day"):
        return from_assessment(ctx, lambda d: add_days(d, count), label)
    if unit.startswith("week"):
        return from_assessment(ctx, lambda d: add_days(d, 7 * count + (3 if half else 0)), label)
    if unit.startswith("month"):
        return from_assessment(ctx, lambda d: add_months(d, count), label)
    if unit.endswith(("term", "terms")):  # 'within three school terms' too
        return from_assessment(ctx, lambda d: next_term_end(d, count), label)
    if "school" in unit or "academic" in unit:
        start = school_year_start(ctx.assessment_date)
        return fixed(end_of_school_year(start + count - 1),
                     f"{label}: the school year ends on 31 July")
    return from_assessment(ctx, lambda d: add_months(add_years(d, count), 6 if half else 0), label)


def _review(_match: re.Match[str], ctx: SchoolContext) -> Resolution:
    """Annual reviews fall within 12 months of the plan (Code 9.174)."""
    return from_assessment(ctx, lambda d: add_years(d, 1), "12 months (annual review)")


def _not_what_it_is_for(match: re.Match[str]) -> bool:
    """'pack his bag for the next day', 'plan her meals for the following week': the day the
    thing is for, not a day by which anything is done."""
    return not re.match(r"for\s+the\s+\w+\s+(?:day|week)\b", match[0], I)


def _not_a_frequency(match: re.Match[str]) -> bool:
    """'9 out of 10 lessons in a week' counts per week; 'swim in a year' is an end point."""
    if not re.match(r"in\s+(?:a|an|one)\s", match[0], I) or re.search(r"time\b", match[0], I):
        return True
    before = match.string[max(0, match.start() - 40): match.start()]
    clause = re.split(r"[,.;:(]", before)[-1]
    return not re.search(r"\b(?:once|twice|times?|out\s+of|every|each|per)\b|\d+\s+(?:lessons?|"
                         r"sessions?|days?|occasions?|opportunities|visits?|mornings?|meals?)\b",
                         clause, I)


def _season_guard(match: re.Match[str]) -> bool:
    """'in the summer' is a season of the year, not an end point, unless it names which one."""
    opener = match[0].lower()
    return (bool(match["year"]) or not opener.startswith(("in ", "during ", "over "))
            or bool(re.search(r"next|this|coming", opener)))


_NTH = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3}
_SPAN_N = rf"(?P<n>{NUM}|a|an|a\s+couple\s+of|one)"
_UNIT = r"(?P<unit>days?|weeks?|months?|(?:school\s+)?terms?|(?:school\s+|academic\s+)?years?)"
_ONE_UNIT = r"(?P<unit>day|week|month|term|(?:school\s+|academic\s+)?year)"
_HALF = r"(?P<half>\s+and\s+a\s+half)?"
_NEXT = r"(?:next|coming|following)"
_SEASON = r"(?P<season>summer|spring|autumn|winter|christmas|x-?mas|easter)(?:['’]s)?"
_BREAK = r"(?:\s+(?:holidays?|break|half[\s-]term))?"
_WHOSE = r"(?:the\s+|his\s+|her\s+|their\s+|my\s+|your\s+)?"

CALENDAR_PHRASES: list[Phrase] = [
    # 'in the May 2027 local elections': a dated event.
    # ('in his February 2027 mock exams': his own dated event)
    Phrase(re.compile(rf"\b{PREP}\s+(?:(?:the|his|her|their|my)\s+(?={MONTH}\s+20\d\d)|next\s+)?"
                      r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                      rf"(?P<month>{MONTH})"
                      r"(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?=,?\s+20\d\d))?"
                      r"(?:,?\s+(?P<year>20\d\d))?\b", I),
           "calendar", _month, _month_guard),
    Phrase(re.compile(r"\b(?:by|before|on|until|no\s+later\s+than)\s+(?P<d>\d{1,2})[/.]"
                      r"(?P<m>\d{1,2})[/.](?P<y>20\d\d|\d\d)\b", I),
           "calendar", _numeric_date, cue=r"\d[/.]\d"),
    Phrase(re.compile(r"\b(?:by|before|on|until)\s+(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b", I),
           "calendar", _numeric_date, cue=r"\d-\d"),
    Phrase(re.compile(r"\b(?P<prep>by|before|in|until|during|by\s+the\s+end\s+of|"
                      r"at\s+the\s+end\s+of|(?:the\s+)?end\s+of)\s+"
                      r"(?:the\s+(?:calendar\s+)?year\s+)?(?P<year>20\d\d)\b"
                      r"(?![/-])", I),
           "calendar", _year, cue=r"20\d\d"),
    Phrase(re.compile(r"\b(?:by|before|in|until|during|over|within)\s+"
                      r"(?:the\s+(?:end|start)\s+of\s+)?"
                      rf"(?:the\s+)?(?:(?P<next>next|this|coming)\s+)?{_SEASON}{_BREAK}"
                      r"(?:,?\s+(?:of\s+)?(?P<year>20\d\d))?\b", I),
           "calendar", _season, _season_guard),
    Phrase(re.compile(r"\b(?:by|before|until|during|over|within|in|for)\s+"
                      r"(?:the\s+(?:end|start)\s+of\s+)?(?:the\s+)?(?P<next>next|this|coming)\s+"
                      rf"{_SEASON}{_BREAK}\b(?:\s+(?P<year>20\d\d))?", I),
           "relative", _season),
    # 'will start sixth form next September', 'will go to college next summer': 'next' names one
    # month or season, with no preposition needed.
    Phrase(re.compile(rf"(?:(?<=\s)|^)next\s+(?P<day>)(?P<month>{MONTH})(?P<day2>)(?P<year>)\b",
                      I),
           "calendar", _month, _month_guard),
    Phrase(re.compile(rf"(?:(?<=\s)|^)(?P<next>next)\s+{_SEASON}{_BREAK}\b(?P<year>)", I),
           "relative", _season),
    # 'by the end of next year', and bare 'this year' / 'next year' used as an adverb.
    Phrase(re.compile(r"(?:\b(?:by|before|in|during|within|over)\s+(?:the\s+end\s+of\s+)?|"
                      r"(?<=\s)|^)"
                      r"(?P<which>this|next)\s+(?:calendar\s+)?year\b"
                      r"(?!['’]|\s+(?:group|olds?)\b)",
                      I),
           "relative", _this_next_year),
    Phrase(re.compile(r"\b(?:by|before|at)\s+the\s+end\s+of\s+(?P<which>the|this|next)\s+"
                      r"calendar\s+year\b", I),
           "relative", _this_next_year),
    Phrase(re.compile(r"\b(?:by|before|in|until|during)\s+(?:the\s+)?(?P<part>early|mid|late)[\s-]"
                      r"(?P<year>20\d\d)\b", I),
           "calendar", _part_of_year),
    Phrase(re.compile(rf"\b(?:in|within|after|over\s+the\s+course\s+of(?:\s+the\s+{_NEXT})?|"
                      rf"over\s+the\s+{_NEXT}|(?:in|within|during|for)\s+the\s+{_NEXT}|"
                      rf"by\s+the\s+end\s+of\s+the\s+{_NEXT})\s+"
                      rf"{_SPAN_N}{_HALF}\s+{_UNIT}(?:['’]s?)?(?:\s+time)?\b", I),
           "relative", _span, _not_a_frequency),
    # 'over the coming year' is one year; 'over the coming years' is no end point (VAGUE).
    Phrase(re.compile(r"\b(?:in|within|during|over|for|over\s+the\s+course\s+of)\s+the\s+(?P<n>)"
                      rf"{_NEXT}\s+{_HALF}{_ONE_UNIT}\b", I),
           "relative", _span, _not_what_it_is_for),
    Phrase(re.compile(rf"\b{_SPAN_N}{_HALF}\s+{_UNIT}(?:['’]s?)?\s+(?:from\s+(?:now|today|"
                      r"the\s+(?:date|start)\s+of\s+(?:this|the)\s+(?:plan|advice|report)))\b", I),
           "relative", _span),
    Phrase(re.compile(rf"\b(?:at|by|before|until|in\s+time\s+for|by\s+the\s+time\s+of)\s+{_WHOSE}"
                      r"(?:next\s+year['’]s\s+(?:annual\s+)?|"
                      r"(?:next|first|forthcoming|upcoming)\s+(?:annual\s+)?|annual\s+)"
                      r"(?:(?:EHC\s*P?|EHC\s+plan|EHCP)\s+)?review\b", I),
           "relative", _review),
    Phrase(re.compile(r"\b(?:by|at|before|until)\s+the\s+end\s+of\s+(?:the\s+)?(?P<n>first|second|"
                      r"third|one|two|three)\s+year\s+of\s+(?:the|this|his|her|their|my)\s+"
                      r"(?:EHC\s*P?|EHC\s+plan|EHCP|plan)\b", I),
           "relative", lambda m, c: from_assessment(
               c, lambda d: add_years(d, _NTH[m["n"].lower()]), f"{m['n']} year of the plan")),
]


__all__ = ["CALENDAR_PHRASES"]
