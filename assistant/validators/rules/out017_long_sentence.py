"""OUT017: a sentence too long for a family to follow in one reading."""

from collections.abc import Iterator

from assistant.models import Statement

from .._registry import Hit, rule
from .._wording import LONG_SENTENCE_WORDS, long_sentences


@rule("OUT017", kind="outcome", dimension="family_wording", severity="info",
      source="SEND Code of Practice 2015, 9.61 (plans accessible to the family)")
def long_sentence(statement: Statement) -> Iterator[Hit]:
    """## What it does
    Notes a sentence of more than 35 words.

    ## Why is this bad?
    The plan should be clear and concise so the child and family can follow it (9.61). Long
    sentences often join two outcomes, or an outcome and its provision, into one. This is
    information only: it never makes a verdict false.

    ## Example
    A sentence that runs on, joining who will help, what they will do, where it will happen,
    how the school will check it, what the family will do at home and what happens if it does
    not work, all without a stop, so the reader loses the thread before the end.

    ## Use instead
    Split it: one sentence for what, who and how often; another for how it will be reviewed.

    ## References
    - SEND Code of Practice 2015, 9.61: plans are clear, concise and understandable
    """
    for span, words in long_sentences(statement.text):
        yield Hit(span=span,
                  message=f"This sentence has {words} words; families find over "
                          f"{LONG_SENTENCE_WORDS} hard to follow.",
                  fix="Split it into shorter sentences, one idea each.")
