"""Phrases x contexts -> the dates a reader of the plan would work out from the school calendar.

Every expected date below was worked out by hand: school years end 31 July, the autumn term
20 December, the spring term 31 March; Year N holds children who were N+4 on 31 August.
"""

from datetime import date

import pytest

from assistant.timeframes import SchoolContext, find_time_mentions

# Year 4 in 2026/27, aged 9 on 1 November 2026: born 1 September - 1 November 2017.
Y4 = SchoolContext(age=9, year_group="Year 4", assessment_date=date(2026, 11, 1))
# Aged 3, no year group: most likely starts Reception in September 2027.
EARLY = SchoolContext(age=3, assessment_date=date(2026, 11, 1))
# Year 6 in the summer term of 2026/27.
Y6_SUMMER = SchoolContext(age=11, year_group="Year 6", assessment_date=date(2027, 5, 10))
# Year 11, aged 16 (born September - October 2010), as in the dev set.
Y11 = SchoolContext(age=16, year_group="Year 11", assessment_date=date(2026, 11, 1))
NOTHING = SchoolContext()

CASES: list[tuple[str, SchoolContext, date]] = [
    ("By the end of Year 6, Sam will swim 10 metres.", Y4, date(2029, 7, 31)),
    ("By the end of Key Stage 2, Sam will read a menu.", Y4, date(2029, 7, 31)),
    ("Sam will read a menu by the end of KS2.", Y4, date(2029, 7, 31)),
    ("Sam will read a menu by the end of Y6.", Y4, date(2029, 7, 31)),
    # Scottish and Northern Irish year names: P7 is Year 6, S3 is Year 9
    ("By the end of P7, Sam will read a menu.", Y4, date(2029, 7, 31)),
    ("By the end of S3, Sam will read a bus timetable.", Y4, date(2032, 7, 31)),
    ("Sam will go on the residential trip in Year 6.", Y4, date(2029, 7, 31)),
    ("This school year, Sam will swim 10 metres.", Y4, date(2027, 7, 31)),
    ("Over the course of Year 5, Sam will swim 10 metres.", Y4, date(2028, 7, 31)),
    ("Before her plan ends at 25, Ana will volunteer one morning a week.",
     SchoolContext(age=20, assessment_date=date(2026, 11, 1)), date(2031, 11, 1)),
    ("By the end of key stage 3, Sam will read a menu.", Y4, date(2032, 7, 31)),
    ("By the time she leaves primary school, Ana will read a menu.", Y4, date(2029, 7, 31)),
    ("By the time she leaves school, Ana will read a menu.", Y11, date(2027, 7, 31)),
    ("By the time she leaves school, Ana will read a menu.",
     SchoolContext(age=17, year_group="Year 13", assessment_date=date(2026, 11, 1)),
     date(2027, 7, 31)),
    ("By the time I go to secondary school, I will talk to my friends.", Y4, date(2029, 7, 31)),
    ("By the end of the autumn term of Year 7, I will chat in the playground.", Y4,
     date(2029, 12, 20)),
    ("By the end of the spring term, Sam will use his timetable.", Y4, date(2027, 3, 31)),
    ("By the end of the academic year, Sam will use his timetable.", Y4, date(2027, 7, 31)),
    ("By the end of this school year, Sam will use his timetable.", Y4, date(2027, 7, 31)),
    ("By the end of Year 13, Sam will cook a meal.", Y4, date(2036, 7, 31)),
    ("By the end of her time at college, Ana will cook a meal.", Y4, date(2036, 7, 31)),
    ("By the age of 14, Sam will cook a meal.", Y4, date(2031, 11, 1)),
    ("By the time she is 18, Ana will cook a meal.", Y4, date(2035, 11, 1)),
    ("Sam will cook a meal by 18.", Y4, date(2035, 11, 1)),
    ("By the time I'm 19, I will cook a meal.", Y4, date(2036, 11, 1)),
    ("By July 2028, Sam will cook a meal.", Y4, date(2028, 7, 31)),
    ("By the end of 2027, Sam will cook a meal.", Y4, date(2027, 12, 31)),
    ("Within two years, Sam will cook a meal.", Y4, date(2028, 11, 1)),
    ("In 12 months' time, Sam will cook a meal.", Y4, date(2027, 11, 1)),
    ("In 2 years I will have improved fitness and stamina.", Y4, date(2028, 11, 1)),
    ("By next summer, Sam will swim 10 metres.", Y4, date(2027, 7, 31)),
    ("By Christmas, Sam will name five classmates.", Y4, date(2026, 12, 25)),
    ("By Easter, Sam will name five classmates.", Y4, date(2027, 3, 28)),
    ("At the annual review, Sam will show his timetable.", Y4, date(2027, 11, 1)),
    ("By the end of the EYFS, Sam will sit for a story.", Y4, date(2023, 7, 31)),
    ("By the end of the EYFS, Mo will sit for a story.", EARLY, date(2028, 7, 31)),
    ("Before starting school, Mo will sit for a story.", EARLY, date(2028, 7, 31)),
    ("By the time she starts school, Mo will use 50 words.", EARLY, date(2028, 7, 31)),
    ("By the age of 4, Mo will use 50 words.", EARLY, date(2027, 11, 1)),
    ("By the age of 3 and a half, Mo will walk ten steps.", EARLY, date(2027, 5, 1)),
    ("By the end of his year in Nursery, Mo will use 50 words.",
     SchoolContext(age=3, year_group="Nursery", assessment_date=date(2026, 11, 1)),
     date(2027, 7, 31)),
    ("By the end of her Nursery year, Mo will use 50 words.",
     SchoolContext(age=3, year_group="Nursery", assessment_date=date(2026, 11, 1)),
     date(2027, 7, 31)),
    ("By the end of Year 6, Lily will walk to class alone.", Y6_SUMMER, date(2027, 7, 31)),
    ("By the end of this term, Lily will walk to class alone.", Y6_SUMMER, date(2027, 7, 31)),
    ("By the end of next term, Lily will walk to class alone.", Y6_SUMMER, date(2027, 12, 20)),
    ("By next summer, Lily will walk to class alone.", Y6_SUMMER, date(2028, 7, 31)),
    ("By Christmas, Lily will walk to class alone.", Y6_SUMMER, date(2027, 12, 25)),
    ("By October half-term 2027, Lily will walk to class alone.", Y6_SUMMER, date(2027, 10, 31)),
    ("By the autumn half-term of 2026, Lily will walk to class alone.", Y6_SUMMER,
     date(2026, 10, 31)),
    ("By the summer of 2026, Lily will walk to class alone.", Y6_SUMMER, date(2026, 7, 31)),
    ("By Easter, Lily will walk to class alone.", Y6_SUMMER, date(2028, 4, 16)),
    ("By the end of year 13, Laura will eat three meals a day.", Y11, date(2029, 7, 31)),
    ("Jenny will give directions by the end of KS4.", Y11, date(2027, 7, 31)),
    ("By her GCSEs, Laura will revise with a planner.", Y11, date(2027, 7, 31)),
    ("Laura will revise with a planner by the time she sits her GCSEs.", Y11, date(2027, 7, 31)),
    ("By the time she goes to college, Laura will travel alone.", Y11, date(2027, 7, 31)),
    ("By the age of 17, Laura will travel alone.", Y11, date(2027, 11, 1)),
    ("by the time im 17 i want to go to the gym on my own", Y11, date(2027, 11, 1)),
    ("By the end of the summer of Year 12, Laura will travel alone.", Y11, date(2028, 7, 31)),
    ("By 31/07/2028, Laura will travel alone.", NOTHING, date(2028, 7, 31)),
    ("Before 2028, Laura will travel alone.", NOTHING, date(2027, 12, 31)),
    ("By summer 2028, Laura will travel alone.", NOTHING, date(2028, 7, 31)),
    ("Laura will start sixth form next September.", Y11, date(2027, 9, 30)),
    ("Laura will go to college next summer.", Y11, date(2027, 7, 31)),
    ("By the time I finish my second year at college, I will cook a meal.", Y11,
     date(2029, 7, 31)),
    ("By the end of my first college year, I will cook a meal.", Y11, date(2028, 7, 31)),
    ("Laura will be in school for every day of the spring term 2027.", Y11, date(2027, 3, 31)),
    ("by xmas laura will travel alone", Y11, date(2026, 12, 25)),
    ("laura will make a sandwich by the end of y12", Y11, date(2028, 7, 31)),
    ("By the end of the autumn term 2027, Benji will use his lift key.", NOTHING,
     date(2027, 12, 20)),
    ("By the end of the 2027/28 school year, Benji will use his lift key.", NOTHING,
     date(2028, 7, 31)),
]


@pytest.mark.parametrize(("text", "ctx", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_phrase_resolves_to_the_date_a_reader_would_work_out(
    text: str, ctx: SchoolContext, expected: date
) -> None:
    mentions = find_time_mentions(text, ctx)
    assert [m.kind for m in mentions] == ["resolved"], mentions
    assert mentions[0].end_date == expected
    start, end = mentions[0].span
    assert text[start:end] == mentions[0].phrase


def test_an_age_is_a_window_because_the_birthday_is_unknown() -> None:
    (mention,) = find_time_mentions("By the age of 14, Sam will cook a meal.", Y4)
    assert (mention.earliest_date, mention.end_date) == (date(2031, 9, 1), date(2031, 11, 1))
    assert mention.age == 14 and mention.anchor == "age"


@pytest.mark.parametrize("text", [
    "I will be able to travel to school and back every day, on my own.",
    "Sam will play a turn-taking game with two friends twice a week.",
    "Sam will read to an adult each week for 10 minutes.",
    "Sam will answer within 10 seconds in 4 out of 5 lessons in a week.",
    "Sam will be supported by 2 adults at lunchtime.",
    "Sam will increase his reading score by 10.",
    "Pupils in Year 4 will line up at the door.",
    "Sam will walk home at the end of the school day with his brother.",
    "Sam will have a reading age of at least 9 years on a standardised test.",
    "We may ask Sam to choose his own snack.",
    "From September 2027, Sam will arrive on time.",
    "Sam will go to a Lego group each week, starting in January 2027.",
    "From next spring, Sam will spend two nights a month at a short-break house.",
    "Beginning in the spring term 2027, Sam will swim each week.",
    "Sam will arrive by 8:45am on 4 days each week.",
    "After leaving primary school, Sam will walk to school on his own.",
    "Every Friday, Sam will plan his meals for the following week.",
    "Sam will pack his bag for the next day from a checklist.",
    "Sam will read 20 more words than he did in September 2026.",
    "Sam, who scored 78 on the BPVS at age 10, will name 20 pictures.",
    "After his move to secondary school, Sam will join a club.",
    "Sam will hang up his coat when he gets to school in the morning.",
])
def test_frequencies_and_look_alikes_are_not_end_points(text: str) -> None:
    assert find_time_mentions(text, Y4) == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Over time, Sam will dress himself.", "Over time"),
    ("Sam will dress himself soon.", "soon"),
    ("Sam will eventually dress himself.", "eventually"),
    ("In the future, Sam will dress himself.", "In the future"),
    ("One day, Sam will dress himself.", "One day"),
    ("In time, Sam will dress himself.", "In time"),
    ("At some point Sam will dress himself.", "At some point"),
    ("Sam will dress himself as soon as possible.", "as soon as possible"),
    ("Sam will dress himself in due course.", "in due course"),
    ("Over the next few months, Sam will dress himself.", "Over the next few months"),
    ("Over the coming years, Sam will dress himself.", "Over the coming years"),
])
def test_vague_words_are_found_and_give_no_date(text: str, phrase: str) -> None:
    (mention,) = find_time_mentions(text, Y4)
    assert (mention.kind, mention.phrase, mention.end_date) == ("vague", phrase, None)
    assert not mention.is_end_point and mention.reason


@pytest.mark.parametrize(("text", "ctx", "missing"), [
    ("By the end of Year 6, Sam will swim.", NOTHING, "age or year group"),
    ("Within two years, Sam will swim.", SchoolContext(age=9), "assessment date"),
    ("By the time she is 18, Ana will swim.", NOTHING, "age"),
    ("By the end of her course, Ana will swim.", Y11, "course"),
    ("By the time I finish my course, I will swim.", Y11, "course"),
])
def test_end_points_without_enough_context_say_what_is_missing(
    text: str, ctx: SchoolContext, missing: str
) -> None:
    (mention,) = find_time_mentions(text, ctx)
    assert mention.kind == "relative_unresolved" and mention.is_end_point
    assert mention.end_date is None and missing in (mention.reason or "")


def test_the_longest_phrase_wins_where_two_overlap() -> None:
    text = "By the end of the autumn term of Year 7, Alex will chat with friends."
    (mention,) = find_time_mentions(text, Y4)
    assert mention.phrase == "By the end of the autumn term of Year 7"


def test_two_end_points_in_one_statement_are_both_found_in_reading_order() -> None:
    text = "Within three years, Sami will read a page aloud by the end of Year 6."
    mentions = find_time_mentions(text, Y4)
    assert [m.phrase for m in mentions] == ["Within three years", "by the end of Year 6"]


@pytest.mark.parametrize(("text", "expected"), [
    ("By the end of this key stage, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("By the end of the next key stage, Sam will swim 10 metres.", date(2032, 7, 31)),
    ("By the end of the current phase of education, Sam will swim.", date(2029, 7, 31)),
    ("By the end of Key Stage Two, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("By the February half term, Sam will swim 10 metres.", date(2027, 2, 20)),
    ("This time next year, Sam will swim 10 metres.", date(2027, 11, 1)),
    ("Upon leaving primary school, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("By September 1st, 2027, Sam will swim 10 metres.", date(2027, 9, 1)),
    ("Over the course of the next year, Sam will swim 10 metres.", date(2027, 11, 1)),
    ("Sam will learn to swim 10 metres in a year.", date(2027, 11, 1)),
    ("By 16 years of age Sam will swim 10 metres.", date(2033, 11, 1)),
    ("By Year 6, Sam will swim 10 metres.", date(2028, 8, 31)),
    ("In Year 5, Sam will complete a swimming course.", date(2028, 7, 31)),
    ("By the start of the next academic year, Sam will swim 10 metres.", date(2027, 7, 31)),
    ("By next July, Sam will swim 10 metres.", date(2027, 7, 31)),
    ("Sam will cast his vote in the May 2027 local elections.", date(2027, 5, 31)),
    ("Ahead of his move to secondary school, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("Before his secondary transfer, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("In time for secondary school, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("In the final term of Year 6, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("At his Year 6 annual review, Sam will swim 10 metres.", date(2029, 7, 31)),
    ("By mid-2027, Sam will swim 10 metres.", date(2027, 6, 30)),
    ("By the end of the calendar year, Sam will swim 10 metres.", date(2026, 12, 31)),
    ("By the end of the college year, Sam will swim 10 metres.", date(2027, 7, 31)),
    # hurried drafts
    ("By 16 Sam will swim 10 metres.", date(2033, 11, 1)),
    ("by end Y6 Sam swims 10 metres", date(2029, 7, 31)),
    ("Within three school terms, Sam will swim 10 metres.", date(2027, 12, 20)),
    ("In his February 2027 mock exams, Sam will stay in the hall to the end.", date(2027, 2, 28)),
])
def test_more_ways_of_saying_when(text: str, expected: date) -> None:
    (mention,) = find_time_mentions(text, Y4)
    assert mention.end_date == expected


@pytest.mark.parametrize("text", [
    "Sam's reading age will improve by 2 years.",
    "Sam will improve his spelling age by 18 months.",
    "Sam will swim 3 times in a week.",
    "In the summer Sam plays outside with his brother.",
])
def test_amounts_and_seasons_are_not_end_points(text: str) -> None:
    assert find_time_mentions(text, Y4) == []


TODDLER = SchoolContext(age=1, assessment_date=date(2026, 11, 1))   # born Nov 2024 - Nov 2025


@pytest.mark.parametrize(("text", "ctx", "expected"), [
    ("By 24 months old, Kai will walk with one hand held.", TODDLER, date(2027, 11, 1)),
    ("Until his third birthday, Kai will have physiotherapy at home.", TODDLER,
     date(2028, 11, 1)),
    ("By 18 months, Sam will swim 10 metres.", Y4, date(2028, 5, 1)),   # too old: a span
    ("By the time of the next review, Sam will swim 10 metres.", Y4, date(2027, 11, 1)),
    ("At his next EHCP review, Sam will show his certificate.", Y4, date(2027, 11, 1)),
    ("By the end of the first year of the plan, Sam will swim.", Y4, date(2027, 11, 1)),
])
def test_months_reviews_and_plan_years(text: str, ctx: SchoolContext, expected: date) -> None:
    (mention,) = find_time_mentions(text, ctx)
    assert mention.end_date == expected
