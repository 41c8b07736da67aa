"""Markdown and text plans: sections, areas, lead-ins, tables and the child's details."""

from pathlib import Path

import pytest

from assistant.errors import BadInput
from assistant.plans import parse_markdown_plan, read_plan
from assistant.validators import check_plan

BODY_E = "- By July 2027, Maya will count to 20 aloud without help in 4 out of 5 maths lessons.\n"
BODY_F = "- A teaching assistant will run a 15-minute counting game 1:1 three times a week.\n"


@pytest.mark.parametrize(("heading_e", "heading_f"), [
    ("## Section E: Outcomes", "## Section F: Special educational provision"),
    ("E: Outcomes", "F: Special educational provision"),
    ("Section E – Outcomes", "Section F – Special educational provision"),
    ("**Section E: Outcomes**", "**Section F: Special educational provision**"),
    ("# E. Outcomes sought for Maya", "# F. Provision"),
    ("## Outcomes", "## Special educational provision"),
])
def test_section_headings_in_every_common_form_are_found(heading_e: str, heading_f: str) -> None:
    plan = parse_markdown_plan(f"{heading_e}\n\n{BODY_E}\n{heading_f}\n\n{BODY_F}")
    assert [item.statement.text for item in plan.outcomes] == [BODY_E[2:].strip()]
    assert [item.statement.text for item in plan.provision] == [BODY_F[2:].strip()]
    assert plan.outcomes[0].section == "E" and plan.provision[0].section == "F"
    assert plan.outcomes[0].statement.kind == "outcome"
    assert plan.provision[0].statement.kind == "provision"


def test_lead_in_is_prefixed_to_each_bullet_and_areas_are_kept() -> None:
    plan = parse_markdown_plan(
        "Name: Amil Shah\nAge: 11\n\n## Section E: Outcomes\n\n"
        "### Communication and interaction\n\n"
        "By the age of 14, Amil will:\n\n- Play with two friends at break time\n"
        "- take part in an after-school club once a week;\n\n"
        "### Cognition and learning\n\n1. By July 2026, Amil will read 30 common words.\n"
    )
    texts = [item.statement.text for item in plan.outcomes]
    assert texts == [
        "By the age of 14, Amil will play with two friends at break time",
        "By the age of 14, Amil will take part in an after-school club once a week",
        "By July 2026, Amil will read 30 common words.",
    ]
    assert [item.area for item in plan.outcomes] == [
        "Communication and interaction", "Communication and interaction", "Cognition and learning"]
    assert plan.context.name == "Amil" and plan.context.age == 11
    assert all(item.statement.context.name == "Amil" for item in plan.outcomes)


def test_plain_area_lines_labels_and_other_sections() -> None:
    plan = parse_markdown_plan(
        "Section E: Outcomes\nCommunication and interaction\n"
        "Jo will ask for help with a 3-word phrase by July 2027.\n\n"
        "Section G: Health provision\n"
        "A school nurse will check Jo's inhaler technique once a term.\n\n"
        "Section H1: Social care provision\nNot applicable.\n\n"
        "Section H2: Social care provision\n"
        "Provision: A short-break carer will take Jo swimming for 2 hours every other Saturday.\n"
    )
    assert plan.outcomes[0].area == "Communication and interaction"
    assert [(i.section, i.statement.id) for i in plan.provision] == [("G", "G.1"), ("H2", "H2.1")]
    assert plan.provision[1].statement.text.startswith("A short-break carer")


def test_wrapped_lines_join_but_short_lines_stand_alone() -> None:
    plan = parse_markdown_plan(
        "## Section F: Provision\n\n"
        "A speech and language therapist will see Kit one-to-one for 30 minutes\n"
        "every week during term time.\nA teaching assistant will model the signs daily.\n"
    )
    assert [item.statement.text for item in plan.provision] == [
        "A speech and language therapist will see Kit one-to-one for 30 minutes every week "
        "during term time.",
        "A teaching assistant will model the signs daily.",
    ]


def test_pipe_table_with_area_outcome_and_provision_columns() -> None:
    plan = parse_markdown_plan(
        "## Sections E and F\n\n"
        "| Area | Outcomes | Provision | How often |\n|---|---|---|---|\n"
        "| Communication | By July 2027, Ola will greet 3 classmates by name. | "
        "A teaching assistant will run a greetings game. | Daily, 10 minutes |\n"
        "| Sensory | By July 2027, Ola will put on her coat alone. | "
        "An OT programme delivered by a teaching assistant. | Twice a week |\n"
    )
    assert [(i.area, i.section) for i in plan.outcomes] == [("Communication", "E"),
                                                             ("Sensory", "E")]
    assert plan.provision[0].statement.text == (
        "A teaching assistant will run a greetings game. (How often: Daily, 10 minutes)")
    assert plan.provision[1].area == "Sensory"
    assert [i.line for i in plan.outcomes] == [5, 6]  # each row's own line in the file


def test_crlf_and_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    text = f"## Section E: Outcomes\n\n{BODY_E}\n## Section F: Provision\n\n{BODY_F}"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    plan = read_plan(path)
    assert len(plan.outcomes) == 1 and len(plan.provision) == 1
    assert plan.outcomes[0].line == 3


def test_a_document_with_no_plan_sections_is_refused_with_what_was_looked_for() -> None:
    with pytest.raises(BadInput, match="Section E"):
        parse_markdown_plan("# Minutes of the meeting\n\nWe discussed the weather.\n")


def test_plan_rules_link_outcomes_and_provision_by_area() -> None:
    plan = parse_markdown_plan(
        "## Section E: Outcomes\n\n### Communication and interaction\n\n" + BODY_E +
        "\n### Social, emotional and mental health\n\n"
        "- By July 2027, Maya will name 3 feelings using a feelings chart.\n\n"
        "## Section F: Provision\n\n### Communication & interaction\n\n" + BODY_F +
        "\n### Sensory and physical\n\n- An OT will see Maya for 30 minutes weekly.\n"
    )
    _, findings = check_plan(plan)
    by_rule = {finding.rule: finding for finding in findings}
    assert set(by_rule) == {"PLN001", "PLN002"}
    assert "Social, emotional and mental health" in by_rule["PLN001"].message
    assert by_rule["PLN001"].statement_ids == ("E.2",)  # type: ignore[attr-defined]
    assert "Sensory and physical" in by_rule["PLN002"].message


def test_provision_without_section_e_fires_pln003_and_a_full_plan_does_not() -> None:
    _, findings = check_plan(parse_markdown_plan(f"## Section F: Provision\n\n{BODY_F}"))
    assert [finding.rule for finding in findings] == ["PLN003"]
    plan = parse_markdown_plan(f"## Section E: Outcomes\n\n{BODY_E}\n## Section F\n\n{BODY_F}")
    assert check_plan(plan)[1] == []


def test_outcomes_with_no_provision_at_all_fire_pln001() -> None:
    _, findings = check_plan(parse_markdown_plan(f"## Section E: Outcomes\n\n{BODY_E}"))
    assert [finding.rule for finding in findings] == ["PLN001"]
    assert "no Section F" in findings[0].message


def test_bracketed_section_labels_and_a_provision_sub_label() -> None:
    plan = parse_markdown_plan(
        "Needs (EHCP: Sections B, C & D)\n\n- Lena finds loud rooms hard.\n\n"
        "Outcomes (EHCP: Section E)\n\nBy the end of Year 2, Lena will:\n\n"
        "- Stay in assembly for 10 minutes wearing ear defenders\n\n"
        "Provision (EHCP: Sections F, G, H1 & H2)\n\nSEN Provision:\n\n"
        "- A teaching assistant will prepare Lena for assembly with a 5-minute visual story "
        "daily.\n"
    )
    assert [i.statement.text for i in plan.outcomes] == [
        "By the end of Year 2, Lena will stay in assembly for 10 minutes wearing ear defenders"]
    assert [i.statement.text for i in plan.provision] == [
        "A teaching assistant will prepare Lena for assembly with a 5-minute visual story daily."]


def test_html_cells_from_converted_documents_are_split_into_statements() -> None:
    plan = parse_markdown_plan(
        "| <b>Needs</b><br>(Sections B, C & D) | <b>Outcomes</b><br>(Section E) | "
        "<b>Provision</b><br>(Sections F, G, H1 &amp; H2) |\n|--|--|--|\n"
        "| <ul><li>• Lena finds loud rooms hard.</li></ul> | <p>By July 2027, Lena will:</p> "
        "<ul><li>• Eat lunch in the hall on 3 days a week</li></ul> | "
        "<p><b>SEN Provision</b></p> "
        "<ul><li>• A quiet table for lunch, set up daily by the lunchtime supervisor.</li>"
        "<li>• Ear defenders kept by the class teacher.</li></ul> |\n"
    )
    assert [i.statement.text for i in plan.outcomes] == [
        "By July 2027, Lena will eat lunch in the hall on 3 days a week"]
    assert [i.statement.text for i in plan.provision] == [
        "A quiet table for lunch, set up daily by the lunchtime supervisor.",
        "Ear defenders kept by the class teacher."]
    assert {i.area for i in plan.outcomes + plan.provision} == {"Lena finds loud rooms hard."}


def test_a_heading_as_high_as_the_section_ends_it() -> None:
    plan = parse_markdown_plan(
        f"## Section E: Outcomes\n\n{BODY_E}\n## Section F: Provision\n\n{BODY_F}\n"
        "## Shorter-term targets agreed by the school\n\n- Maya will count to 10 by Christmas.\n"
    )
    assert len(plan.outcomes) == 1 and len(plan.provision) == 1


def test_numbered_outcome_labels_and_provision_detail_lines() -> None:
    plan = parse_markdown_plan(
        "## Section E\n\nOutcome 1: By July 2027, Dev will tie his shoelaces on his own.\n\n"
        "## Section F\n\nProvision: Fine motor practice with a teaching assistant\n"
        "How often: 10 minutes daily\nDelivered by: teaching assistant trained by the OT\n\n"
        "Provision: A sloped writing board in every lesson\n"
    )
    assert [i.statement.text for i in plan.outcomes] == [
        "By July 2027, Dev will tie his shoelaces on his own."]
    assert [i.statement.text for i in plan.provision] == [
        "Fine motor practice with a teaching assistant (How often: 10 minutes daily) "
        "(Delivered by: teaching assistant trained by the OT)",
        "A sloped writing board in every lesson",
    ]


def test_a_sentence_that_mentions_a_section_does_not_open_it() -> None:
    plan = parse_markdown_plan(
        f"## Section E: Outcomes\n\n{BODY_E}\nSection F sets out the help Maya will get below.\n\n"
        "## Section F: Provision\n\n" + BODY_F
    )
    assert len(plan.outcomes) == 2 and plan.outcomes[1].statement.text.startswith("Section F")
    assert len(plan.provision) == 1


def test_a_health_provision_column_goes_to_section_g() -> None:
    plan = parse_markdown_plan(
        "## Sections E, F and G\n\n"
        "| Area | Outcome | Educational provision | Health provision |\n|---|---|---|---|\n"
        "| Physical | By July 2027, Ali will walk 50 metres with a frame. | "
        "A teaching assistant will walk with Ali daily. | "
        "A physiotherapist will see Ali 1:1 for 30 minutes weekly. |\n"
    )
    assert [(i.section, i.statement.id) for i in plan.provision] == [("F", "F.1"), ("G", "G.1")]
