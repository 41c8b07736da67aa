"""Run the validators on each drafted outcome and provision item, and repair what they reject."""

from datetime import date

from assistant.models import (
    AdviceRequest,
    Draft,
    DraftOutcome,
    Finding,
    Question,
    Statement,
    StatementContext,
)

from ._outcomes import CRITERION_GAP


def _context(request: AdviceRequest) -> StatementContext:
    return StatementContext(name=request.child.name, age=request.child.age,
                            year_group=request.child.year_group,
                            assessment_date=request.assessment_date)


def has_placeholder(text: str) -> bool:
    return "[" in text and "]" in text


def _check(statement_id: str, kind: str, text: str, context: StatementContext
           ) -> tuple[dict[str, bool], list[Finding]]:
    from assistant.validators import check_statement

    checked = check_statement(Statement(id=statement_id, kind=kind,  # type: ignore[arg-type]
                                        text=text, context=context))
    return checked.verdicts, checked.findings


def future_assessment(request: AdviceRequest, today: date | None = None) -> Finding | None:
    """PLN111: every end point counts from the assessment date, so one after today (a typo,
    or a US-style date read the other way) silently moves them all; say so."""
    today = today or date.today()
    if request.assessment_date <= today:
        return None
    when = f"{request.assessment_date.day} {request.assessment_date:%B %Y}"
    return Finding(rule="PLN111", dimension="time_bound", severity="warning",
                   message=(f"The assessment date, {when}, is after today; the end points "
                            "count from it."),
                   fix="Check the assessment date: the day the child was assessed, as YYYY-MM-DD.",
                   source="SEND Code of Practice 2015, 9.68 (end of a phase or stage)")


def check_outcomes(draft: Draft, request: AdviceRequest, name: str) -> Draft:
    """Verdicts on every outcome; an outcome that reads as provision or has no measure is
    rewritten around a [placeholder] with a question, then checked again."""
    context = _context(request)
    findings: list[Finding] = list(draft.findings)
    if (future := future_assessment(request)) is not None:
        findings.append(future)
    questions: list[Question] = list(draft.questions)
    outcomes: list[DraftOutcome] = []
    for outcome in draft.outcomes:
        text = outcome.text
        verdicts, found = _check(outcome.id, "outcome", text, context)
        if not verdicts.get("measurable", True) and not has_placeholder(text):
            text = f"{text.rstrip('.')} {CRITERION_GAP}."
            questions.append(Question(about=outcome.id, text=(
                f"How will we know when this is achieved? Add how often, how well or for how long "
                f"{name} will do it.")))
            verdicts, found = _check(outcome.id, "outcome", text, context)
        if not verdicts.get("outcome_not_provision", True) and " will be able to " not in text:
            head, _, tail = text.partition(" will ")
            trial = f"{head} will be able to {tail}"
            trial_verdicts, trial_found = _check(outcome.id, "outcome", trial, context)
            if trial_verdicts.get("outcome_not_provision", True):
                text, verdicts, found = trial, trial_verdicts, trial_found
        if not verdicts.get("outcome_not_provision", True):
            head = text.split(" will ", 1)[0]
            text = (f"{head} will [what will {name} be able to do as a result? ask the author] "
                    f"{CRITERION_GAP}.")
            questions.append(Question(about=outcome.id, text=(
                "This outcome described a service rather than what the child will be able to do "
                "(Code 9.66); what difference should it make?")))
            verdicts, found = _check(outcome.id, "outcome", text, context)
        findings += found
        for item in outcome.provision:
            findings += _check(item.id, "provision", item.text, context)[1]
        outcomes.append(outcome.model_copy(update={"text": text, "verdicts": verdicts}))
    return draft.model_copy(update={"outcomes": outcomes, "findings": dedupe_findings(findings),
                                    "questions": questions})


def dedupe_findings(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for finding in findings:
        key = (finding.rule, finding.message)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
