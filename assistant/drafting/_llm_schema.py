"""What the model is given (the case and context as delimited data) and must return (DraftOut),
and how a reply becomes our Draft.

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
from assistant.paths import CORPUS_DIR

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
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|above)\b"
    r"|\byou are now\b|\bsystem prompt\b|\bnew instructions?\b"
    r"|\b(?:write|say|state|put) (?:down )?that\b.{0,120}", re.IGNORECASE | re.DOTALL)
_INVENTED = re.compile(r"\b([A-Z][a-z]+) is an invented (?:child|young person)")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_CODE_QUERIES = ("outcomes SMART specific measurable time bound",
                 "provision detailed specific quantified")
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


def without_instructions(notes: str) -> tuple[str, int]:
    """The notes minus sentences that read as orders to a model: they are never evidence."""
    kept, flagged = [], 0
    for sentence in _SENTENCE.findall(notes):
        if _INSTRUCTION.search(sentence):
            flagged += 1
            kept.append(" " * len(sentence))  # keep offsets for evidence spans
        else:
            kept.append(sentence)
    return "".join(kept), flagged


def as_data(text: str) -> str:
    """Text inside a delimited block cannot close the block."""
    return re.sub(r"</?\s*(case|code|examples|findings|draft)\s*>", "[tag removed]", text,
                  flags=re.IGNORECASE)


def case_block(request: AdviceRequest) -> str:
    lines = [f"Child: {request.child.name or '[name not given]'}; age: "
             f"{request.child.age if request.child.age is not None else 'not given'}; year group: "
             f"{request.child.year_group or 'not given'}",
             f"Professional: {request.professional_role or 'not given'}",
             f"Assessment date: {request.assessment_date.isoformat()}", "Aspirations:"]
    lines += [f"  {i}. {a}" for i, a in enumerate(request.aspirations, 1)] or ["  (none given)"]
    lines.append("Outcomes sought:")
    lines += [f"  {i}. {o}" for i, o in enumerate(request.outcomes_sought, 1)] or ["  (none given)"]
    lines += ["Notes:", request.notes or "(none given)"]
    return as_data("\n".join(lines))


def code_context(index: Any, request: AdviceRequest) -> str:
    """Code paragraphs and guidance for the prompt; no store means none, never a failure."""
    if index is None:
        return "(no Code of Practice paragraphs available)"
    blocks: dict[str, str] = {}
    for query in (*_CODE_QUERIES, *request.outcomes_sought[:4]):
        for hit in index.search(query, k=2):
            blocks.setdefault(f"{hit.source} {hit.ref}", hit.text[:700])
    return as_data("\n\n".join(f"[{ref}] {text}" for ref, text in list(blocks.items())[:6])
                 or "(no Code of Practice paragraphs available)")


def example(request: AdviceRequest) -> str:
    """The shipped exemplar sharing most words with the case: a few-shot golden thread."""
    words = set(re.findall(r"[a-z]{4,}", " ".join([request.notes, *request.outcomes_sought]).lower()))
    best, best_score = "", -1
    for path in sorted(CORPUS_DIR.glob("exemplar-*.md")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("---", 2)[-1]
        score = len(words & set(re.findall(r"[a-z]{4,}", body.lower())))
        if score > best_score:
            invented = _INVENTED.search(raw)  # written as the case is: the child is a token
            if invented:
                body = re.sub(rf"\b{re.escape(invented.group(1))}\b", "[EXAMPLE_CHILD]", body)
            best, best_score = body.strip(), score
    return as_data(best[:3500]) or "(none)"
