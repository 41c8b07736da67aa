"""Words for BM25 and query expansion: how people ask ("SALT", "EHCP") vs how the Code writes."""

import re

_TOKEN = re.compile(r"\d+(?:\.\d+)+|[a-z0-9]+")
# "Section A" and "part I" must survive as one word: 'a' and 'i' are stop words on their own.
_SECTION = re.compile(r"\b(?:section|part)s?\s+(h[12]|[a-k])\b", re.I)
_STOP = frozenset(
    """a about an and any are as at be been but by can could do does for from had has have how i
    if in into is it its my of on or our should so than that the their them then there these they
    this those to was we what when where which who will with would you your me us""".split()
)

# Expanded in the query only, so a user's shorthand meets the Code's full wording.
SYNONYMS: dict[str, str] = {
    "salt": "speech and language therapy therapist",
    "slt": "speech and language therapy therapist",
    "ot": "occupational therapy therapist",
    "physio": "physiotherapy",
    "ehcp": "EHC plan education health and care plan",
    "ehcps": "EHC plans education health and care plans",
    "ehc": "education health and care",
    "ehcna": "EHC needs assessment",
    "la": "local authority",
    "las": "local authorities",
    "council": "local authority",
    "ep": "educational psychologist",
    "senco": "special educational needs co-ordinator SENCO",
    "send": "special educational needs and disability",
    "sen": "special educational needs",
    "ccg": "clinical commissioning group health commissioners",
    "ypp": "young person",
    "yp": "young person",
    "pfa": "preparing for adulthood",
    "cyp": "children and young people",
    "tribunal": "tribunal appeal First-tier Tribunal",
    "smart": "specific measurable achievable realistic time-bound outcomes",
    "kid": "child",
    "kids": "children",
    "son": "child",
    "daughter": "child",
    "hours": "hours amount specified quantified",
    "college": "college further education",
    "annual": "annual review",
    "mediation": "mediation disagreement resolution",
    "budget": "personal budget",
    "therapist": "therapist therapy health professional",
    "nursery": "early years provider nursery",
    "adulthood": "adulthood adult life employment independent living",
    "dreams": "aspirations",
    "ambitions": "aspirations",
    "hopes": "aspirations",
    "reports": "advice and information",
    "deadline": "time limit weeks",
    "quickly": "time limit weeks",
    "refused": "decides not to right to appeal",
    "refuse": "decides not to right to appeal",
    "university": "higher education",
    "stop": "cease to maintain",
    "end": "cease",
    "change": "amend",
    "changed": "amended",
    "shared": "disclosure",
    "placement": "placement school named",
    "money": "personal budget funding",
    "good": "positively achieved",
    "happens": "secure",
}


_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""),
             ("ised", "ise"), ("ized", "ize"), ("ed", ""), ("es", "e"), ("s", ""))


def stem(word: str) -> str:
    """A light suffix strip: enough to meet 'outcomes'/'outcome', 'assessing'/'assessment'."""
    if len(word) <= 4 or word[0].isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        if suffix != "sses" and word.endswith(("ss", "us", "is")):
            return word  # 'class', 'status', 'basis' are not plurals
        base = word[: len(word) - len(suffix)] + replacement
        if len(base) >= 3:
            return base
    return word


def tokens(text: str) -> list[str]:
    """Lower-cased, stop words dropped, lightly stemmed; 'Section F' becomes 'sectionf'."""
    text = _SECTION.sub(lambda m: " section" + m[1].lower() + " ", text.lower())
    return [stem(w) for w in _TOKEN.findall(text) if w not in _STOP]


def expand(query: str) -> str:
    """The query plus the long form of any shorthand it uses."""
    extra = [SYNONYMS[w] for w in dict.fromkeys(_TOKEN.findall(query.lower())) if w in SYNONYMS]
    return " ".join([query, *extra])


def query_words(query: str) -> set[str]:
    """Stems of the query's own words, for highlighting a snippet."""
    return set(tokens(query))
