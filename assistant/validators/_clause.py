"""The main act of an outcome, read by structure: the verb after 'will', and what it acts on.

Rules judge the act by its kind (a feeling, a broad area, a service received) rather than by
the exact phrases of the examples they were written from, so new wordings of the same fault
are caught: 'will show an awareness of', 'will be included in', 'will speak more clearly'.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.verb_forms import base_form

from ._lexicon import (
    LEADING_TIME,
    NUMBER,
    has_core_criterion,
    has_criterion,
    without_time_numbers,
    without_time_phrases,
)

# "will", "can", "I'm going to": the verb after it carries the statement.
_MODAL = re.compile(
    r"\b(?:will|can|shall|should|must|would|may|could|is going to|are going to|am going to|"
    r"is to|are to|to)\s+", re.I)
# Words between the modal and the verb that do not change what the act is.
_BEFORE_VERB = re.compile(
    r"(?:(?:be able to|continue to|start to|begin to|try (?:harder )?to|aim to|want to|also|then|"
    r"now|always|still|consistently|regularly|increasingly|independently|confidently|"
    r"successfully|reliably|gradually|be starting to|be beginning to|have started to|"
    r"not|no longer|eventually|soon|finally|hopefully|ideally)\s+)*", re.I)


@dataclass(frozen=True, slots=True)
class Act:
    """The main verb (lower case; its base form when written '-ing' after 'be' or '-ed' after
    'have'), the words after it, and where the verb starts."""

    verb: str
    rest: str
    start: int
    kept: bool = False
    """'will continue to use': the act goes on as it is now, so there is no change to see."""
    begun: bool = False
    """'will begin to pedal a trike': a start, with no point at which the act is done."""
    written: int = 0
    """How long the verb is as written, when that differs from `verb` ('managing')."""

    @property
    def verb_end(self) -> int:
        """Where the verb, as written, ends in the statement."""
        return self.start + (self.written or len(self.verb))


@lru_cache(maxsize=4096)
def main_act(text: str) -> Act | None:
    """The first verb after a modal, past a leading time phrase; None when there is no modal."""
    lead = LEADING_TIME.match(text)
    match = _MODAL.search(text, lead.end() if lead else 0)
    if match is None:
        return None
    skip = _BEFORE_VERB.match(text, match.end())
    start = skip.end() if skip else match.end()
    verb = re.match(r"[A-Za-z'’-]+", text[start:])
    if verb is None:
        return None
    kept = re.search(r"\b(?:continue|carry on|keep on|still)\b", text[match.end():start], re.I)
    begun = re.search(r"\b(?:start|begin|starting|beginning|started)\b", text[match.end():start],
                      re.I) is not None
    rest = text[verb.end() + start:]
    keeps = _KEEP_DOING.match(rest) if verb[0].lower() == "keep" else None
    if keeps:  # 'will keep taking her medication': carrying on as now
        return Act(verb=keeps[1].lower(), rest=rest[keeps.end():],
                   start=start + verb.end() + keeps.start(1), kept=True, begun=begun)
    doing = _PROGRESSIVE.match(rest) if verb[0].lower() == "be" else (
        _PERFECT.match(rest) if verb[0].lower() == "have" else None)
    if doing:  # 'will be managing his own money' is judged as 'will manage his own money'
        return Act(verb=base_form(doing[1]), rest=rest[doing.end():],
                   start=start + verb.end() + doing.start(1), kept=kept is not None, begun=begun,
                   written=len(doing[1]))
    second = _AND_VERB.match(rest)
    if verb[0].lower() in FEELING_VERBS | INNER_VERBS and second and (
            second[1].lower() not in FEELING_VERBS | INNER_VERBS):
        # 'understand and follow', 'recognise and name': the second act is the one seen
        return Act(verb=second[1].lower(), rest=rest[second.end():],
                   start=start + verb.end() + second.start(1), kept=kept is not None,
                   begun=begun)
    return Act(verb=verb[0].lower(), rest=rest, start=start, kept=kept is not None, begun=begun)


_PROGRESSIVE = re.compile(r"\s+(?!being\b|during\b|nothing\b|something\b|anything\b|"
                          r"everything\b)([a-z]{2,}ing)\b", re.I)
# 'will have settled in': judged as 'will settle in' ('will have met four of her five targets' and
# 'have done some work experience' stay as 'have': what was met or done is the measure)
_PERFECT = re.compile(r"\s+(?!been\b|had\b|needed\b)([a-z]{2,}ed|made|taken|written|found|"
                      r"learnt|built|won|become|kept|chosen|spoken|bought)\b", re.I)
_KEEP_DOING = re.compile(r"\s+(?:on\s+)?([a-z]+ing)\b", re.I)
# ('understand and carry out a three-part instruction': a particle may follow the verb)
_AND_VERB = re.compile(r"\s+and\s+([a-z]+)\b(?:\s+(?:out|up|through))?"
                       r"(?=\s+(?:a|an|the|all|his|her|their|my|\d|[a-z]+s\b))", re.I)


# Acts that happen in the mind or name an attitude: an observer sees only their signs.
# The first set stays unseen whatever criterion follows ('enjoy 3 lessons a week'); the second
# can be shown by a behavioural criterion ('recognise all 26 letter sounds when shown').
FEELING_VERBS = frozenset(
    "feel feels enjoy enjoys like love want wish believe care value appreciate trust hope "
    "understand understands realise realize know knows worry".split())
INNER_VERBS = frozenset(
    "recognise recognize accept tolerate respect empathise empathize think "
    "remember notice consider".split())
# 'will be able to read.': a skill named with nothing it is done to, nowhere; 'read for pleasure'
# says why, not what.
_FOR_ITS_OWN_SAKE = re.compile(r"\s*\bfor (?:pleasure|fun|enjoyment|meaning|understanding)\b",
                               re.I)
BARE_SKILLS = frozenset({"read", "write", "spell", "count", "talk", "speak", "cook", "sign",
                         "budget"})
# Returning into a setting is a process with no finishing point unless a count says what counts.
PROCESS_VERBS = frozenset({"reintegrate", "re-integrate"})
# Expecting what comes next is seen only in its signs ('reach for the shaker before it is
# offered'); unlike a state of mind, the moment it is about makes it a specific aim.
ANTICIPATION = frozenset({"anticipate", "expect"})
# 'tolerate wearing his jumper', 'tolerate her splints': putting up with a named experience or
# one of the child's own things is a specific aim, unlike tolerating 'noise'; either way only a
# duration or a count says when it is done.
_BEAR_VERBS = frozenset({"tolerate", "accept"})
_DOING = re.compile(r"^\s+(?:[a-z]+ing\s+(?:a|an|the|his|her|their|my)?\s*|(?:his|her|their|my)\s+)"
                    r"[a-z]", re.I)


# 'accept a place on a college course': taking up an offer, which is done or not.
_OFFER = re.compile(r"\s+(?:a|an|the|his|her|their|my)\s+(?:[\w-]+\s+)?(?:place|offer|job|role|"
                    r"invitation|apprenticeship|internship|traineeship)\b", re.I)


# 'recognise all the UK coins', 'recognise 100 high-frequency words': a set that can be shown one
# item at a time and counted, like a set held for recall.
_COUNTED_SET = re.compile(rf"\s+(?:all|every|at least|{NUMBER})\b", re.I)


def recognises_a_set(act: "Act") -> bool:
    return act.verb in ("recognise", "recognize") and _COUNTED_SET.match(act.rest) is not None


def bears_named_experience(act: "Act") -> bool:
    return act.verb in _BEAR_VERBS and _DOING.match(act.rest) is not None


# 'know his number bonds to 10', 'know her friends' names': a set held for recall, which anyone
# can check by asking (unlike 'know her numbers to 20', which has many uses, or 'know his times
# tables', which does not say which).
_RECALL_SET = re.compile(
    r"\s+(?:all )?(?:his|her|their|my|the) (?:number bonds (?:to|within|up to) \d+|"
    r"\d+(?:, \d+)*(?:,? and \d+)? times tables?|times tables? (?:to|up to) \d+\s*[x×]\s*\d+|"
    r"(?:friends|classmates|peers|teachers|class)['’] names|(?:home )?address|"
    r"(?:home )?phone number|date of birth|postcode|names of|phase \d sounds)\b"
    r"|\s+all (?:of )?(?:his|her|their|my|the) (?:letter )?sounds\b", re.I)


def knows_recall_set(act: "Act") -> bool:
    return act.verb in ("know", "knows") and _RECALL_SET.match(act.rest) is not None


# 'recognise the early signs of a hypo and tell a member of staff', 'know all her Phase 5 sounds
# and read each from a flashcard': the knowing is shown by a visible act joined to it.
_NOTICING = frozenset("know knows understand understands recognise recognize notice remember "
                      "realise realize identify".split())
_SHOWN_BY_ACT = re.compile(
    r"[^.;]*?(?:,|\band)\s+(?:then\s+|straight away\s+)?(tell|ask|say|read|write|point|show|"
    r"use|make|name|count|answer|match|sort|move|press|sign|start|put|take|choose|give|find|"
    r"draw|fetch|go(?= to)|leave)\b", re.I)


def shown_by_act(act: "Act") -> "Act | None":
    """The visible act that shows the knowing, judged in its place."""
    shown = _SHOWN_BY_ACT.match(act.rest) if act.verb in _NOTICING else None
    if shown is None:
        return None
    return Act(verb=shown[1].lower(), rest=act.rest[shown.end():],
               start=act.verb_end + shown.start(1))
# Acts that name a kind of behaviour rather than one act: engaging, coping, settling.
DOMAIN_VERBS = frozenset(
    "engage participate interact socialise socialize communicate cope behave concentrate "
    "focus listen settle adapt adjust cooperate co-operate contribute relate mix "
    "belong thrive flourish succeed achieve progress grow develop improve mature explore "
    "experience regulate self-regulate manage deal overcome gain build maintain show "
    "demonstrate display become strengthen extend consolidate learn take share calm".split())
# Of those, the kinds of behaviour no frequency makes visible ('engage every day'); the others
# name a visible act once they have an object and a frequency ('show his planner every morning').
BEHAVIOUR_KINDS = frozenset(
    "engage participate interact socialise socialize cope behave concentrate focus listen "
    "settle adapt adjust cooperate co-operate contribute relate mix belong thrive flourish "
    "succeed progress grow mature regulate self-regulate take join share calm".split())
# 'take' counts only as 'take part' / 'take responsibility'; see is_domain_act.
_TAKE_DOMAIN = re.compile(
    r"^\s+(?:part|responsibility|ownership|pride|an interest|care of|charge of|control of)\b", re.I)
# Participles that describe the child's state, not something done to them.
STATE_PARTICIPLES = frozenset(
    "settled relaxed motivated interested excited organised organized prepared dressed tired "
    "worried scared frightened bored confused qualified employed married engaged involved "
    "skilled experienced focused focussed regulated dysregulated seated accepted registered "
    "toilet-trained potty-trained continent understood reduced increased improved decreased "
    "lowered raised minimised minimized rated scored graded judged".split())
IRREGULAR_PARTICIPLES = frozenset(
    "given taught seen shown done made kept brought bought caught sought sent spent lent built "
    "met put told sold heard found held left led fed read paid laid said set let cut driven "
    "taken written known withdrawn drawn chosen spoken woken forgiven ridden hidden forbidden "
    "run begun come become overcome gone thrown grown".split())
_NOT_ADJECTIVE = frozenset(
    "a an the able in on at with of to from by for out off up down back home there here part "
    "one two three four five six seven eight nine ten all every each his her their my no "
    "going ready within below above under over near into onto beyond between".split()
) | IRREGULAR_PARTICIPLES
# "be happy", "be independent", "be kind to others": a quality, not an act.
_BE_QUALITY = re.compile(r"^be\s+(?:more\s+|less\s+|very\s+|much\s+|fully\s+|)([a-z-]+)\b", re.I)


_QUALITY_PERSON = re.compile(
    r"^\s+an? ([a-z]+(?:ent|ant|ful|ive|ous|able|ible|al|ic|y|ed)|good|great|strong|keen|avid)\s+"
    r"(?:young )?(?:man|woman|person|learner|pupil|student|member|adult|boy|girl|child|friend|"
    r"citizen|reader|writer|speller|communicator|listener|role model|team player)\b", re.I)


def quality(act: Act) -> str | None:
    """'independent' in 'will be independent'; None when 'be' starts a place, an -ing act, a
    participle of a state already judged elsewhere, or is not the verb at all."""
    if act.verb != "be":
        return None
    match = _BE_QUALITY.match("be" + act.rest)
    if match is None:
        return None
    word = match[1].lower()
    if word in ("a", "an") and _QUALITY_PERSON.match(act.rest):
        return _QUALITY_PERSON.match(act.rest)[1].lower()  # 'be a confident young man'
    if word in _NOT_ADJECTIVE or word.endswith("ing") or (
            word.endswith("ed") and word not in STATE_PARTICIPLES):
        return None
    return word


# States a child is or is not in, which anyone can check: 'be dry', 'be employed'; 'toilet' and
# 'potty' start 'will be toilet trained' written without the hyphen.
CONCRETE_STATES = frozenset(
    "dry clean continent employed qualified registered accepted married seated dressed "
    "toilet-trained potty-trained toilet potty rated scored graded asleep awake".split())


# 'regulate himself 80% of the time': himself, his feelings, in what he does?
_ONESELF = re.compile(r"\s+(?:him|her|them|my)sel(?:f|ves)\b", re.I)
# 'manage his feelings after contact 4 times out of 5': the count attaches to nothing seen.
_MANAGING_FEELINGS = re.compile(
    r"\s+(?:his|her|their|my)\s+(?:own\s+)?(?:emotions|feelings|anxiety|anger|temper|stress|"
    r"worries|frustration|mood)\b", re.I)


# 'will write legibly by the end of Year 6', 'read fluently': nothing written or read, no standard
_MANNER_ONLY = re.compile(r"\s+(fluently|legibly|neatly|clearly|accurately|well)"
                          r"(?:\s+in\s+[^,.;]+)?"
                          r"(?:,?\s+(?:by|before|within)\s+(?-i:[A-Z])[^,.;]*)?\s*[.!]?\s*$", re.I)
# 'use his calm-down strategies 80% of the time': which strategies, on what occasions?
_UNNAMED_STRATEGIES = re.compile(r"\s+(?:his|her|their|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}"
                                 r"strateg(?:y|ies)\b(?!\s+(?:of|for|to)\b)", re.I)
# 'use his communication skills on 8 out of 10 occasions', 'demonstrate his independence skills
# on 4 out of 5 school days': which skills?
_SHOWING_SKILLS = frozenset({"use", "demonstrate", "show", "apply"})
_UNNAMED_SKILLS = re.compile(r"\s+(?:his|her|their|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}skills\b",
                             re.I)
# 'manage her diabetes independently on 100% of school days': every part of her care at once;
# 'manage her anger in 9 out of 10 situations': every way of handling a feeling at once.
_MANAGING_CONDITION = re.compile(r"\s+(?:his|her|their|my)\s+(?:own\s+)?(?:diabetes|asthma|"
                                 r"epilepsy|condition|health|eczema|allergy|allergies|"
                                 r"continence|anger|temper|frustration|emotions|feelings|"
                                 r"worries|anxiety|stress|mood)\b", re.I)


def whole_area(act: Act) -> tuple[str, str] | None:
    """Unnamed strategies or skills, a whole condition to manage, getting about a whole place,
    effort, living, travelling or being independent: whatever count follows ('80% of the time',
    'on 100% of school days'), nothing named is counted. The words and why, or None."""
    if act.verb == "use" and _UNNAMED_STRATEGIES.match(act.rest) and not EXAMPLE.search(act.rest):
        return ("use … strategies",
                "strategies nobody has named, used on occasions nobody has named")
    skills = _UNNAMED_SKILLS.match(act.rest) if act.verb in _SHOWING_SKILLS else None
    if skills and not EXAMPLE.search(act.rest):
        return (act.verb + skills[0],
                "a set of skills with no act named, on occasions nobody has named")
    condition = _MANAGING_CONDITION.match(act.rest) if act.verb in ("manage", "control") else None
    if condition:
        return act.verb + condition[0], "a whole area of care"
    about = _GETTING_ABOUT.match(act.rest) if act.verb in ("move", "get", "find") else None
    if about:
        return act.verb + about[0], "getting about a whole place, with no route or task named"
    effort = _EFFORT.match(act.rest) if act.verb == "try" else None
    if effort:
        return "try" + effort[0], "effort, which no count makes visible"
    living = _LIVING_INDEPENDENTLY.match(act.rest) if act.verb == "live" else None
    if living:
        return "live" + living[0], "a whole way of life, with no home or daily task named"
    journey = (_TRAVELLING_INDEPENDENTLY.match(without_time_phrases(act.rest))
               if act.verb == "travel" else None)
    if journey:
        return "travel" + journey[0], "getting anywhere at all, with no journey named"
    alone = _INDEPENDENT.match(act.rest) if act.verb == "be" else None
    return ("be" + alone[0], "a quality, which no count makes visible") if alone else None


# 'move around the school safely': where to, by what route, avoiding what?
_GETTING_ABOUT = re.compile(r"\s+(?:(?:his|her|their|my)\s+way\s+)?around\s+(?:the\s+)?(?:school|"
                            r"classroom|building|site|nursery|college|setting|house|home)"
                            # (no route, aid or count after it: 'using his walking frame')
                            r"(?:\s+safely)?(?=\s*(?:[.!]|$|,?\s+(?:by|before|within)\s))", re.I)
# 'try harder in science lessons', 'try his best': effort at whatever he is doing
_EFFORT = re.compile(r"\s+(?:harder|hard|(?:his|her|their|my) (?:best|hardest))\b", re.I)
# 'live independently': where, and doing what for herself?
_LIVING_INDEPENDENTLY = re.compile(r"\s+(?:more\s+|as\s+)?independently\b"
                                   r"(?!\s+(?:in|at|with|on)\b)", re.I)
# 'travel independently': where to, and how?
_TRAVELLING_INDEPENDENTLY = re.compile(
    r"\s+(?:more\s+)?independently\b(?!,?\s+(?:to|on|by|around|from|between|in|within|across|"
    r"using|via|for)\b)", re.I)
# 'be independent for 80% of the school day': independent in doing what?
_INDEPENDENT = re.compile(r"\s+(?:fully\s+|more\s+)?independent\b(?!\s+(?:in(?!\s+(?:\d|all|every|"
                          r"most|each))|with|at|when|for\s+(?:his|her|their|my))\b)", re.I)
# 'gain the skills he needs to live independently': the level of help is the skills' purpose,
# not a standard for anything he does.
_NEEDED_FOR = re.compile(r"\bthe [\w-]+ (?:he|she|they|I) needs? (?:to|for)\b[^,;.]*", re.I)


@lru_cache(maxsize=4096)
def unseen_act(act: Act, text: str) -> tuple[str, str] | None:
    """The words of the main act and why they cannot be seen as written ('a feeling', 'a
    quality', 'a kind of behaviour'); None when they can, or a behavioural criterion makes them
    countable."""
    shown = shown_by_act(act)
    if shown is not None and (has_criterion(text) or has_behavioural_criterion(text)):
        return unseen_act(shown, text)
    if act.verb in FEELING_VERBS and not knows_recall_set(act):
        return act.verb, "a feeling or state of mind"
    feelings = _MANAGING_FEELINGS.match(act.rest)
    if feelings and act.verb in ("manage", "control", "regulate"):
        return act.verb + feelings[0], "an inner state, which no count makes visible"
    area = whole_area(act)
    if area:
        return area
    manner = _MANNER_ONLY.match(without_time_phrases(act.rest)) if act.verb in BARE_SKILLS else None
    if manner:  # 'write legibly', 'read fluently': to whom, on what?
        return f"{act.verb} {manner[1].lower()}", "a manner with no standard to judge it by"
    if act.verb in ("self-regulate", "self-soothe") or (
            act.verb == "regulate" and _ONESELF.match(act.rest)):
        return act.verb, "an inner state, which no count makes visible"
    if has_behavioural_criterion(_NEEDED_FOR.sub("", text)):
        return None
    offer = act.verb == "accept" and _OFFER.match(act.rest)
    if act.verb in _BEAR_VERBS and not offer:
        return act.verb, "putting up with something, with nothing that says for how long"
    if act.verb in INNER_VERBS | ANTICIPATION and not offer and not recognises_a_set(act):
        return act.verb, "a state of mind"
    if act.verb in PROCESS_VERBS:
        return act.verb, "a process with no point at which it is done"
    bare = _FOR_ITS_OWN_SAKE.sub("", without_time_phrases(act.rest)).strip(" .!")
    if act.verb in BARE_SKILLS and not bare:
        return act.verb, "an area of skill, with nothing read, written or said"
    word = quality(act)
    if word is not None and word not in CONCRETE_STATES:
        return f"be {word}", "a quality"
    if is_domain_act(act) and (act.verb in BEHAVIOUR_KINDS or not has_criterion(text)) \
            and not counted_second_act(act):
        return domain_words(act), "a kind of behaviour, not one act"
    found = broad_object(act)
    if found:
        return f"{act.verb} … {found[0]}", "an area of skill, not an act"
    return None


# 'listen to a short story and answer two questions about it': the second act, counted, is what
# an observer sees.
_COUNTED_SECOND_ACT = re.compile(rf"\band (?:then )?[a-z]+ (?:at least )?{NUMBER}\b", re.I)


def counted_second_act(act: Act) -> bool:
    return _COUNTED_SECOND_ACT.search(act.rest) is not None


def domain_words(act: Act) -> str:
    """'take part', 'take charge of', 'cope with': the kind of behaviour as written."""
    word = re.match(r"\s+(?:part|responsibility|charge of|control of|(?:new |more )?friends|with|"
                    r"in|to)\b", act.rest, re.I)
    return act.verb + (word[0] if word else "")


# "understand and follow a two-step instruction": the second, visible act is the aim.
AND_ACT = re.compile(r"\s+and\s+(?!understand|know|feel|remember|recognise)[a-z]+", re.I)
# 'will be well managed': a manner word may stand between 'be' and the participle.
_PARTICIPLE = re.compile(r"\s*(?:(?:well|[a-z]+ly)\s+)?([a-z-]+)", re.I)
_BARE_PARTICIPLE = re.compile(r"\s*([a-z-]+)", re.I)
# 'will be improved through the use of a writing slope', 'will be toilet-trained by her parents':
# a change others make, by a means or by named people.
_BY_MEANS = re.compile(
    r"\s+(?:through|by the use of|with the use of|using|by (?:his |her |their |the |school |"
    r"nursery )*(?:parents?|staff|carers?|family|teachers?|key (?:person|worker)|"
    r"teaching assistants?|TAs?|nurses?|therapists?))\b", re.I)


def is_passive(act: Act, manner: bool = False) -> bool:
    """'will be taught', 'will be included': something done to the child, not their act;
    with `manner`, also 'will be well managed' (else read as the quality 'be well')."""
    if act.verb != "be":
        return False
    word = (_PARTICIPLE if manner else _BARE_PARTICIPLE).match(act.rest)
    if word is None:
        return False
    participle = word[1].lower()
    if participle in STATE_PARTICIPLES:
        return _BY_MEANS.match(act.rest, word.end()) is not None
    return participle.endswith("ed") or participle in IRREGULAR_PARTICIPLES


def passive_words(act: Act) -> str:
    """'be well managed' for the passive act, as written."""
    word = _PARTICIPLE.match(act.rest)
    return act.verb + (act.rest[: word.end()] if word else "")


_MAKE_DOMAIN = re.compile(
    r"^\s+(?:new |more |some |good )?friends\b|^\s+and\s+keep\s+friends\b|"
    r"^\s+(?:him|her|them|my)sel(?:f|ves) understood\b", re.I)


# 'show his time-out card to his teacher': showing a thing is one act, unlike 'show awareness'.
_SHOW_A_THING = re.compile(
    r"^\s+(?:his|her|their|my|a|an|the)\s+(?:[\w-]+\s+)?(?:card|pass|planner|badge|book|"
    r"picture|symbol|sign|timetable|work|drawing|photo|token|wristband|signal)s?\b|"
    # 'show a teacher how he blocks and reports an account': a demonstration, done or not
    r"^\s+(?:(?:a|an|the|his|her|their|my)\s+)?(?:[\w-]+\s+){0,2}how\s+(?:he|she|they|I|to)\s+"
    r"[a-z]+",
    re.I)


# 'will share', 'share with others', 'share the toys': sharing as a way of playing; 'share his
# news at circle time' is one act.
_SHARING = re.compile(r"^\s*(?:[.,;!]|$|with\b|(?:his|her|their|my|the) (?:toys|things|resources|"
                      r"equipment)\b)", re.I)


# 'join in a ball game', 'join in with the actions of two nursery rhymes', 'join in PE lessons':
# joining in a named thing is one act. (The same test for 'take part in' and 'participate in'
# lowered an untuned split: 'take part in a team sport' is as open as 'a hobby'.)
_JOIN_A_THING = re.compile(
    rf"^\s+in\s+(?:with\s+)?(?:(?:a|an|the|his|her|their|my|at least|{NUMBER}|PE)\b|['‘\"“])",
    re.I)


TO_SLEEP = re.compile(r"\s+(?:down\s+)?to\s+sleep\b", re.I)  # 'settle to sleep': falling asleep


def is_domain_act(act: Act) -> bool:
    if act.verb == "show" and _SHOW_A_THING.match(act.rest):
        return False
    if act.verb == "share":
        return _SHARING.match(act.rest) is not None
    if act.verb == "join":  # 'join in' is taking part, unless in something named
        return re.match(r"^\s+in\b", act.rest) is not None and _JOIN_A_THING.match(act.rest) is None
    if act.verb == "take":
        return _TAKE_DOMAIN.match(act.rest) is not None
    if act.verb == "make":
        return _MAKE_DOMAIN.match(act.rest) is not None
    return act.verb in DOMAIN_VERBS


# A behavioural criterion: a count, a ratio, a duration, a level of help, a completed act.
# A bare frequency does not qualify an inner or domain act: 'engage every day' is still unseen.
_EXTRA_CRITERION = re.compile(
    rf"\ball (?:the |of the |{NUMBER} )?[a-z]+s\b|\b(?:to|up to|from 1 to) {NUMBER}\b|"
    r"\b(?:the [a-z]+|it|them) (?:him|her|them|my)sel(?:f|ves)\b|"
    r"\bwithout (?:being |needing to be )?(?:reminded|prompted|asked|told|helped|shown)\b|"
    rf"\b{NUMBER}-(?:minute|hour|second|day|week|metre|mile)\b|"
    r"\bwithout (?:first |ever |once )?(?!feeling\b|worrying\b)[a-z]+ing\b|"
    r"\bwith no [a-z]+|\bfor (?:a|one|an entire|a whole|a full|the whole|the entire|the full) "
    r"(?:school |college |working |morning |afternoon )?(?:week|month|term|half-term|year|"
    rf"day|lesson|session|morning|afternoon)\b|\bscore of (?:at least )?{NUMBER}\b|"
    # 'on every occasion her monitor reads below 4', 'in every PE lesson': all of them, like 'all'
    r"\b(?:on )?(?:every|each) (?:single )?(?:time|occasion)\b|"
    r"\b(?:in|into|to|at|during|for|on) every (?:[A-Z]{2,} |[a-z]+ )?(?:lesson|session|meal|"
    r"mealtime|break|lunchtime|playtime|journey|appointment|visit|shift|class|piece|page|task|"
    r"worksheet|trip|exam|test|paper)\b",
    re.I,
)
# A gain on a named scale ('improve his spelling age by 18 months'); read before the end-point
# numbers are blanked, since 'by 18' looks like an age.
_NAMED_GAIN = re.compile(rf"\b(?:age|score)s? by {NUMBER} (?:months?|years?|points?)\b", re.I)


@lru_cache(maxsize=4096)
def has_behavioural_criterion(text: str) -> bool:
    plain = without_time_numbers(text)
    return (has_core_criterion(plain) or _EXTRA_CRITERION.search(plain) is not None
            or _NAMED_GAIN.search(text) is not None)


# 'will achieve 80% accuracy', 'will score 7 out of 10': a measure of no task at all.
_BARE_MEASURE = re.compile(
    rf"(?:achieve|reach|get|score|attain)\w*\s+(?:an?\s+|a\s+score\s+of\s+|an\s+accuracy\s+of\s+)?"
    rf"(?:{NUMBER}\s*%|{NUMBER}\s+per ?cent|{NUMBER}\s+out\s+of\s+{NUMBER})(?:\s+accuracy)?"
    # 'score 80% in reading', '80% accuracy in her language work': a share of a whole area, on no
    # named test
    r"(?:\s+in\s+(?:his\s+|her\s+|their\s+|my\s+)?(?:reading|writing|spelling|maths|numeracy|"
    r"literacy|English|science|communication|language|speech|phonics|handwriting|comprehension|"
    r"vocabulary|(?:all\s+)?(?:[\w-]+\s+)?(?:work|learning|lessons|subjects)))?"
    # ('get 85% in English by July 2028': the end point after it names no test either)
    r"(?=(?:,?\s+(?:by|before|within)\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z])[^,;.]*)?[\s.!]*$)",
    re.I)


# 'Hugo's reading will be at 80%': a percentage of an area, on no named test.
_AREA_AT_SHARE = re.compile(
    # (the match starts at the area, so a message quotes "reading will be at 80%")
    rf"\b(?=[rwsmnlhcpRWSMNLHCP])(?:(?<='s )|(?<=’s )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|"
    rf"(?<=\bmy ))(?:reading|writing|spelling|maths|numeracy|literacy|"
    rf"handwriting|communication|speech|language|progress|learning) (?:will|should) "
    rf"(?:be|reach|get to|rise to|improve to) (?:at |to )?(?:least )?{NUMBER}\s*(?:%|per ?cent)"
    r"(?: accurate| correct)?(?=[\s.!]*$)|"
    # 'Felix will be at 80% in literacy', 'will be working at 80% in maths'
    rf"\bwill be (?:working )?at (?:least )?{NUMBER}\s*(?:%|per ?cent) in (?:his |her |their |my )?"
    r"(?:reading|writing|spelling|maths|mathematics|numeracy|literacy|English|science)"
    r"(?=[\s.!]*$)", re.I)


@lru_cache(maxsize=4096)
def bare_measure(text: str) -> re.Match[str] | None:
    """The main act is only a number ('achieve 80% accuracy', 'his reading will be at 80%'),
    with nothing it is a score of."""
    plain = without_time_phrases(text)
    area = _AREA_AT_SHARE.search(plain)
    if area:
        return area
    act = main_act(plain)
    return None if act is None else _BARE_MEASURE.match(plain, act.start)


# Comparatives with no baseline: 'speak more clearly', 'fewer outbursts', 'wait longer'.
COMPARATIVE = re.compile(
    r"\b(?:(?:more|less) [a-z]+ly\b|more|less|fewer|better|worse|longer|shorter|quicker|"
    r"faster|slower|greater|higher|lower|bigger|smaller|clearer|easier|louder|quieter|calmer|"
    r"safer|happier|stronger|fitter|healthier|neater|tidier|wider|broader|increasingly|"
    r"farther|further(?! (?:education|study|studies|training|information|details|advice|"
    r"support|help|assessment|review)\b)|"
    # ('lower-case letters', 'higher-level questions' name a kind, not a change)
    r"further(?! education))\b(?!-)",
    re.I,
)
# ('say which of two amounts is more', 'choose the better value': the comparison is the task)
_COMPARISON_ANCHORED_BEFORE = re.compile(
    rf"(?:\b(?:no|not|any|or|the|{NUMBER})\s+|\bwhich\b[^,.;]{{0,40}}\bis\s+)$", re.I)
# '20% faster than at her last annual review': a share of a recorded baseline.
_SHARE_BEFORE = re.compile(rf"\b{NUMBER}\s*%\s+$", re.I)
_THAN_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?than\b", re.I)
_COMPARISON_ANCHORED_AFTER = re.compile(
    rf"^\s+(?:[a-z-]+\s+)?(?:than|by|to)\s+(?:at least\s+|around\s+|about\s+)?"
    rf"(?:{NUMBER}|a |an |the |his |her |their |my |last|before)", re.I)
_QUOTED = re.compile(r"(['‘\"“])[^'’\"”]{1,60}?(['’\"”])(?!\w)")
# 'in a smaller room', 'through a reduced timetable': a word of degree describing where or by
# what means, not the change the child will show ('eat a wider range of foods' is still judged).
IN_A_PLACE_OR_MEANS = re.compile(
    r"\b(?:in|into|on|at|through|via|with|using|from) (?:a|an|the|his|her|their|my) $", re.I)


def unquoted(text: str) -> str:
    """The text with quoted words blanked to the same length: 'more juice' is what the child
    says, 'consistent' a named category, not the outcome's own wording."""
    return _QUOTED.sub(lambda m: " " * len(m[0]), text)


@lru_cache(maxsize=4096)
def comparatives(text: str) -> tuple[re.Match[str], ...]:
    """Comparatives with no number before them and no 'than'/'by'/'to' target after them;
    words inside quotes ('more juice') are what the child says, not the aim."""
    plain = unquoted(text)
    found = []
    for match in COMPARATIVE.finditer(plain):
        if _COMPARISON_ANCHORED_BEFORE.search(plain, 0, match.start()):
            continue
        if _COMPARISON_ANCHORED_AFTER.match(plain[match.end():]):
            continue
        if _SHARE_BEFORE.search(plain, 0, match.start()) and _THAN_AFTER.match(plain[match.end():]):
            continue
        if IN_A_PLACE_OR_MEANS.search(plain, 0, match.start()):
            continue
        found.append(match)
    return tuple(found)


# Umbrella areas: naming one as what the child acts on leaves the skill itself open.
BROAD_OBJECT = re.compile(
    r"\b(?:(?:[\w-]+ )?skills|independence|communication|wellbeing|well-being|fitness|"
    r"stamina|health|behaviour|emotions|feelings|temper|relationships|friendships|learning|"
    r"(?<!full-time )(?<!part-time )education|"
    r"progress|potential|confidence|self-esteem|resilience|literacy|numeracy|mobility|"
    r"co-?ordination|(?<!['’]s )attention|concentration|self-care|safety|strategies|awareness|"
    r"understanding|abilities|ability|knowledge|development|maturity|engagement|attainment|"
    r"curiosity|empathy|kindness|enthusiasm|"
    r"personal care|daily living|"
    # 'manage her own sensory needs': whatever those turn out to be
    r"(?:own )?(?:sensory|medical|health|care|toileting|physical|emotional|personal) needs|"
    r"participation|interaction|interactions|"
    # 'his routine' is any routine; 'her handwashing routine' is a named one
    r"(?:(?<=his )|(?<=her )|(?<=the )|(?<=their )|(?<=my )|(?<=a )|(?<=new )|(?<=daily )|"
    r"(?<=usual )|(?<=own ))routines?|"
    r"control|choices|freedom|(?<!['’]s )voice|goals|targets|"
    # 'use a calm, consistent approach with him': a manner of working, not a named method
    r"(?:(?:calm|consistent|low-demand|low-arousal|positive|nurturing|supportive|structured|"
    r"flexible|gentle|patient|firm|fair)(?:,? and |, | ))+approach(?:es)?|"
    r"(?:good|healthy|safe|safer|positive|sensible|right|better|informed|appropriate) "
    r"(?:choices|decisions)|lifestyle|importance|appropriate (?:language|behaviour|ways?)|"
    r"self-image|self-worth|self-belief|"
    r"(?:a )?(?:good|positive|better|healthy|strong|close) relationships?|"
    r"(?:household )?chores|jobs (?:at|around) (?:home|the house)|"
    r"(?:(?:a |an )?(?:good|better|high|happy) )?"
    r"quality of life|(?:a |an )?(?:(?:good|happy|full|fulfilling|fulfilled|normal|ordinary|"
    r"better|meaningful|active|safe|settled|stable|independent|healthy)(?:,? and |, | ))+"
    r"(?:social |adult |home |family )?life|the life (?:he|she|they|I) wants?|"
    r"(?:a )?(?:healthy|balanced|good) diet|"
    # 'take part in the community': in what, where?
    r"(?<=part in )(?:the |his |her |their |my |local )+community|"
    # 'do everything for myself': which things, how often?
    r"(?:everything|more things) for (?:him|her|them|my)sel(?:f|ves)|"
    # 'prepare for adulthood': for which part of it, by doing what?
    r"(?<=for )(?:adult(?:hood| life)|(?:his|her|their|my|the) (?:future|adult life)|"
    r"life after (?:school|college))|"
    # 'a clear plan for his future': which plan, made how?
    r"(?:a |an )?(?:clear |good |realistic )?pathway (?:to|into|towards) adult(?:hood| life)|"
    r"(?:a |an )?(?:clear |good |realistic )?plan for (?:(?:his|her|their|my) (?:own )?"
    r"(?:future|life)|what (?:he|she|they|I) (?:does|do|will do|wants? to do)"
    r"(?: next| after (?:school|college|sixth form|Year 1[1-3]))|post-1[68])|"
    # 'an idea of what he wants to do when he leaves school': a state of mind about the future
    r"(?:a |an )?(?:clear |good |better |realistic )?(?:idea|picture|understanding) (?:of|about) "
    r"what (?:he|she|they|I) (?:wants?|would like|hopes?) to do\b|"
    # 'have a positive transition to sixth form': how it went, not what she did
    r"(?:a |an )?(?:positive|smooth|successful|good|happy|settled) (?:transition|start|move|"
    r"experience)|"
    # 'have a calm and happy day at school', 'a positive attitude to reading': how it felt
    r"(?:a )?sense of (?:belonging|achievement|purpose|pride|self|identity|humour)|"
    r"(?:good|neat|nice|better|lovely|beautiful) handwriting|"
    r"(?:a |an )?(?:secure |positive |strong |close |healthy )?attachments?|"
    r"(?:a |an )(?:secure |positive |strong |close |healthy )?bond|"
    r"(?:a |an )?(?:(?:calm|happy|good|settled|successful|positive|great|better|meaningful|"
    r"fulfilling|purposeful)(?:,? and |, | ))+days?|"
    r"(?:a |an )?(?:positive|good|better|healthy|can-do) attitudes?|"
    r"(?:a )?say in (?:his|her|their|my) (?:future|life|plans?|pathway plan)|"
    r"something (?:meaningful|worthwhile|useful|purposeful|productive|fulfilling|positive|fun|"
    r"nice|interesting|enjoyable|"
    r"(?:he|she|they|I) (?:enjoys?|likes?|loves?)(?: doing)?))\b"
    r"(?=\s*$|[,;.:]|\s+(?:in|at|with|and|to|for|of|when|so|by|during|through|across|around|on|"
    r"at|outside|inside|while|before|after|as|more|less|better|he|she|they|I|we|you|that|which|"
    r"every|each|daily|without|"
    r"towards|"
    r"who|needed|required|necessary|about|over|[a-z]+ly)\b)",
    re.I,
)
# A concrete example after the umbrella makes it specific: 'life skills such as ...'.
EXAMPLE = re.compile(r"\b(?:such as|including|for example|e\.g\.|like)\b|:|\(", re.I)


_TELLING = frozenset({"explain", "describe", "tell", "communicate", "share", "say", "express",
                      "name", "list", "talk", "write", "sign"})
_NAMED_TASK = re.compile(r"\bSkills\b|\b(?:test|exam|course|qualification|certificate|award|"
                         r"GCSE|card)s?\b(?! (?:targets|goals)\b)")  # not 'his course targets'


# 'name three feelings': a counted set of them, each named aloud
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?$", re.I)


# Where what the verb acts on ends; not at a comma inside a list of qualities ('a happy, healthy
# and fulfilled life', 'a calm, consistent approach').
_HEAD_END = re.compile(r"[;.]|,(?!\s+(?:[a-z-]+\s+)?(?:and\s+)?[a-z-]+\s+(?:life|approach(?:es)?|"
                       r"days?)\b)|\b(?:when|so that|because|by using|using)\b")


@lru_cache(maxsize=4096)
def broad_object(act: Act) -> tuple[str, tuple[int, int]] | None:
    """An umbrella area among the first words the verb acts on, with no example given: the
    words and where they are in the statement."""
    head = _HEAD_END.split(act.rest, maxsplit=1)[0]
    window = " ".join(head.split()[:6])
    # Judged in the whole clause, so 'his communication book' is not cut to 'communication'.
    clause = " ".join(head.split())
    match = BROAD_OBJECT.search(clause)
    if match is None or match.start() >= len(window) or EXAMPLE.search(act.rest) \
            or _NAMED_TASK.search(" ".join(act.rest.split()[:9])):
        return None  # 'Functional Skills', 'the health, safety and environment test': a task
    if act.verb in _TELLING and (match[0].endswith(("needs", "goals", "targets"))
                                 or _COUNT_BEFORE.search(clause, 0, match.start())):
        return None  # 'explain her own health needs', 'write down my goals': telling is the act
    offset = act.verb_end + max(act.rest.find(window), 0)
    return match[0], (match.start() + offset, match.end() + offset)
