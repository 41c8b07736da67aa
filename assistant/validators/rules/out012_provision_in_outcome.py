"""OUT012: an outcome that describes the service to be given instead of what the child will do."""

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.models import Statement
from assistant.regex_cues import Cued

from .._lexicon import (
    NOT_AFTER_PRONOUN,
    NOT_CHILD_SUBJECT,
    NUMBER,
    ROLE,
    child_names,
    has_quantity,
    has_role,
    is_child_phrase_for,
    subject_phrase,
)
from .._receipt import ASSIGNED, NOT_ACHIEVED, PASSIVE_RECEIPT, RECOMMENDATION
from .._registry import Hit, rule

PROVISION_WORDING = re.compile(
    # 'To promote independence with continence products': what the adults aim to do
    rf"^\s*To (?:promote|support|encourage|enable|provide|ensure|facilitate)\b|"
    rf"\b(?:will (?:continue to |still |also |then )?(?:receive|be receiving|be given|be offered|"
    rf"be provided|be allocated|be referred|get (?=(?:a|"
    rf"an|some|more|extra|\d+|1:1|help|support)\b){NOT_ACHIEVED}|have "
    rf"(?:1:1|one[- ]to[- ]one|a (?:TA|teaching assistant|key ?worker)))|"
    rf"(?:will |to )?(?:have|be given|be granted) access to|"
    rf"(?:will |to )?(?:attend|join|go to|take part in|participate in|engage (?:with|in)) "
    rf"(?!(?:the |a |his |her |their |my )?(?:carpet|circle|story|whole-class|class|registration|"
    rf"tidy-up|singing|music|PE|swimming|dance|drama|assembly|(?:key|form|tutor|home|base|"
    rf"friendship|peer) group|(?:his|her|their|my) group)\b)"
    rf"(?:a |an |the |weekly |"
    rf"daily |1:1 |one-to-one |"
    rf"regular |his |her |their |my )?(?:[\w'’-]+ ){{0,3}}(?:group|sessions?|therapy|"
    rf"intervention|"
    rf"programme|nurture|counselling|booster|lessons with|(?:timetable |support )plan)\b"
    rf"(?!\s+(?:discussions?|work|activit\w*|games?|tasks?|conversations?|time|projects?))|"
    rf"(?:will|to) be (?:supported|helped|taught|shown|coached|assisted|prompted|trained|"
    rf"travel[- ]trained|"
    rf"given|provided|enabled|assessed|seen by|treated|referred|visited|monitored|"
    rf"kept (?:safe|warm|comfortable|clean|dry))\b|"
    rf"(?:will|to) access\b(?! (?:the curriculum|learning|education|(?:all )?lessons|the building|"
    rf"(?:the |his |her |their |my |local )+community))|"
    rf"will have (?:a|an|{NUMBER}|regular|weekly|daily) (?:[\w:-]+ ){{0,3}}(?:club|sessions?|"
    rf"group|therapy|support|lessons?|appointments?|programme|intervention|place|placement|"
    rf"tuition|input|package|TA|teaching assistant|key ?worker|"
    rf"(?:care |support |health )?plan(?! for (?:(?:his|her|their|my) (?:own )?(?:future|life|next "
    rf"steps)|what (?:he|she|they|I) (?:does|do|will do|wants? to do) next))|"
    rf"passport|budget|referral|reader|scribe|laptop|safe space|quiet space|base|room|"
    rf"interpreter|note-?taker|mentor|buddy|sensory diet|sensory circuit)s?(?!\s+(?:of|value)\b)\b|"
    rf"will have (?:{NUMBER}\s*% )?(?:extra|additional) time\b|(?:will|to) be (?:put )?in place\b|"
    rf"will (?:continue to |still |also )?have (?:some |more |extra |additional |adult )?"
    rf"(?:support|help)\b|"
    rf"\bwith (?:1:1|one[- ]to[- ]one) (?:[\w-]+ )?(?:support|help|adult|TA)\b|"
    rf"will have (?:the )?(?:[\w-]+ )?(?:exam |access )?arrangements\b|"
    rf"(?:will|to) have been (?:supported|helped|taught|shown|coached|trained|given|provided|"
    rf"offered|found(?= (?:a|an|him|her|them|me)\b)|allocated|referred)\b|"
    # 'will have her worksheets enlarged to A3': something done to her things, for her
    rf"will have (?:his|her|their|my) (?:[\w-]+ ){{1,3}}?(?:enlarged|adapted|modified|"
    rf"differentiated|scribed|read aloud|read to (?:him|her|them|me)|printed|prepared|checked|"
    rf"changed|adjusted|laminated)\b|"
    rf"supported by|will be on (?:the|a|an|his|her|their|my) (?:[\w-]+ ){{0,3}}(?:intervention|"
    rf"programme|caseload|waiting list|register)\b|"
    rf"\b{NOT_AFTER_PRONOUN}(?:needs?|requires?) (?:(?:[\w-]+ ){{0,3}}(?:therapy|"
    rf"support|programme|intervention|group|help|input|assessment|provision|place|placement|"
    rf"equipment|mentor|training|counselling|tuition|mentoring)\b|a|an|some|more|access|support|"
    rf"help|\d+|regular|specialist|1:1|"
    rf"one[- ]to[- ]one)\b|"
    rf"will (?:continue to )?benefit from|would benefit from|benefits? from|the provision of|"
    rf"provision of|"
    rf"{NUMBER}\s*(?:minutes?|mins?|hours?|hrs?|sessions?)(?: a week| per week| weekly)? of "
    rf"(?:[\w:-]+ ){{0,4}}?(?:therapy|physiotherapy|support|input|intervention|teaching|tuition|"
    rf"counselling|sessions?|mentoring|coaching|1:1 time|one-to-one time)\b|"
    rf"(?:through|via) (?:a|an|the) [\w -]{{0,30}}(?:programme|intervention|group|therapy)|"
    # a service or a professional's work as the thing done: 'engage with CAMHS', 'engage in
    # life-story work with his social worker', 'continue to work on his speech sound targets'
    rf"engage (?:with|in) (?:the |his |her |their |my )?(?:CAMHS|[\w-]+ (?:service|team)s?|"
    rf"(?:[\w-]+ )?(?:adviser|advisor|therapist|counsellor|worker|mentor)s?)\b|"
    rf"(?:engage in|take part in|do) (?:[\w-]+ ){{0,3}}work with (?:his|her|their|my|a|an|the) "
    rf"(?:[\w-]+ ){{0,2}}(?:worker|therapist|counsellor|practitioner|nurse|psychologist)\b|"
    rf"continue to work on (?:his|her|their|my) (?:[\w-]+ ){{0,4}}targets\b)",
    re.I,
)
# A provision clause attached to the child's act: "... through weekly sessions with the SALT",
# "... in sessions delivered by the physiotherapist", "will have a key adult", "will have a
# careers interview with the adviser".
_SERVICE = (r"(?:sessions?|input|support|therapy|(?:pre-)?teaching|tuition|coaching|mentoring|"
            r"programme|"
            r"intervention|group|counselling|appointments?|training|visits)")
_AMOUNT_WORDS = (rf"(?:{NUMBER}(?:-minute|-hour)? |weekly |daily |fortnightly |termly |regular |"
                 r"twice[- ]weekly |1:1 |one[- ]to[- ]one |small[- ]group |individual |"
                 r"specialist |[\w-]+ therapy )")
MIXED_PROVISION = re.compile(
    # a leading service: 'In her weekly OT session until July 2027, Freya will practise ...'
    rf"^(?:in|during) (?:his|her|their|my) (?:{_AMOUNT_WORDS})+(?:[\w-]+ ){{0,2}}{_SERVICE}\b|"
    # 'once she has had six sessions with the ELSA': the service comes first, then the act
    rf"\b(?:(?:once|after|when) (?:he|she|they|I) (?:has|have)|having) (?:had|completed|attended|"
    rf"finished) (?:[\w-]+ ){{0,3}}{_SERVICE}\b|"
    rf"\b(?:(?:through|via|by attending|by going to|through (?:going to|attending)|following|"
    rf"after) "
    # ('stay dry through the whole nursery session': how long, not a service)
    rf"(?!(?:the |a |an |each |every )?(?:whole|entire|full|rest of)\b)"
    # 'after completing 10 weeks of the Numbers Count intervention', 'after a term of travel
    # training': the amount of a service, then the service
    rf"(?:(?:completing|finishing|attending) )?(?:(?:{NUMBER}|a|an|one) (?:[\w-]+ )?"
    rf"(?:weeks?|terms?|months?|sessions?|years?|blocks?) of )?"
    rf"(?:his |her |their |my |the |a |an )?"
    rf"(?:{_AMOUNT_WORDS})*(?:[\w-]+ ){{0,2}}{_SERVICE}\b|"
    rf"(?:in|during|with|from) (?:his |her |their |my |the |a |an )?{_AMOUNT_WORDS}+"
    rf"(?:[\w-]+ ){{0,2}}{_SERVICE} (?:with|from|led by|delivered by|run by)\b|"
    rf"(?:delivered|led|run|provided|facilitated|funded|arranged|taught|coached) by\b|"
    # 'through daily phonics with the class teaching assistant', '... - daily precision teaching
    # with LSA'
    # ('after daily 15-minute handwriting practice with his teaching assistant')
    rf"(?:through|via|after|\s[-–]) (?:{_AMOUNT_WORDS})+(?:[\w-]+ ){{0,3}}(?:with|from|led by|"
    rf"run by) (?:the |a |an |his |her |their |my )?(?:[\w-]+ )?(?:{ROLE.pattern})|"
    # 'reads 100 words accurately, with TA for 20 mins daily'
    rf"\bwith (?:the |a |an |his |her |their |my )?(?:{ROLE.pattern}) for {NUMBER}[\s-]*"
    rf"(?:mins?|minutes?|hours?|hrs?)\b|"
    # '..., with SALT sessions once a fortnight'
    rf"\bwith (?:his |her |their |my |the )?(?:{ROLE.pattern}) "
    rf"(?:sessions?|input|therapy|visits)\b)",
    re.I,
)
_MIXED_CUED = Cued(MIXED_PROVISION)
# "with the support of a teaching assistant for 20 minutes a day": help that is measured out
# is provision; "with the help of his carer" only says how he does it.
_HELP_FROM = re.compile(
    rf"\bwith (?:the )?(?:[\w-]+ ){{0,2}}(?:support|help|input|assistance|prompting) (?:of|from)\b"
    rf"[^,;.]*|"
    # "working on his speech and language programme with a teaching assistant for 10 minutes
    # every day", "with a support worker visiting twice a week"
    rf"\b(?:working|practising) (?:on|with|through) [^,;.]*?\b(?:programme|targets?|plan|"
    rf"exercises|(?:{ROLE.pattern}))\b[^,;.]*|"
    rf"\bwith (?:a|an|his|her|their|my|the) (?:[\w-]+ )?(?:{ROLE.pattern}) (?:visiting|calling|"
    rf"coming|checking in|dropping in|travelling|walking|going|accompanying|running|leading|doing|"
    rf"sitting|working|reading|hearing|listening to|"
    rf"delivering|giving|providing)\b[^,;.]*|"
    # "with his key person teaching him this in a daily 10-minute session"
    # "with her log checked by the school nurse each week"
    rf"\bwith (?:his|her|their|my) (?:[\w-]+ ){{0,2}}(?:checked|reviewed|monitored|marked|read) by "
    rf"(?:the |a |an |his |her |their |my )?(?:[\w-]+ )?(?:{ROLE.pattern})[^,;.]*|"
    rf"\bwith (?:the|a|an|his|her|their|my) (?:[\w-]+ )?(?:{ROLE.pattern}|key person|key adult) "
    rf"(?:teaching|supporting|helping|coaching|modelling|showing|prompting|guiding|practising)\b"
    rf"[^,;.]*|"
    rf"\bwill (?:work|meet|have sessions|check in) (?:in (?:a|an|the) [\w -]{{0,30}}?group )?"
    rf"with (?:the|a|an|his|her|their|my) "
    rf"(?:{ROLE.pattern})[^,;.]*|"
    # "work on her social skills in a small group with the SENCo each week"
    rf"\bin (?:a|an|the) (?:[\w-]+ ){{0,2}}group (?:with|led by|run by) (?:the|a|an|his|her|their|"
    rf"my) (?:{ROLE.pattern})[^,;.]*",
    re.I)


def measured_help(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _HELP_FROM.finditer(text) if has_quantity(m[0])]


# A role doing something: "the SALT will", "staff will", "the school will ensure".
SERVICE_ACTS = re.compile(
    rf"(?<!from )(?<!into )(?:{ROLE.pattern}|\b(?:staff|the school|the setting|the college|"
    rf"the service|school|"
    r"social care|social services|health services?|the local authority|the LA|the council))"
    # 'from the gate of his new school to his form room' is a route, not the school acting
    # ('cut her lateness to school to no more than two': a target, not the school acting)
    r"\s+(?:will|to(?!\s+(?:his|her|their|my|the|a|an|this|that|and|no|not|fewer|less|under|"
    r"more|at|zero|\d)\b)|should|must|are to|is to|"
    r"can)\b",
    re.I,
)
_MODAL_AFTER_ROLE = re.compile(r"\s+(?:will|to|should|must|are to|is to|can)\b", re.I)
_ROLE_REACH = 60
_LAST_WORD = re.compile(r"([A-Za-z'’-]+)\s*$")
_NEVER_A_ROLE = frozenset(
    "able going want wants wanted need needs needed how has have had used order likely try tries "
    "learn learns begin begins start starts continue continues be been is are was were so way "
    "when what where who him her them me us you it he she they i we and or not back up out go "
    "goes come comes get gets next due also then still now".split())
# 'will phone the dentist to book his check-up': the role is who the child speaks to, not who acts.
_ADDRESSED = re.compile(r"\b(?:phone|ring|call|ask|email|e-mail|text|message|tell|contact|see|"
                        r"visit|meet|show|thank|greet|write to|talk to|speak to)s? "
                        r"(?:the |his |her |their |my |a |an )?(?:members? of )?(?:[\w-]+ )?$",
                        re.I)
"""No role phrase is longer than this, so SERVICE_ACTS need only look this far before a modal."""
# '50 words that her family and nursery staff can understand', 'a list that his teacher can read':
# what others perceive of the child's work is the standard it meets, not a service.
_PERCEIVED = re.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_PERCEPTION = re.compile(r"\s+(?:easily\s+)?(?:read|understand|hear|recognise|recognize|follow|"
                         r"make out)\b(?!\s+(?:to|aloud to|out to)\b)", re.I)


def _perceives(text: str, match: re.Match[str]) -> bool:
    return bool(_PERCEPTION.match(text, match.end()) and _PERCEIVED.search(text, 0, match.start()))


# A word (or part of one) that every role and service in SERVICE_ACTS contains: tried first on
# the words before a modal, it spares the long pattern the many places no role could be.
_ROLE_HINT = re.compile(
    r"teach|assist|staff|school|setting|college|service|care|authorit|council|therap|physio|"
    r"psych|nurse|paediatric|doctor|dietit|dietic|coach|adult|worker|mentor|counsell|tutor|"
    r"instruct|interpret|officer|specialist|practitioner|head|pastoral|member|supervisor|parent|"
    r"team|trainer|advis|invigilat|escort|driver|budd|aider|ologist|iatrist|optometrist|"
    r"orthoptist|orthotist|dentist|pharmacist|visitor|midwi|surgeon|paramedic|advocate|person|"
    r"people|lead|ordinator|clinician|consultant|transcriber|signer|scribe|reader|technician|"
    r"senco|sendco|alnco|camhs|(?-i:TA|LSA|QT|ToD|SALT|SLT|OT|EP|GP|ELSA|PA|LA)",
    re.I)


@lru_cache(maxsize=4096)
def provision_wording(text: str) -> tuple[re.Match[str], ...]:
    """Every PROVISION_WORDING match in the text, kept: OUT011 asks whether there is one, and
    OUT012 then reads them all."""
    return tuple(PROVISION_WORDING.finditer(text))


class _Wording:
    """PROVISION_WORDING's matches before `endpos`, from the kept list."""

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        return (m for m in provision_wording(text) if pos <= m.start() and m.end() <= endpos)


class _BeforeModals:
    """SERVICE_ACTS run only on the words just before each modal: the same matches, at a
    fraction of the cost, since the long list of roles is then tried at a few places, not at
    every word of the statement."""

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        taken = pos
        for modal in _MODAL_AFTER_ROLE.finditer(text, pos, endpos):
            before = _LAST_WORD.search(text, 0, modal.start())
            if before and (before[1].lower() in _NEVER_A_ROLE or before[1].endswith(("ly", "ing"))):
                continue  # 'able to', 'going to', 'he will': no role ends with these words
            start = max(taken, modal.start() - _ROLE_REACH)
            if not _ROLE_HINT.search(text, start, modal.start()):
                continue  # no word any role or service contains
            # a little past the modal, so 'school to his form room' is seen for what it is
            for match in SERVICE_ACTS.finditer(text, start, min(endpos, modal.end() + 30)):
                if match.end() == modal.end() and not _ADDRESSED.search(text, 0, match.start()) \
                        and not _perceives(text, match):
                    taken = match.end()
                    yield match
                    break

# The purpose of the child's act, which may name what others then do: "... so that his teacher
# can read every word", "... so that his plan for the day can be changed".
PURPOSE = re.compile(r"\bso that\b", re.I)
# "keeping receipts for his support worker to check": the role is not the one acting for the child.
FOR_SOMEONE_TO = re.compile(r"\bfor (?:his|her|their|my|the|a|an)(?: \w+)?\s*$", re.I)


@rule("OUT012", kind="outcome", dimension="outcome_not_provision", severity="error",
      source="SEND Code of Practice 2015, 9.66 and 9.69 (Section E outcomes, not provision)")
def provision_in_outcome(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcome wording that describes a service: "will receive", "will be given", "have access
    to", "attend a group", "staff will", "the SALT will", "30 minutes of therapy", "will be
    supported to", "needs a", "needs travel training", "will be taught", "benefits from", "the
    provision of" (but not "living in her own flat with a few hours of support", a condition of the
    home she runs, unless someone is named to give it). It also catches a statement that mixes an
    outcome with the provision behind it ("... through weekly sessions with the specialist teacher",
    "... in sessions delivered by the physiotherapist", "... with support from a teaching assistant
    for 20 minutes a day", "... with his key person teaching him this in a daily 10-minute session",
    "... after completing 10 weeks of the Numbers Count intervention", "... after a term of travel
    training", "... working on his speech and language programme with a teaching assistant for 10
    minutes every day", "... with a support worker visiting twice a week", "... with a TA sitting
    with him (or hearing him read) for 20 minutes every morning", "... through daily phonics with
    the class teaching assistant", "... through going to a weekly nurture group", "... after
    fortnightly Portage visits", "... after weekly pre-teaching from the SENCo", "... - daily
    precision teaching with LSA", "... with her log checked by the school nurse each week", "...
    with SALT sessions once a fortnight", "... with a support worker travelling the route with her
    for the first six weeks"), "once she has had six sessions with the ELSA", "having finished
    travel training with the council's travel trainer", "with 1:1 TA support for the rest of the
    lesson", a lunch club a teaching assistant runs for him twice a week, hand-over-hand help for 10
    minutes daily, a leading "In her weekly OT session", "will work in a small maths group with a
    teacher three times a week", exam arrangements and extra time, "will have been taught" (or
    offered a place, or found a placement), something done to the child's things ("will have her
    worksheets enlarged to A3", "will have his worksheets read to him"), though what others will see
    is the child's own act ("we will see Layla using her communication book"), any passive that puts
    the child on the receiving end ("will be kept safe", "will be enrolled", "to be reviewed
    termly"), and having a person or an appointment assigned ("will have a key adult", "will have
    support in class", "will be receiving speech and language therapy twice a week", "will have a
    careers interview with the adviser"), a service as the thing done ("engage with CAMHS", "engage
    in life-story work with his social worker") and the therapy itself ("continue to work on his
    speech sound targets"). Getting a job, a grade or a score ("get 60% in his maths test") is the
    child's achievement, not receipt, and what others do in a purpose clause ("... so that his
    teacher can read it") is the result of the child's act, and what others make of the child's work
    ("50 words that nursery staff can understand", "a list that his teacher can read") is the
    standard it meets. "1:1 sessions with the school counsellor" and "the school's reduced timetable
    plan" are services; "walk from school to the shop" and "from the gate of his new school to his
    form room" are not the school acting, nor is "phone the dentist to book his check-up" (or "ask a
    member of staff to help me") the other acting, "a clear plan for his future" is the child's own,
    and "access the community" is the child's own act (an area, judged elsewhere), and joining the
    class's own "carpet session" or "PE session" (or her own key group or form group) is not a
    service, unlike working "in a small group with the SENCo each week". A line that opens as a
    recommendation ("It is recommended that", "We recommend") is advice on what should be provided,
    and one opening "To promote" (or support, enable, ensure) states the adults' aim.

    ## Why is this bad?
    The Code says outcomes are not a description of the service being provided (9.66):
    "three hours of speech and language therapy" is provision. Provision belongs in Section F,
    G or H, where it must be specified and quantified; in Section E it hides what the child
    is meant to achieve.

    ## Example
    By July 2027, Maya will attend a social skills group weekly.

    ## Use instead
    By July 2027, Maya will join a game with two classmates at lunchtime without adult
    prompting. (Section F: a weekly social skills group of up to 4 pupils, led by the ELSA.)

    ## References
    - SEND Code of Practice 2015, 9.66: an outcome is the benefit or difference, not the service
    - SEND Code of Practice 2015, 9.69: provision goes in Sections F, G and H
    """
    yield from _provision_hits(statement.text, tuple(child_names(statement)))


@lru_cache(maxsize=4096)
def _provision_hits(text: str, child: tuple[str, ...]) -> tuple[Hit, ...]:
    """The rule's hits for one text and child, kept: OUT012, OUT020 and OUT021 all ask."""
    return tuple(_find_provision(text, child))


# 'I will be living in my own flat with a few hours of support a week': the support is a condition
# of the home the young person runs, unless someone is named to give it (then it is provision).
_SUPPORTED_LIVING = re.compile(
    r"\bliv(?:e|es|ing) (?:independently|in (?:his|her|my|their) own (?:flat|home|house|place|"
    r"tenancy))\b[^.;]*\bwith\s+$", re.I)
_FROM_SOMEONE = re.compile(r"\s+(?:from|by|with)\s", re.I)


# 'we will see Layla using her communication book': what others will see is the child's own act.
_WATCHING = re.compile(r"(?:will|should) (?:be able to )?(?:see|notice|hear|observe|watch) "
                       r"(?!(?:him|her|them|me) (?:being|be)\b)(?:[A-Z][\w'’-]*|him|her|them|me) "
                       r"[a-z]+ing\b")


def _advice(opener: re.Match[str]) -> Hit:
    return Hit(span=opener.span(),
               message=f"'{opener[0].strip()}' opens advice on what should be provided, not what "
                       "the child will achieve.",
               fix="Write the outcome the recommendation is for ('By <end point>, <name> will "
                   "...'); the recommendation itself goes in Section F, G or H.")


def _find_provision(text: str, child: tuple[str, ...]) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    advice = RECOMMENDATION.match(text)
    if advice:
        seen.add(advice.span())
        yield _advice(advice)
    found = subject_phrase(text)
    watched = found is not None and _WATCHING.match(text, found[1])
    if found and found[0] and not is_child_phrase_for(found[0], child) and not watched:
        other = NOT_CHILD_SUBJECT.search(found[0])
        if other:
            seen.add(other.span())
            yield Hit(span=None,
                      message=f"The sentence says what '{found[0]}' will do: that is provision "
                              "or a plan for others, not this child's outcome.",
                      fix="Rewrite it as what the child will do; move what others do to "
                          "Section F, G or H.")
    purpose = PURPOSE.search(text)  # '... so that his teacher can read it': the result
    cut = purpose.start() if purpose else len(text)
    for pattern in (_Wording(), _BeforeModals(), _MIXED_CUED, ASSIGNED,
                    PASSIVE_RECEIPT):
        for match in pattern.finditer(text, 0, cut):
            if any(a < match.end() and match.start() < b for a, b in seen):
                continue
            if FOR_SOMEONE_TO.search(text, 0, match.start() + 1):
                continue
            if "club" in match[0].lower() and not match[0].lower().startswith("will have") \
                    and not has_role(text[match.start():match.end() + 40]):
                continue  # a club the child chooses is their own life, unless staff run it
            if _SUPPORTED_LIVING.search(text, 0, match.start()) \
                    and not _FROM_SOMEONE.match(text, match.end()):
                continue  # 'living in her own flat with a few hours of support': how she lives
            seen.add(match.span())
            yield Hit(span=match.span(),
                      message=f"'{match[0].strip()}' describes provision, not what the child "
                              "will be able to do.",
                      fix="Keep in Section E only what the child will do and how well; move who "
                          "delivers what, how often, to Section F, G or H.")
    for span in measured_help(text[:cut]):
        if not any(a < span[1] and span[0] < b for a, b in seen):
            seen.add(span)
            yield Hit(span=span,
                      message=f"'{text[span[0]:span[1]].strip()}' measures out the "
                              "help the child will get: that part is provision.",
                      fix="Keep in Section E only what the child will do and how well; move "
                          "the help, who gives it and how often, to Section F, G or H.")
