"""Section E for a case officer: outcomes drafted from each professional's advice, grouped by
area, overlapping ones merged with every contributing role kept in advice_from. Every outcome
sought stays traceable: one no advice speaks to still gets an outcome, with its gaps as questions.
"""

import time

from assistant.errors import BadInput
from assistant.models import (
    AdviceRequest,
    AdviceText,
    Draft,
    DraftMeta,
    DraftOutcome,
    Finding,
    Need,
    Question,
)
from assistant.settings import Settings

from ._checks import dedupe_findings
from ._citations import find_citations
from ._completeness import score_completeness
from ._endpoint import is_year9_or_later
from ._engine import draft_offline, end_from_notes
from ._needs import AREA_ORDER, best_area
from ._text import content_stems, jaccard

MERGE_AT = 0.6
"""Token Jaccard at or above which two outcomes for the same outcome sought are one outcome."""


def _addresses(outcome: DraftOutcome) -> bool:
    """The advice spoke to this outcome: it gave a measure or some provision."""
    return "[how will we know" not in outcome.text or any(
        not item.text.startswith("[what provision") for item in outcome.provision)


def draft_section_e(request: AdviceRequest, settings: Settings, *, index: object = None) -> Draft:
    """Merge request.advice (and request.notes, if any) into one Section E draft."""
    started = time.perf_counter()
    sources = list(request.advice)
    if request.notes.strip():
        sources.insert(0, AdviceText(professional_role=request.professional_role or "notes",
                                     text=request.notes))
    if not sources:
        raise BadInput("Section E needs advice to merge: add each professional's advice to "
                       "'advice' as {\"professional_role\", \"text\"}.")
    needs: list[Need] = []
    kept: list[DraftOutcome] = []
    fallback: dict[str, DraftOutcome] = {}
    questions: list[Question] = []
    findings: list[Finding] = []
    counters = {"N": 0, "P": 0}
    shared_end = next((found for found in (end_from_notes(a.text, request.assessment_date)
                                           for a in sources) if found), None)
    for number, advice in enumerate(sources):
        sub = request.model_copy(update={"notes": advice.text, "advice": [],
                                         "professional_role": advice.professional_role})
        draft = draft_offline(sub, settings, with_citations=False, end_point=shared_end)
        ids = _renumber(draft, counters)
        from_notes = number == 0 and bool(request.notes.strip())
        for need in draft.needs:
            # Offsets point into request.notes only; advice-derived needs carry none.
            needs.append(need.model_copy(update={
                "id": ids[need.id], "evidence": need.evidence if from_notes else None}))
        for outcome in draft.outcomes:
            moved = outcome.model_copy(update={
                "need_ids": [ids[n] for n in outcome.need_ids],
                "provision": [p.model_copy(update={"id": ids[p.id]}) for p in outcome.provision],
                "advice_from": [advice.professional_role]})
            if _addresses(moved):
                kept.append(moved)
            elif outcome.outcome_sought is not None:
                fallback.setdefault(outcome.outcome_sought, moved)
        questions += [q.model_copy(update={"about": ids.get(q.about, q.about)})
                      for q in draft.questions
                      if not q.about.startswith("O") and q.about != "advice"]
        findings += draft.findings
    served = {o.outcome_sought for o in kept}
    kept += [o for sought, o in fallback.items() if sought not in served]
    merged = _merge(kept)
    area_of: dict[str, str] = {n.id: n.area for n in needs}
    merged.sort(key=lambda o: AREA_ORDER.index(_area(o, area_of)))  # type: ignore[arg-type]
    outcomes = [o.model_copy(update={"id": f"O{i}"}) for i, o in enumerate(merged, start=1)]
    for outcome in outcomes:
        if "[" in outcome.text:
            questions.append(Question(about=outcome.id, text=(
                "Fill each [gap] in this outcome from the advice, or ask its author.")))
    draft = Draft(child=request.child, aspirations=list(request.aspirations), needs=needs,
                  outcomes=outcomes, questions=questions, findings=dedupe_findings(findings),
                  meta=DraftMeta(engine="offline"))
    citations, more = find_citations(draft, settings, index, is_year9_or_later(request))
    completeness = score_completeness(draft, request)
    elapsed = (time.perf_counter() - started) * 1000
    asked = [*draft.questions, *(Question(about="advice", text=t) for t in completeness.missing)]
    return draft.model_copy(update={
        "questions": list({(q.about, q.text): q for q in asked}.values()),
        "citations": citations, "findings": dedupe_findings([*draft.findings, *more]),
        "meta": DraftMeta(engine="offline", elapsed_ms=round(elapsed, 1),
                          section="E", completeness=completeness.score)})  # type: ignore[call-arg]


def _renumber(draft: Draft, counters: dict[str, int]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for need in draft.needs:
        counters["N"] += 1
        ids[need.id] = f"N{counters['N']}"
    for outcome in draft.outcomes:
        for item in outcome.provision:
            if item.id not in ids:
                counters["P"] += 1
                ids[item.id] = f"P{counters['P']}"
    return ids


def _merge(outcomes: list[DraftOutcome]) -> list[DraftOutcome]:
    """Outcomes for the same outcome sought whose words overlap this much become one."""
    merged: list[DraftOutcome] = []
    for outcome in outcomes:
        words = content_stems(outcome.text)
        for i, other in enumerate(merged):
            same_sought = other.outcome_sought == outcome.outcome_sought
            score = jaccard(words, content_stems(other.text))
            if (same_sought and score >= MERGE_AT) or score >= 0.85:
                texts = {p.text for p in other.provision}
                merged[i] = other.model_copy(update={
                    "advice_from": list(dict.fromkeys([*other.advice_from, *outcome.advice_from])),
                    "need_ids": list(dict.fromkeys([*other.need_ids, *outcome.need_ids])),
                    "provision": [*other.provision,
                                  *[p for p in outcome.provision if p.text not in texts]]})
                break
        else:
            merged.append(outcome)
    return merged


def _area(outcome: DraftOutcome, area_of: dict[str, str]) -> str:
    for need_id in outcome.need_ids:
        if need_id in area_of:
            return area_of[need_id]
    return best_area(outcome.text) or AREA_ORDER[-1]
