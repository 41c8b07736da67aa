"""The default end point the drafter writes after 'By ' when the author gave none (Code 9.68)."""

from datetime import date

import pytest

from assistant.timeframes import SchoolContext, default_end_point

NOV = date(2026, 11, 1)
MAY = date(2027, 5, 10)

CASES = [
    ("early years, age 2", SchoolContext(age=2, assessment_date=NOV),
     "the start of Reception", date(2028, 8, 31)),
    ("early years, age 4 in May", SchoolContext(age=4, assessment_date=MAY),
     "the end of Reception", date(2028, 7, 31)),
    ("Reception in November", SchoolContext(age=4, year_group="Reception", assessment_date=NOV),
     "the end of Reception", date(2027, 7, 31)),
    ("Reception in May", SchoolContext(age=5, year_group="Reception", assessment_date=MAY),
     "the end of Key Stage 1", date(2029, 7, 31)),
    ("Year 2", SchoolContext(age=6, year_group="Year 2", assessment_date=NOV),
     "the end of Key Stage 1", date(2027, 7, 31)),
    ("Year 5", SchoolContext(age=10, year_group="Year 5", assessment_date=NOV),
     "the end of Key Stage 2", date(2028, 7, 31)),
    ("Year 6 in the summer term", SchoolContext(age=11, year_group="Year 6", assessment_date=MAY),
     "the end of Key Stage 3", date(2030, 7, 31)),
    ("Year 9", SchoolContext(age=13, year_group="Year 9", assessment_date=NOV),
     "the end of Key Stage 3", date(2027, 7, 31)),
    ("Year 11", SchoolContext(age=16, year_group="Year 11", assessment_date=NOV),
     "the end of Key Stage 4", date(2027, 7, 31)),
    ("Year 13", SchoolContext(age=17, year_group="Year 13", assessment_date=NOV),
     "the end of Year 13", date(2027, 7, 31)),
    ("Year 13 in April", SchoolContext(age=18, year_group="Year 13",
                                       assessment_date=date(2027, 4, 20)),
     "the age of 19", date(2028, 4, 20)),
    ("age 20", SchoolContext(age=20, assessment_date=NOV), "the age of 22", date(2028, 11, 1)),
]


@pytest.mark.parametrize(("label", "ctx", "phrase", "end"), CASES, ids=[c[0] for c in CASES])
def test_default_end_point(label: str, ctx: SchoolContext, phrase: str, end: date) -> None:
    point = default_end_point(ctx)
    assert (point.phrase, point.end_date) == (phrase, end)
    assert "9.68" in point.reason
    assert f"By {point.phrase}, Sam will".startswith("By the ")   # reads as English after 'By '


def test_a_stage_ending_within_six_months_moves_on_and_says_why() -> None:
    point = default_end_point(SchoolContext(age=11, year_group="Year 6", assessment_date=MAY))
    assert "within six months" in point.reason and "31 July 2027" in point.reason


def test_an_estimated_year_group_is_mentioned_in_the_reason() -> None:
    point = default_end_point(SchoolContext(age=8, assessment_date=NOV))
    assert point.phrase == "the end of Key Stage 2"
    assert "estimated" in point.reason and "Year 3" in point.reason


def test_nothing_known_gives_a_placeholder_question_not_a_guess() -> None:
    point = default_end_point(SchoolContext())
    assert point.end_date is None
    assert point.phrase.startswith("[") and point.phrase.endswith("]")


def test_no_assessment_date_gives_the_stage_without_a_date() -> None:
    point = default_end_point(SchoolContext(year_group="Year 5"))
    assert (point.phrase, point.end_date) == ("the end of Key Stage 2", None)
