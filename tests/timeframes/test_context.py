"""Where a child is in school: the year group given, or estimated from age and date."""

from datetime import date

import pytest

from assistant.timeframes import SchoolContext, parse_year_group


@pytest.mark.parametrize(("age", "on", "year"), [
    (8, date(2026, 11, 1), 4),    # born Nov 2017 - Aug 2018 (10 months of 12): Year 4
    (8, date(2027, 7, 1), 3),     # by July most eight-year-olds are finishing Year 3
    (11, date(2026, 11, 1), 7),
    (10, date(2026, 9, 5), 6),
    (4, date(2026, 11, 1), 0),    # Reception
    (16, date(2027, 6, 15), 11),
    (3, date(2026, 11, 1), -1),   # early years
    (2, date(2026, 11, 1), -1),
])
def test_year_group_is_estimated_from_age_and_assessment_date(
    age: int, on: date, year: int
) -> None:
    ctx = SchoolContext(age=age, assessment_date=on)
    assert ctx.school_year == year
    assert ctx.year_group_is_estimated


def test_age_alone_is_ambiguous_by_one_year_and_the_context_says_so() -> None:
    ctx = SchoolContext(age=8, assessment_date=date(2026, 11, 1))
    assert ctx.year_group_note is not None
    assert "Year 4" in ctx.year_group_note and "Year 3" in ctx.year_group_note


def test_a_given_year_group_wins_over_the_age() -> None:
    ctx = SchoolContext(age=8, year_group="Year 3", assessment_date=date(2026, 11, 1))
    assert ctx.school_year == 3 and not ctx.year_group_is_estimated
    assert ctx.year_group_note is None


def test_without_a_date_age_minus_four_is_assumed_and_flagged() -> None:
    ctx = SchoolContext(age=8)
    assert ctx.school_year == 4
    assert ctx.year_group_note is not None and "or the year below" in ctx.year_group_note
    assert ctx.stage_end is None


@pytest.mark.parametrize(("text", "year"), [
    ("Year 4", 4), ("Y10", 10), ("yr 7", 7), ("year13", 13), ("Reception", 0), ("R", 0),
    ("Nursery", -1), ("Upper Sixth", 13), ("Year 14", 14), ("Blue class", None), (None, None),
    ("Year 12 (sixth form)", 12), ("Reception class", 0), ("School nursery", -1),
])
def test_year_groups_are_read_as_schools_write_them(text: str | None, year: int | None) -> None:
    assert parse_year_group(text) == year


@pytest.mark.parametrize(("ctx", "key_stage", "phase", "stage_end"), [
    (SchoolContext(age=2, assessment_date=date(2026, 11, 1)), "EYFS", "early years",
     date(2029, 7, 31)),
    (SchoolContext(year_group="Reception", assessment_date=date(2026, 11, 1)), "EYFS", "primary",
     date(2027, 7, 31)),
    (SchoolContext(year_group="Year 2", assessment_date=date(2026, 11, 1)), "KS1", "primary",
     date(2027, 7, 31)),
    (SchoolContext(year_group="Year 5", assessment_date=date(2026, 11, 1)), "KS2", "primary",
     date(2028, 7, 31)),
    (SchoolContext(year_group="Year 7", assessment_date=date(2026, 11, 1)), "KS3", "secondary",
     date(2029, 7, 31)),
    (SchoolContext(year_group="Year 10", assessment_date=date(2026, 11, 1)), "KS4", "secondary",
     date(2028, 7, 31)),
    (SchoolContext(year_group="Year 12", assessment_date=date(2026, 11, 1)), "KS5", "post-16",
     date(2028, 7, 31)),
    (SchoolContext(age=20, assessment_date=date(2026, 11, 1)), None, "post-19",
     date(2031, 11, 1)),
])
def test_key_stage_phase_and_stage_end(
    ctx: SchoolContext, key_stage: str | None, phase: str, stage_end: date
) -> None:
    assert (ctx.key_stage, ctx.phase, ctx.stage_end) == (key_stage, phase, stage_end)


def test_post_19_has_no_school_year() -> None:
    ctx = SchoolContext(age=20, assessment_date=date(2026, 11, 1))
    assert ctx.school_year is None and ctx.phase == "post-19"


def test_a_young_person_of_18_past_year_13_is_still_post_16_until_19() -> None:
    ctx = SchoolContext(age=18, assessment_date=date(2026, 11, 1))
    assert ctx.school_year is None and ctx.phase == "post-16"
    assert ctx.phase_end == date(2027, 11, 1)   # the latest possible 19th birthday
