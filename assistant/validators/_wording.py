"""Plain-English checks shared by outcome and provision rules: plans are read by families (9.61).

Abbreviations are information, not errors: a parent may not know 'SEMH', but the statement can
still be SMART. An abbreviation counts as explained when its expansion appears in the same
statement. Makaton is a name, not an abbreviation, so it is not flagged; PECS is.
"""

import re
from collections.abc import Iterator

# Abbreviation -> expansion. The Code's own SEN and EHC, and GP, are everyday words: not listed.
ABBREVIATIONS: dict[str, str] = {
    "SALT": "speech and language therapist",
    "SLT": "speech and language therapist",
    "OT": "occupational therapist",
    "ASD": "autism spectrum disorder",
    "ASC": "autism spectrum condition",
    "SEMH": "social, emotional and mental health",
    "SpLD": "specific learning difficulty",
    "ADHD": "attention deficit hyperactivity disorder",
    "EP": "educational psychologist",
    "TA": "teaching assistant",
    "LSA": "learning support assistant",
    "HLTA": "higher level teaching assistant",
    "ELSA": "emotional literacy support assistant",
    "SENCO": "special educational needs co-ordinator",
    "SENDCO": "special educational needs and disabilities co-ordinator",
    "IEP": "individual education plan",
    "PECS": "picture exchange communication system",
    "CAMHS": "child and adolescent mental health services",
    "MLD": "moderate learning difficulties",
    "SLD": "severe learning difficulties",
    "PMLD": "profound and multiple learning difficulties",
    "SLCN": "speech, language and communication needs",
    "DCD": "developmental coordination disorder",
    "AAC": "augmentative and alternative communication",
    "VOCA": "voice output communication aid",
    "BSL": "British Sign Language",
    "CYP": "children and young people",
    "YP": "young person",
    "PfA": "preparing for adulthood",
    "ABA": "applied behaviour analysis",
    "HI": "hearing impairment",
    "VI": "visual impairment",
    "MSI": "multi-sensory impairment",
}
_ABBREVIATION = re.compile(r"\b(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
                           + r")s?\b")
_SENTENCE = re.compile(r"[^.!?;]+[.!?;]?")
_WORD = re.compile(r"[\w'’-]+")
LONG_SENTENCE_WORDS = 35


def _first_words(expansion: str) -> str:
    return " ".join(expansion.lower().replace(",", "").split()[:3])


def unexplained_abbreviations(text: str) -> Iterator[re.Match[str]]:
    """Each abbreviation, first use only, whose expansion is not in the same statement."""
    lowered = text.lower().replace(",", "")
    seen: set[str] = set()
    for match in _ABBREVIATION.finditer(text):
        abbreviation = match[1]
        if abbreviation in seen:
            continue
        seen.add(abbreviation)
        if _first_words(ABBREVIATIONS[abbreviation]) not in lowered:
            yield match


def long_sentences(text: str) -> Iterator[tuple[tuple[int, int], int]]:
    """(span, word count) of each sentence longer than LONG_SENTENCE_WORDS words."""
    for match in _SENTENCE.finditer(text):
        words = len(_WORD.findall(match[0]))
        if words > LONG_SENTENCE_WORDS:
            yield match.span(), words
