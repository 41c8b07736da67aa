"""The domain words the engine scores with, written from the Code's four broad areas (6.28-6.35),
the Section C/D/G/H headings and Preparing for Adulthood (chapter 8). Each is a visible regex."""

import re
from collections.abc import Mapping

from assistant.models import NeedArea, PfaArea


def _any(*terms: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(terms) + r")", re.IGNORECASE)


AREA_TERMS: Mapping[NeedArea, re.Pattern[str]] = {
    "communication_and_interaction": _any(
        r"speech", r"language", r"SALT\b", r"understood", r"understanding", r"SLT\b", r"communicat", r"vocabular", r"sentence",
        r"words?\b", r"express", r"receptive", r"understand(?:ing)? (?:of )?(?:spoken|instruction|questions)",
        r"instructions?\b", r"conversation", r"talk", r"verbal", r"non-verbal", r"sign(?:ing|s)?\b",
        r"makaton", r"PECS", r"AAC\b", r"stammer", r"articulat", r"intelligib", r"phonolog",
        r"social communication", r"speak", r"spoken", r"tells?\b", r"stor(?:y|ies)\b", r"eye contact", r"turn[- ]taking", r"listening", r"attention autism",
        r"autis", r"\bASD\b", r"\bASC\b", r"\bDLD\b", r"echolal", r"narrative", r"questions?\b",
    ),
    "cognition_and_learning": _any(
        r"read", r"phonic", r"spell", r"writ", r"literacy", r"numera", r"maths?\b", r"number",
        r"count", r"memory", r"recall", r"processing", r"learn", r"dyslexi", r"dyscalcul",
        r"attainment", r"curriculum", r"lessons?\b", r"concept", r"problem[- ]solving",
        r"working memory", r"cognitive", r"reasoning", r"letters?\b", r"homework", r"task",
        r"(?:global )?developmental delay", r"learning difficult", r"learning disab",
    ),
    "social_emotional_mental_health": _any(
        r"anxi", r"worr", r"emotion", r"regulat", r"friend", r"peers?\b", r"behaviou?r",
        r"melt ?downs?", r"upset", r"angry", r"anger", r"frustrat", r"self-esteem", r"confiden",
        r"mood", r"low mood", r"withdraw", r"play(?:s|ing|time|ground)?\b", r"break ?times?",
        r"lunch ?times?", r"social", r"relationship", r"calm", r"distress", r"school refus",
        r"attendance", r"self-harm", r"mental health", r"ADHD", r"trauma", r"attachment",
        r"exclu", r"dysregulat", r"tantrum", r"aggress", r"hit(?:s|ting)?\b", r"feelings",
        r"panic", r"scared", r"afraid", r"nervous",
    ),
    "sensory_and_physical": _any(
        r"motor", r"handwriting", r"pencil", r"scissor", r"cutlery", r"balance", r"coordinat",
        r"posture", r"mobility", r"walk", r"wheelchair", r"stairs", r"hearing", r"deaf",
        r"hearing aids?", r"vision", r"visual(?:ly)? impair", r"sight", r"sensory", r"noise",
        r"touch", r"texture", r"fidget", r"proprioce", r"vestibular", r"dyspraxi", r"\bDCD\b",
        r"physio", r"occupational therap", r"\bOT\b", r"cerebral palsy", r"hemiplegi", r"grip",
        r"dressing", r"buttons", r"splint", r"standing frame", r"seating", r"PE\b", r"ball skills",
        r"fatigue", r"stamina", r"hypermobil",
    ),
    "health": _any(
        r"medic", r"epilep", r"seizure", r"diabet", r"asthma", r"inhaler", r"allerg",
        r"continen", r"incontinen", r"toilet", r"nappy", r"nappies", r"wet(?:ting)?\b", r"soil",
        r"constipat", r"feeding", r"gastrostomy", r"\bPEG\b", r"tube[- ]fed", r"swallow",
        r"dysphagia", r"eat(?:s|ing)?\b", r"diet", r"weight", r"sleep", r"night", r"paediatric",
        r"\bGP\b", r"nurs(?:e|ing)\b", r"hospital", r"pain", r"health", r"dental", r"melatonin",
        r"care plan", r"condition", r"syndrome", r"tired", r"oral[- ]motor", r"drinking",
        r"choking", r"mealtimes?",
    ),
    "social_care": _any(
        r"social worker", r"social care", r"respite", r"short breaks?", r"carers?\b",
        r"personal care", r"family support", r"siblings?", r"parents? (?:are|is|feel|report)",
        r"home life", r"housing", r"safeguard", r"child in need", r"direct payment",
        r"personal assistant", r"early help", r"young carer", r"community", r"clubs?\b",
        r"leisure", r"independen", r"travel", r"wash", r"shav", r"bathing", r"dress\b",
        r"getting dressed", r"only carer", r"a break\b", r"weekends?",
    ),
}

DIFFICULTY = _any(
    r"difficult", r"struggl", r"finds? it (?:hard|difficult)", r"unable", r"can ?not", r"can't",
    r"does not", r"doesn't", r"is not yet", r"not yet", r"delay", r"disorder", r"impair", r"limited",
    r"reduced", r"poor", r"weak", r"below", r"needs? (?:to|help|support|adult)", r"requires?\b",
    r"relies", r"dependent", r"only (?:uses|manages|says|speaks|reads|writes|eats|sleeps)",
    r"avoids?", r"refus", r"becomes?", r"gets? (?:upset|anxious|angry|frustrated|distressed|tired)",
    r"anxious", r"diagnos", r"has (?:a|an) ", r"problems?", r"concern", r"barrier", r"at risk",
    r"rarely", r"seldom", r"inconsistent", r"emerging", r"lacks?", r"trouble",
    r"worr", r"upset", r"melt ?down", r"incontinen", r"wakes?", r"falls?\b", r"trips?\b",
    r"red band", r"single words", r"points? (?:or|and) pulls?", r"cries", r"below (?:the )?average",
    r"well below", r"low average", r"no words", r"only (?:a few|some)", r"fallen", r"behind",
    r"never", r"has not", r"hasn't", r"no (?:friends|activities|words|speech)", r"exhausted",
    r"panic", r"clinical range", r"needs (?:prompts|hands-on|help|support|an adult|reminders)",
    r"affected", r"tiring", r"slow\b", r"misses", r"missed", r"sits? out",
    r"leaves? out", r"loses? track", r"gets? lost", r"confused", r"unsure", r"only with",
    # a named condition is a need in itself, whatever the sentence's verb
    r"cerebral palsy", r"epilep", r"seizures?\b", r"diabet", r"hypos?\b", r"asthma", r"allerg",
    r"prematur", r"tube[- ]fed", r"hearing loss", r"deaf", r"autis", r"dyslexi", r"dyspraxi",
    r"\bADHD\b", r"learning disabilit", r"syndrome", r"GMFCS",
)

ABOUT_ME = _any(
    r"loves?\b", r"enjoys?", r"(?<!would )(?<!'d )likes?\b", r"is (?:very )?good at", r"is (?:a )?(?:keen|kind|funny|"
    r"friendly|happy|sociable|caring|chatty|creative|determined|motivated)", r"favourite",
    r"strengths?", r"is interested in", r"is proud", r"says\b", r"said\b", r"told me",
    r"describes (?:himself|herself|themselves)", r"would like to be", r"dreams?\b",
    r"is skilled at", r"excels?", r"is (?:a )?(?:confident|reliable|bubbly|loving|thoughtful|sporty|"
    r"organised|affectionate|strong|gentle|helpful|popular|hard-working)", r"is good with",
    r"describes? (?:him|her|them) as", r"takes pride", r"trust(?:s|ed)? (?:him|her|them)",
)
QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{3,}[\"\u201d]")

RECOMMENDATION = _any(
    r"recommend", r"should (?:receive|have|be (?:given|offered|provided|supported)|access|continue)",
    r"would benefit from", r"will benefit from", r"will need", r"would need", r"requires?\b",
    r"needs? (?:a |an |access|support|help|adult|daily|weekly|regular|\d|one|small)",
    r"to be (?:delivered|provided|led|implemented|given|offered)", r"led by", r"delivered by",
    r"I (?:would )?(?:suggest|advise)", r"it is advised", r"should be provided", r"provision",
)
"""Strong markers: a recommendation wherever it sits."""
WEAK_RECOMMENDATION = _any(
    r"\d+\s*(?:x|times)\s*\d*", r"(?:weekly|daily|termly|fortnightly) (?:session|group|input)",
    r"sessions?\b", r"programme", r"access to", r"provide\b", r"run by", r"trained by",
)
"""Weak markers: a recommendation only in a provision section or a sentence with no subject
the child ('Georgia exercises 2 times a week' describes, it does not recommend)."""
PROVISION_HEADING = re.compile(r"recommend|provision|support|strateg|plan|interventions?", re.I)

TARGET = _any(
    r"target", r"\baim\b", r"aim(?:ing|s)? (?:for|to|is)", r"goal", r"(?:I|we) (?:would )?expect",
    r"expected to", r"realistic", r"achievable", r"should be able to", r"could achieve",
    r"next step", r"success would", r"would like (?:him|her|them) to", r"by the end of",
    r"we will know", r"success (?:looks|will)",
)
BASELINE = _any(r"currently", r"at present", r"at the moment", r"presently", r"so far",
                r"at assessment", r"was observed", r"I observed", r"on assessment")

MEASURE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+out of\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+\w+){0,2}"
    r"|\bfor (?:at least )?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)[- ]"
    r"(?:minutes?|mins?|hours?|seconds?|nights?|days?|weeks?)"
    r"|\b(?:at least |up to )?(?:\d+|once|twice|two|three|four|five) (?:times )?(?:a|per|each) "
    r"(?:day|week|lesson|session|term|night)"
    r"|\bwithout (?:adult |any )?(?:support|help|prompt(?:ing|s)?|reminders?)"
    r"|\bindependently\b|\bon (?:his|her|their) own\b|\bwith (?:verbal )?prompts only\b"
    r"|\bno more than\b|\bevery time\b|\bwithout being (?:asked|reminded|prompted)\b"
    r"|\b\d+ (?:\w+ )?(?:days|weeks|nights|times) in a row\b|\b\d+\s*%"
    r"|\b\d+[- ](?:word|step|part|letter)s?\b[\w -]{0,30}?(?=[,.;]|$)"
    r"|\b\d+\s*(?:%|per ?cent|metres?|m\b|words?|steps?|items?|sentences?)",
    re.IGNORECASE,
)

NUMBER_WORDS: Mapping[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "once": 1, "twice": 2, "half": 0.5, "single": 1, "double": 2,
    "thrice": 3, "dozen": 12,
}

DIAGNOSES = _any(
    r"autis\w*", r"\bASD\b", r"\bASC\b", r"ADHD", r"\bADD\b", r"dyslexi\w*", r"dyspraxi\w*",
    r"dyscalculi\w*", r"\bDCD\b", r"\bDLD\b", r"developmental language disorder",
    r"cerebral palsy", r"epilep\w*", r"down'?s? syndrome", r"hemiplegi\w*", r"diabet\w*",
    r"asthma", r"global developmental delay", r"\bGDD\b", r"\bPDA\b", r"\bOCD\b",
    r"selective mutism", r"tourette\w*", r"\bFASD\b", r"\bPMLD\b", r"\bSLD\b", r"\bMLD\b",
    r"sensory processing disorder", r"hearing impairment", r"visual impairment",
    r"glue ear", r"spina bifida", r"muscular dystrophy", r"hypermobility", r"anxiety disorder",
    r"attachment disorder", r"fragile x", r"cystic fibrosis", r"sickle cell", r"scoliosis",
    r"hydrocephalus", r"microcephal\w*", r"chromosom\w*", r"stammer", r"verbal dyspraxia",
)

FREQUENCY_WORDS = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|termly|half[- ]termly|annually|yearly|twice|once|"
    r"thrice|every (?:day|morning|afternoon|week|lesson|session|term|half[- ]term|night))\b",
    re.IGNORECASE,
)

# Concepts tie a family's words to a professional's ('friends' ~ 'peers'); stems, lower case.
CONCEPTS: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "friend peer play playtime playground break lunchtime social group together join",
    "read reading book story phonic letter word literacy",
    "write writing handwrit pencil pen spell",
    "talk speak speech say word sentence communicat tell ask conversation language express chat",
    "understand instruction listen follow",
    "count number math maths money sum numeracy coin shop shopping",
    "calm anxiety anxious worry upset regulat meltdown angry anger emotion feel feeling cross "
    "shout swear trouble incident temper hit kick frustrat",
    "eat eating food meal lunch feeding diet swallow drink",
    "sleep night bed bedtime tired",
    "toilet continen wet dry nappy",
    "walk walking mobility run stairs balance",
    "dress dressing clothe button coat shoe",
    "job work career employ employment volunteer internship apprentice",
    "college university course qualification exam gcse study",
    "travel bus train transport journey route",
    "cook cooking kitchen meal",
    "club activity sport swim swimming football leisure hobby community",
    "healthy health fit fitness exercise weight gym",
    "school class classroom lesson learn learning teacher",
    "hear hearing listen sound noise",
    "see vision sight visual",
))

PFA_TERMS: Mapping[PfaArea, re.Pattern[str]] = {
    "employment": _any(r"job", r"work experience", r"work(?!ing memory)", r"career", r"employ", r"college",
                       r"universit", r"apprentice", r"internship", r"qualification", r"course",
                       r"volunteer", r"GCSE", r"exam", r"training", r"till\b", r"customers?",
                       r"earn"),
    "independent_living": _any(r"cook", r"shop", r"travel", r"bus\b", r"train\b", r"money",
                               r"budget", r"live (?:on|by|independently)", r"own (?:flat|home|place)",
                               r"independen", r"wash", r"dress", r"meals?",
                               r"on (?:my|his|her|their) own"),
    "community_participation": _any(r"friend", r"club", r"communit", r"social", r"sport",
                                    r"leisure", r"hobb", r"youth", r"church", r"mosque", r"group",
                                    r"go(?:ing)? out", r"cinema", r"swimming", r"weekends?",
                                    r"people (?:my|his|her|their) age", r"match", r"chat",
                                    r"town"),
    "health": _any(r"health", r"fit\b", r"fitness", r"weight", r"exercise", r"sleep",
                   r"medic", r"appointment", r"doctor", r"\bGP\b", r"pain", r"eat", r"diet",
                   r"wellbeing", r"well-being", r"mental health", r"anxi", r"calm",
                   r"check-?ups?", r"toilet", r"wheelchair", r"transfer", r"physio"),
}

ROLE_AREAS: Mapping[str, frozenset[NeedArea]] = {
    r"speech|language|SALT|SLT": frozenset({"communication_and_interaction"}),
    r"occupational|\bOT\b": frozenset({"sensory_and_physical", "cognition_and_learning", "social_care"}),
    r"physio": frozenset({"sensory_and_physical", "health"}),
    r"psycholog|\bEP\b": frozenset({"cognition_and_learning", "social_emotional_mental_health",
                                   "communication_and_interaction"}),
    r"paediatric|nurse|doctor|GP|dietit|consultant": frozenset({"health", "sensory_and_physical"}),
    r"social work|social care|family support": frozenset({"social_care",
                                                          "social_emotional_mental_health"}),
    r"CAMHS|mental health|counsell": frozenset({"social_emotional_mental_health", "health"}),
    r"hearing|visual|sensory support|QTVI|QToD": frozenset({"sensory_and_physical",
                                                          "communication_and_interaction"}),
}
