"""OUT011: an outcome whose act cannot be seen or counted, and which gives no criterion."""

import re
from functools import lru_cache
from collections.abc import Iterator

from assistant.models import Statement
from assistant.regex_cues import Cued

from .._clause import (
    Act,
    bare_measure,
    has_behavioural_criterion,
    is_passive,
    main_act,
    unseen_act,
)
from .._lexicon import (
    NOT_AFTER_PRONOUN,
    NUMBER,
    child_names,
    has_criterion,
    is_child_phrase_for,
    name_at,
    subject_phrase,
)
from .._receipt import OPPORTUNITY, in_main_clause, inner_state
from .._registry import Hit, rule, subject_of
from .out010_vague_aim import measured_after
from .out012_provision_in_outcome import provision_wording

# Acts that name an area of life rather than something an observer could see happen.
ABSTRACT_ACT = re.compile(
    r"\b(?:communicat(?:e|ing)|interact(?:ing)?|sociali[sz](?:e|ing)|engag(?:e|ing)|cop(?:e|ing)|"
    r"manag(?:e|ing) (?:his|her|their|my) (?:[\w-]+ )?(?:emotions|feelings|anxiety|behaviour|anger|"
    r"stress)|"
    r"regulat(?:e|ing)|behav(?:e|ing)|talk(?:ing)? (?:to|with)|chat(?:ting)? (?:to|with)|"
    r"speak(?:ing)? (?:to|with)|express(?:ing)? (?:him|her|them|my)sel(?:f|ves)|"
    r"mak(?:e|ing) (?:his|her|their|my) (?:needs|wants|wishes|feelings)(?: and \w+)? known|"
    r"be (?:happy|happier|settled|calm|safe|included|confident|independent|resilient|ready)|"
    # ('the warning feeling that comes before a seizure' is a thing she notices, not a feeling as
    # the act)
    r"feels? \w+|(?:(?<=be )|(?<=is )|(?<=am )|(?<=are )|(?<=start )|(?<=stop )|(?<=keep ))"
    r"feeling \w+|"
    r"stop(?:s|ping)? being \w+|have (?:a |an |some |more |new |any )?(?:hobby|hobbies|friends?|"
    r"interests?|"
    r"social life|routine|purpose|break|rest)\b(?! (?:of|who|that|which|with|at|in)\b)|(?:stop|"
    # ('stop getting angry' is a feeling; 'stop getting detentions for lateness' is a record)
    r"start)(?:s|ping)? getting (?!(?:detentions?|sanctions?|points?|exclusions?) for\b)\w+|"
    r"get(?:ting)? (?:angry|upset|cross|frustrated|anxious)|enjoy(?:ing)?|"
    r"access(?:ing)? (?:the curriculum|learning|education|(?:the |his |her |their |my |local )+"
    r"community|(?:all )?(?:of )?(?:his|her|their|my) (?:lessons|learning|education|timetable)|"
    r"all (?:of )?(?:the )?lessons)|us(?:e|ing) money\b(?!\s+to\b)|"
    r"stay(?:ing)? (?:safe|healthy|active|fit|well|calm|out of trouble)|"
    r"organis(?:e|ing) (?:him|her|them|my)sel(?:f|ves)|"
    r"keep(?:ing)? out of trouble|"
    r"revis(?:e|ing) for (?:his|her|their|my) (?:exams|gcses|tests|a levels|mocks)|"
    r"keep(?:ing)? (?:him|her|them|my)sel(?:f|ves) "
    r"(?:safe|healthy|active|fit|well)|"
    r"(?:look(?:ing)? after|tak(?:e|ing) care of) (?:him|her|them|my)sel(?:f|ves)(?! by\b)|"
    r"us(?:e|ing) (?:his|her|their|my) words|"
    rf"{NOT_AFTER_PRONOUN}needs? (?:(?:[\w-]+ ){{0,3}}(?:therapy|"
    r"support|programme|intervention|group|help|input|assessment|provision|place|placement|"
    r"equipment|mentor)\b|a|an|some|more|support|help|access|to have)|"
    r"get(?:ting)? on (?:well )?with|fit(?:ting)? in|be part of|know(?:ing)? (?:how|about|what))\b",
    re.I,
)
ABSTRACT_ACT_CUED = Cued(ABSTRACT_ACT)


def child_act(statement: Statement) -> Act | None:
    """The main act when the child does it; what staff or a service do is judged elsewhere."""
    return _child_act(statement.text, tuple(child_names(statement)))


# What others do as a way of working, with no act of the child's in it: 'his teachers will
# differentiate his work', 'staff will support her with personal care'.
_PRACTICE_VERBS = frozenset({"differentiate", "adapt", "manage", "understand", "support"})


def adults_practice(statement: Statement) -> Act | None:
    """The main act when someone other than the child does it as a way of working; OUT011 and
    OUT014 both judge it."""
    if child_act(statement) is not None:
        return None
    other = main_act(statement.text)
    return other if other and not is_passive(other) and other.verb in _PRACTICE_VERBS else None


# 'Staff will support Kenji to manage the move', 'We will help Deniz to make friends': the act
# the help is for is the child's, and is judged as the child's.
_HELP_VERBS = frozenset({"help", "support", "enable", "encourage", "teach", "coach", "prompt",
                         "remind", "assist", "show"})


@lru_cache(maxsize=4096)
def _child_act(text: str, child: tuple[str, ...]) -> Act | None:
    found = subject_phrase(text)
    act = main_act(text)
    if found is not None and found[0] and not is_child_phrase_for(found[0], child):
        return None if act is None else _helped_act(act, child)
    return None if act is None or is_passive(act) else act


def _helped_act(act: Act, child: tuple[str, ...]) -> Act | None:
    if act.verb not in _HELP_VERBS:
        return None
    space = len(act.rest) - len(act.rest.lstrip())
    pronoun = _HELPED_PRONOUN.match(act.rest, space) if space else None
    whom = pronoun.end() if pronoun else (name_at(act.rest, space, child) if space else None)
    helped = _HELPED_VERB.match(act.rest, whom) if whom is not None else None
    if helped is None:
        return None
    start = act.verb_end + helped.start(1)
    return Act(verb=helped[1].lower(), rest=act.rest[helped.end():], start=start)


_HELPED_PRONOUN = re.compile(r"(?:him|her|them|me)\b", re.I)
_HELPED_VERB = re.compile(r"\s+(?:to\s+)?([a-z]+)\b", re.I)


@lru_cache(maxsize=4096)
def _has_provision_wording(text: str) -> bool:
    return bool(provision_wording(text))


# 'read aloud to his tutor group without feeling embarrassed': the standard is a feeling.
_FEELING_AS_STANDARD = re.compile(r"\bwithout (?:feeling|being|getting) (?:too |very |at all )?"
                                  r"(?:embarrassed|anxious|worried|upset|scared|nervous|stressed|"
                                  r"overwhelmed|frightened|self-conscious|panicky|afraid)\b|"
                                  r"\bwithout (?:any |much |too much )?(?:anxiety|worry|worries|"
                                  r"distress|fear|stress)\b", re.I)


# 'will wear his hearing aids', 'will do her physiotherapy exercises', 'will use Makaton signs': a
# habit with no amount, true of one morning and of every day alike; a place or a time bounds it
# ('in lessons'), as do a purpose ('use his AAC device to make choices'), a count ('use 20 single
# words') and a level of help ('independently').
_HABIT = frozenset({"wear", "do", "use"})
_BOUNDED = re.compile(rf"\b(?:in|at|during|when|whenever|for|throughout|all|every|each|before|"
                      rf"after|on|until|without|to|so|by|with|independently|unprompted|"
                      rf"{NUMBER})\b", re.I)
# What is used as a habit is an aid or a system, not an act learnt once ('use the toilet', 'use a
# knife and fork' are done or not).
_AID = re.compile(
    r"\s+(?:(?:his|her|their|my|the|a|an|some)\s+)?(?:[\w-]+\s+){0,2}?(?:PECS|Makaton|BSL|signs?|"
    r"symbols?|AAC|devices?|aids?|apps?|apparatus|resources?|equipment|number (?:line|square)|"
    r"overlays?|magnifiers?|monocular|slope|planner|timetable|cards?|strategies|tools?|box|"
    r"headphones|ear defenders|software|laptop|iPad|tablet|splints?|glasses|hearing aids?)\b",
    re.I)


# 'will be chatting with friends about football', 'will be having conversations with adults':
# an activity described as it goes on, with no point at which it is done.
_ONGOING = Cued(re.compile(
    r"\b(?:will|to|['’]ll) be\s+(?:chatting|talking|telling|describing|retelling|sharing|playing|"
    r"reading(?! (?:at|above|within)\b)|tasting|explaining|(?:having|holding|starting) "
    r"(?:[\w-]+ ){0,2}conversations?)\b|"
    # 'will be able to talk about his interests', 'will hold conversations with his peers'
    r"\b(?:will|to|['’]ll) (?:be able to )?(?:talk|chat|(?:hold|have|join in) conversations) "
    r"(?:about|with)\b", re.I))


# 'Ethan needs a sensory circuit every morning': a need for a service, however often it comes.
_NEED_FIX = ("Say what the service will help the child do, as an act someone could see, with how "
             "often or how well; the service goes in Section F.")
_BARE_NEED = re.compile(r"^\s*([^,;.]{1,40}?)\s+((?:needs|requires)\s+(?!to\b)[\w:-]+)", re.I)


def unbounded_habit(act: Act, text: str) -> bool:
    if act.verb == "use" and not _AID.match(act.rest):
        return False
    return (act.verb in _HABIT and not _BOUNDED.search(act.rest)
            and not has_behavioural_criterion(text) and not has_criterion(text))


def at_verb(act: Act, message: str, fix: str) -> Hit:
    """A finding on the main verb, where the reader's eye should go."""
    return Hit(span=(act.start, act.verb_end), message=message, fix=fix)


@rule("OUT011", kind="outcome", dimension="measurable", severity="error",
      source="SEND Code of Practice 2015, 9.66 (SMART outcomes)")
def no_observable_act(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Reads the main act of the outcome (the verb after "will") and flags it when it cannot be seen: a
    feeling ("enjoy", "understand"), a state of mind ("recognise when", "know", unless it is a set
    held for recall: "know his number bonds to 10", "know her times tables up to 12 x 12", "know her
    friends' names", "know all his Phase 3 sounds", or a set recognised one item at a time:
    "recognise all the UK coins", "recognise 100 high-frequency words"), a quality ("stop being
    aggressive", "be independent", "be kind", "be a good role model", "be a confident reader") or a
    kind of behaviour rather than one act ("engage", "participate", "cope", "settle", "show
    awareness"), unless a behavioural criterion (a count, "N out of M", a duration, a level of help)
    makes it countable. A frequency alone does not: "engage every day" is still unseen, while every
    one of a kind of event does ("on every occasion her monitor reads below 4", "in every PE
    lesson", like "all lessons"). "Take charge of his diabetes" is a kind of behaviour, and so is
    "join in" unless a named thing follows ("join in a ball game", unlike "join in with songs").
    When someone else is the subject ("staff will help Deniz to make friends"), the act the help is
    for is judged as the child's. A skill with nothing it is done to ("will be able to read.", "will
    be able to budget", or only a time or "for pleasure" after it) is an area, and so is "a good
    life"; with only a manner after it ("will write legibly", "read fluently") it has no standard to
    judge it by. Managing feelings ("manage his feelings after contact 4 times out of 5", "control
    his temper", "self-regulate 80% of the time") stays unseen whatever count is attached, as do
    strategies or skills nobody names ("use his calm-down strategies 80% of the time", "use his
    communication skills on 8 out of 10 occasions", "demonstrate his independence skills on 4 out of
    5 school days") and a whole condition to manage ("manage her diabetes independently on 100% of
    school days", "manage his continence independently"), getting about a whole place ("move around
    the school safely", unlike "move around the school site using her walking frame, getting to the
    hall") effort ("try harder in science lessons"), being independent for a share of the day ("be
    independent for 80% of the school day", "in 4 out of 5 lessons") living independently with no
    home or task named, and travelling independently with no journey named, while a feeling shown by
    a counted sign ("feel safe, shown by going into every lesson without first phoning home") is
    seen in that sign, as is knowing shown by a timed act ("know his times tables and recall each
    fact within three seconds") or by a visible act joined to it and counted ("recognise the early
    signs of a hypo and tell a member of staff, on every occasion recorded in her log"), and a kind
    of behaviour by a score or count that follows it ("take part in class discussions, answering at
    least two questions in every history lesson"). A feeling as the standard ("read aloud to his
    tutor group without feeling embarrassed", "eat lunch without anxiety") and expecting what comes
    next ("anticipate his turn") are seen only in their signs. Carrying on as now ("continue to use
    her writing slope", "keep taking her medication") shows no change. A start ("begin to pedal a
    trike") has no point at which it is done, nor has returning into a setting ("reintegrate into
    mainstream school"), and sharing as a way of playing ("will share") is a kind of behaviour,
    unlike "share his news at circle time"; a state anyone can check ("asleep by 11pm", "toilet
    trained") is seen. Showing a thing ("show his red card to his teacher") or showing how ("show a
    teacher how he blocks and reports an account") is one act, unlike showing awareness, and a kind
    of behaviour followed by a counted act ("listen to a story and answer two questions about it")
    is judged by that act. Putting up with something ("tolerate her splints", "tolerate wearing his
    jumper") says nothing of how long until a duration or a count does, while accepting a place or
    an offer is done or not. An act written in the progressive or the perfect ("will be managing his
    own money", "will have settled") is judged as its verb, except an activity described as it goes
    on with no count ("will be chatting with friends about football", "will be having conversations
    with adults about her week", "will be retelling stories"), or talk with no count ("will be able
    to talk about his interests", "will hold conversations with his peers"), which has no point at
    which it is done. A habit with no place, time or amount ("will wear his hearing aids", "will do
    her physiotherapy exercises", or an aid used with no purpose, place or count: "will use Makaton
    signs", "will use PECS", unlike "use the toilet" or "use his AAC device to make choices at snack
    time") is true of one morning and of every day alike. It also flags acts that name an area of
    life ("communicate", "talk to my friends", "use her words", "make his needs known", "look after
    myself", "access the community", "have a positive transition", "manage her own sensory needs",
    "stay healthy and active", "a clear plan for his future", "a plan for what he does next",
    "something she enjoys doing", "take part in the community", unlike "explain her own mental
    health needs") when nothing says how much, how often or how well, a score with no task ("will
    achieve 80% accuracy", "his reading will be at 80%", "will be at 80% in literacy", "her writing
    will be 70% accurate", "achieve 90% in communication", "score 80% in reading", "80% accuracy in
    her language work"), and openings others make ("be given the chance to", "access volunteering
    opportunities", "benefit from a small group phonics intervention"), and a bare need for a
    service however often it comes ("Ethan needs a sensory circuit every morning"). What others do
    as a way of working ("his teachers will differentiate his work", "staff will support her with
    personal care") shows nothing the child does.

    ## Why is this bad?
    A measurable outcome can be seen and checked (9.66). "Talk to my friends" is true of almost
    anyone on some day, so it cannot show the difference the plan made.

    ## Example
    By the time I go to secondary school, I will be able to talk to my friends.

    ## Use instead
    By the time I go to secondary school, I will start a conversation with a friend at break
    time on 3 days a week.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are measurable
    - Guidance for parents: a measurable outcome "can be seen" and often includes numbers
    """
    state = inner_state(statement.text)
    if state and measured_after(statement.text, state.end(), scored=True):
        state = None  # 'feel safe, shown by going into every lesson without phoning home'
    state = state or _FEELING_AS_STANDARD.search(statement.text)
    if state:
        yield Hit(span=state.span(),
                  message=f"'{state[0]}' is a feeling or state of mind; nobody can see or count "
                          "it, however often it happens.",
                  fix="Name what someone would see when it is true (e.g. 'come into class and "
                      "start the first task without adult help on 4 days out of 5').")
        return
    need = _BARE_NEED.match(statement.text)
    if need and is_child_phrase_for(need[1], tuple(child_names(statement))):
        yield Hit(span=need.span(2),
                  message=f"'{need[2]}' states a need for a service; however often it comes, it "
                          f"does not say what {subject_of(statement)} will do.",
                  fix=_NEED_FIX)
        return
    measure = bare_measure(statement.text)
    if measure:
        yield Hit(span=measure.span(),
                  message=f"'{measure[0]}' is a score of nothing named: no task says "
                          f"what {subject_of(statement)} will do to earn it.",
                  fix="Name the task the score is for (e.g. '80% accuracy on 10 two-digit "
                      "additions').")
        return
    practice = adults_practice(statement)
    if practice:
        yield at_verb(practice, f"'{practice.verb}' is a way of working for the adults: nothing "
                                f"says what {subject_of(statement)} will be seen to do.",
                      "Write what the child will do as a result, with a count or a level of "
                      "help; the adults' way of working goes in Section F.")
        return
    chance = OPPORTUNITY.search(statement.text)
    if chance:
        yield Hit(span=chance.span(),
                  message=f"'{chance[0]}' is an opening others make; it does not say what "
                          f"{subject_of(statement)} will be seen to do.",
                  fix="Say what the child will do with the chance, and how often or how well; "
                      "the chance itself is provision.")
        return
    act = child_act(statement) or main_act(statement.text)
    if act and act.kept and not has_behavioural_criterion(statement.text):
        words = f"keep {act.verb}" if act.verb.endswith("ing") else f"continue to {act.verb}"
        yield at_verb(act, f"'{words}' carries on as now: there is no change to see at the "
                           "review.",
                      "Say what will be different, and how it will be counted (e.g. 'use her "
                      "writing slope for all written work without being reminded').")
        return
    if act and act.begun and not has_behavioural_criterion(statement.text):
        yield at_verb(act, f"'begin to {act.verb}' is a start: nothing says when "
                           f"{subject_of(statement)} has done it.",
                      "Say what the finished act looks like and how it is counted (e.g. 'pedal "
                      "a trike 5 metres on 3 days out of 5').")
        return
    ongoing = in_main_clause(_ONGOING, statement.text)
    if ongoing and not has_criterion(statement.text) \
            and not has_behavioural_criterion(statement.text):
        yield Hit(span=ongoing.span(),
                  message=f"'{ongoing[0]}' describes an activity as it goes on: nothing marks "
                          "the point at which it is done.",
                  fix="Say what will be counted and how much is enough (e.g. 'start a "
                      "conversation with a classmate at break time on 3 days a week').")
        return
    act = child_act(statement)
    # Provision in the outcome slot is judged by OUT012: whether a service happened is countable.
    provision = _has_provision_wording(statement.text)
    shown = act is not None and measured_after(statement.text, act.start, scored=True)
    unseen = unseen_act(act, statement.text) if act and not provision and not shown else None
    if act and unseen:
        yield at_verb(act, f"'{unseen[0]}' names {unseen[1]}: nothing says what an observer would "
                           f"see {subject_of(statement)} do, or how many times.",
                      "Name the act someone would see and a criterion for it: a count, 'N out of "
                      "M', a duration or a level of help.")
        return
    if act and unbounded_habit(act, statement.text):
        yield at_verb(act, f"'{act.verb}' is a habit with no amount: nothing says how much of the "
                           "day, or on how many days, counts as done.",
                      "Bound it by place, time or amount (e.g. 'wear his hearing aids in every "
                      "lesson', 'do his exercises on 5 evenings a week').")
        return
    if has_criterion(statement.text) or has_behavioural_criterion(statement.text):
        return
    match = in_main_clause(ABSTRACT_ACT_CUED, statement.text)
    if match and match[0].lower().startswith("need"):
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' states a need for a service; it does not say what "
                          f"{subject_of(statement)} will do.",
                  fix=_NEED_FIX)
    elif match:
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' names an area, and nothing says how often or how well "
                          f"{subject_of(statement)} will do it.",
                  fix="Describe what an observer would see, with a count, frequency or level "
                      "of help (e.g. 'on 3 days a week', 'without adult prompts').")
