"""Nothing that identifies a child or the people around them survives pseudonymisation, and
every token comes back as the real value. All names and numbers here are invented."""

import pytest

from assistant.models import AdviceRequest, Child
from assistant.privacy import pseudonymise

CASES = [
    AdviceRequest(
        child=Child(name="Sam Okafor", age=9, year_group="Year 4"),
        notes=("Sam Okafor (DOB: 12/03/2017, NHS number 943 476 5919, UPN A123456789012) lives "
               "at 14 Birch Road, Leeds LS6 2AB. Mrs Jane Okafor (07700 900123, "
               "jane.okafor@example.com) says Sam loves his dog Biscuit and plays with his "
               "brother Josh. Sam attends St Mary's Primary School. Sam's teacher Ms Lee counts "
               "3 incidents a week."),
        outcomes_sought=["Sam wants to walk Biscuit with Josh"],
        aspirations=["Sam wants to go to Northfield Academy like Josh"]),
    AdviceRequest(
        child=Child(name="Priya Sharma-Kaur", age=15, year_group="Year 10"),
        notes=("Priya, born on 4 May 2011, NHS No. 4857773456. Dr Adeyemi at the clinic "
               "(0113 496 0000) and her grandma Nanette support her. Their cat Pickle keeps her "
               "calm. Post to 7a Willow Close, Harrogate HG1 4QZ or priya.home@example.org. "
               "She goes to Riverside High School and wants to join Castleford College."),
        outcomes_sought=["Priya wants to travel to Castleford College on her own"]),
    AdviceRequest(
        child=Child(name="Tom", age=6, year_group="Year 1"),
        notes=("Date of birth 2019-09-30. Tom's sister called Ellie and Mr Brown, the SENCO at "
               "Hilltop Infant School, both say Tom uses 20 signs. Tel +44 7700 900456."),
        outcomes_sought=["Tom wants to tell Ellie what he did at school"]),
]
SECRETS = [
    ["Sam", "Okafor", "12/03/2017", "943 476 5919", "A123456789012", "Birch Road", "LS6 2AB",
     "Jane", "07700 900123", "jane.okafor@example.com", "Biscuit", "Josh", "St Mary",
     "Ms Lee", "Northfield Academy"],
    ["Priya", "Sharma-Kaur", "4 May 2011", "4857773456", "Adeyemi", "0113 496 0000", "Nanette",
     "Pickle", "Willow Close", "HG1 4QZ", "priya.home@example.org", "Riverside High School",
     "Castleford College"],
    ["Tom", "2019-09-30", "Ellie", "Brown", "Hilltop Infant School", "7700 900456"],
]


@pytest.mark.parametrize(("request_", "secrets"), list(zip(CASES, SECRETS, strict=True)),
                         ids=["sam", "priya", "tom"])
def test_no_identifier_survives_and_restore_gives_back_every_text(
        request_: AdviceRequest, secrets: list[str]) -> None:
    safe, pseudonymiser = pseudonymise(request_)
    sent = safe.model_dump_json()
    for secret in secrets:
        assert secret not in sent, f"{secret!r} would reach the model"
    assert pseudonymiser.restore(safe.notes) == request_.notes
    assert [pseudonymiser.restore(o) for o in safe.outcomes_sought] == request_.outcomes_sought


def test_facts_the_plan_needs_stay_readable() -> None:
    safe, _ = pseudonymise(CASES[0])
    assert "3 incidents a week" in safe.notes
    assert safe.child.age == 9 and safe.child.year_group == "Year 4"
    safe, _ = pseudonymise(CASES[2])
    assert "uses 20 signs" in safe.notes


def test_tokens_are_stable_across_the_case() -> None:
    safe, pseudonymiser = pseudonymise(CASES[0])
    token = pseudonymiser.pseudonyms.by_value["Biscuit"]
    assert safe.notes.count(token) == 1 and token in safe.outcomes_sought[0]
    assert safe.outcomes_sought[0].startswith("[CHILD] wants to walk ")
    assert "[CHILD_FULL]" in safe.notes and safe.child.name == "[CHILD]"
    assert pseudonymiser.text("Josh and Biscuit") == pseudonymiser.text("Josh and Biscuit")


def test_a_token_the_model_made_up_is_reported_not_restored() -> None:
    _, pseudonymiser = pseudonymise(CASES[0])
    reply = "[CHILD] will play with [PERSON_99] and [SCHOOL_1]."
    assert pseudonymiser.unknown_tokens(reply) == ["[PERSON_99]"]
    assert "[PERSON_99]" in pseudonymiser.restore(reply)
    assert pseudonymiser.restore(reply).startswith("Sam will play with")


def test_counts_name_kinds_but_no_values() -> None:
    _, pseudonymiser = pseudonymise(CASES[1])
    kinds = pseudonymiser.pseudonyms.kinds()
    assert kinds["NHS_NUMBER"] == 1 and kinds["POSTCODE"] == 1 and kinds["SCHOOL"] == 2
    assert "Priya" not in repr(kinds)


def test_a_date_in_the_birth_year_is_hidden_even_without_a_cue() -> None:
    request = AdviceRequest(child=Child(name="Ada", age=9), assessment_date="2026-10-01",
                            notes="Ada (3 April 2017) was seen on 12/09/2026; review in July 2028.")
    safe, pseudonymiser = pseudonymise(request)
    assert "3 April 2017" not in safe.notes and "[DATE_OF_BIRTH_1]" in safe.notes
    assert "12/09/2026" in safe.notes and "July 2028" in safe.notes
    assert pseudonymiser.restore(safe.notes) == request.notes


def test_a_friend_named_without_a_title_is_hidden_but_months_and_subjects_stay() -> None:
    request = AdviceRequest(child=Child(name="Zainab Rahman", age=4),
                            notes="She says \"I want to sit with Amelia.\" Jack's mum and "
                                  "Zainab's teacher talk to Zainab in September and in English.",
                            outcomes_sought=["I want to play with Amelia and Noah"])
    safe, pseudonymiser = pseudonymise(request)
    sent = safe.model_dump_json()
    assert "Amelia" not in sent and "Noah" not in sent and "Zainab" not in sent
    assert "in September and in English" in safe.notes
    assert pseudonymiser.restore(safe.outcomes_sought[0]) == request.outcomes_sought[0]
