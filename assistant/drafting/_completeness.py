"""What the Code asks of advice (9.49-9.51 and 9.61-9.69), as a 0-1 score and the gaps as
questions: needs and their day-to-day impact, outcomes for the age and phase, measurable
outcomes, provision with amount and who, the child's and family's views, the author's expertise."""

import re
from dataclasses import dataclass, field

from assistant.models import AdviceRequest, Draft

from ._lexicon import QUOTED, ROLE_AREAS

_IMPACT = re.compile(r"\b(?:at home|in class|at school|at break|at lunch|in the playground|"
                     r"day[- ]to[- ]day|daily life|every ?day|means that|so (?:he|she|they) "
                     r"(?:cannot|can't|does not)|affects?|impact|which upsets|when (?:he|she|they))",
                     re.IGNORECASE)
_VIEWS = re.compile(r"\b(?:says|said|told me|tells|wants|would like|parents?|mum|dad|carers?|"
                    r"family|in (?:his|her|their) words|views?)\b", re.IGNORECASE)
_EVIDENCE = re.compile(r"\b(?:assess|observ|screen|score|tested|standardised|report|measured|"
                       r"records? show|CELF|WellComm|BPVS)", re.IGNORECASE)


@dataclass(frozen=True)
class Completeness:
    score: float
    """Share of the checks the advice meets, 0 to 1."""
    missing: list[str] = field(default_factory=list)
    """One question per unmet check, addressed to the author."""


def score_completeness(draft: Draft, request: AdviceRequest) -> Completeness:
    notes = request.notes
    provision = [p for o in draft.outcomes for p in o.provision]
    checks: list[tuple[bool, str]] = [
        (bool(draft.needs), "What are the child's needs? Describe each one (Code 9.49)."),
        (bool(_IMPACT.search(notes)), "How do these needs affect the child's day-to-day life at "
         "home, school and in the community? (Code 9.49)"),
        (bool(_EVIDENCE.search(notes)), "How was the evidence gathered (assessment, observation, "
         "reports), and when?"),
        (bool(draft.outcomes) and all("By [" not in o.text for o in draft.outcomes),
         "By when should the outcomes be achieved, for the child's age and phase? (Code 9.51, 9.68)"),
        (bool(draft.outcomes) and all("[how will we know" not in o.text for o in draft.outcomes),
         "How will progress towards each outcome be measured? (Code 9.66)"),
        (bool(provision) and all(p.frequency and p.duration for p in provision),
         "How much provision is needed: how often and for how long each time? (Code 9.51, 9.69)"),
        (bool(provision) and all(p.who for p in provision),
         "Who will deliver each piece of provision, and with what expertise? (Code 9.69)"),
        (bool(request.outcomes_sought or request.aspirations) and bool(
            _VIEWS.search(notes) or QUOTED.search(notes)),
         "How were the child's and family's views gathered, and what did they say? (Code 9.51)"),
        (_within_expertise(draft, request), "Some needs fall outside the author's role; should "
         "another professional advise on them? (Code 9.51: advise within your expertise)"),
    ]
    missing = [question for met, question in checks if not met]
    return Completeness(score=round(1 - len(missing) / len(checks), 3), missing=missing)


def _within_expertise(draft: Draft, request: AdviceRequest) -> bool:
    """True when no role is given (a case officer) or the needs fit the role's areas."""
    role = request.professional_role or ""
    for pattern, areas in ROLE_AREAS.items():
        if re.search(pattern, role, re.IGNORECASE):
            outside = [n for n in draft.needs if n.area not in areas]
            return len(outside) <= len(draft.needs) // 2
    return True
