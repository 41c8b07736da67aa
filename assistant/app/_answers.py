"""Fill a draft's [gaps] with the author's answers, then let the validators judge it again.

The answer is the author's own words, so nothing is invented: a gap is only ever replaced by
text the author typed. Items are named by the draft's ids (O1, P2), which stay the same while
the notes stay the same.
"""

import re
from dataclasses import dataclass

from ..models import Draft, DraftOutcome, Finding, ProvisionItem, Question, Statement
from ..models import StatementContext
from ._intake import Answer

_GAP = re.compile(r"\s?\[[^\[\]]*\]")

# slot -> (how the gap's text starts, words in the question that asks for it)
PROVISION_GAPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "who": (("[who will deliver",), ("who will deliver",)),
    "what": (("[what will be provided", "[what provision"), ("what will be provided",
                                                             "what provision", "what exactly")),
    "frequency": (("[how often",), ("how often",)),
    "duration": (("[for how long", "[how long"), ("how long",)),
    "group_size": (("[1:1 or in a group", "[in what group size"), ("1:1 or in a group",
                                                                  "group size")),
}
OUTCOME_GAPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "measure": (("[how will we know",), ("how will we know", "add how often")),
    "end": (("[by when",), ("by when",)),
    "action": (("[what will",), ("what will", "what difference")),
}
SLOT_WORDS = {"who": "who", "what": "what", "frequency": "how often", "duration": "how long",
              "group_size": "group size", "measure": "measure", "end": "by when",
              "action": "action"}


@dataclass(frozen=True)
class Filled:
    draft: Draft
    notes: list[tuple[Answer, str]]
    """Each answer that could not be used, with a sentence naming why."""


def _fill(text: str, starts: tuple[str, ...], value: str) -> str | None:
    """The text with the first matching gap replaced by value; None when there is no such gap."""
    for match in _GAP.finditer(text):
        if match.group(0).strip().lower().startswith(starts):
            lead = " " if match.group(0).startswith(" ") else ""
            return text[: match.start()] + lead + value + text[match.end():]
    return None


def _answered(question: Question, target: str, words: tuple[str, ...]) -> bool:
    return question.about == target and any(w in question.text.lower() for w in words)


def _wording(slot: str, value: str) -> str:
    """How the answer reads in the sentence: 'delivered by the class teacher', 'for 20 minutes'."""
    lowered = value.lower()
    if slot == "who" and not lowered.startswith(("by ", "delivered", "led ", "run ", "with ")):
        return f"delivered by {value}"
    if slot == "duration" and not lowered.startswith(("for ", "lasting")):
        return f"for {value}"
    if slot == "group_size" and value.isdigit():
        return f"in a group of {value}"
    return value


def _provision(item: ProvisionItem, answer: Answer) -> ProvisionItem | None:
    starts, _ = PROVISION_GAPS[answer.slot]
    text = _fill(item.text, starts, _wording(answer.slot, answer.value))
    if text is None:
        return None
    return item.model_copy(update={
        "text": text, answer.slot: answer.value,
        "missing": [slot for slot in item.missing if slot != answer.slot]})


def _outcome(outcome: DraftOutcome, answer: Answer) -> DraftOutcome | None:
    starts, _ = OUTCOME_GAPS[answer.slot]
    text = _fill(outcome.text, starts, answer.value)
    return None if text is None else outcome.model_copy(update={"text": text})


def _apply_one(draft: Draft, answer: Answer) -> tuple[Draft, str | None]:
    """The draft with one answer in, or a sentence saying why it could not go in."""
    is_provision = answer.is_provision
    gaps = PROVISION_GAPS if is_provision else OUTCOME_GAPS
    if answer.slot not in gaps:
        choices = ", ".join(SLOT_WORDS[s] for s in gaps)
        kind = "a provision item" if is_provision else "an outcome"
        return draft, f"{answer.target} is {kind}; its gaps are: {choices}."
    outcomes, found = [], False
    for outcome in draft.outcomes:
        if is_provision:
            items = []
            for item in outcome.provision:
                new = _provision(item, answer) if item.id == answer.target else None
                found = found or new is not None
                items.append(new or item)
            outcomes.append(outcome.model_copy(update={"provision": items}))
        else:
            new_outcome = _outcome(outcome, answer) if outcome.id == answer.target else None
            found = found or new_outcome is not None
            outcomes.append(new_outcome or outcome)
    if not found:
        return draft, (f"There is no '{SLOT_WORDS[answer.slot]}' gap in {answer.target} to fill; "
                       "check the id in the table.")
    words = gaps[answer.slot][1]
    questions = [q for q in draft.questions if not _answered(q, answer.target, words)]
    return draft.model_copy(update={"outcomes": outcomes, "questions": questions}), None


def _recheck(draft: Draft, context: StatementContext) -> Draft:
    """Statement findings and verdicts afresh for the filled text; plan-level findings stay."""
    from ..validators import RULES, check_statement

    kept = [f for f in draft.findings
            if f.rule not in RULES or RULES[f.rule].kind not in ("outcome", "provision")]
    fresh: list[Finding] = []
    outcomes = []
    for outcome in draft.outcomes:
        checked = check_statement(Statement(id=outcome.id, kind="outcome", text=outcome.text,
                                            context=context))
        fresh += checked.findings
        for item in outcome.provision:
            fresh += check_statement(Statement(id=item.id, kind="provision", text=item.text,
                                               context=context)).findings
        outcomes.append(outcome.model_copy(update={"verdicts": checked.verdicts}))
    seen: set[tuple[str, str]] = set()
    findings = []
    for finding in [*fresh, *kept]:
        if (finding.rule, finding.message) not in seen:
            seen.add((finding.rule, finding.message))
            findings.append(finding)
    return draft.model_copy(update={"outcomes": outcomes, "findings": findings})


def apply_answers(draft: Draft, answers: list[Answer], context: StatementContext) -> Filled:
    """Each answer into its gap, in order; the validators then judge the filled wording."""
    notes: list[tuple[Answer, str]] = []
    for answer in answers:
        draft, note = _apply_one(draft, answer)
        if note:
            notes.append((answer, note))
    if len(notes) < len(answers):
        draft = _recheck(draft, context)
    return Filled(draft=draft, notes=notes)


__all__ = ["Filled", "OUTCOME_GAPS", "PROVISION_GAPS", "apply_answers"]
