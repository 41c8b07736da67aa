"""Verdicts follow from error findings only; mixed statements and plans are judged as expected."""

from assistant.models import (
    OUTCOME_VERDICTS,
    PROVISION_VERDICTS,
    Plan,
    PlanItem,
    Statement,
    StatementContext,
)
from assistant.validators import check_plan, check_statement, check_statements, summarise

CONTEXT = StatementContext(name="Tomasz", age=9, year_group="Year 4")


def outcome(text: str, id: str = "o1") -> Statement:
    return Statement(id=id, kind="outcome", text=text, context=CONTEXT)


def provision(text: str, id: str = "p1") -> Statement:
    return Statement(id=id, kind="provision", text=text, context=CONTEXT)


GOOD_OUTCOME = outcome("By the end of Year 6, Tomasz will read a 150-word passage aloud with no "
                       "more than 3 errors, in 4 out of 5 reading sessions.")
GOOD_PROVISION = provision("A teaching assistant trained in precision teaching will work with "
                           "Tomasz 1:1 for 15 minutes, 4 times a week.")


def test_a_smart_outcome_passes_every_outcome_verdict() -> None:
    checked = check_statement(GOOD_OUTCOME)
    assert checked.verdicts == dict.fromkeys(OUTCOME_VERDICTS, True)
    assert [f for f in checked.findings if f.severity == "error"] == []


def test_a_quantified_provision_with_a_role_passes_every_provision_verdict() -> None:
    checked = check_statement(GOOD_PROVISION)
    assert checked.verdicts == dict.fromkeys(PROVISION_VERDICTS, True)


def test_verdict_is_false_exactly_where_an_error_of_that_dimension_fired() -> None:
    checked = check_statement(outcome("By July 2027, Tomasz will improve his reading."))
    failed = {f.dimension for f in checked.findings if f.severity == "error"}
    assert "measurable" in failed
    assert {v for v, ok in checked.verdicts.items() if not ok} == failed & set(OUTCOME_VERDICTS)


def test_small_group_without_size_warns_but_keeps_no_vague_terms_true() -> None:
    checked = check_statement(provision("A phonics programme, led by a teaching assistant, in a "
                                        "small group, 4 times a week, for 30 minutes."))
    assert checked.verdicts["no_vague_terms"] is True
    warning = [f for f in checked.findings if f.rule == "PRV005"]
    assert warning and warning[0].severity == "warning" and "small group" in warning[0].message


def test_abbreviation_is_information_only() -> None:
    checked = check_statement(provision("The SALT will see Tomasz for 30 minutes once a week."))
    info = [f for f in checked.findings if f.severity == "info"]
    assert any("SALT" in f.message for f in info)
    assert all(checked.verdicts.values())


def test_outcome_mixed_with_its_provision_is_not_an_outcome() -> None:
    checked = check_statement(outcome(
        "By the end of Year 5, Tomasz will read 50 common words, supported by a teaching "
        "assistant for 20 minutes daily."))
    assert checked.verdicts["outcome_not_provision"] is False
    assert checked.verdicts["measurable"] is True  # the outcome half is still countable
    message = next(f.message for f in checked.findings if f.dimension == "outcome_not_provision")
    assert "supported by" in message


def test_provision_written_as_an_outcome_fails_person_centred_and_provision() -> None:
    checked = check_statement(outcome("Tomasz will receive 2 hours of physiotherapy per week by "
                                      "July 2027."))
    assert checked.verdicts["outcome_not_provision"] is False
    assert checked.verdicts["person_centred"] is False


def test_vague_provision_fails_all_three_and_says_why() -> None:
    checked = check_statement(provision("Tomasz will have access to speech therapy as required."))
    assert checked.verdicts == dict.fromkeys(PROVISION_VERDICTS, False)
    words = " ".join(f.message for f in checked.findings)
    assert "access to" in words and "as required" in words


def test_summary_counts_verdicts_rules_and_severities() -> None:
    checked = check_statements([GOOD_OUTCOME, outcome("Tomasz will improve.", "o2"),
                                GOOD_PROVISION])
    summary = summarise(checked)
    assert summary["statements"] == 3
    assert summary["passed"] == 2
    assert summary["verdicts"]["measurable"] == {"true": 1, "false": 1}  # type: ignore[index]
    assert summary["by_rule"]["OUT010"] == 1  # type: ignore[index]
    errors = sum(f.severity == "error" for c in checked for f in c.findings)
    assert summary["by_severity"]["error"] == errors  # type: ignore[index]


def test_check_plan_returns_statement_results_and_plan_findings() -> None:
    plan = Plan(context=CONTEXT,
                outcomes=[PlanItem(statement=GOOD_OUTCOME, section="E")],
                provision=[])
    checked, plan_findings = check_plan(plan)
    assert [c.id for c in checked] == ["o1"]
    assert any(f.rule.startswith("PLN") and "o1" in getattr(f, "statement_ids", ())
               for f in plan_findings)


def test_words_inside_a_placeholder_are_a_question_not_plan_wording() -> None:
    """'[for how long each time? ask the author]' does not make provision quantified."""
    gap = provision("The speech and language therapist will review the group's targets "
                    "[how often? ask the author] [for how long each time? ask the author].")
    checked = check_statement(gap)
    assert checked.verdicts["quantified"] is False
    assert checked.text == gap.text
