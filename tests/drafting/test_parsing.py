"""The family's words become the action, and a recommendation's words fill the provision slots."""

import pytest

from assistant.drafting._provision import parse_provision
from assistant.drafting._text import split_sentences
from assistant.drafting._wording import Pronouns, target_items, verb_phrase

HE = Pronouns("he", "him", "his")


@pytest.mark.parametrize(("sought", "action"), [
    ("I want to make friends", "make friends"),
    ("to be able to read stuff", "be able to read stuff"),
    ("I want to get a job", "have a job"),
    ("I want people to play with at break", "have people to play with at break"),
    ("I want to stop getting in trouble when I get cross",
     "stop getting in trouble when he gets cross"),
    ("Making friends", "make friends"),
    ("We want him to tell us when he is in pain", "tell his family when he is in pain"),
    ("I want to get to college on my own", "travel to college on his own"),
])
def test_family_words_change_person_not_content(sought: str, action: str) -> None:
    assert verb_phrase(sought, HE) == action


@pytest.mark.parametrize(("sentence", "items"), [
    ("A fair target is giving directions that another pupil can follow on 2 out of 3 attempts.",
     ["giving directions that another pupil can follow on 2 out of 3 attempts"]),
    ("Answering questions in 4 out of 5 carpet sessions would be a realistic target.",
     ["Answering questions in 4 out of 5 carpet sessions"]),
    ("We agreed targets: joining a game on 3 out of 5 days, and no more than 1 incident a term.",
     ["joining a game on 3 out of 5 days", "no more than 1 incident a term"]),
    ("He enjoys maths.", []),
])
def test_measurable_aims_are_found_as_written(sentence: str, items: list[str]) -> None:
    assert target_items(sentence) == items


@pytest.mark.parametrize(("sentence", "slots"), [
    ("I recommend that Sam receives 3 x 20 minute sessions per week of small-group language "
     "work, led by a teaching assistant trained by the SALT.",
     ("a teaching assistant trained by the SALT", "3 x 20 minute sessions per week",
      "20 minute", "small-group")),
    ("A daily, 15-minute, small group (up to three students) session focussing on turn taking "
     "games led by a teaching assistant",
     ("a teaching assistant", "daily", "15-minute", "small group (up to three students)")),
    ("Twice termly, a SALT will advise staff on a communication passport.",
     ("a SALT", "Twice termly", None, None)),
    ("A youth club short break on Saturdays for 4 hours, with 1 support worker to 3 young people.",
     ("1 support worker", "on Saturdays", "4 hours", "1 support worker to 3 young people")),
])
def test_provision_slots_are_the_notes_words(sentence: str,
                                             slots: tuple[str | None, ...]) -> None:
    parsed = parse_provision(sentence)
    assert (parsed.who, parsed.frequency, parsed.duration, parsed.group_size) == slots
    for value in slots:
        assert value is None or value in sentence


@pytest.mark.parametrize(("sentence", "what"), [
    ("CBT-based anxiety sessions with the school counsellor, weekly for 45 minutes, 1:1.",
     "CBT-based anxiety sessions"),
    ("Melatonin to continue at 2 mg, reviewed by the paediatrician in 6 months.", "Melatonin"),
    ("A quiet staff toilet without a hand dryer.", "quiet staff toilet"),
])
def test_a_named_thing_is_what_is_provided_and_not_asked_for(sentence: str, what: str) -> None:
    parsed = parse_provision(sentence)
    assert parsed.what == what
    assert "[what will be provided?" not in parsed.text


def test_a_bare_role_and_task_still_asks_what_is_provided() -> None:
    assert "[what will be provided?" in parse_provision("An adult to walk with him.").text


def test_vague_words_give_way_to_placeholders() -> None:
    parsed = parse_provision("Sofia would benefit from regular fine motor activities.")
    assert "regular" not in parsed.text and "[how often? ask the author]" in parsed.text
    assert parsed.missing == ["who", "frequency", "duration", "group_size"]


def test_sentences_keep_offsets_through_bullets_and_headings() -> None:
    notes = "Background:\nSam is 7. He finds it hard to listen.\n\nRecommendations:\n- Daily 10 minutes."
    sentences = split_sentences(notes)
    assert [s.text for s in sentences] == ["Sam is 7.", "He finds it hard to listen.",
                                           "Daily 10 minutes."]
    assert all(notes[s.start:s.end] == s.text for s in sentences)
    assert sentences[-1].heading == "recommendations"


@pytest.mark.parametrize(("sought", "action"), [
    ("Support for his anxiety", None),
    ("Speech therapy every week", None),
    ("To get more 1:1 support", None),
    ("To get help to make friends", "make friends"),
    ("Not to be excluded", "not be excluded"),
    ("For people to understand me", "have people understand him"),
    ("Sam to join clubs", "join clubs"),
])
def test_service_words_are_not_an_action(sought: str, action: str | None) -> None:
    from assistant.drafting._wording import help_to_action, is_provision_action

    phrase = verb_phrase(sought, HE)
    if action is None:
        assert is_provision_action(phrase)
    else:
        assert not is_provision_action(phrase) and help_to_action(phrase) == action
