"""What the model must return (DraftOut), and how a reply becomes our Draft.

The model fills slots; we compose the wording that the Code is strict about. Each outcome reads
'By <end point>, <Name> will <what the model wrote>', so the end point and the name are ours, and
links to outcomes sought and aspirations are numbers we resolve to the family's verbatim words.
"""

import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.models import (
    AdviceRequest,
    Draft,
    DraftMeta,
    DraftOutcome,
    Need,
    NeedArea,
    ProvisionItem,
    Question,
)

SLOTS = ("who", "what", "frequency", "duration", "group_size")
SLOT_GAPS = {
    "who": "[who will deliver it? ask the author]",
    "what": "[what will be provided? ask the author]",
    "frequency": "[how often? ask the author]",
    "duration": "[for how long each time? ask the author]",
    "group_size": "[in what group size? ask the author]",
}
SLOT_QUESTIONS = {
    "who": "Who will deliver this provision, and with what training?",
    "what": "What exactly will be provided (the programme, strategy or resource)?",
    "frequency": "How often will this provision happen?",
    "duration": "How long will each session last?",
    "group_size": "In what group size will it be delivered (1:1, small group, whole class)?",
}
_LEAD_IN = re.compile(r"^\s*(?:by\b[^,]*,\s*)?(?:\[CHILD\]\s+|[A-Z][a-z]+\s+)?will\s+", re.I)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class ProvisionOut(_Out):
    text: str
    """The provision as the plan will print it, using only facts from the notes."""
    what: str | None
    """The programme, strategy or resource, in the notes' words; null when the notes do not say."""
    who: str | None
    """Who delivers it, in the notes' words; null when the notes do not say."""
    frequency: str | None
    """How often ('3 times a week'), copied from the notes; null when the notes do not say."""
    duration: str | None
    """How long each time ('20 minutes'), copied from the notes; null when not said."""
    group_size: str | None
    """'1:1', 'up to 3 other pupils', copied from the notes; null when not said."""


class NeedOut(_Out):
    area: NeedArea
    text: str
    """The need, in the notes' own words."""


class OutcomeOut(_Out):
    outcome_sought: int | None
    """Number of the outcome sought this outcome serves (1 = the first); null if none."""
    aspiration: int | None
    """Number of the aspiration it steps towards (1 = the first); null if none fits."""
    will: str
    """What the child will do and how we will know, from the notes' targets, starting with a
    verb: 'join a game at break on 3 out of 5 days'. No end date, no name: we add them."""
    needs: list[int]
    """Numbers of the needs above (1 = the first) this outcome answers."""
    provision: list[ProvisionOut]


class DraftOut(_Out):
    """The golden thread: needs, then outcomes that each serve an outcome sought, with provision."""

    needs: list[NeedOut]
    outcomes: list[OutcomeOut]
    questions: list[str]
    """Questions for the author about facts the notes lack."""


def _pick(items: list[str], number: int | None) -> str | None:
    return items[number - 1] if number is not None and 1 <= number <= len(items) else None


def _provision(item: ProvisionOut, item_id: str, questions: list[Question]) -> ProvisionItem:
    """Every empty slot is a [gap] in the printed text and a question, never a guess."""
    values = {slot: (getattr(item, slot) or "").strip() or None for slot in SLOTS}
    missing = [slot for slot in SLOTS if values[slot] is None]
    text = item.text.strip().rstrip(".")
    gaps = [SLOT_GAPS[slot] for slot in missing if SLOT_GAPS[slot] not in text]
    if gaps:
        text = f"{text}; {'; '.join(gaps)}"
    questions += [Question(about=item_id, text=SLOT_QUESTIONS[slot]) for slot in missing]
    return ProvisionItem(id=item_id, text=f"{text}.", missing=missing, **values)


def to_draft(out: DraftOut, request: AdviceRequest, name: str, end: str | None,
             meta: DraftMeta) -> Draft:
    """The reply as a Draft; outcomes sought the model skipped keep their place with a gap."""
    questions = [Question(about="advice", text=q) for q in out.questions if q.strip()]
    needs = [Need(id=f"N{i}", area=n.area, text=n.text) for i, n in enumerate(out.needs, 1)]
    when = end or "[by when? e.g. the end of the key stage — ask the author]"
    if end is None:
        questions.append(Question(about="advice", text="By when should these outcomes be "
                                  "achieved? Give the child's year group or an end date."))
    outcomes: list[DraftOutcome] = []
    for number, outcome in enumerate(out.outcomes, 1):
        oid = f"O{number}"
        action = _LEAD_IN.sub("", outcome.will.strip()).rstrip(".") or "[what? ask the author]"
        provision = [_provision(p, f"{oid}P{i}", questions)
                     for i, p in enumerate(outcome.provision, 1)]
        if not provision:
            provision = [_provision(ProvisionOut(text="[what provision will help? ask the author]",
                                                 what=None, who=None, frequency=None,
                                                 duration=None, group_size=None),
                                    f"{oid}P1", questions)]
        outcomes.append(DraftOutcome(
            id=oid, text=f"By {when}, {name} will {action}.",
            outcome_sought=_pick(request.outcomes_sought, outcome.outcome_sought),
            aspiration=_pick(request.aspirations, outcome.aspiration),
            need_ids=[f"N{n}" for n in outcome.needs if 1 <= n <= len(needs)],
            provision=provision))
    served = {o.outcome_sought for o in outcomes}
    for sought in request.outcomes_sought:
        if sought not in served:
            oid = f"O{len(outcomes) + 1}"
            questions.append(Question(about=oid, text=f"What will {name} be able to do towards "
                                      f"'{sought}'? The draft had no outcome for it."))
            outcomes.append(DraftOutcome(
                id=oid, outcome_sought=sought, aspiration=None,
                text=f"By {when}, {name} will [what will {name} be able to do? ask the author].",
                provision=[_provision(ProvisionOut(text="[what provision will help? ask the "
                                                   "author]", what=None, who=None,
                                                   frequency=None, duration=None,
                                                   group_size=None), f"{oid}P1", questions)]))
    return Draft(child=request.child, aspirations=list(request.aspirations), needs=needs,
                 outcomes=outcomes, questions=questions, meta=meta)


def map_strings(value: Any, change: Any) -> Any:
    """Apply change to every string inside a dumped model (restoring names, say)."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: map_strings(v, change) for k, v in value.items()}
    return value
