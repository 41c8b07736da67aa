"""The LLM engine: pseudonymise -> retrieve -> draft -> check -> one repair -> check -> restore.

At most two model calls per draft. Deterministic checks have the last word: any value the
request does not contain becomes a [placeholder] and a question, whatever the model wrote.
A backend that fails falls back to the offline engine with a finding, unless told not to.
"""

import re
import time
from collections.abc import Callable
from typing import Any

from assistant.errors import AssistError, BackendError, BadInput
from assistant.models import AdviceRequest, Draft, DraftMeta, Finding, Question
from assistant.settings import Settings

from ._checks import _check, _context, check_outcomes, dedupe_findings
from ._citations import find_citations
from ._completeness import score_completeness
from ._endpoint import is_year9_or_later, resolve_end_point
from ._engine import draft_offline, end_from_notes
from ._faithfulness import check_faithfulness, request_text, scrub, unfaithful_values
from ._llm_schema import (
    SLOT_GAPS,
    SLOT_QUESTIONS,
    SLOTS,
    DraftOut,
    as_data,
    case_block,
    code_context,
    example,
    map_strings,
    to_draft,
    without_instructions,
)

MAX_MODEL_CALLS = 2
_UNKNOWN = re.compile(r"\[(?:CHILD(?:_FULL|_SURNAME)?|[A-Z]+(?:_[A-Z]+)*_\d+)\]")
_SOURCE = "DESIGN.md principles: deterministic checks decide; models draft"
_GAP = re.compile(r"\[[^\]]*\]")
_SLOTS_BEHIND = {"who_specified": {"who"}, "quantified": {"frequency", "duration"}}


def _finding(rule: str, dimension: str, severity: str, message: str, fix: str) -> Finding:
    return Finding(rule=rule, dimension=dimension, severity=severity,  # type: ignore[arg-type]
                   message=message, fix=fix, source=_SOURCE)


def _retrieve(settings: Settings, index: Any, request: AdviceRequest) -> tuple[Any, str]:
    """The index and the Code context for the prompt; a store that cannot be searched gives
    none (the citations finding says why), never a failed draft."""
    try:
        if index is None:
            from assistant.retrieval import open_index

            index = open_index(settings)
        return index, code_context(index, request)
    except (AssistError, ImportError, OSError):
        return index, code_context(None, request)


def _problems(draft: Draft, request: AdviceRequest) -> list[Finding]:
    """Errors a repair round can fix, on the text as the model wrote it (before our own fixes):
    values the request lacks, service-like or vague wording. A slot the notes never filled is
    a question for the author, not something a second call could know."""
    context = _context(request)
    found: list[Finding] = []
    for outcome in draft.outcomes:
        for finding in _check(outcome.id, "outcome", outcome.text, context)[1]:
            if not (finding.dimension == "measurable" and "[" in outcome.text):
                found.append(finding)
        for item in outcome.provision:
            unfilled = set(item.missing)
            for finding in _check(item.id, "provision", item.text, context)[1]:
                if not unfilled & _SLOTS_BEHIND.get(finding.dimension, set()):
                    found.append(finding)
    errors = [f for f in found if f.severity == "error"]
    return dedupe_findings(errors + check_faithfulness(draft, request))


def _scrub_slots(draft: Draft, source: str) -> Draft:
    """Any value the request lacks becomes a [gap] and a question; nothing invented is kept."""
    questions = list(draft.questions)

    def clean(item_id: str, text: str) -> str:
        text, gone = scrub(text, source)
        questions.extend(Question(about=item_id, text=f"'{value}' is not in the notes; what "
                                  "should this be?") for value in gone)
        return text

    needs = [n.model_copy(update={"text": clean(n.id, n.text)}) for n in draft.needs]
    outcomes = []
    for outcome in draft.outcomes:
        items = []
        for item in outcome.provision:
            update: dict[str, Any] = {"text": clean(item.id, item.text)}
            missing = list(item.missing)
            for slot in SLOTS:
                value = getattr(item, slot)
                if value and any(True for _ in unfaithful_values(value, source)):
                    update[slot] = None
                    missing.append(slot)
                    if SLOT_GAPS[slot] not in update["text"]:
                        update["text"] = f"{update['text'].rstrip('.')}; {SLOT_GAPS[slot]}."
                    questions.append(Question(about=item.id, text=SLOT_QUESTIONS[slot]))
            items.append(item.model_copy(update={**update, "missing": missing}))
        outcomes.append(outcome.model_copy(update={"text": clean(outcome.id, outcome.text),
                                                   "provision": items}))
    return draft.model_copy(update={"needs": needs, "outcomes": outcomes, "questions": questions})


def _ask_about_every_gap(draft: Draft) -> Draft:
    """Each [placeholder] has a question about its item, whoever wrote the placeholder."""
    asked = {q.about for q in draft.questions}
    questions = list(draft.questions)
    items = [(o.id, o.text) for o in draft.outcomes]
    items += [(p.id, p.text) for o in draft.outcomes for p in o.provision]
    for item_id, text in items:
        gap = next((g for g in _GAP.finditer(text) if g.group(0) != "[name]"), None)
        if gap and item_id not in asked:
            asked.add(item_id)
            questions.append(Question(about=item_id, text=f"The draft leaves a gap here "
                                      f"({gap.group(0)}); what should it say?"))
    return draft.model_copy(update={"questions": questions})


def draft_with_llm(request: AdviceRequest, settings: Settings, backend: Any = None, *,
                   index: Any = None, fallback: bool = True) -> Draft:
    """The LLM engine; with fallback, a failed endpoint gives the offline draft and says why."""
    from assistant.backends import get_backend, render_prompt
    from assistant.privacy import pseudonymise

    started = time.perf_counter()
    if not request.outcomes_sought and not request.notes.strip():
        raise BadInput("Nothing to draft from: add the family's outcomes sought or the "
                       "professional's notes to the case.")
    backend = backend if backend is not None else get_backend(settings)
    safe, pseudonymiser = pseudonymise(request)
    clean_notes, flagged = without_instructions(request.notes)
    evidence = request.model_copy(update={"notes": clean_notes})  # what counts as a fact
    name = request.child.name.split()[0] if request.child.name else "[name]"
    end = end_from_notes(request.notes, request.assessment_date) or resolve_end_point(request).phrase
    end = None if end is None or "[" in end else end
    index, code = _retrieve(settings, index, safe)
    code = pseudonymiser.text(code)  # corpus text may share a name with the case: it never leaves
    meta: dict[str, Any] = {"model_calls": 0, "http_attempts": 0, "repair_rounds": 0,
                            "model_ms": 0.0}

    def ask(prompt: Any) -> Draft:
        meta["model_calls"] += 1
        reply = backend.complete(prompt, DraftOut)
        if not reply.parsed.outcomes:  # schema-valid but empty is a failed reply, not a draft
            raise BackendError("The model's reply held no outcomes; nothing was kept. Try "
                               "again, or use --engine offline.")
        replies.append(reply.parsed)
        meta["http_attempts"] += reply.meta.get("attempts", 1)
        meta["model_ms"] = round(meta["model_ms"] + reply.meta.get("elapsed_ms", 0.0), 1)
        meta["structured_output"] = reply.meta.get("method")
        pseudo = to_draft(reply.parsed, safe, "[CHILD]", end, DraftMeta(engine="llm"))
        restored = Draft.model_validate(map_strings(pseudo.model_dump(), restore))
        return restored.model_copy(update={"child": request.child})

    unknown: list[str] = []
    replies: list[DraftOut] = []

    def restore(text: str) -> str:
        if request.child.name is None:  # no name was given, so no token was issued for it
            text = re.sub(r"\[CHILD(?:_FULL|_SURNAME)?\]", "[name]", text)
        unknown.extend(pseudonymiser.unknown_tokens(text))
        return _UNKNOWN.sub("[name? ask the author]", pseudonymiser.restore(text))

    first = render_prompt("draft_advice", code=code,
                          examples=pseudonymiser.text(example(safe)), case=case_block(safe))
    try:
        draft = ask(first)
    except BackendError as err:
        if not fallback:
            raise
        return _fallback(request, settings, index, str(err), meta, started)
    problems = _problems(draft, evidence)
    if problems and meta["model_calls"] < MAX_MODEL_CALLS:
        listed = "\n".join(f"- {f.rule} ({f.dimension}): {f.message} Fix: {f.fix}"
                           for f in problems)
        repair = render_prompt("repair_draft", case=case_block(safe), draft=as_data(
            replies[-1].model_dump_json(indent=1)), findings=as_data(pseudonymiser.text(
                "Ids: N2 is need 2, O1 is outcome 1, O1P2 is its provision 2.\n" + listed)))
        try:
            draft = ask(repair)
            meta["repair_rounds"] = 1
        except BackendError as err:  # keep the first draft; the checks below still decide
            meta["repair_error"] = str(err)
    return _finish(draft, request, evidence, settings, index, name, flagged, unknown,
                   {**meta, "model": backend.model, "prompt_id": first.prompt_id,
                    "prompt_sha256": first.sha256, "prompts": first.sources,
                    "pseudonymised": pseudonymiser.pseudonyms.kinds()}, started)


def _finish(draft: Draft, request: AdviceRequest, evidence: AdviceRequest, settings: Settings,
            index: Any, name: str, flagged: int, unknown: list[str], meta: dict[str, Any],
            started: float) -> Draft:
    source = request_text(evidence)
    draft = _scrub_slots(draft, source)
    draft = _ask_about_every_gap(check_outcomes(draft, evidence, name))
    if request.child.name is None:
        draft = draft.model_copy(update={"questions": [Question(about="child", text=(
            "What is the child's or young person's name? The draft uses [name] until it is "
            "given.")), *draft.questions]})
    findings = list(draft.findings) + check_faithfulness(draft, evidence)
    if flagged:
        findings.append(_finding(
            "PLN109", "faithfulness", "warning",
            f"{flagged} sentence(s) in the notes read as instructions to a model; they were "
            "treated as data and nothing they asked for was taken as a fact.",
            "Remove them from the notes, or check the draft against the notes by hand."))
    if unknown:
        findings.append(_finding(
            "PLN110", "faithfulness", "warning",
            "The model named people or places the case does not; they are [placeholders].",
            "Fill in each placeholder, or delete it."))
    completeness = score_completeness(draft, request)
    citations, cited = find_citations(draft, settings, index, is_year9_or_later(request))
    questions = list(dict.fromkeys([*draft.questions, *(Question(about="advice", text=t)
                                                         for t in completeness.missing)]))
    elapsed = round((time.perf_counter() - started) * 1000, 1)
    return draft.model_copy(update={
        "findings": dedupe_findings(findings + cited), "citations": citations,
        "questions": questions,
        "meta": DraftMeta(engine="llm", elapsed_ms=elapsed, completeness=completeness.score,
                          **meta)})


def _fallback(request: AdviceRequest, settings: Settings, index: Any, reason: str,
              meta: dict[str, Any], started: float) -> Draft:
    draft = draft_offline(request, settings, index=index)
    note = _finding("PLN108", "engine", "warning",
                    f"The LLM engine failed ({reason.rstrip('.')}); this draft comes from the "
                    "offline engine instead.",
                    "Check EHCP_ASSIST_LLM_BASE_URL and EHCP_ASSIST_LLM_MODEL, or pass "
                    "--no-fallback to stop instead.")
    elapsed = round((time.perf_counter() - started) * 1000, 1)
    return draft.model_copy(update={
        "findings": [note, *draft.findings],
        "meta": draft.meta.model_copy(update={"fallback_reason": reason, "requested_engine": "llm",
                                              "elapsed_ms": elapsed, **meta})})


def run_draft(request: AdviceRequest, settings: Settings, *, backend: Any = None,
              index: Any = None, fallback: bool = True,
              on_draft: Callable[[AdviceRequest, Draft], None] | None = None) -> Draft:
    """The engine settings.engine names; on_draft lets a higher layer (history) record it."""
    if settings.engine == "llm":
        draft = draft_with_llm(request, settings, backend, index=index, fallback=fallback)
    else:
        draft = draft_offline(request, settings, index=index)
    if on_draft is not None:
        on_draft(request, draft)
    return draft
