"""PRV001: provision that does not say how often, how long or how much."""

import re
from collections.abc import Iterator

from assistant.models import Statement

from .._lexicon import NUMBER, has_quantity
from .._registry import Hit, rule
from .prv004_hedged_wording import HEDGE


# Bound to events in the child's day: "during carpet time", "at lunch and break times",
# "in all science practicals", "whenever she is in school", "for her first half-term".
EVENT_BOUND = re.compile(
    r"\b(?:(?:during|at|throughout) (?:all |every |each |his |her |their |the )?(?:[\w-]+ ){0,3}"
    r"(?:time|times|breaks?|lunch(?:time)?s?|playtimes?|assembl(?:y|ies)|registration|"
    r"transitions?|mealtimes?|meals|practicals|exams|tests|lessons|sessions?|trips|outings|PE|"
    r"arrival|"
    r"departure|drop-off|pick-up|home time)|"
    r"(?:in|for|during|at) (?:all|every|each) (?:[\w-]+ ){0,3}[a-z]+|whenever|"
    r"in (?:his |her |their )?(?:[\w-]+ )?practicals|"
    r"across (?:the (?:whole )?curriculum|all (?:subjects|lessons|settings))|"
    r"for (?:the|his|her|their) (?:first|last|next|whole|full|entire|remaining) "
    r"(?:half[- ]term|term|year|week|month|fortnight|day|school day))\b",
    re.I,
)
# A one-off with a deadline is its own amount: "an assessment before the end of the spring term".
ONE_OFF = re.compile(
    # Bullet-style provision drops the article: "Occupational therapy assessment by March".
    r"(?:\b(?:an?|one|the) |^)(?:[\w-]+ ){0,2}(?:assessment|report|review|visit|observation|"
    r"referral|"
    r"meeting|appointment|plan|cushion|seat|chair|desk|hoist|laptop|device)\b[^.]*?\b(?:by|before) "
    r"(?:the end of|the start of|\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Easter|Christmas|half[- ]term)",
    re.I,
)
# Equipment is quantified by saying where it is: "a hoist in the accessible toilet".
EQUIPMENT_PLACED = re.compile(
    r"\b(?:seats?|chairs?|desks?|tables?|cushions?|hoists?|benches?|slopes?|laptops?|tablets?|"
    r"computers?|devices?|cards?|timetables?|passes?|ramps?|rails?|stools?|headphones|"
    r"ear defenders|grips?|scissors|keyboards?|software|boards?|frames?|walkers?|wheelchairs?|"
    r"magnifiers?|overlays?|equipment|furniture|aids?|lockers?|workstations?)\b[^.]*?\b"
    r"(?:in|at|for|on) "
    r"(?:the |every |each |all |his |her |their |a |[A-Z][a-z'’]+ )*(?:[\w'’-]+ ){0,3}"
    r"(?:classrooms?|rooms?|toilets?|floors?|home|nursery|school|lessons?|technology|science|"
    r"building|site|base|hall|kitchen|bathroom|bedroom|car|bus|taxi|desk)\b",
    re.I,
)


# ... and on request: 'whenever Reza asks' binds the amount to nothing anyone commits to.
_OPTIONAL = re.compile(r"\bif (?:he|she|they|I) (?:prefers?|wants?|wishes|chooses?|likes?)\b|"
                       r"\b(?:as|when|if) (?:and when )?(?:needed|required)\b|"
                       r"\bwhenever (?:he|she|they|I|[A-Z][a-z'’-]+) (?:asks?|requests?|needs?|"
                       r"wants?|wishes|chooses?)\b", re.I)


# Discrete events spread 'throughout the day' with 'regular', 'frequent' or 'as required' are not
# counted.
_REGULAR_ALL_DAY = re.compile(
    r"\b(?:regular|frequent|occasional|as (?:and when )?(?:required|needed))\b"
    r".*?\b(?:throughout|across) the (?:school )?day\b", re.I)


# A count of named events: 'two careers guidance interviews', '6 speech and language therapy
# sessions', 'six 45-minute sessions'.
_COUNTED_EVENTS = re.compile(
    rf"(?<![:/])\b{NUMBER}\s+(?:[\w-]+\s+){{1,4}}(?:sessions|interviews|meetings|visits|"
    r"appointments|consultations|reviews)\b", re.I)


def quantified_by_setting(text: str) -> bool:
    """No frequency or amount, but the events, the one-off deadline or the place fix it; not
    when the whole offer is optional ('opportunities to', 'could', 'if she prefers')."""
    if HEDGE.search(text) or _OPTIONAL.search(text) or re.search(r"\bopportunit", text, re.I):
        return False
    return bool(EVENT_BOUND.search(text) or ONE_OFF.search(text) or EQUIPMENT_PLACED.search(text)
                or _COUNTED_EVENTS.search(text))


@rule("PRV001", kind="provision", dimension="quantified", severity="error",
      source="SEND Code of Practice 2015, 9.69 (Section F: detailed, specific, normally "
             "quantified)")
def not_quantified(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags provision with no frequency ("daily", "twice termly", "4 times a week", "once a term"), no
    duration ("30 minutes", "a 15-minute session") and no amount ("6 sessions", "2 hours per week").
    Any one of the three is enough to pass, and so is an amount bound to events ("during carpet
    time", "in all science practicals", "across the curriculum", "for her first half-term"), a
    one-off with a deadline ("an assessment before the end of the spring term", or bullet-style
    "Occupational therapy assessment by March 2027"), a span with its unit ("for one academic
    year"), a count of named events ("two careers guidance interviews with the careers adviser",
    "six 45-minute sessions") or equipment with its place ("a hoist in the accessible toilet").
    "Regular" breaks, or breaks "as required", spread "throughout the day" are not counted. An offer
    "as needed" is not bound by its events ("a quiet room at lunchtimes as needed"). On request is
    no amount: "whenever she asks" binds it to nothing anyone commits to, unlike "whenever she is in
    the science lab".

    ## Why is this bad?
    Section F provision must be detailed and specific and should normally be quantified
    (9.69): without an amount nobody can tell whether it was delivered, and a tribunal expects
    provision that leaves no room for doubt.

    ## Example
    Teacher to work with Ben's family to develop a home reading programme.

    ## Use instead
    Once each half-term, the class teacher will meet Ben's family for 30 minutes to agree and
    review a home reading programme.

    ## References
    - SEND Code of Practice 2015, 9.69: provision is detailed, specific and normally quantified
    - Tribunal principle: provision should leave no room for doubt
    """
    text = statement.text
    uncounted = _REGULAR_ALL_DAY.search(text) and not has_quantity(_REGULAR_ALL_DAY.sub(" ", text))
    if not uncounted and (has_quantity(text) or quantified_by_setting(text)):
        return
    yield Hit(span=None,
              message="The provision does not say how often, for how long or how much.",
              fix="Add a frequency and a duration, e.g. '3 times a week for 20 minutes' or "
                  "'once each half-term'.")
