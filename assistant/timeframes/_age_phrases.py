"""Phrases that hang on the child's age ('by the age of 14', 'by the time I'm 19', 'by 18').

A birthday is rarely known, so 'by the age of 14' is a window: the earliest and latest day the
child can turn 14 given their age (and year group) on the assessment date. `end` is the latest.
"Adulthood" means 18.
"""

import re

from ._context import SchoolContext
from ._calendar import add_months
from ._resolution import (
    NEEDS_AGE,
    NUM,
    ORDINAL,
    Phrase,
    Resolution,
    long_date,
    number,
    ordinal,
    reaching_age,
    unresolved,
)

I = re.IGNORECASE
SUBJ = r"(?:he|she|they|I|we|you|[A-Za-z][\w-]*)"
SUBJ_BE = r"(?:(?:he|she|it|[A-Za-z][\w-]*)['’]s|I['’]?m|they['’]re|you['’]re|we['’]re)"
BE = r"(?:is|are|am|was|will\s+be|turns?|turning|reach(?:es)?|becomes?|gets?\s+to|hits?)"
NOT_A_QUANTITY = (r"(?!\s*(?:%|percent|per\s+cent|minutes?|mins?|hours?|hrs?|seconds?|secs?|"
                  r"metres?|m\b|km|miles?|times?|out\s+of|days?|weeks?|months?|terms?|words?|"
                  r"points?|marks?|steps?|pages?|children|pupils|students|adults|people|friends|"
                  r"[/.:]\d))")
_YEARS_OLD = r"(?:\s+(?:years?|yrs?)(?:\s+old|\s+of\s+age)?)"
_HALF = r"(?P<half>\s+and\s+a\s+half)?"
_AGE = (rf"(?:(?:the\s+)?age\s+(?:of\s+)?|aged\s+)?(?P<age>{NUM})\b{NOT_A_QUANTITY}{_HALF}"
        rf"{_YEARS_OLD}?")
_DIRECTION = re.compile(r"(?:increas|decreas|reduc|improv|ris|grow|fall|drop|multipl|divid|rais|"
                        r"lower|exceed|go(?:es)?\s+up|go(?:es)?\s+down)\w*\s+(?:\S+\s+){0,4}$", I)
_BY_TIME = r"(?:by\s+the\s+time|when|once|before|until|by\s+when|as\s+soon\s+as)"

def _age(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    reached = reaching_age(ctx, number(match["age"]))
    if not match.groupdict().get("half") or reached.end is None or reached.earliest is None:
        return reached
    # 'by the time he is two and a half': six months after that birthday, whenever it falls
    end, earliest = add_months(reached.end, 6), add_months(reached.earliest, 6)
    return Resolution(end=end, earliest=earliest, basis=f"{match['age']} and a half between "
                      f"{long_date(earliest)} and {long_date(end)}")


def _months_old(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    """'By 24 months' for a toddler is an age; for an older child, 24 months from now."""
    months = number(match["months"])
    if ctx.age is not None and ctx.age * 12 >= months and ctx.assessment_date is not None:
        end = add_months(ctx.assessment_date, months)
        return Resolution(end=end, earliest=end, basis=f"{months} months from the assessment date",
                          anchor="relative")
    born = ctx.birth_range()
    if born is None:
        return unresolved(NEEDS_AGE)
    start, end = add_months(born[0], months), add_months(born[1], months)
    return Resolution(end=end, earliest=start, basis=f"{months} months old between "
                      f"{long_date(start)} and {long_date(end)}")


def _adult(_match: re.Match[str], ctx: SchoolContext) -> Resolution:
    return reaching_age(ctx, 18)


def _leaving_care(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    """A looked-after young person leaves care at 18 unless the statement gives the age."""
    return reaching_age(ctx, number(match["age"]) if match["age"] else 18)


def _next_birthday(_match: re.Match[str], ctx: SchoolContext) -> Resolution:
    return reaching_age(ctx, ctx.age + 1) if ctx.age is not None else unresolved(NEEDS_AGE)


def _birthday(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    return reaching_age(ctx, ordinal(match["nth"]))


_CLOCK = re.compile(r"\s*(?::\d\d|\.\d\d\s*(?:am|pm)|\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock))", I)


def _plausible_age(match: re.Match[str]) -> bool:
    """'by 18' is an age; 'increase her score by 10' and 'by 2 adults' are not."""
    age = number(match["age"])
    before = match.string[: match.start()]
    clock = _CLOCK.match(match.string, match.end("age"))  # 'arriving by 8:45am' is a time of day
    return 1 <= age <= 30 and not _DIRECTION.search(before[-60:]) and clock is None


def _not_a_gain(match: re.Match[str]) -> bool:
    """'improve his spelling age by 18 months' is the size of a gain, not an age."""
    return not _DIRECTION.search(match.string[: match.start()][-60:])


AGE_PHRASES: list[Phrase] = [
    Phrase(re.compile(r"\b(?:by|before|at|until|when|once|from)\s+(?:the\s+)?age\s+(?:of\s+)?"
                      rf"(?P<age>{NUM})\b{NOT_A_QUANTITY}{_HALF}{_YEARS_OLD}?", I),
           "age", _age),
    Phrase(re.compile(rf"\b{_BY_TIME}\s+{SUBJ}\s+{BE}\s+{_AGE}", I), "age", _age),
    Phrase(re.compile(rf"\b{_BY_TIME}\s+{SUBJ_BE}\s+{_AGE}", I), "age", _age),
    Phrase(re.compile(rf"\bby\s+(?:age\s+)?(?P<age>{NUM}){_YEARS_OLD}", I), "age", _age,
           _plausible_age, cue=r"\bby\s"),
    Phrase(re.compile(rf"\bby\s+(?:age\s+)?(?P<age>{NUM})"
                      # 'By 17 Priya will ...': the name that follows starts the sentence proper
                      r"(?=\s*(?:[,.;:!)]|$|-|–|\s+(?:he|she|they|I|we|you)\b|"
                      r"\s+(?-i:[A-Z])[\w'’-]+\s+(?:will|can|is|are|to|has|have|[a-z]+s)\b))", I),
           "age", _age, _plausible_age, cue=r"\bby\s"),
    Phrase(re.compile(r"\b(?:by|before|on|at|for|until|till)\s+"
                      r"(?:his|her|their|my|your|[A-Za-z][\w-]*['’]s?)\s+"
                      rf"(?P<nth>{ORDINAL})\s+birthday\b", I),
           "age", _birthday),
    Phrase(re.compile(r"\b(?:by|before|on|at|for|until|till)\s+(?:his|her|their|my|your)\s+next\s+"
                      r"birthday\b", I),
           "age", _next_birthday),
    Phrase(re.compile(r"\b(?:by|before|at)\s+(?:the\s+age\s+of\s+|age\s+)?"
                      r"(?P<months>\d{1,2}|eighteen|thirty|twenty-four)\s+months"
                      r"(?:\s+old|\s+of\s+age)?(?!\s+(?:time|from))", I),
           "age", _months_old, _not_a_gain),
    Phrase(re.compile(r"\b(?:by|in|before)\s+adulthood\b|"
                      rf"\b{_BY_TIME}\s+{SUBJ}\s+(?:is|are|am|becomes?|will\s+be)\s+an?\s+"
                      r"adults?\b", I),
           "age", _adult),
    # 'before her plan ends at 25' is an age; 'before her plan ends' alone is not (a plan can
    # cease earlier)
    Phrase(re.compile(rf"\b{_BY_TIME}\s+(?:his|her|their|my|the)\s+(?:EHC\s*P?\s+|EHCP\s+)?plan\s+"
                      rf"(?:ends|finishes|stops)\s+at\s+(?:the\s+age\s+of\s+|age\s+)?"
                      rf"(?P<age>{NUM})\b", I),
           "age", _age),
    Phrase(re.compile(rf"\b{_BY_TIME}\s+{SUBJ}\s+(?:leaves?|leaving)\s+(?:foster\s+)?care\b"
                      rf"(?:\s+at\s+(?:the\s+age\s+of\s+)?(?P<age>{NUM}))?", I),
           "age", _leaving_care),
]

__all__ = ["AGE_PHRASES"]
