"""Phrases that hang on the school calendar: year groups, key stages, schools, terms, exams.

Choices (each a single date, documented so a reader can disagree with it):
- leaving a school means the end of its last year: primary/junior Year 6, infant Year 2,
  secondary/high school and "school" Year 11, sixth form and college Year 13;
- going to a school means the end of the year before it: secondary school -> end of Year 6,
  college or sixth form -> end of Year 11, university or adult life -> end of Year 13;
- "starting school" and "the end of the EYFS" mean the end of Reception (the Early Years
  Foundation Stage runs to the end of Reception); starting Reception means 31 August before it;
- Scottish and Northern Irish year names map onto England's: P7 is Year 6, S3 is Year 9.
"""

import re
from datetime import date

from ._calendar import TERMS, Term, next_term_end, school_year_start, term_end
from ._context import LAST_YEAR_OF_STAGE, SchoolContext
from ._resolution import (
    NEEDS_DATE,
    NEEDS_SCHOOL,
    Phrase,
    Resolution,
    current_school_year_end,
    end_of_year_group,
    fixed,
    number,
    start_of_year_group,
    unresolved,
)

I = re.IGNORECASE
POSS = r"(?:(?:his|her|their|my|your|the|a|this)\s+)"
SUBJ = r"(?:he|she|they|I|we|you|[A-Za-z][\w-]*)"
YEAR_WORDS = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"thirteen|R)")
KS = r"(?:key\s*stage|KS)\s*(?:[1-5]|one|two|three|four|five)\b"
INST = (r"(?:year\s*" + YEAR_WORDS + r"\b|(?:[Yy][Rr]?\s?)\d{1,2}\b|(?-i:P[1-7]|S[1-6])\b|" + KS +
        r"|EYFS|"
        r"(?:the\s+)?early\s+years(?:\s+foundation\s+stage)?|(?:the\s+)?foundation\s+stage|"
        r"reception(?:\s+class|\s+year)?|(?:nursery|pre-?school)(?:\s+class|\s+year)?|"
        r"infants?(?:\s+school)?|juniors?(?:\s+school)?|"
        r"primary(?:\s+school|\s+phase)?|secondary(?:\s+school|\s+phase)?|"
        r"(?:high|senior|upper|big|special)\s+school|sixth[\s-]form(?:\s+college)?|"
        r"(?:further\s+education\s+|FE\s+|specialist\s+|local\s+)?college|"
        r"post[\s-]?16(?:\s+education)?|"
        r"further\s+education|university|uni|adult\s+(?:[\w-]+\s+){0,2}services|adult\s+life|"
        r"adulthood|school)"
        r"(?![\w-]|\s+(?:day|days|week|trips?|holidays?|run|bus|gates?|visits?|sessions?|lessons?|"
        r"dinners?|lunch|bell|council|nurse|office|staff|building|grounds|corridors?|playground|"
        r"term|year|club|environment|setting|day))")

_KS_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
_FIRST_YEAR = {"reception": 0, "primary": 0, "infant": 0, "junior": 3, "secondary": 7,
               "sixth form": 12, "college": 12}


def _kind(inst: str) -> str:
    """A canonical institution name for the phrase as written."""
    key = " ".join(inst.lower().replace("-", " ").split()).removeprefix("the ")
    if re.fullmatch(r"yr?\s?\d{1,2}|[ps]\d", key):  # 'Y6', 'Yr 6'; Scottish and NI 'P7', 'S3'
        return "year"
    for word, kind in (("year", "year"), ("key stage", "ks"), ("ks", "ks"), ("eyfs", "eyfs"),
                       ("early years", "eyfs"), ("foundation", "eyfs"), ("reception", "reception"),
                       ("nursery", "nursery"), ("pre", "nursery"), ("infant", "infant"),
                       ("junior", "junior"), ("primary", "primary"), ("secondary", "secondary"),
                       ("high", "secondary"), ("senior", "secondary"), ("upper", "secondary"),
                       ("big", "secondary"), ("sixth", "sixth form"), ("college", "college"),
                       ("post", "college"), ("further", "college"), ("uni", "university"),
                       ("adult", "university"), ("special", "school"), ("school", "school")):
        if key.startswith(word):
            return kind
    return "school"


# Primary years in Scotland and Northern Ireland start a year before England's Year 1 (P7 is Year
# 6); Scottish secondary years start at Year 7 (S3 is Year 9).
_UK_YEARS = {"P": -1, "S": 6}


def _year_number(inst: str) -> int:
    uk = re.fullmatch(r"([PS])(\d)", inst.strip())
    if uk:
        return int(uk[2]) + _UK_YEARS[uk[1]]
    token = re.sub(r"^(?:year|yr|y)\s*", "", inst.strip(), flags=I)
    return 0 if token.lower() == "r" else number(token)


def _year_label(year: int) -> str:
    return "Reception" if year == 0 else f"Year {year}" if year > 0 else "nursery"


def _key_stage(inst: str) -> str:
    """'Key Stage Two' -> 'KS2'."""
    last = inst.split()[-1].lower() if " " in inst.strip() else inst[-1]
    last = re.sub(r"^(?:ks|stage)", "", last)
    return "KS" + _KS_WORDS.get(last, last[-1])


def _leaving(ctx: SchoolContext, inst: str) -> Resolution:
    """By the time the child leaves (finishes, reaches the end of) `inst`."""
    kind = _kind(inst)
    if kind == "year":
        year = _year_number(inst)
        return end_of_year_group(ctx, year, f"end of {_year_label(year)}")
    if kind == "ks":
        stage = _key_stage(inst)
        return end_of_year_group(ctx, LAST_YEAR_OF_STAGE[stage], f"end of Key Stage {stage[-1]}")
    if kind in ("college", "sixth form", "school") and (ctx.year_offset or 0) > 13:
        return unresolved("the young person is past Year 13, so the course's end date is needed")
    if kind == "school" and (ctx.year_offset or 0) >= 12:
        kind = "sixth form"  # in Year 12 or 13 at school, leaving school is leaving its sixth form
    last = {"eyfs": 0, "reception": 0, "nursery": -1, "infant": 2, "junior": 6, "primary": 6,
            "secondary": 11, "school": 11, "sixth form": 13, "college": 13}.get(kind)
    if last is None:
        return unresolved("the end date of this stage is not known from the context")
    return end_of_year_group(ctx, last, f"end of {inst.strip()} (end of {_year_label(last)})")


def _going_to(ctx: SchoolContext, inst: str) -> Resolution:
    """By the time the child starts (goes to, moves to) `inst`: the end of the year before it."""
    kind = _kind(inst)
    if kind == "year":
        year = _year_number(inst)
        return start_of_year_group(ctx, year, f"start of Year {year}")
    if kind == "ks":
        first = {"KS1": 1, "KS2": 3, "KS3": 7, "KS4": 10, "KS5": 12}[_key_stage(inst)]
        return start_of_year_group(ctx, first, f"start of Year {first}")
    if kind in ("school", "eyfs"):
        return end_of_year_group(ctx, 0, "starting school: the Early Years Foundation Stage "
                                         "ends with Reception")
    before = {"reception": -1, "primary": -1, "infant": -1, "nursery": -2, "junior": 2,
              "secondary": 6, "sixth form": 11, "college": 11, "university": 13}[kind]
    return end_of_year_group(ctx, before, f"start of {inst.strip()} (end of "
                             f"{'Year ' + str(before) if before > 0 else 'the early years'})")


def _nth_year_at(ctx: SchoolContext, which: str, inst: str) -> Resolution:
    kind = _kind(inst)
    if which.lower() in ("final", "last"):
        return _leaving(ctx, inst)
    first = _FIRST_YEAR.get(kind)
    if first is None:
        return unresolved("which school year this means is not known from the context")
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}[which.lower()]
    year = first + nth - 1
    current = ctx.year_offset
    if kind == "college" and current is not None and first < current:
        # Further education starts at any age from 16: for a sixth-former or a young adult,
        # 'his first year at college' is the first year after the current one.
        year = current + nth
    return end_of_year_group(ctx, year, f"{which} year at {inst.strip()} (Year {year})")


def _term(ctx: SchoolContext, term: str | None, scope: str | None) -> Resolution:
    """A named term of the current year, of a given year group, or of a calendar year."""
    name = _term_name(term)
    scope = (scope or "").strip()
    year_match = re.search(r"20\d\d", scope)
    if year_match and name:
        end_year = int(year_match[0])
        return fixed(term_end(name, end_year if name == "autumn" else end_year - 1),
                     f"end of the {name} term {end_year}")
    if scope:
        year_res = end_of_year_group(ctx, _year_number(scope), "") if re.match(r"year", scope, I) \
            else Resolution(missing=NEEDS_SCHOOL)
        if year_res.end is None:
            return year_res
        return fixed(term_end(name or "summer", year_res.end.year - 1),
                     f"end of the {name or 'summer'} term of {scope}")
    if ctx.assessment_date is None:
        return unresolved(NEEDS_DATE)
    d = ctx.assessment_date
    if name is None:
        skip = 1 if term and term.lower().startswith("next") else 0
        return fixed(next_term_end(d, skip),
                     "end of the term (terms end 20 December, 31 March, 31 July)",
                     "relative")
    start = school_year_start(d)
    end = term_end(name, start)
    end = end if end >= d else term_end(name, start + 1)
    return fixed(end, f"the next end of the {name} term", "relative")


def _term_name(term: str | None) -> Term | None:
    key = (term or "").lower()
    for name, words in (("autumn", ("autumn", "christmas", "michaelmas", "first")),
                        ("spring", ("spring", "easter", "lent", "second")),
                        ("summer", ("summer", "third", "final", "last"))):
        if any(word in key for word in words):
            return name  # type: ignore[return-value]
    return None


def _exam(ctx: SchoolContext, exam: str) -> Resolution:
    key = exam.lower()
    year = 11 if "gcse" in key else 13 if "level" in key else 6
    return end_of_year_group(ctx, year, f"{exam} are taken in the summer term of Year {year}")


def _academic_year(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    which = (match["which"] or "").lower()
    ahead = 1 if any(word in which for word in ("next", "following", "coming")) else 0
    return current_school_year_end(ctx, ahead)


def _named_academic_year(match: re.Match[str], _ctx: SchoolContext) -> Resolution:
    first = int(match["y1"])
    return fixed(date(first + 1, 7, 31), f"the {first}/{first + 1} school year ends on 31 July")


def _good_academic_pair(match: re.Match[str]) -> bool:
    return int(match["y2"][-2:]) == (int(match["y1"]) + 1) % 100


BY = r"(?:by|at|before|until|till|to|for|during|in|towards)"
_BEFORE = r"(?:by\s+the\s+time|when|once|before|until|by\s+when|as\s+soon\s+as)"
_BE = r"(?:\s+(?:is|are|am|will\s+be|has|have))?"
_LEAVE = (r"(?:leaves?|leaving|left|finish(?:es|ed)?|finishing|completes?|completed|completing|"
          r"ready\s+to\s+leave)")
_START = (r"(?:starts?|starting|started|goes|go|going|gone|moves?|moving|moved|transitions?|"
          r"transitioning|transfers?|transferring|enters?|entering|joins?|joining|begins?|"
          # ('when he gets to school in the morning' is arriving, as on any day)
          r"beginning|gets?\s+to(?!\s+(?:(?:the|his|her|their|my)\s+)?(?:school|college|nursery|"
          r"class|work)\b)|reach(?:es)?)")
_GERUND = (r"(?P<verb>starting|leaving|moving|going|transferring|transitioning|entering|joining|"
           r"finishing|completing)")
_TERM = (r"(?P<term>(?:the\s+)?next|autumn|spring|summer|christmas|easter|michaelmas|lent|first|"
         r"second|third|final|last)")
_SCOPE = rf"(?P<scope>year\s*{YEAR_WORDS}\b|(?:the\s+year\s+)?20\d\d)"
_YEAR_OR_KS = rf"(?P<inst>year\s*{YEAR_WORDS}\b|{KS})"
_YEAR_OR_KS_CUE = r"year|stage|ks"
_CLAUSE_START = r"(?:^|(?<=[,;:.(]\s)|(?<=[,;:.(]))\s*"
# 'year at college' or 'college year': which place's years are counted
_NTH_YEAR = (rf"(?:year\s+(?:at|in|of)\s+{POSS}?(?P<inst>{INST})|"
             r"(?P<kind>college|sixth[\s-]form|university|uni|secondary|primary)\s+year)")
_WHICH_YEAR = r"(?P<which>this|the\s+current|next|the\s+next|the\s+following|this\s+coming|the)"


def _gerund(match: re.Match[str], ctx: SchoolContext) -> Resolution:
    leaving = match["verb"].lower() in ("leaving", "finishing", "completing")
    return (_leaving if leaving else _going_to)(ctx, match["inst"])


# 'After leaving school' and 'after his GCSEs' say when something starts, not when it is done,
# so 'after' opens none of these phrases.
SCHOOL_PHRASES: list[Phrase] = [
    # ('by end Y13', as hurried drafts write it)
    Phrase(re.compile(rf"\b(?:{BY}\s+)?(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?"
                      rf"{POSS}?(?:(?:time|year)\s+(?:at|in)\s+{POSS}?)?(?P<inst>{INST})", I),
           "school", lambda m, c: _leaving(c, m["inst"])),
    Phrase(re.compile(rf"\b{_BEFORE}\s+{SUBJ}{_BE}\s+{_LEAVE}\s+(?:from\s+)?{POSS}?"
                      rf"(?P<inst>{INST})", I),
           "school", lambda m, c: _leaving(c, m["inst"])),
    Phrase(re.compile(rf"\b{_BEFORE}\s+{SUBJ}{_BE}\s+{_START}\s+(?:up\s+|on\s+)?"
                      rf"(?:to\s+|into\s+|at\s+|in\s+)?{POSS}?(?:new\s+)?(?P<inst>{INST})", I),
           "school", lambda m, c: _going_to(c, m["inst"])),
    Phrase(re.compile(r"\b(?:before|by\s+the\s+time\s+of|on|upon|by|at|when)\s+"
                      rf"{_GERUND}\s+(?:up\s+|on\s+)?(?:to\s+|into\s+)?{POSS}?(?:new\s+)?"
                      rf"(?P<inst>{INST})", I),
           "school", _gerund),
    Phrase(re.compile(rf"\b(?:at|by|before|for|on|until|ahead\s+of|prior\s+to|"
                      rf"in\s+time\s+for)\s+{POSS}?(?:point\s+of\s+)?"
                      rf"(?:transition|transfer|move)\s+(?:to|into)\s+{POSS}?(?:new\s+)?"
                      rf"(?P<inst>{INST})", I),
           "school", lambda m, c: _going_to(c, m["inst"])),
    # 'before his secondary transfer', 'in time for secondary school'
    Phrase(re.compile(rf"\b(?:at|by|before|ahead\s+of|prior\s+to|in\s+time\s+for)\s+{POSS}?"
                      r"(?:new\s+)?(?P<inst>secondary|primary|junior|infant)\s+(?:school\s+)?"
                      r"(?:transfer|transition|move|school)\b", I),
           "school", lambda m, c: _going_to(c, m["inst"])),
    # 'at his Year 6 annual review': a review held during that year, so by its end
    Phrase(re.compile(rf"\b(?:at|by|before|in\s+time\s+for)\s+{POSS}?(?P<inst>year\s*{YEAR_WORDS})"
                      r"\s+(?:annual\s+)?review\b", I),
           "school", lambda m, c: _leaving(c, m["inst"])),
    Phrase(re.compile(r"\b(?:by|before|at|for|from|until|till)\s+the\s+(?:start|beginning)\s+of\s+"
                      rf"{POSS}?(?P<inst>{INST})", I),
           "school", lambda m, c: _going_to(c, m["inst"])),
    Phrase(re.compile(r"\b(?:by|at|before|until)?\s*(?:the\s+)?end\s+of\s+"
                      r"(?:his|her|their|my|the)\s+(?P<which>first|second|third|fourth|fifth|final|"
                      rf"last)\s+{_NTH_YEAR}", I),
           "school", lambda m, c: _nth_year_at(c, m["which"], m["inst"] or m["kind"])),
    # 'by the time I finish my second year at college'
    Phrase(re.compile(rf"\b{_BEFORE}\s+{SUBJ}{_BE}\s+{_LEAVE}\s+(?:his|her|their|my|the)\s+"
                      rf"(?P<which>first|second|third|fourth|fifth|final|last)\s+{_NTH_YEAR}", I),
           "school", lambda m, c: _nth_year_at(c, m["which"], m["inst"] or m["kind"])),
    Phrase(re.compile(r"\b(?:by|at|before|until|for)?\s*(?:the\s+)?end\s+of\s+"
                      rf"(?:the\s+|this\s+|her\s+|his\s+|their\s+|my\s+)?{_TERM}?\s*term\b"
                      rf"(?:\s+(?:of\s+|in\s+)?{_SCOPE})?", I),
           "school", lambda m, c: _term(c, m["term"] or "this", m["scope"])),
    Phrase(re.compile(r"\b(?:by|before|until|in|during|(?:every|each|all)\s+(?:school\s+)?"
                      r"(?:days?|weeks?|lessons?|sessions?)\s+of)\s+(?:the\s+)?"
                      r"(?P<term>autumn|spring|summer|final|last)"
                      rf"\s+term\b(?:\s+(?:of\s+|in\s+)?{_SCOPE})?", I),
           "school", lambda m, c: _term(c, m["term"], m["scope"])),
    Phrase(re.compile(r"\b(?:by|before|in|during|at)\s+(?:the\s+end\s+of\s+)?the\s+"
                      r"(?P<term>autumn|spring|summer)\s+(?:term\s+)?(?:of|in)\s+"
                      rf"(?P<scope>year\s*{YEAR_WORDS})\b", I),
           "school", lambda m, c: _term(c, m["term"], m["scope"])),
    # 'I will have more friends in Year 8.': a year named at the very end is the year it is done in
    Phrase(re.compile(rf"\b(?:in|during)\s+{_YEAR_OR_KS}(?=\s*[.!]?\s*$)", I),
           "school", lambda m, c: _leaving(c, m["inst"]), cue=_YEAR_OR_KS_CUE),
    Phrase(re.compile(rf"{_CLAUSE_START}(?:in|during|throughout|over\s+the\s+course\s+of)\s+"
                      rf"{_YEAR_OR_KS}"
                      r"(?!\s+(?:pupils|children|students|class))", I | re.MULTILINE),
           "school", lambda m, c: _leaving(c, m["inst"]), cue=_YEAR_OR_KS_CUE),
    Phrase(re.compile(r"\b(?:by|before)\s+(?:the\s+time\s+(?:he|she|they|I|we)\s+(?:is|are|am)\s+"
                      rf"in\s+)?{_YEAR_OR_KS}", I),
           "school", lambda m, c: _going_to(c, m["inst"]), cue=_YEAR_OR_KS_CUE),
    Phrase(re.compile(r"\b(?:by|at|before|in\s+time\s+for)\s+"
                      r"(?:the\s+(?:time\s+of\s+|end\s+of\s+|time\s+(?:he|she|they|I|we)\s+"
                      r"(?:sits?|takes?)\s+)?)?(?:(?:his|her|their|my)\s+)?"
                      r"(?P<exam>GCSEs?|A[\s-]levels?|(?:KS2\s+|Year\s+6\s+)?SATs)\b", I),
           "school", lambda m, c: _exam(c, m["exam"])),
    Phrase(re.compile(r"\b(?:(?:by|at|before|until|for|during|in|towards)\s+)?(?:the\s+)?"
                      rf"end\s+of\s+{_WHICH_YEAR}\s+(?:(?:school|academic|college)\s+)?year\b"
                      r"(?!\s*\d)", I),
           "school", _academic_year),
    Phrase(re.compile(r"\b(?:by|within|during|in|over|for)\s+(?:the\s+course\s+of\s+)?"
                      rf"{_WHICH_YEAR}\s+(?:school|academic|college)\s+year\b", I),
           "school", _academic_year),
    # 'This school year, Emeka will ...': the year named at the start of the sentence
    Phrase(re.compile(r"(?:^|(?<=[.;:]\s))(?P<which>this|next)\s+(?:school|academic|college)\s+year"
                      r"(?=\s*,)", I | re.MULTILINE),
           "school", _academic_year),
    # 'by the start of the next academic year': this school year has ended by then.
    Phrase(re.compile(r"\b(?:by|before|at|for)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?"
                      r"(?:next|new|following|coming)\s+(?:school\s+|academic\s+)?year\b", I),
           "school", lambda m, c: current_school_year_end(c)),
    Phrase(re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:school\s+|academic\s+)?year[\s-]end\b", I),
           "school", lambda m, c: current_school_year_end(c)),
    Phrase(re.compile(r"\b(?:(?:by|at|before|in|during)\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?"
                      r"(?:(?:school|academic)\s+year\s+)?(?P<y1>20\d\d)\s*[/-]\s*"
                      r"(?P<y2>(?:20)?\d\d)\b(?:\s+(?:school|academic)\s+year)?", I),
           "school", _named_academic_year, _good_academic_pair, cue=r"\d\s*[/-]\s*\d"),
]

__all__ = ["KS", "SCHOOL_PHRASES", "TERMS"]
