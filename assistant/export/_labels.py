"""Plain words for the codes in a Draft, and the facts every rendering shares."""

import re

from ..models import Citation, Draft, DraftOutcome, Need, ProvisionItem

AREA_NAMES: dict[str, str] = {
    "communication_and_interaction": "Communication and interaction",
    "cognition_and_learning": "Cognition and learning",
    "social_emotional_mental_health": "Social, emotional and mental health",
    "sensory_and_physical": "Sensory and/or physical",
    "health": "Health",
    "social_care": "Social care",
}
PFA_NAMES: dict[str, str] = {
    "employment": "Employment",
    "independent_living": "Independent living",
    "community_participation": "Community participation",
    "health": "Good health",
}
SLOT_LABELS: tuple[tuple[str, str], ...] = (
    ("who", "Who"),
    ("what", "What"),
    ("frequency", "How often"),
    ("duration", "How long"),
    ("group_size", "Group size"),
)
PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")
NOT_GIVEN = "not yet given"
OTHER_AREA = "Other outcomes"
UNUSED_HEADING = "Notes not placed in this draft"
UNUSED_INTRO = ("These sentences of the notes are not in the draft. Check whether any describes a "
                "need, a strength or provision, and add it by hand.")

# A Code paragraph ref looks like '9.66' or '9.69-table-E'; guidance refs are slugs.
_CODE_REF = re.compile(r"^\d{1,2}\.\d{1,3}\b")


def one_line(text: str) -> str:
    """A list item or heading must stay on one line, whatever the notes' line breaks."""
    return " ".join(text.split())


def question_texts(draft: Draft) -> list[str]:
    """Each distinct question once, in the draft's order: a reader answers it once."""
    return list(dict.fromkeys(one_line(q.text) for q in draft.questions))


def area_name(area: str) -> str:
    return AREA_NAMES.get(area, area.replace("_", " ").capitalize())


def has_code_citation(citations: list[Citation]) -> bool:
    """OGL v3.0 asks for the attribution wherever Code of Practice text is reused or cited."""
    return any(_CODE_REF.match(c.ref) or "code of practice" in c.source.lower() for c in citations)


def engine_label(draft: Draft) -> str:
    meta = draft.meta
    return f"{meta.engine} engine" + (f", model {meta.model}" if meta.model else "")


def sign_off(draft: Draft) -> str:
    """The footer every export carries: the tool drafts, a person signs (DESIGN principle)."""
    return (f"Draft produced by ehcp-assist ({engine_label(draft)}); "
            "a professional must check, edit and sign it.")


def title(draft: Draft, what: str = "Draft advice") -> str:
    return f"{what} for {draft.child.name or '[name? ask the author]'}"


def child_line(draft: Draft) -> str:
    """'Age 11 · Year 6': only what the input gave."""
    parts = []
    if draft.child.age is not None:
        parts.append(f"Age {draft.child.age}")
    if draft.child.year_group:
        parts.append(draft.child.year_group)
    return " · ".join(parts)


def needs_for(outcome: DraftOutcome, needs: list[Need]) -> list[Need]:
    by_id = {need.id: need for need in needs}
    return [by_id[i] for i in outcome.need_ids if i in by_id]


def needs_by_area(needs: list[Need]) -> list[tuple[str, list[Need]]]:
    """Areas in the Code's order (9.69 sections B-D), each with its needs; empty areas left out."""
    order = list(AREA_NAMES)
    areas = sorted({n.area for n in needs}, key=lambda a: order.index(a) if a in order else 99)
    return [(area, [n for n in needs if n.area == area]) for area in areas]


def outcome_area(outcome: DraftOutcome, needs: list[Need]) -> str:
    """The area of the first need an outcome answers; Section E groups outcomes by it."""
    linked = needs_for(outcome, needs)
    return linked[0].area if linked else OTHER_AREA


def outcomes_by_area(draft: Draft) -> list[tuple[str, list[DraftOutcome]]]:
    order = [*AREA_NAMES, OTHER_AREA]
    groups: dict[str, list[DraftOutcome]] = {}
    for outcome in draft.outcomes:
        groups.setdefault(outcome_area(outcome, draft.needs), []).append(outcome)
    return sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def thread_lead(outcome: DraftOutcome) -> list[tuple[str, str]]:
    """The first column of a thread row: the aspiration and the family's words it serves."""
    lines = [("Aspiration", outcome.aspiration or "[which aspiration? ask the author]")]
    if outcome.outcome_sought:
        lines.append(("Outcome sought", f"“{outcome.outcome_sought}”"))
    if outcome.pfa_area:
        lines.append(("Preparing for adulthood", PFA_NAMES.get(outcome.pfa_area, outcome.pfa_area)))
    return lines


def slot_summary(item: ProvisionItem) -> str:
    """'Who: TA; How often: weekly; not yet given: how long': the slots a tribunal asks about
    (Code 9.69), the notes' words where given and a plain list of the gaps."""
    given = [f"{label}: {one_line(getattr(item, field))}" for field, label in SLOT_LABELS
             if getattr(item, field)]
    gaps = [label.lower() for field, label in SLOT_LABELS
            if field in item.missing and not getattr(item, field)]
    if gaps:
        given.append(f"{NOT_GIVEN}: {', '.join(gaps)}")
    return "; ".join(given)


def provision_line(item: ProvisionItem) -> str:
    """The provision as printed, then its slots in brackets, on one line."""
    summary = slot_summary(item)
    return f"{one_line(item.text)} ({summary})" if summary else one_line(item.text)


def split_placeholders(text: str) -> list[tuple[str, bool]]:
    """Text cut into (piece, is_placeholder) so a renderer can highlight the gaps."""
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > last:
            pieces.append((text[last:match.start()], False))
        pieces.append((match[0], True))
        last = match.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces
