"""draft_offline: notes + outcomes sought -> the golden thread, with no model and no network."""

import re
import time
from datetime import date

from assistant.errors import BadInput
from assistant.models import (
    AdviceRequest,
    Draft,
    DraftMeta,
    DraftOutcome,
    Finding,
    ProvisionItem,
    Question,
)
from assistant.settings import Settings

from ._checks import check_outcomes, dedupe_findings
from ._citations import find_citations
from ._completeness import score_completeness
from ._endpoint import is_year9_or_later, resolve_end_point, year_group_mismatch
from ._faithfulness import check_faithfulness, request_text, scrub
from ._needs import (
    AREA_ORDER,
    build_about_me,
    build_needs,
    build_unused,
    gender_pronouns,
    read_notes,
)
from ._outcomes import (
    Goal,
    OutcomeWork,
    assign_targets,
    goals_from,
    link_aspirations,
    link_needs,
    link_provision,
    outcomes_from,
    pfa_of,
)
from ._text import content_stems
from ._wording import Pronouns

_MONTH_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December) 20\d\d\b")
_END_MENTION = re.compile(r"\boutcomes?\b|\breview|\bends in\b", re.IGNORECASE)
_GENERIC = frozenset({"target", "aim", "goal", "realistic", "fair", "expect", "year", "end",
                      "week", "minute", "time", "day", "term", "agreed", "able", "achieve"})
SOURCE_PFA = "SEND Code of Practice 2015, 8.7-8.9 and 9.68 (from Year 9, preparing for adulthood)"


def _finding(rule: str, dimension: str, severity: str, message: str, fix: str,
             source: str) -> Finding:
    return Finding(rule=rule, dimension=dimension, severity=severity,  # type: ignore[arg-type]
                   message=message, fix=fix, source=source)


def end_from_notes(notes: str, assessed: date) -> str | None:
    """A future month and year the notes tie to the outcomes or their review ('July 2028')."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", notes):
        if _END_MENTION.search(sentence):
            for found in reversed(_MONTH_YEAR.findall(sentence)):
                month, year = found.split()
                when = date(int(year), _MONTHS.index(month) + 1, 1)
                if assessed < when <= assessed.replace(year=assessed.year + 6, day=1):
                    return str(found)
    return None


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def draft_offline(request: AdviceRequest, settings: Settings, *, index: object = None,
                  with_citations: bool = True, end_point: str | None = None) -> Draft:
    """The offline rules engine; every value it prints comes from the request or is a [gap].

    end_point: the phrase after 'By' when the caller knows it (Section E shares one)."""
    started = time.perf_counter()
    if not request.outcomes_sought and not request.notes.strip():
        raise BadInput("Nothing to draft from: add the family's outcomes sought or the "
                       "professional's notes to the case.")
    questions: list[Question] = []
    findings: list[Finding] = []
    name = request.child.name.split()[0] if request.child.name else "[name]"
    if request.child.name is None:
        questions.append(Question(about="child", text=(
            "What is the child's or young person's name? The draft uses [name] until it is given.")))
    reading = read_notes(request.notes, request.child.name)
    if request.notes.strip() and not reading.is_english:
        findings.append(_finding("PLN104", "clear_accessible", "warning",
                                 "The notes do not look like English; areas could not be assigned.",
                                 "Give the notes in English, or check each need by hand.",
                                 "SEND Code of Practice 2015, 9.51 (clear, accessible advice)"))
    if not request.notes.strip():
        findings.append(_finding("PLN105", "needs", "warning",
                                 "The notes are empty, so no needs, measures or provision could be "
                                 "drawn from them; every gap is a question.",
                                 "Add the assessment notes and draft again.",
                                 "SEND Code of Practice 2015, 9.49 and 9.51"))
    mismatch = year_group_mismatch(request)
    if mismatch:
        findings.append(_finding("PLN103", "time_bound", "warning", mismatch,
                                 "Check the age and year group; the end point follows the year group.",
                                 "SEND Code of Practice 2015, 9.68 (end of a phase or stage)"))
    needs, need_readings = build_needs(reading)
    subject, obj, possessive = gender_pronouns([request.notes, *request.outcomes_sought])
    pronouns = Pronouns(subject, obj, possessive)
    end = (end_point or end_from_notes(request.notes, request.assessment_date)
           or resolve_end_point(request).phrase)
    if end and "[" in end:
        end = None  # the outcome carries our own end-point gap and its question
    exclude = frozenset(content_stems(request.child.name or "")) | _GENERIC

    if request.outcomes_sought:
        goals = goals_from(request.outcomes_sought, pronouns, name)
    else:
        goals = [Goal(outcome_sought=None, action=f"[what will {name} be able to do? ask the "
                      "author and the family]", concepts=frozenset(), area=area)
                 for area in AREA_ORDER if any(n.area == area for n in needs)]
        findings.append(_finding("PLN106", "person_centred", "warning",
                                 "No outcomes sought were given, so these outcomes come from the "
                                 "notes alone; agree them with the child and family.",
                                 "Add the family's outcomes sought ('what is important to them').",
                                 "SEND Code of Practice 2015, 9.66-9.67"))
        for goal in goals:
            goal.concepts = frozenset().union(*(need_readings[n.id].concepts
                                                for n in needs if n.area == goal.area))
    assign_targets(goals, reading, pronouns, exclude)
    work, more = outcomes_from(goals, name, end)
    questions += more
    questions += link_aspirations(work, request.aspirations, exclude)
    questions += link_needs(work, needs, need_readings, exclude)
    questions += link_provision(work, reading.recommendations, {n.id: n.text for n in needs},
                                exclude, name)
    if is_year9_or_later(request):
        for outcome in work:
            action = "" if outcome.action.startswith("[") else outcome.action
            aspiration = outcome.aspiration or ""
            outcome.pfa_area = (pfa_of(outcome.outcome_sought or "", aspiration)
                                or pfa_of(action, aspiration) or pfa_of(aspiration))
        if not any(o.pfa_area for o in work):
            findings.append(_finding("PLN102", "preparing_for_adulthood", "warning",
                                     "No outcome prepares for adulthood (employment, independent "
                                     "living, community participation or health).",
                                     "Add an outcome that steps towards adult life.", SOURCE_PFA))

    source = request_text(request)
    outcomes = [_to_model(o, source, questions) for o in work]
    unused = [note for note in build_unused(reading) if not (end and end in note.text)]
    draft = Draft(child=request.child, aspirations=list(request.aspirations),
                  about_me=build_about_me(reading), needs=needs, notes_not_used=unused,
                  outcomes=outcomes,
                  questions=questions, findings=findings,
                  meta=DraftMeta(engine="offline"))
    draft = check_outcomes(draft, request, name)
    faithfulness = check_faithfulness(draft, request)
    completeness = score_completeness(draft, request)
    citations, citation_findings = (find_citations(draft, settings, index, is_year9_or_later(request))
                                    if with_citations else ([], []))
    extra_questions = [Question(about="advice", text=text) for text in completeness.missing]
    elapsed = (time.perf_counter() - started) * 1000
    return draft.model_copy(update={
        "questions": _dedupe_questions([*draft.questions, *extra_questions]),
        "findings": dedupe_findings([*draft.findings, *faithfulness, *citation_findings]),
        "citations": citations,
        "meta": DraftMeta(engine="offline", elapsed_ms=round(elapsed, 1),
                          completeness=completeness.score),  # type: ignore[call-arg]
    })


def _to_model(work: OutcomeWork, source: str, questions: list[Question]) -> DraftOutcome:
    """The model objects, with any value the request lacks turned into a [gap] and a question."""
    text, replaced = scrub(work.text, source)
    for value in replaced:
        questions.append(Question(about=work.id, text=f"'{value}' is not in the notes; what "
                                  "should this be?"))
    items = []
    for provision_id, parsed in work.provision:
        printed, gone = scrub(parsed.text, source)
        for value in gone:
            questions.append(Question(about=provision_id, text=f"'{value}' is not in the notes; "
                                      "what should this be?"))
        items.append(ProvisionItem(id=provision_id, text=printed, who=parsed.who,
                                   what=parsed.what, frequency=parsed.frequency,
                                   duration=parsed.duration, group_size=parsed.group_size,
                                   missing=parsed.missing))
    return DraftOutcome(id=work.id, text=text, outcome_sought=work.outcome_sought,
                        aspiration=work.aspiration, need_ids=work.need_ids, provision=items,
                        pfa_area=work.pfa_area)


def _dedupe_questions(questions: list[Question]) -> list[Question]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for question in questions:
        key = (question.about, question.text)
        if key not in seen:
            seen.add(key)
            kept.append(question)
    return kept
