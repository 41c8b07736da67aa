"""OUT014: an outcome that names only a broad area of life, with no situation or concrete act."""

import re
from collections.abc import Iterator

from assistant.models import Statement
from assistant.regex_cues import Cued

from .._clause import (
    AND_ACT,
    BARE_SKILLS,
    BROAD_OBJECT,
    CONCRETE_STATES,
    DOMAIN_VERBS,
    FEELING_VERBS,
    INNER_VERBS,
    TO_SLEEP,
    bare_measure,
    bears_named_experience,
    broad_object,
    counted_second_act,
    domain_words,
    has_behavioural_criterion,
    is_domain_act,
    is_passive,
    knows_recall_set,
    main_act,
    quality,
    recognises_a_set,
    shown_by_act,
    whole_area,
)
from .._lexicon import NUMBER, has_criterion, without_time_phrases
from .._receipt import (
    OPPORTUNITY,
    ensured_act,
    helped_act,
    in_main_clause,
    inner_state,
    without_wrapper,
)
from .._registry import Hit, rule, subject_of
from .out010_vague_aim import measured_after, vague_aims
from .out015_vague_degree import MANAGED_WELL, set_by_need, without_matches
from .out011_no_observable_act import ABSTRACT_ACT_CUED, adults_practice, child_act

# Each pattern wrapped in Cued runs only on texts holding one of its cue words (regex_cues).
_MANAGED_WELL = Cued(MANAGED_WELL)

# Where or when the act happens, or what it is about: what makes "talk" a specific act.
SITUATION = re.compile(
    r"\b(?:(?:in|at|during|around|on|into|to|from|across|outside|inside)\s+(?:the |a |an |his |her "
    r"|their |my |school |local |every |each |all |mainstream |secondary |primary )?"
    r"(?:playground|class(?:room)?|lessons?|home|break ?times?|lunch ?times?|playtimes?|"
    r"assembl(?:y|ies)|PE|canteen|dinner hall|community|shops?|supermarket|bus|train|public "
    r"transport|college|work(?:place)?|park|swimming|clubs?|meals?|mealtimes?|transitions?|"
    r"group work|circle time|café|cafe|library|town|road|kitchen|bathroom|toilet|hospital|"
    r"hall|sandpit|garden|gym|pool|office|street|nursery|farm|stables|"
    r"appointments?|reviews?|interviews?|placement|job|corridors?|small group|whole class)\b|"
    r"(?:at|during) (?:the )?(?:[\w-]+ ){0,2}times?\b|"
    r"when (?:\w+ing|asked|given|upset|anxious|frustrated|he|she|they|I|an? |the )|"
    r"while \w+|using (?:a|an|the|his|her|their|my|\w+)|by (?:\w+ing)|in front of \w+|"
    r"such as|including|for example|e\.g\.)",
    re.I,
)

# Areas of life so wide that naming them says nothing about the act.
BROAD_AREA = re.compile(
    r"\b(?:independen\w*|confiden\w*|team ?work|sociab\w*|social\w*|skills?|fitness|stamina|"
    r"wellbeing|well-being|resilien\w*|self-esteem|behaviour|communication|progress|potential|"
    r"learning|"
    r"development|emotional\w*|happ\w*|motivat\w*|mature|maturity|understanding|aware\w*|best|"
    r"saf\w*|health\w*|strength|balance|dysregulat\w*|anxiet\w*|moods?|worr(?:y|ies)|stress|"
    r"sleep|processing|memory|concentration|attention(?: span)?|focus|organisation(?:al)?)\b",
    re.I,
)


# A standard nobody has written down for this child: "working at the expected standard".
VAGUE_STANDARD = Cued(re.compile(
    r"\b(?:at|to|towards|reach\w*|meet\w*) (?:the )?(?:expected|age[- ]related|national|"
    r"required|appropriate) (?:standards?|levels?|expectations?)\b"
    # ... unless it is the pass mark of a named check: 'in the Year 2 phonics screening check'
    r"(?! (?:in|on|for) (?:the|his|her|their|my) (?:[\w-]+ ){0,5}"
    r"(?:check|test|assessment|exam|goal)s?\b)"
    r"|\bexpected progress\b"
    # 'gain a qualification': which one, in what?
    r"|\b(?:gain|get|achieve|pass|obtain)\w* (?:a|an|one|some|any) (?:recognised |formal )?"
    r"qualifications?\b(?!\s+(?:in|at|such|like|for)\b)"
    # 'reach his target grades': grades set elsewhere, for no named skill
    r"|\b(?:reach|meet|achiev|get|hit)\w* (?:his|her|their|my) (?:target|predicted) grades?\b"
    # 'working at the level he is capable of': whatever level that turns out to be
    r"|\bthe level (?:he|she|they|I) (?:is|are|am) capable of\b",
    re.I,
))
# A climb up a scale names no skill: 'move up two steps on the Routes for Learning assessment',
# nor do points gained on nothing named: 'score five points higher than she does now'.
_UP_A_SCALE = Cued(re.compile(
    rf"\b(?:move|go|went|gone|climb|progress|rise|risen)\w* up (?:by )?(?:{NUMBER} )?(?:more )?"
    r"(?:steps?|points?|levels?|bands?|stages?|sub-?levels?|grades?)\b|"
    rf"\bscor\w* (?:at least )?{NUMBER} (?:more )?points? (?:higher|lower|more|better)\b"
    r"(?!\s+(?:on|in)\b)", re.I))
# School subjects are areas too: 'improve his reading' does not say which part of reading.
_SUBJECT_AREA = re.compile(
    r"\b(?:reading|writing|spelling|maths|mathematics|handwriting|speech|language|listening|"
    r"phonics|English|science|vocabulary|grammar|talking|reasoning|numeracy|literacy)\b", re.I)
# 'demonstrate her understanding of fractions by correctly matching 8 of 10 pairs': the act that
# shows the understanding is named.
_SHOWN = re.compile(r"understanding|knowledge|awareness", re.I)
# 'use scissors with increasing control': how a named act is done, not what is done.
_MANNER = re.compile(r"\bwith (?:increasing|growing|greater|more) $", re.I)
# 'will be intelligible to unfamiliar listeners' and 'will be understood by unfamiliar adults' name
# the change, though not how it is counted.
NAMED_STATES = CONCRETE_STATES | {"intelligible", "understood"}
# 'talk about her feelings about her birth family': the topic is named, so the act is specific.
_ABOUT_SOMETHING = re.compile(r"(?:feelings|emotions|worries) about (?:his|her|their|my|the) \w+",
                              re.I)
# What some verbs act on can stay open: knowing a choice or a set with many uses ('know who to
# talk to', 'know her numbers to 20'), unlike a set for recall ('know his number bonds to 10');
# communicating 'her needs' or 'his wants', which are not said; living 'independently', nowhere.
_OWN_NEEDS = re.compile(r"\s+(?:(?:his|her|their|my) (?:needs|wants|feelings|wishes)"
                        r"(?: and (?:needs|wants|feelings|wishes))?|(?:more )?(?:effectively|"
                        r"appropriately|well|better))\b", re.I)
# 'say more words': a direction on the whole vocabulary, with no word, count or moment named.
_MORE_WORDS = r"\s+(?:more|new|lots of|some|a few)\s+(?:spoken\s+|single\s+)?words\s*[.!]?\s*$"
_OPEN_OBJECT = {
    "know": re.compile(r"\s+(?:who|what|where|which|(?:his|her|their|my|the) (?:numbers|colours|"
                       r"shapes|letters))\b", re.I),
    # 'understand more of what adults say': how much more, of what?
    "understand": re.compile(r"\s+more\b", re.I),
    # 'have more friends': who, and doing what together?
    "have": re.compile(r"\s+(?:more|new|some|a few|lots of|good)\s+friends\b"
                       r"(?!\s+(?:who|to|at|in|from)\b)", re.I),
    # 'will be able to read.', 'will read more': read what, where?
    **{verb: re.compile(r"(?:\s+for (?:pleasure|fun|enjoyment)|\s+more(?:\s+often)?)?\s*[.!]?\s*$",
                        re.I) for verb in BARE_SKILLS},
    # 'use money': for buying what, counting what? 'use more words': which, and when?
    "use": re.compile(rf"\s+money\b(?!\s+to\b)|{_MORE_WORDS}", re.I),
    "say": re.compile(_MORE_WORDS, re.I),
    # 'budget my money': for what, over how long?
    "budget": re.compile(r"(?:\s+(?:his|her|their|my) money)?\s*[.!]?\s*$", re.I),
    # 'keep himself safe in the community': safe from what, by doing what?
    "keep": re.compile(r"\s+(?:him|her|them|my)sel(?:f|ves)\s+safe\b", re.I),
    # 'communicate effectively with adults': a manner, not what is said or how
    "communicate": _OWN_NEEDS,
    "express": _OWN_NEEDS,
}
# 'play nicely', 'speak kindly': what nice play looks like is left to whoever watches.
_NICELY = re.compile(r"\b(?:nicely|kindly)\b", re.I)
# 'improve her blending of CVC words', 'his spelling of common exception words': a skill named
# with what it is done to (unlike 'his understanding of number', which is an inner state).
_SKILL_OF = re.compile(r"\s+(?:his|her|their|my) (?!understanding\b)[a-z]+ing of (?!(?:his|her|"
                       r"their|my|it|them)\b)[\w'‘]", re.I)
# 'understand why he goes to stay with foster carers one weekend a month': the count is part of
# what is understood, not a measure of anything he does.
_REASON = re.compile(r"\s+why\b", re.I)
# 'understand the difference between odd and even numbers': the distinction to learn is named.
_DIFFERENCE = re.compile(r"\s+the difference between (?:[\w'‘’-]+ ){1,3}and [\w'‘]", re.I)
# The words the child will use, quoted: "communicate 'yes' and 'no'", "sign 'finished'".
_QUOTED_OBJECT = re.compile(r"\s+(?:[a-z]+\s+)?['‘\"“]\w", re.I)
# Kinds of behaviour a place does not pin down: 'settle into nursery', 'cope with the noise in the
# dinner hall' still leave open what the child will do there.
_PLACE_IS_NOT_ENOUGH = frozenset({"settle", "cope", "calm", "behave"})
# A figure the school already records, as what the child will change.
_NAMED_FIGURE = re.compile(r"\s+(?:his|her|their|my) (?:school )?(?:attendance|punctuality)\b",
                           re.I)
# A score on tests of no named subject: 'score at least 80% in his end-of-term tests' (unlike
# 'in his end-of-term spelling tests').
_UNNAMED_TESTS = re.compile(
    rf"(?:{NUMBER}\s*%|{NUMBER}\s+per ?cent|{NUMBER}\s+out\s+of\s+{NUMBER})\s+(?:or (?:more|above|"
    r"higher|better)\s+)?(?:in|on|across)\s+(?:his|her|their|my|the|all|each|every|(?:the )?"
    r"(?:school|class)['’]s)\s+(?:(?:of "
    r"(?:his|her|their|my) )?(?:end[- ]of[- ](?:unit|topic|term|year)|weekly|termly|half-termly|"
    r"class|school|internal|unit|topic|mock|assessed)\s+)*(?:tests?|assessments?|exams?|"
    r"quiz(?:zes)?|papers?)\b(?!\s+(?:in|for|on)\s+(?!(?:every|each|all|any) (?:of )?(?:his |her |"
    r"their |my )?subjects?\b)\w)", re.I)
_TEST_WORD = re.compile(r"\b(?:tests?|assessments?|exams?|quiz(?:zes)?|papers?)\b", re.I)  # cheap
# 'complete his work', 'finish her classroom tasks': whatever work is set, in any subject.
_ANY_WORK = re.compile(r"\s+(?:(?:\w+ ){0,4}of )?(?:his|her|their|my) (?:own )?(?:class ?|school ?|"
                       r"classroom |set |written |(?:[\w-]+ ){1,2})?"
                       r"(?:work(?!\s+(?:experience|placements?|shadowing)\b)|tasks|targets|"
                       r"goals)\b"
                       r"(?!\s+(?:in|on|for)\s)|"
                       # 'do some cooking at home': which dish, how much?
                       r"\s+(?:some|a bit of|a little)\s+[a-z]+ing\b", re.I)
_WORK_VERBS = frozenset({"complete", "finish", "do", "start", "produce", "hand", "submit",
                         "achieve", "meet", "reach"})
_INCIDENTS_OF = re.compile(r"\s+(?:[\w-]+\s+)?incidents?\s+of\s+(?!dysregulat|behaviou?r\b)[a-z]",
                           re.I)
_NAMED_SCORE = re.compile(r"\b(?:reading|spelling) age\b", re.I)
_WEIGHT = re.compile(r"(?:los|lost|gain|put)\w* (?:on )?(?:some |a little )?weight", re.I)
# 'Ishaan's wellbeing score will rise by 5 points': a state moves, whatever the number, and no
# skill is named to teach; nor does a score of nothing named ('Elodie's score will rise by 10').
_STATE_SCORE = re.compile(
    r"(?:['’]s|\b(?:his|her|their|my)) (?:(?:wellbeing|well-being|self-esteem|self-confidence|"
    r"confidence|resilience|mood|anxiety|mental health|motivation|overall|total)"
    r"(?: scores?| ratings?| levels?)?|scores?) will\b", re.I)
# A score or step reached on an instrument ('score 45 or more on the Stirling Children's Wellbeing
# Scale', 'reach 80% on his school's independence checklist', 'Milestone 3 on the PMLD pathway'):
# the total can be agreed, but no act of the child's is named to teach, unless one shows it
# ('... on the engagement profile, by examining a new object with his hands').
_INSTRUMENT_SCORE = Cued(re.compile(
    r"\b(?:scor|reach|ris|mov|achiev|gain|get)\w*\b[^.;]{0,50}?\b(?:on|in|of) (?:the |his |her "
    r"|their |my )?(?:[\w'’-]+ ){0,6}?(?:scales?|profiles?|questionnaires?|measures?|index|"
    r"checklists?|trackers?|pathway)\b(?![^.;]*\bby [a-z]+ing\b)", re.I))
# 'fewer incidents at break time', 'no more than one incident a week', 'no more than two
# behaviour points a week', 'fewer detentions': a count of whatever the school logs or sanctions,
# with no behaviour named (unlike 'incidents of hitting', 'physical incidents', 'behaviour points
# for swearing', or 'in 4 out of 5 incidents', where incidents are the occasions an act is
# counted on). 'Incidents of dysregulation' names an area, not a behaviour.
_BARE_INCIDENTS = re.compile(
    rf"\b(?<!of )(?:fewer|less|reduc\w*(?: (?:the number of|his|her|their|my|the))?|half as many|"
    rf"halv\w*(?: (?:the number of|his|her|their|my))?|cut\w* (?:his|her|their|my)|"
    rf"reduc\w* (?:his|her|their|my) number of|"
    rf"(?:no more than |fewer than |under |at most |only )?{NUMBER}|no)"
    r"\s+(?:recorded |logged |reported |serious |fixed[- ]term |)(?:(?:behaviou?r(?:al)? )?"
    r"incidents?\b(?!(?:\s+(?:a|an|per|each|every)(?: [\w-]+){1,2})?\s+(?:of (?!dysregulat)|"
    r"involving|with|where|when|in which|that|leading to)\b)|"
    r"behaviou?r points?|detentions?|exclusions?|suspensions?|sanctions?|"
    r"entries (?:on|in) (?:the |his |her |their |my )?(?:behaviou?r )?log)\b"
    r"(?!(?:\s+(?:a|an|per|each|every) [\w-]+)?\s+(?:for|involving|after|because)\b)", re.I)
# The class's own reward system, counted: 'earn 20 stickers on his reward chart', 'be on green on
# the behaviour chart', 'move her peg to the rainbow', 'a whole week without a red card'. What
# earns the sticker or the card is the behaviour, and it is not named.
_REWARD_TALLY = re.compile(
    rf"\b(?:earn|get|collect|gain|receiv|achiev|reach|ha(?:ve|s|d))\w*\s+(?:at least\s+)?"
    rf"{NUMBER}\s+"
    r"(?:[\w-]+\s+)?(?:stickers?|stars?|tokens?|merits?|house points?|dojo points?|points)\b"
    r"(?=[^.;]*\b(?:chart|reward|board|treasure)\b)|"
    r"\bon (?:green|gold|silver|amber|the (?:green|gold|rainbow|sun|star|cloud))\b"
    r"[^.;]{0,30}\bchart\b|"
    r"\bmoved? (?:his|her|their|my) (?:peg|name|clip)\s+(?:up\s+)?(?:to|onto)\b|"
    r"\bwithout (?:a|any|getting a|being given a) (?:red|yellow) cards?\b", re.I)
_TALLY_WORDS = ("incident", "behaviour point", "behavior point", "detention", "exclusion",
                "suspension", "sanction", " log")
# 'read and understand books at his level': reading as a whole, on whatever he is given
_READ_ANYTHING = re.compile(
    r"\bread and understand (?:(?:any|all|most) )?(?:age[- ]appropriate |age[- ]related |"
    r"(?:his|her|their|my) )?(?:texts|books|stories|reading books|reading)"
    r"(?: (?:at|for|appropriate for) (?:his|her|their|my) (?:own )?(?:level|age))?"
    r"(?=\s*(?:[.,;]|$|by\b|within\b))", re.I)
# 'eat a wider range of foods', 'read a range of texts': which ones, and how many more?
_RANGE_OF = Cued(re.compile(
    r"\b(?:a |an )?(?:(?:wider|broader|greater|bigger|larger|increased) )?"
    r"(?:range|variety) of\b(?!\s+(?:\d|at least|up to|[a-z]+ such as)\b)", re.I))
# 'take part in a hobby at least once a week', 'have taken up two hobbies': counted or not, no
# pastime is named (unlike 'talk about her hobby', where the hobby is only the topic).
_UNNAMED_HOBBY = re.compile(
    rf"\b(?:tak(?:e|es|en|ing) (?:part in|up)|ha(?:ve|s|d|ving)|start\w*|tr(?:y|ies|ied)|do|does|"
    rf"did|join\w*|find|found|(?:['’]d|would) like|want|"
    rf"spen(?:d|ds|t|ding)\s+(?:[\w-]+\s+){{0,4}}?on)\s+(?:at least\s+)?(?:a|an|one|{NUMBER}|"
    rf"some|new)\s+(?:new\s+)?"
    r"(?:hobb(?:y|ies)\b|"
    # 'take part in at least one community activity of her choosing': which one?
    r"(?:[\w-]+\s+)?activit(?:y|ies) of (?:his|her|their|my) (?:own )?choo?s)"
    # 'take part in activities in the community', 'have tried three new after-school activities':
    # which ones? (unless examples follow)
    rf"|\b(?:tak(?:e|es|en|ing) part in|took part in|do|does|join in|tr(?:y|ies|ied)|access)\s+"
    rf"(?:at least\s+)?(?:{NUMBER}\s+)?(?:more\s+|new\s+|some\s+|different\s+)?"
    r"(?:activities\s+(?:in|around)\s+(?:the|his|her|their|my|local)\s+(?:local\s+)?"
    r"(?:community|area)|(?:community|after-school|independence|communication|social|leisure)\s+"
    r"activities)\b(?![^.;]*\b(?:such as|for example|e\.g\.|including)\b)", re.I)


# 'will have met four of her five communication targets', 'meet all of his speech and language
# targets': targets written elsewhere, however many are met, name no skill here.
_TARGETS_MET = Cued(re.compile(
    rf"\b(?:meet|meets|met|achiev\w*|reach\w*|complet\w*|hit)\s+(?:at least\s+)?(?:all|most|"
    rf"{NUMBER})(?:\s+out)?\s+of\s+(?:his|her|their|my)\s+(?:[\w-]+\s+){{0,4}}(?:targets|goals)\b",
    re.I))


# 'look into options after sixth form', 'decide what she wants to do after school', 'find out about
# careers': thinking about the future, with no option, course or step named.
_FUTURE_THINKING = Cued(re.compile(
    r"\b(?:think|thought|look|looked|find|found|decide|decided|explore|explored|research|"
    r"researched|consider|considered)\w*(?: about| into| out about| on)? (?:his |her |their |my "
    r"|the )?(?:future|options|careers?|what (?:he|she|they|I) (?:wants?|would like) to do)\b"
    r"(?![^.;]*\b(?:such as|including|for example|e\.g\.)\b)", re.I))


# 'staff will help Ezra with his reading', 'his support workers will help him with money': help
# with an area, whoever gives it, names nothing the child will do.
_HELP_WITH = Cued(re.compile(
    r"\b(?:will|to|would|can|must|should) (?:continue to |also )?(?:help|support|assist) "
    r"(?:him|her|them|(?-i:[A-Z])[a-z'’-]+) "
    r"(?:with|in) (?!(?:[\w-]+ ){0,3}(?:to|so that|by [a-z]+ing)\b)"
    r"(?:(?:his|her|their|my|the) )?[\w-]+", re.I))


# '... for 6 weeks in a row': a run held week after week is the change asked for.
_SUSTAINED = re.compile(r"\bin a row\b|\bconsecutive\b", re.I)


# The count the child starts from, not the one asked for.
_BASELINE = re.compile(r"\b(?:compared (?:with|to)|down from|(?:up )?from an? (?:average|baseline) "
                       r"of|than)\s+$", re.I)


def _counted_umbrella(text: str) -> re.Match[str] | None:
    """Logged incidents or sanctions, or a hobby, however counted; the word test first keeps
    the two long patterns off the many texts that mention neither."""
    lowered = text.lower()
    tally = (_BARE_INCIDENTS.search(text) if any(w in lowered for w in _TALLY_WORDS)
             and not _SUSTAINED.search(text) else None)
    if tally and _BASELINE.search(text, 0, tally.start()):
        tally = None  # 'compared with four incidents last half term': where he starts from
    pastime = "hobb" in lowered or "activit" in lowered
    reward = ("chart" in lowered or "card" in lowered) and _REWARD_TALLY.search(text)
    return tally or reward or (_UNNAMED_HOBBY.search(text) if pastime else None)


# 'will learn to blow her nose': what is learnt is the act, and it is as specific as that act.
_LEARN_TO = re.compile(r"\b(?:be )?learn(?:ing)? (?:how )?to (?=[a-z])", re.I)


# 'will be taught strategies to calm down': what is taught is judged as what the child learns.
# Only an umbrella is reworded: 'be taught the column method' is as specific as the method.
_TAUGHT = re.compile(r"\b(?:be|have been) taught(?: by(?: [\w'’-]+){1,6}?)? "
                     r"(?=(?:[\w-]+ ){0,3}(?:strategies|techniques|skills)\b|about\b)", re.I)


def _what_is_learnt(statement: Statement) -> Statement:
    taught = _TAUGHT.search(statement.text)
    if taught:
        text = statement.text
        statement = statement.model_copy(
            update={"text": f"{text[:taught.start()]}learn {text[taught.end():]}"})
    return without_wrapper(statement, _LEARN_TO)


# A quality that is a whole area, whatever count is attached: 'be independent 80% of the time'.
_AREA_QUALITY = re.compile(r"independent|confident|resilient|mature|sociable", re.I)


_EVALUATIVE = re.compile(r"^(?:be|feel|become) |\b(?:better|worse|gap|well)\b|^catch", re.I)


def _object_head(words: str) -> list[str]:
    """The first two words the aim acts on, past a determiner or a preposition: 'reading in'
    in 'his reading in class', 'expressive language' in 'his expressive language'."""
    rest = words.split()
    while rest and rest[0].lower() in ("his", "her", "their", "my", "the", "a", "an", "own", "in",
                                       "with", "of"):
        rest = rest[1:]
    return rest[:2]


def names_words(statement: Statement) -> bool:
    """"communicate 'yes' and 'no'": the very words the child will use are named."""
    act = child_act(statement)
    return act is not None and _QUOTED_OBJECT.match(act.rest) is not None


def aim_names_act(statement: Statement, aim: re.Match[str], has_situation: bool) -> bool:
    """A direction applied to a named act ('babble more', 'reduce his vaping', 'increase his
    time on task in lessons') is specific; applied to an area or a quality ('improve his
    literacy', 'be more confident', 'sleep better') it is not."""
    text = statement.text
    after = " ".join(text[aim.end():].split()[:4])
    span_text = f"{aim[0]} {after}"
    manner = re.search(r"\bwith\s+$", text[max(0, aim.start() - 6): aim.start()])
    if _INCIDENTS_OF.match(text, aim.end()):
        return True  # 'fewer incidents of aggression': the behaviour is named, though not how few
    if _SKILL_OF.match(text, aim.end()):
        return True  # 'improve her blending of CVC words': the skill and what it is done to
    if _NAMED_SCORE.search(aim[0]):
        return True  # 'her reading age will go up': the score is named, though not how far
    if not manner and (BROAD_AREA.search(span_text) or BROAD_OBJECT.search(span_text)
            or _SUBJECT_AREA.search(" ".join([aim[0], *_object_head(after)]))
            or _EVALUATIVE.search(aim[0])):
        return False  # (not 'with increasing independence', which says how a named act is done)
    if _WEIGHT.match(aim[0]):
        return True  # 'lose some weight': the change is named, though not how much
    act = child_act(statement)
    if act is None:
        return has_situation
    if act.start < aim.start() and act.verb not in DOMAIN_VERBS | INNER_VERBS | FEELING_VERBS \
            and act.verb not in ("be", "have", "get"):
        return True  # the aim qualifies a concrete verb: 'play with others more often'
    return act.start == aim.start() or has_situation


def umbrella(statement: Statement, has_situation: bool) -> tuple[str, tuple[int, int]] | None:
    """What the child acts on is an umbrella area ('use her social skills'), or the act is a
    quality or a kind of behaviour ('be kind', 'participate', 'settle') with no situation."""
    act = child_act(statement)
    if act is None:
        practice = adults_practice(statement)  # 'his teachers will differentiate his work'
        if practice:
            return practice.verb, (practice.start, practice.verb_end)
        other = main_act(statement.text)  # 'Mum will manage Aaron's behaviour at bedtime'
        return None if other is None or is_passive(other) else broad_object(other)
    area = whole_area(act)
    if area:
        return area[0], (act.start, act.verb_end)  # 'use his calm-down strategies 80% of the time'
    found = broad_object(act)
    if found and not (_ABOUT_SOMETHING.match(statement.text, found[1][0])
                      or _MANNER.search(statement.text, 0, found[1][0])
                      or (_SHOWN.match(found[0]) and measured_after(statement.text, found[1][1]))):
        return found
    nicely = _NICELY.search(act.rest)
    if nicely:  # 'play nicely with others': what nice play looks like is left to whoever watches
        return f"{act.verb} … {nicely[0]}", (act.start, act.verb_end)
    work = _ANY_WORK.match(act.rest) if act.verb in _WORK_VERBS else None
    if work:
        return f"{act.verb}{work[0]}", (act.start, act.verb_end + work.end())
    verb = act.verb[:-1] if act.verb in ("knows", "communicates") else act.verb
    rest = without_time_phrases(act.rest)  # 'read by the time he is 10.': read what?
    known = _OPEN_OBJECT[verb].match(rest) if verb in _OPEN_OBJECT else None
    if known:  # 'know her numbers to 20': say them, read them, write them or count with them?
        words = f"{act.verb}{known[0]}".rstrip(" .!")
        return words, (act.start, act.start + len(words))
    if _NAMED_FIGURE.match(act.rest):
        return None  # 'improve her attendance': the figure to move is named, though not how far
    word = quality(act)
    if word is not None and _AREA_QUALITY.fullmatch(word) and not has_situation:
        return f"be {word}", (act.start, act.verb_end)  # 'independent 80% of the time'
    if act.verb in _PLACE_IS_NOT_ENOUGH and not TO_SLEEP.match(act.rest) \
            and not has_behavioural_criterion(statement.text):
        return act.verb, (act.start, act.verb_end)
    if act.verb in ("understand", "understands") and _REASON.match(act.rest):
        return act.verb, (act.start, act.verb_end)  # 'why he needs his inhaler every day'
    if has_situation or has_criterion(statement.text) or has_behavioural_criterion(statement.text):
        return None
    if act.verb in INNER_VERBS | FEELING_VERBS and (
            AND_ACT.match(act.rest) or shown_by_act(act) or _DIFFERENCE.match(act.rest)):
        return None  # 'understand and follow classroom instructions': judged by the second act
    if names_words(statement):
        return None
    if ((word is not None and word not in NAMED_STATES)
            or (is_domain_act(act) and not counted_second_act(act)
                and not _SKILL_OF.match(act.rest) and not TO_SLEEP.match(act.rest))
            or (act.verb in INNER_VERBS and not bears_named_experience(act)
                and not recognises_a_set(act))
            or (act.verb in FEELING_VERBS and not knows_recall_set(act))):
        words = domain_words(act) if word is None else f"be {word}"
        return words, (act.start, act.verb_end)
    return None


@rule("OUT014", kind="outcome", dimension="specific", severity="error",
      source="SEND Code of Practice 2015, 9.66 (specific outcomes)")
def not_specific(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Flags outcomes that name only a broad area ("increased independence", "improved fitness", "be
    more confident", "talk to my friends") with no situation, no detail of what, and no concrete
    act. It reads the main act: an umbrella as what the child acts on ("use her social skills",
    "make good choices", "demonstrate self-care") is not specific unless an example follows; a
    quality or a kind of behaviour ("be kind", "participate", "settle") is not specific unless a
    situation or criterion pins it down. A direction word is judged by what it applies to: "babble
    more", "reduce his vaping" and "improve her blending of CVC words" name the act, "improve his
    reading" and "sleep better" do not. An unwritten standard ("working at the expected standard"),
    a target set by need ("the grades he needs") and an opportunity ("be given the chance to try
    jobs", "benefit from a language-rich environment") name no skill; the pass mark of a named check
    ("the expected standard in the Year 2 phonics screening check") does. "With increasing
    independence" after a named act says how it is done, "understand the difference between odd and
    even numbers" names what is to be learnt, knowing shown by a visible act joined to it
    ("recognise the early signs of a sickle cell crisis and tell a member of staff") is judged by
    that act, and "understand and follow instructions" is judged by the second act, as is "listen to
    a story and answer two questions about it"; so are "use scissors with increasing control" and
    "demonstrate her understanding of fractions by correctly matching 8 of 10 pairs". "Personal
    care", "daily living", "strength and balance", "dysregulation", a state of the child's that
    changes ("her low mood will lift", "narrow the gap in her reading"), "take charge of his
    diabetes" and "something meaningful", "processing speed", "working memory", "attention span",
    "teamwork" (but getting "an adult's attention" is an act) and "a good quality of life", "a
    fulfilling social life", "a fulfilling adult life", "a safe and happy home life", "the life she
    wants", "something fun to do at weekends", "a say in her pathway plan", "be independent 80% of
    the time" (unlike "independent when crossing the road"), "use his calm-down strategies 80% of
    the time", "manage her diabetes independently on 100% of school days", "manage his anger in 9
    out of 10 situations", "control his temper when other pupils tease him", "use money", "an
    activity of her choosing", "activities in the community" or "community activities" (however
    many: "have tried three new after-school activities", unless examples follow), "eat a wider
    range of foods", "read a range of texts", "read and understand books at his level", "a healthy
    diet", an unnamed hobby however often it is done ("take part in a hobby at least once a week",
    "spend 20 minutes each lunchtime on a hobby", unlike "talk about his hobby"), "a good life", "a
    positive transition to sixth form", "a calm and happy day at school", "a meaningful day", chores
    however often they are done ("do his jobs at home every day"), worrying less, trying harder,
    playing "nicely" wherever it happens, understanding why (even "why he needs his inhaler every
    day", where the count is part of what is understood), "a positive attitude to reading", "a
    confident reader", "manage her own sensory needs", "read for pleasure", "a clear plan for his
    future", "a plan for what he does next", "a clear plan for post-16", thinking about the future
    with no option or step named ("look into options after sixth form", "decide what she wants to do
    after school", "have thought about his future"), "an idea of what he wants to do", "his reading
    will be at 80%", "will be working at 80% in maths", "something she enjoys doing", "do some
    cooking at home", "take part in the community", "his wellbeing score will rise by 5 points",
    "her score will rise by 10 points", "score 80% in reading", "80% accuracy in her language work"
    (unlike "his reading age will go up" or "rise by 12 months") are areas, not acts, a score or
    step reached on an instrument ("score 45 or more on the Stirling Children's Wellbeing Scale",
    "reach 80% on his school's independence checklist", unlike one shown "by examining a new object
    with his hands"), and "close the gap" and a climb up a scale ("move up two steps on the Routes
    for Learning assessment", "move up two grades in every subject", or points gained on nothing
    named: "score five points higher than he does now") name no skill, nor does a score on tests of
    no named subject ("80% in his end-of-term tests", "15 out of 20 on the school's termly
    assessment", or in them "in every subject", unlike "in his end-of-term spelling tests"). So is a
    skill with nothing it is done to ("will be able to read.", "will be able to read by the time he
    is 10", "will read more", "learn to cook", "will sign", "be able to budget", "budget my money").
    So are "understand more of what adults say", "say more words", "have more friends", "make and
    keep friends" and "express her needs", and the act staff help the child towards ("staff will
    support Kenji to manage the move") is judged as the child's, as is what adults make sure of ("we
    will make sure Rania has friends"), and the act the child is helped towards when it is an area
    ("will be supported by her key person to calm down when she is upset", "will have been taught
    how to cope with his feelings"), and what is learnt is judged as the act ("learn to blow her
    nose" is specific, "learn to cope with change" is not), as is an umbrella the child is taught
    ("be taught strategies to calm down", "be taught orientation and mobility skills", "have been
    taught about his options after Year 11", unlike "be taught the column method"); a condition
    others keep "well managed" or "better controlled" names nothing the child does; when others act
    on an area of the child's ("Mum will manage his behaviour at bedtime", "the school will support
    her wellbeing") the area is still all that is named. Nor does living "independently" with
    nowhere named, travelling "independently" with no journey named, "prepare for adulthood", "do
    everything for myself", keeping "himself safe", or communicating "effectively"; nor does a count
    of logged incidents with no behaviour named ("fewer incidents at lunchtime", unlike "incidents
    of hitting", where "fewer incidents of aggression" names the behaviour though not how few), of
    "incidents of dysregulation", or of the school's sanctions ("no more than two behaviour points a
    week", "fewer detentions", "no fixed-term exclusions", unlike "behaviour points for swearing",
    "incidents each half term that lead to him being sent out", a count held "for six weeks in a
    row", or a count he starts from: "compared with four incidents last half term"), or of the
    class's rewards ("earn 20 stickers on his reward chart", "be on green on the behaviour chart",
    "a whole week without a red card", unlike showing his red card to ask for a break);
    "mathematical reasoning" is an area like reading; "improve her attendance" names the figure to
    move. "Appropriate language", "a positive self-image", "a good relationship with", chores, and
    "the level he is capable of" are umbrellas, as are "do well in his A levels", "reach his target
    grades", "85% of his course targets", "8 out of 10 of her targets", "four of his five termly
    targets", "have met four of her five communication targets", "gain a qualification" (unlike "a
    qualification in food hygiene") and whatever work is set ("complete his work", "finish 4 of 5 of
    his classroom tasks", unlike "his work in maths lessons" or "his work experience placement");
    "the expected level in the Early Learning Goal for Number" is a named check, and a feeling shown
    by a counted act ("feel safe, shown by walking in without her mum on 9 days out of 10") is
    specific. Settling to sleep is falling asleep, one act. A place does not pin down settling,
    coping, calming down or behaving well ("settle into nursery", "cope with the noise in the dinner
    hall"); curiosity, empathy and kindness are areas. Tolerating one of the child's own things
    ("tolerate her splints") is specific, unlike tolerating "noise" or "change". The words the child
    will use, quoted ("communicate 'yes' and 'no'"), are specific. Knowing a set with many uses
    ("know her numbers to 20", "know her colours") or a choice ("know who to talk to") names no act,
    nor does communicating "his needs and wants" (though writing down "my own goals for housing,
    money and college" is telling them), unlike a set for recall ("know his number bonds to 10"); a
    named routine ("her four-step handwashing routine") is not an umbrella, unlike "his routine".
    What others do as a way of working ("his teachers will differentiate his work", "staff will
    support her with personal care"), help with an area whoever gives it and whatever the date
    ("staff will help Ezra with his reading by the end of Year 4", "his support workers will help
    him with money"), or a manner of working named only by its qualities ("use a calm and consistent
    approach with him", unlike a named method), names no skill of the child's.

    ## Why is this bad?
    A specific outcome says exactly what the child will do and where or when (9.66). "Increased
    independence" could mean dressing, travelling or cooking; everyone at the review may read it
    differently, and provision cannot be planned against it.

    ## Example
    Joe will demonstrate increased independence.

    ## Use instead
    By the end of Year 11, Joe will make a hot drink and a sandwich at home without prompts.

    ## References
    - SEND Code of Practice 2015, 9.66: outcomes are specific
    - Guidance for parents: a specific outcome has a clear target, the what, and guides action
    """
    hits = list(_umbrella_hits(_what_is_learnt(statement)))
    # 'will be supported by her key person to calm down': the act the help is for is still an
    # area, whoever helps; 'staff will make sure Rania has friends': so is what they make sure of
    for reword in (helped_act, ensured_act):
        judged = statement if hits else reword(statement)  # (reworded only while nothing is found)
        if judged is not statement:
            hits = list(_umbrella_hits(_what_is_learnt(judged)))
    yield from hits


def _umbrella_hits(statement: Statement) -> Iterator[Hit]:
    has_situation = SITUATION.search(without_time_phrases(statement.text)) is not None
    aims = vague_aims(statement.text)
    match = aims[0] if aims else None
    if match and aim_names_act(statement, match, has_situation):
        match = None  # "babble more", "reduce his vaping": the act itself is named
    elif match is None and not has_situation and not has_criterion(statement.text) \
            and not has_behavioural_criterion(statement.text) and not names_words(statement):
        match = in_main_clause(ABSTRACT_ACT_CUED, statement.text)
    if match is None:
        state = inner_state(statement.text)  # "will feel settled": no act at all
        match = None if state and measured_after(statement.text, state.end()) else state
    if match is None:
        match = bare_measure(statement.text)  # "will achieve 80% accuracy": at what?
    if match is None:
        tests = _UNNAMED_TESTS.search(statement.text) if _TEST_WORD.search(statement.text) else None
        match = (VAGUE_STANDARD.search(statement.text) or tests
                 or OPPORTUNITY.search(statement.text) or _UP_A_SCALE.search(statement.text)
                 or _STATE_SCORE.search(statement.text) or _counted_umbrella(statement.text)
                 or _RANGE_OF.search(statement.text) or _READ_ANYTHING.search(statement.text)
                 or _MANAGED_WELL.search(statement.text)
                 or _INSTRUMENT_SCORE.search(statement.text) or _TARGETS_MET.search(statement.text)
                 or _FUTURE_THINKING.search(statement.text) or _HELP_WITH.search(statement.text))
    needed = set_by_need(statement.text) if match is None else []
    if needed and not has_behavioural_criterion(without_matches(statement.text, needed)):
        match = needed[0]  # "the grades he needs", "the best results he is capable of": which?
    if match is None:
        found = umbrella(statement, has_situation)
        if found:
            yield Hit(span=found[1],
                      message=f"'{found[0]}' names an area, not the skill: the outcome does "
                              f"not say what exactly {subject_of(statement)} will do.",
                      fix="Name the concrete act and the situation (e.g. 'make a sandwich at "
                          "home', 'order food at the school canteen').")
        return
    if match:
        yield Hit(span=match.span(),
                  message=f"'{match[0]}' leaves the skill open: the outcome does not say what "
                          f"exactly {subject_of(statement)} will do, or where or when.",
                  fix="Name the concrete act and the situation (e.g. 'make a sandwich at home', "
                      "'order food at the school canteen').")
