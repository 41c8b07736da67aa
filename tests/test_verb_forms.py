"""The base form both the validators and drafting read a verb by."""

import pytest

from assistant.verb_forms import base_form, present_base


@pytest.mark.parametrize(("written", "base"), [
    ("managing", "manage"), ("travelling", "travel"), ("chatting", "chat"), ("writing", "write"),
    ("typing", "type"), ("communicating", "communicate"), ("organising", "organise"),
    ("settled", "settle"), ("applied", "apply"), ("stopped", "stop"), ("made", "make"),
    ("spelling", "spell"), ("dressing", "dress"), ("covering", "cover"), ("visiting", "visit"),
    ("seeing", "see"), ("losing", "lose"), ("read", "read"),
])
def test_a_written_verb_is_read_by_its_base_form(written: str, base: str) -> None:
    assert base_form(written) == base


@pytest.mark.parametrize(("written", "base"), [
    ("takes", "take"), ("goes", "go"), ("washes", "wash"), ("catches", "catch"), ("uses", "use"),
    ("carries", "carry"), ("has", "have"), ("is", "be"), ("eats", "eat"), ("dress", "dress"),
])
def test_a_verb_after_make_sure_he_is_read_by_its_base_form(written: str, base: str) -> None:
    assert present_base(written) == base
