"""Outcomes from the outcomes sought: '<By end point>, <Name> will <action> <criterion>.'

A measurable aim the notes give (a target sentence) becomes the outcome's wording, tied to the
outcome sought it serves; otherwise the family's words are the action and the criterion is a
[placeholder] with a question. Aspiration, needs and provision are linked by lexical overlap.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import Need, PfaArea, Question

from ._lexicon import MEASURE, PFA_TERMS
from ._needs import NotesReading, Reading, best_area, concepts_of, overlap
from ._provision import ParsedProvision, parse_provision, placeholder_provision
from ._wording import (
    Pronouns,
    aim_items,
    help_to_action,
    is_provision_action,
    target_items,
    verb_phrase,
)

_TARGET_OF = re.compile(r"\b(?:an? )?(?:[\w-]+ )?(?:target|aim|goal) of [^.,;]*?\d[^.,;]*",
                        re.IGNORECASE)
_DATES = re.compile(r"\(?\b(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)? ?(?:19|20)\d\d\b\)?|\b(?:Year|Key Stage) \d+")
MAX_PER_GOAL = 4
"""Outcomes drafted per outcome sought; more targets than this belong in the shorter-term plan."""
CRITERION_GAP = "[how will we know? e.g. how often, how well or for how long — ask the author]"
END_GAP = "[by when? e.g. the end of the key stage — ask the author]"


@dataclass
class Goal:
    """One outcome sought (or, with none given, one area of need) and what serves it."""

    outcome_sought: str | None
    action: str
    concepts: frozenset[str]
    area: str | None
    criteria: list[str] = field(default_factory=list)


@dataclass
class OutcomeWork:
    id: str
    text: str
    outcome_sought: str | None
    action: str
    concepts: frozenset[str]
    area: str | None
    has_criterion: bool
    aspiration: str | None = None
    need_ids: list[str] = field(default_factory=list)
    provision: list[tuple[str, ParsedProvision]] = field(default_factory=list)
    pfa_area: PfaArea | None = None


def goals_from(request_outcomes: Sequence[str], pronouns: Pronouns, name: str) -> list[Goal]:
    goals = []
    for sought in request_outcomes:
        action = verb_phrase(sought, pronouns)
        if not action.strip(" .[]"):
            action = f"[what will {name} be able to do? ask the author and the family]"
        elif is_provision_action(action):
            action = f"[what will {name} be able to do as a result? ask the author]"
        else:
            action = help_to_action(action)
        goals.append(Goal(outcome_sought=sought, action=action, concepts=concepts_of(sought),
                          area=best_area(sought)))
    return goals


def assign_targets(goals: list[Goal], reading: NotesReading, pronouns: Pronouns,
                   exclude: frozenset[str]) -> None:
    """Each measurable aim in the notes goes to the outcome sought it overlaps most."""
    seen: set[str] = set()
    candidates = [(item, phrase, True) for item in reading.targets
                  for phrase in target_items(item.sentence.text)]
    candidates += [(item, phrase, False) for item in reading.recommendations
                   for phrase in aim_items(item.sentence.text)]
    candidates += [(item, f"({match.group(0)})", True) for item in reading.targets
                   if not target_items(item.sentence.text)
                   for match in _TARGET_OF.finditer(item.sentence.text)]
    for item, phrase, from_target in candidates:
        action = verb_phrase(phrase, pronouns)
        if action.lower() in seen:
            continue
        seen.add(action.lower())
        countable = _DATES.sub("", action)
        if not action or "review" in action or (
                not MEASURE.search(countable) and not any(c.isdigit() for c in countable)):
            continue
        concepts = concepts_of(phrase) - exclude
        scored = [(3 * overlap(g.concepts - exclude, concepts)
                   + overlap(g.concepts - exclude, item.concepts - exclude)
                   + (1 if g.area and g.area == best_area(phrase) else 0), i)
                  for i, g in enumerate(goals)]
        if not scored:
            continue
        score, index = max(scored, key=lambda pair: (pair[0], -pair[1]))
        if score <= 0 and not from_target:
            continue
        if score <= 0:
            bare = [i for i, g in enumerate(goals) if not g.criteria]
            if not bare:
                continue
            index = bare[0]
        if len(goals[index].criteria) < MAX_PER_GOAL:
            goals[index].criteria.append(action)


def outcomes_from(goals: list[Goal], name: str, end: str | None, start_id: int = 1
                  ) -> tuple[list[OutcomeWork], list[Question]]:
    outcomes: list[OutcomeWork] = []
    questions: list[Question] = []
    when = end or END_GAP
    for goal in goals:
        for criterion in goal.criteria or [None]:
            outcome_id = f"O{start_id + len(outcomes)}"
            if criterion and criterion.startswith("("):
                text = f"By {when}, {name} will {goal.action} {criterion}."
            elif criterion:
                text = f"By {when}, {name} will {criterion}."
            else:
                text = f"By {when}, {name} will {goal.action} {CRITERION_GAP}."
                questions.append(Question(about=outcome_id, text=(
                    f"How will we know when {name} can {_bare(goal.action)}? Give a measure from your "
                    "assessment: how often, how well, for how long or with how much help.")))
            if goal.action.startswith("[") and not criterion:
                blank = not (goal.outcome_sought or "").strip()
                questions.append(Question(about=outcome_id, text=(
                    f"What do {name} and the family want to achieve here? The outcome sought is "
                    "blank." if blank else
                    f"The outcome sought \"{goal.outcome_sought}\" names help or a service, which "
                    f"is provision (Code 9.66). What will {name} be able to do as a result?")))
            if end is None:
                questions.append(Question(about=outcome_id, text=(
                    f"By when should {name} achieve this? Give the child's age or year group, or "
                    "the end of the phase or key stage the outcome runs to (Code 9.68).")))
            outcomes.append(OutcomeWork(
                id=outcome_id, text=text, outcome_sought=goal.outcome_sought,
                action=goal.action if not criterion or criterion.startswith("(") else criterion,
                concepts=goal.concepts | (concepts_of(criterion) if criterion else frozenset()),
                area=goal.area or (best_area(criterion) if criterion else None),
                has_criterion=criterion is not None))
    return outcomes, questions


def link_aspirations(outcomes: list[OutcomeWork], aspirations: Sequence[str],
                     exclude: frozenset[str]) -> list[Question]:
    questions = []
    asp_concepts = [concepts_of(a) - exclude for a in aspirations]
    asp_pfa = [pfa_of(a) for a in aspirations]
    for outcome in outcomes:
        pfa = pfa_of(f"{outcome.outcome_sought or ''} {outcome.action}")
        scores = [overlap(outcome.concepts - exclude, c) + (1 if pfa and pfa == p else 0)
                  for c, p in zip(asp_concepts, asp_pfa, strict=True)]
        if scores and max(scores) > 0:
            outcome.aspiration = aspirations[scores.index(max(scores))]
        elif len(aspirations) == 1:
            outcome.aspiration = aspirations[0]  # one aspiration: every outcome steps towards it
        else:
            questions.append(Question(about=outcome.id, text=(
                "Which aspiration does this outcome step towards? The golden thread runs from "
                "Section A to every outcome.")))
    return questions


def link_needs(outcomes: list[OutcomeWork], needs: Sequence[Need],
               readings: dict[str, Reading], exclude: frozenset[str]) -> list[Question]:
    questions = []
    for outcome in outcomes:
        for need in needs:
            shared = overlap(outcome.concepts - exclude, readings[need.id].concepts - exclude)
            if shared >= 2 or (shared >= 1 and outcome.area == need.area):
                outcome.need_ids.append(need.id)
        if not outcome.need_ids and outcome.area:
            outcome.need_ids = [n.id for n in needs if n.area == outcome.area]
        if not outcome.need_ids and needs:
            questions.append(Question(about=outcome.id, text=(
                "Which of the needs described does this outcome answer?")))
        if outcome.need_ids and outcome.area is None:
            outcome.area = next(n.area for n in needs if n.id == outcome.need_ids[0])
    return questions


def link_provision(outcomes: list[OutcomeWork], recommendations: Sequence[Reading],
                   needs_text: dict[str, str], exclude: frozenset[str], name: str
                   ) -> list[Question]:
    """Each recommendation serves the outcome(s) it overlaps most; a bare outcome gets a gap."""
    questions: list[Question] = []
    if not outcomes:
        return questions
    context = [o.concepts | concepts_of(" ".join(needs_text[n] for n in o.need_ids)) - exclude
               for o in outcomes]
    table = []
    pieces = {piece.strip().lower(): (piece, item) for item in recommendations
              for piece in split_recommendation(item.sentence.text)}
    unique = list(pieces.values())
    for number, (piece, item) in enumerate(unique, start=1):
        parsed = parse_provision(piece)
        provision_id = f"P{number}"
        concepts = concepts_of(piece) - exclude
        area = best_area(piece) or item.area
        scores = [overlap(c, concepts) + (2 if o.area and o.area == area else 0)
                  for o, c in zip(outcomes, context, strict=True)]
        table.append((provision_id, parsed, scores))
        best = max(scores)
        chosen = [i for i, s in enumerate(scores) if s == best and best > 0] or [0]
        if best == 0:
            questions.append(Question(about=provision_id, text=(
                f"Which outcome does this provision serve? \"{parsed.text}\"")))
        for index in chosen[:2]:
            outcomes[index].provision.append((provision_id, parsed))
        _slot_questions(questions, provision_id, parsed)
    for index, outcome in enumerate(outcomes):
        # Second pass: an outcome left bare takes the recommendation that overlaps it most.
        candidates = [(scores[index], pid, parsed) for pid, parsed, scores in table
                      if scores[index] >= 2]
        if not outcome.provision and candidates:
            _, pid, parsed = max(candidates, key=lambda c: c[0])
            outcome.provision.append((pid, parsed))
    next_id = len(unique) + 1
    for outcome in outcomes:
        if not outcome.provision:
            provision_id = f"P{next_id}"
            next_id += 1
            outcome.provision.append((provision_id, placeholder_provision(outcome.action)))
            questions.append(Question(about=provision_id, text=(
                f"What provision will help {name} towards {outcome.id}? Say what it is, who "
                "delivers it, how often, for how long and in what group size.")))
    return questions


_LIST_LEAD = re.compile(r"^(?:I\s+)?recommend(?:ations?|ed)?\s*:\s*", re.IGNORECASE)


def split_recommendation(sentence: str) -> list[str]:
    """'Recommend: a language group …; visual supports …' is several pieces of provision."""
    body = _LIST_LEAD.sub("", sentence)
    parts = [p.strip(" ;") for p in body.split(";")]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return [p[0].upper() + p[1:] for p in parts]
    return [sentence]


_SLOT_QUESTIONS = {
    "what": "What exactly will be provided (the programme, strategy or resource)?",
    "who": "Who will deliver it, and with what training or supervision?",
    "frequency": "How often will it happen (for example, 3 times a week)?",
    "duration": "How long will each session last?",
    "group_size": "Will it be 1:1 or in a group, and of how many?",
}


def _slot_questions(out: list[Question], provision_id: str, parsed: ParsedProvision) -> None:
    for slot in parsed.missing:
        out.append(Question(about=provision_id, text=_SLOT_QUESTIONS[slot]))


def _bare(action: str) -> str:
    return action.removeprefix("be able to ")


_PFA_TIES: tuple[PfaArea, ...] = ("health", "independent_living", "community_participation",
                                  "employment")


def pfa_of(text: str, prefer: str = "") -> PfaArea | None:
    """The Preparing for Adulthood area the words name most; a tie goes to the area `prefer`
    (the aspiration) names, then to the more specific area."""
    counts = {area: len(pattern.findall(text)) for area, pattern in PFA_TERMS.items()}
    hint = {area: len(pattern.findall(prefer)) for area, pattern in PFA_TERMS.items()}
    top = max(_PFA_TIES, key=lambda area: (counts[area], hint[area] > 0))
    return top if counts[top] else None
