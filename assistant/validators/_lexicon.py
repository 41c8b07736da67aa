"""Word lists the rules share, compiled once at import so checking stays in microseconds.

The lists name the domain, not example sentences: roles who deliver provision, the ways English
plans state how often and how long, the child as a grammatical subject.
"""

import re
from functools import lru_cache

from assistant.models import Statement

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|a dozen|"
    r"a couple of|a few"
)
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS})"
_UNIT_OF_TIME = (r"(?:day|week|fortnight|month|term|half[- ]term|year|lesson|session|morning|"
                 r"afternoon|school day)")
# "when I need help" is the child speaking, not a need for provision.
NOT_AFTER_PRONOUN = (r"(?<!\bI )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\byou )"
                     # after a possessive, 'needs' is a noun: 'communicate her needs more clearly'
                     r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmy )(?<!\bour )(?<!\byour )")

# How often: "daily", "twice termly", "3 times a week", "once per fortnight", "every lesson".
FREQUENCY = re.compile(
    rf"\b(?:daily|weekly|fortnightly|monthly|termly|half[- ]termly|annual(?:ly)?|yearly|"
    rf"nightly|hourly|(?:once|twice|thrice)(?=\s+(?:a|an|per|each|every|in|daily|weekly|"
    rf"fortnightly|monthly|termly|half[- ]termly|yearly|annually|during|at|before|after|on)\b)|"
    rf"{NUMBER}\s*(?:x|times?)|every\s+(?:other\s+)?{NUMBER}?\s*"
    rf"(?:{_UNIT_OF_TIME}|minutes?|hours?|break|lunch(?:time)?|playtime|morning|evening|night)s?|"
    rf"(?:every|each)\s+(?:other\s+|single\s+)?(?:{NUMBER}\s+)?(?!one\b|other\b)[a-z]+|"
    rf"(?<!as )per\s+(?!cent\b)[a-z]+|between (?:lessons|classes|activities|sessions)|"
    rf"(?:for|in|during|at) all (?:[a-z-]+ ){{0,2}}(?:tasks|lessons|activities|sessions|subjects|"
    rf"exams|tests|assessments|transitions|classes|outings|trips|meals|mealtimes|visits|work|"
    rf"writing|reading|recording|homework|journeys)|"
    rf"during (?:all |every |each )?(?:[a-z]+ ){{0,2}}(?:times|breaks|break ?times|"
    rf"lunch ?times|playtimes|lessons|exams|assessments|transitions|assemblies|mealtimes)|"
    rf"(?:a|per)\s+(?:day|week|fortnight|month|term|half[- ]term|year)|"
    rf"(?:at the (?:start|end|beginning) of )?(?:each|every) (?:half[- ]term|term)|"
    rf"(?:all|every|each) (?:lessons?|classes|break ?times?|lunchtimes?|transitions?)|"
    rf"(?:throughout|across) the (?:school )?day|at all times|"
    rf"on {NUMBER} (?:days?|occasions?|mornings?|afternoons?|evenings?|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)|"
    # event-bound: 'on any day Rosie is not in school'; a one-off: 'meet his teachers once
    # afterwards'
    rf"on any (?:school )?day (?:that |when |on which )?(?:he|she|they|[A-Z][a-z]+) (?:is|isn't|"
    rf"misses|does)|once (?:afterwards|only))\b",
    re.I,
)
# How much in total: "2 hours per week", "6 sessions", "a 2-week placement", "full-time".
# A per-session length ("30 minutes") is not an amount on its own: how many sessions? (9.69)
AMOUNT = re.compile(
    rf"(?<![:/])\b{NUMBER}(?:\s*|-)(?:(?:academic|school|calendar|working|college|full|whole) )?"
    rf"(?:hours?|hrs?|weeks?|months?|terms?|years?|days?|"
    rf"sessions?|lessons?|visits?|blocks?|appointments?|periods?)\b|"
    rf"\b(?:full|half)[- ]time\b|\bfor (?:the )?(?:whole|full|entire) (?:day|school day|lesson)\b",
    re.I,
)
GROUP_SIZE = re.compile(
    rf"\b(?:1:1|1-1|one[- ]to[- ]one|1:{NUMBER}|{NUMBER}:{NUMBER}|individual(?:ly)?|"
    rf"(?:of|up to|no more than|maximum of|max\.?|with)\s+{NUMBER}(?:\s*(?:-|to)\s*{NUMBER})?\s+"
    rf"(?:other\s+)?(?:pupils|students|children|learners|peers|young people)|"
    rf"group of {NUMBER}|pairs?|paired)\b",
    re.I,
)

# Who delivers provision: a role a reader could name, not just "support".
ROLE = re.compile(
    r"\b(?:(?:specialist |class |form |subject |advisory |qualified |sensory |"
    r"specialist )?teachers?|"
    r"teaching assistants?|(?:learning |individual )?support assistants?|"
    # Acronyms in capitals only: 'Elsa', 'Pat' and 'Ota' are children's names.
    r"(?-i:TAs?|LSAs?|HLTAs?|QT(?:VI|HI|MSI)s?|ToDs?|SALTs?|SLTs?|OTs?|EPs?|GPs?|ELSAs?|PAs?)|"
    r"SENCOs?|SENDCOs?|ALNCos?|"
    r"speech (?:and|&) language therap(?:ist|y assistant)s?|"
    r"speech therapists?|occupational therapists?|physiotherapists?|physios?|"
    r"(?:educational |clinical |child )?psychologists?|Ed(?:ucational)? Psych\b|"
    r"(?:school |community |specialist )?"
    r"nurses?|paediatricians?|doctors?|dietitians?|dieticians?|job coach(?:es)?|"
    r"trusted adults?|key ?workers?|key adults?|(?:learning )?mentors?|counsellors?|"
    r"social workers?|support workers?|personal assistants?|carers?|tutors?|instructors?|"
    r"interpreters?|(?:mobility|habilitation|orientation)(?: and (?:mobility|orientation))? "
    r"(?:officer|specialist|instructor)s?|therapists?|"
    r"practitioners?|coach(?:es)?|head ?teachers?|head of (?:year|KS\d|key stage \d|[a-z]+)|"
    r"pastoral (?:lead|manager|staff)|family support workers?|CAMHS (?:clinician|worker|"
    r"practitioner)s?|"
    r"(?:trained|specialist|named) (?:staff|adults?|members? of staff)|"
    r"(?:staff|adults?|members? of staff) (?:trained|qualified) (?:in|by|to)\b|"
    r"(?:named|designated) members? of staff|(?:class |form )?tutor|lunchtime supervisors?|"
    r"contact supervisors?|"
    r"(?:\w+['’]s|his|her|their|the|my) parents? (?:will|to)\b(?! (?:receive|be|get|have)\b)|"
    # A team named by its profession; a service named by what it offers ("the sensory support
    # service", "CAMHS") is an organisation and does not say who, with what expertise (9.69).
    r"(?:speech and language therapy|occupational therapy|physiotherapy|nursing|psychology|"
    r"specialist teaching|dietetics?|travel training|[a-z]+ therapy) (?:team|service)|"
    r"(?:audiology|orthoptics?|orthotics?|podiatry|dental|dietetic) team|"
    r"midday supervisors?|travel trainers?|youth workers?|advisers?|advisors?|invigilators?|"
    r"escorts?|drivers?|buddy|buddies|first[- ]aiders?|"
    r"^parents? (?:will|to)\b(?! (?:receive|be|get|have)\b)|"
    # 'Parents share a reading book with Ronan each night', 'practise road safety with his parents'
    r"^(?:\w+['’]s )?parents (?:share|read|practise|practice|do|carry out|hear|use|play|model|"
    r"check|go through)\b|"
    r"(?:practis|practic)\w* [^.;]{0,60}\bwith (?:his|her|their|my) parents\b|"
    r"[a-z]+ologists?|[a-z]+iatrists?|optometrists?|orthoptists?|orthotists?|dentists?|"
    r"pharmacists?|(?:health|home|Portage) visitors?|midwi(?:fe|ves)|surgeons?|paramedics?|"
    r"(?:independent |IMCA |care )?advocates?|"
    r"(?:familiar|key|named|trusted|designated|consistent|allocated|link) "
    r"(?:adults?|persons?|people|workers?|members? of staff)|"
    r"(?:pastoral|safeguarding|SEN|SEND|inclusion|autism|literacy|numeracy|phonics|wellbeing|"
    r"mental health|behaviour|attendance|transition|year) leads?|"
    # ('a screen reader' and 'a card reader' are devices, not people)
    r"(?!screen |card |pdf |e-?book )[a-z]+ (?:workers?|officers?|co-?ordinators?|clinicians?|"
    r"consultants?|aiders?|"
    r"transcribers?|signers?|scribes?|readers?|technicians?|engineers?|assistants?)|"
    r"(?:autism|dyslexia|literacy|sensory|hearing|visual|behaviour|mental health|feeding|"
    r"communication|nursing|teaching) (?:specialists?|advisers?|advisors?))\b",
    re.I,
)

# Services and people other than the child, as the subject of a sentence.
NOT_CHILD_SUBJECT = re.compile(
    rf"(?:{ROLE.pattern}|\b(?:staff|the school|school|the setting|setting|the college|college|"
    r"the service|services?|the (?:local )?authority|the LA|LA|pupils|students|children|the class|"
    r"(?:[\w-]+ )?(?:programme|intervention|assessment|referral|package|placement)|"
    r"parents?|mum|dad|mummy|daddy|mam|mom|mommy|mama|papa|mother|father|family|carers?|adults?|"
    r"peers|the team|professionals?|"
    r"everyone|we|us|all|the group|group|class|form|year group|mrs?|ms|miss|dr|sir|social care|"
    r"social services|health services?|"
    r"health|the NHS|the council|the trust|CAMHS|education|(?:day |respite |children's )?centre|"
    r"provider|agency|organisation|nursery|unit|club|home|team|department|faculty|panel|grand\w+|"
    r"gran|nan|grandad|"
    r"aunt|auntie|uncle|brothers?|sisters?|siblings?|cousins?|guardians?|step\w+|friends?|"
    r"classmates?|buddy|buddies|partner|neighbours?|childminder|foster \w+|classroom|"
    r"(?:bed|class|sensory|calm|quiet)room|environment)\b)",
    re.I,
)

_CHILD_WORDS = (r"I|I'm|I've|I'll|me|he|she|they|we|the child|the young person|young person|child|"
                r"the learner|the pupil|the student")
PRONOUN_SUBJECT = re.compile(rf"^(?:{_CHILD_WORDS})$", re.I)

# The verb that carries the statement: "will", "can", "is able to", "I'm <verb>ing".
MODAL = re.compile(
    r"\b(?:will|can|shall|should|must|would|may|could|is going to|are going to|needs?|"
    r"is able to|are able to|am able to|is to|are to|"
    # 'I want to travel to college on my own': a wish, in the first person, names the act
    r"wants? to|hopes? to|(?<=['’])d like to|"
    # "Handwriting to be practised": the verb of an instruction with no modal.
    r"to be(?= [a-z]+(?:ed|en)\b))\b|\b(?:I'm|I am|he is|she is|they are|"
    r"I've|I have)\b|'ll\b",
    re.I,
)
# ('By the end of Year 12 I will cook a meal, and ...': no comma ends the time phrase, so it stops
# short of the verb)
LEADING_TIME = re.compile(r"^\s*(?:by|within|in|at|before|over|during|when|from|after)\b"
                          r"(?:(?!\b(?:will|can|shall|must)\b)[^,])*,\s*", re.I)

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


PROPER_NAME_ENDING = re.compile(r"(?:^|\s)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?$")


def child_names(statement: Statement) -> list[str]:
    """The child's name and first name, so 'Amil Khan' matches 'Amil will'."""
    name = (statement.context.name or "").strip()
    if not name:
        return []
    return sorted({name, name.split()[0]}, key=len, reverse=True)


_TIME_OPENING = re.compile(
    r"^(?:by|within|in|at|before|during|over|after|until|from|throughout)\b", re.I)


def is_child_phrase(phrase: str, statement: Statement) -> bool:
    """A subject phrase that ends with the child (name, pronoun, 'I', 'the young person') and
    names nobody else: 'In 2 years I' is the child, 'Sam's teacher' is not."""
    return is_child_phrase_for(phrase, tuple(child_names(statement)))


# The child's own words, and the child's names matched by hand: a regex built from each new name
# would be compiled afresh for every child, which is most of the time a mixed file takes.
_CHILD_ENDING = re.compile(rf"(?:^|\s)(?:{_CHILD_WORDS})$", re.I)
_CHILD_START = re.compile(rf"^\s*(?:{_CHILD_WORDS})\b(?!['’]s)", re.I)
_CHILD_MENTION = re.compile(rf"\b(?:{_CHILD_WORDS}|my|his|her|their)\b", re.I)
_OWN_PRONOUN = re.compile(r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)(?:['’]s)? [a-z][a-z -]*$")
_OWN_REST = re.compile(r"(?:['’]s)? [a-z][a-z -]*$")
_PLACE_AFTER = re.compile(r" (?:at|in|during|on|across|around|outside|inside) ")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def name_at(text: str, pos: int, child: tuple[str, ...]) -> int | None:
    """Where a name of the child's that starts at `pos` ends (whole words, any case), or None."""
    if pos > 0 and _is_word_char(text[pos - 1]):
        return None
    for name in child:  # longest first
        end = pos + len(name)
        if text[pos:end].lower() == name.lower() and (end == len(text)
                                                       or not _is_word_char(text[end])):
            return end
    return None


def _ends_with_name(words: str, child: tuple[str, ...]) -> bool:
    low = words.lower()
    return any(low == n.lower() or low.endswith(" " + n.lower()) or low.endswith("\t" + n.lower())
               for n in child)


def _names_word(text: str, child: tuple[str, ...]) -> bool:
    low = text.lower()
    for name in child:
        start = low.find(name.lower())
        while start != -1:
            if name_at(text, start, (name,)) is not None:
                return True
            start = low.find(name.lower(), start + 1)
    return False


@lru_cache(maxsize=4096)
def is_child_phrase_for(phrase: str, child: tuple[str, ...]) -> bool:
    """`is_child_phrase` by the child's names, kept per phrase: several rules ask it."""
    words = phrase.strip(" ,;:.-").strip()
    ends_with_child = bool(_CHILD_ENDING.search(words)) or _ends_with_name(words, child)
    if _TIME_OPENING.match(words) and ends_with_child:
        return True  # "Within the next school year Haruto": an end point with no comma
    owned = _OWN_PRONOUN.search(words) or any(
        words.startswith(n) and _OWN_REST.match(words, len(n)) for n in child)
    # "Ruairi's meltdowns at home": where they happen is not who acts, so only the head is read
    head = _PLACE_AFTER.split(words, maxsplit=1)[0] if owned else words
    if not words or NOT_CHILD_SUBJECT.search(head):
        return False
    if owned:
        return True  # "Kalinda's anxiety", "his speech": the child's own, no one else acting
    # A first name the context does not give ("Sam will …" checked without a context) is still
    # a person; roles and services were excluded above.
    return ends_with_child or PROPER_NAME_ENDING.search(words) is not None


def starts_with_child(phrase: str, statement: Statement) -> bool:
    """'Sam and his friends' starts with the child; 'pupils in Sam's group' does not."""
    if _CHILD_START.search(phrase):
        return True
    pos = len(phrase) - len(phrase.lstrip())
    end = name_at(phrase, pos, tuple(child_names(statement)))
    return end is not None and phrase[end:end + 2] not in ("'s", "’s")


def mentions_child(text: str, statement: Statement) -> bool:
    return bool(_CHILD_MENTION.search(text)) or _names_word(text, tuple(child_names(statement)))


_BRACKETED = re.compile(r"\([^()]*\)")
_LEADING_TRIGGER = re.compile(
    rf"(?i:when|whenever|if|once|after|before|while)\b.*\s({_CHILD_WORDS}|[A-Z][a-z'’-]+)$")


# An aside about the child between commas: 'aged 7 and in Year 2', 'who scored 78 on the BPVS'.
_ASIDE = re.compile(r"\s*(?:aged?\b|who\b|now\b|currently\b|in year\b|in reception\b)", re.I)


@lru_cache(maxsize=4096)
def subject_phrase(text: str) -> tuple[str, int] | None:
    """The words before the main verb (after a leading time phrase), and where that verb starts;
    None when the sentence has no verb we know ('The provision of three hours of therapy.')."""
    lead = LEADING_TIME.match(text)
    offset = lead.end() if lead else 0
    match = MODAL.search(text, offset)
    if match is None:
        return None
    if match[0].lower().startswith(("i'm", "i am", "he is", "she is", "they are", "i've",
                                    "i have")):
        return match[0].split()[0].split("'")[0], match.start()
    before = _BRACKETED.sub(" ", text[offset: match.start()])  # 'Ottilie (Year 6, aged 11)'
    clauses = re.split(r"[,;:()]|[.!?]\s", before)
    if len(clauses) > 2 and not clauses[-1].strip() and _ASIDE.match(clauses[-2]):
        clauses = clauses[:-2]  # 'Tomasz, aged 7 and in Year 2, will': the aside is about him
    clause = clauses[-1].strip()  # the sentence the verb is in
    trigger = _LEADING_TRIGGER.match(clause)  # 'when Keanu feels overwhelmed in class he'
    return (trigger[1] if trigger else clause), match.start()


# Numbers that belong to the end point, not to a criterion: "by the age of 14", "Year 6", "2027".
TIME_NUMBER = re.compile(
    rf"\b(?:(?:aged?|age of|the time (?:I'm|I am|I'm|he is|she is|they are|he's|she's)|"
    rf"(?:I'm|I am|he is|she is|they are|turns?)|by|before|until)\s+{NUMBER}|"
    rf"(?:year|yr|y|ks|key stage|phase|level)\s*{NUMBER}|(?:19|20)\d\d|"
    rf"(?:in|within|over|after|for the next)\s+(?:the next\s+)?{NUMBER}\s+(?:years?|months?|"
    rf"weeks?|terms?)"
    rf"(?:'|’)?(?:\s+time)?)\b",
    re.I,
)
# A criterion a reviewer could check: a count, a ratio, a level of help, a completed act.
CRITERION = re.compile(
    rf"\b(?:{NUMBER}\s+(?:out of|of the|from|/)\s+{NUMBER}|"
    # 'on 8 of 10 recorded occasions'
    rf"on {NUMBER} of {NUMBER} (?:[a-z]+ )?(?:occasions|days|sessions|lessons|attempts|trials|"
    rf"opportunities|mornings|afternoons|visits|times)|\d+\s*/\s*\d+|\d+\s*%|"
    rf"{NUMBER} per ?cent|"
    rf"{NUMBER}\s*(?:m|km|metres?|meters?|miles?|kg|stone|pounds|lbs?|words?|letters?|sounds?|"
    rf"steps?|times?|occasions?|days?|minutes?|mins?|hours?|seconds?|items?|pieces?|sentences?|"
    rf"questions?|pages?|books?|meals?|friends?|peers?|pupils?|students?|children|adults?|"
    rf"people|activities|turns?|exchanges?|instructions?|key words?|coins?)\b|"
    rf"at least\s+{NUMBER}|no more than\s+{NUMBER}|all\s+{NUMBER}|up to\s+{NUMBER}|"
    rf"{NUMBER}\s*-\s*{NUMBER}|"
    r"\d+(?:st|nd|rd|th) (?:centile|percentile)|"
    r"without (?:any |an? |adult |staff |physical |verbal |further )*(?:support|help|assistance|"
    r"prompts?|prompting|reminders?|stabilisers|supervision|an adult|adults)|"
    r"(?:not|without) (?:with )?(?:my|his|her|their) (?:parents?|mum|dad|carers?|family)|"
    r"with (?:no|one|a single|minimal|only one|\d+) (?:verbal |visual |physical |gestural |adult )?"
    r"(?:prompts?|reminders?)|"
    r"unaided|unsupported|independently|on (?:my|his|her|their) own|by (?:him|her|them|"
    r"my)sel(?:f|ves)|"
    r"fluently|accurately|correctly|legibly|safely|"
    r"(?:have|has) (?:had|gained|achieved|completed|passed|taken part in|attended|visited)|"
    r"(?:achieve|gain|pass|complete|obtain|attain|sit)\w* (?:a |an |the |his |her |their |my )?"
    r"[\w -]{0,30}(?:qualification|GCSEs?|certificate|award|exams?|BTEC|NVQ|course|"
    # ('Entry Level 3' reaches here as 'Entry': a level's number is blanked with the end points)
    r"apprenticeship|internship|Entry\b|Level \d|Functional Skills|grade \d))",
    re.I,
)


# The end point as a phrase: "by the time I go to secondary school", "by the end of Year 6".
TIME_PHRASE = re.compile(
    r"\b(?:by|before|until|within|in|at) (?:the )?(?:time|end|age|start|beginning|close)\b[^,.;]*",
    re.I,
)


# The main verb is a feeling or a state of mind: nobody can see it, however often it happens.
INNER_STATE = re.compile(
    r"\b(?:will|can|shall|to|I'm|I am|is|are)\s+(?:be able to\s+|continue to\s+|always\s+|"
    r"consistently\s+|now\s+)?(?:feel(?:ing)?|be (?:fully |more )?(?:happy|happier|settled|content|"
    r"calm|relaxed|"
    r"confident|safe|secure|comfortable|valued|included|motivated|resilient|positive|"
    r"willing|keen|ready)|enjoy(?:ing)?|like|love|want|wish|know (?:about|that)|"
    r"believe|care about)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def without_time_phrases(text: str) -> str:
    """The text with end-point phrases blanked, so 'go to secondary school' is not a situation."""
    return TIME_PHRASE.sub(lambda m: " " * len(m[0]), text)


@lru_cache(maxsize=4096)
def without_time_numbers(text: str) -> str:
    """The text with end-point numbers blanked, so 'by the age of 14' is not read as a count."""
    return TIME_NUMBER.sub(lambda m: " " * len(m[0]), text)


@lru_cache(maxsize=4096)
def has_criterion(text: str) -> bool:
    plain = without_time_numbers(text)
    return bool(has_core_criterion(plain) or FREQUENCY.search(plain) or AMOUNT.search(plain))


@lru_cache(maxsize=4096)
def has_core_criterion(plain: str) -> bool:
    """CRITERION in text whose end-point numbers are blanked; kept, since both criterion tests
    ask it of the same text."""
    return CRITERION.search(plain) is not None


@lru_cache(maxsize=4096)
def has_role(text: str) -> bool:
    """Several rules ask this of the same text; the answer is kept per text."""
    return ROLE.search(text) is not None


@lru_cache(maxsize=4096)
def has_quantity(text: str) -> bool:
    """A frequency, a duration or an amount: what makes provision quantified."""
    return FREQUENCY.search(text) is not None or AMOUNT.search(text) is not None
