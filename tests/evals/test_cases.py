"""The drafting cases are the engine's yardstick, so they must be sound: experts invent nothing."""

import json
import re
from pathlib import Path
from typing import get_args

import pytest
from pydantic import BaseModel, ConfigDict

from assistant.models import AdviceRequest, NeedArea, PfaArea

CASES_DIR = Path(__file__).resolve().parents[2] / "evals" / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))
SLOTS = {"who", "what", "frequency", "duration", "group_size"}
PLACEHOLDER = re.compile(r"\[[^\]]*\]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
NUMBER_WORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|hundred)\b",
    re.I,
)


class ExpectedNeed(BaseModel):
    model_config = ConfigDict(extra="forbid")
    area: NeedArea
    text: str


class ExpectedOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outcome_sought: str
    aspiration: str | None
    text: str
    pfa_area: PfaArea | None
    advice_from: list[str] = []


class ExpectedProvision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    who: str | None
    frequency: str | None
    duration: str | None
    group_size: str | None
    missing: list[str]


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid")
    needs: list[ExpectedNeed]
    outcomes: list[ExpectedOutcome]
    provision: list[ExpectedProvision]
    questions_expected_about: list[str]


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    description: str
    request: AdviceRequest
    expected: Expected


def _load(path: Path) -> Case:
    return Case.model_validate_json(path.read_text(encoding="utf-8"))


def _request_text(path: Path) -> str:
    """Everything the author gave us, as one searchable string."""
    return json.dumps(json.loads(path.read_text(encoding="utf-8"))["request"], ensure_ascii=False)


def _numbers(text: str) -> set[str]:
    return set(NUMBER.findall(text)) | {w.lower() for w in NUMBER_WORDS.findall(text)}


def test_there_are_enough_cases_with_unique_ids() -> None:
    ids = [_load(p).id for p in CASE_FILES]
    assert len(ids) >= 16, f"only {len(ids)} cases in {CASES_DIR}"
    assert len(set(ids)) == len(ids), "duplicate case ids"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_parses_and_is_named_after_its_file(path: Path) -> None:
    case = _load(path)
    assert case.id == path.stem
    assert case.request.child.name, f"{path.name}: synthetic child needs a name"
    words = len(case.request.notes.split())
    assert 120 <= words <= 400, f"{path.name}: notes are {words} words; write 120-400"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_expected_outcomes_repeat_the_family_words_verbatim(path: Path) -> None:
    case = _load(path)
    served = set()
    for outcome in case.expected.outcomes:
        assert outcome.outcome_sought in case.request.outcomes_sought, outcome.outcome_sought
        assert outcome.aspiration is None or outcome.aspiration in case.request.aspirations
        served.add(outcome.outcome_sought)
        roles = {a.professional_role for a in case.request.advice}
        assert set(outcome.advice_from) <= roles, f"{path.name}: advice_from names unknown roles"
    unserved = set(case.request.outcomes_sought) - served
    assert not unserved, f"{path.name}: outcomes sought not served: {unserved}"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_every_number_in_expected_wording_comes_from_the_request(path: Path) -> None:
    case = _load(path)
    given = _numbers(_request_text(path))
    texts = [o.text for o in case.expected.outcomes] + [p.text for p in case.expected.provision]
    for text in texts:
        invented = _numbers(PLACEHOLDER.sub(" ", text)) - given
        assert not invented, f"{path.name}: {sorted(invented)} not in the request: {text!r}"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_missing_slots_are_empty_and_asked_about(path: Path) -> None:
    case = _load(path)
    for item in case.expected.provision:
        assert set(item.missing) <= SLOTS, item.missing
        for slot in item.missing:
            assert getattr(item, slot, None) is None, f"{path.name}: '{slot}' is missing but filled"
        if item.missing:
            assert PLACEHOLDER.search(item.text), f"{path.name}: no placeholder in {item.text!r}"
    texts = [o.text for o in case.expected.outcomes] + [p.text for p in case.expected.provision]
    has_placeholder = any(PLACEHOLDER.search(t) for t in texts)
    assert has_placeholder == bool(case.expected.questions_expected_about), (
        f"{path.name}: every placeholder needs a question and every question a placeholder"
    )
    for text in texts:
        for hole in PLACEHOLDER.findall(text):
            assert hole.endswith("ask the author]"), f"{path.name}: placeholder {hole!r}"


def test_the_set_covers_ages_needs_roles_and_the_merge() -> None:
    cases = [_load(p) for p in CASE_FILES]
    areas = {n.area for c in cases for n in c.expected.needs}
    uncovered = set(get_args(NeedArea)) - areas
    assert not uncovered, f"need areas not covered: {uncovered}"
    ages = [c.request.child.age for c in cases if c.request.child.age is not None]
    assert min(ages) <= 4 and max(ages) >= 22
    merges = [c for c in cases if c.request.advice]
    assert 2 <= len(merges) <= 3
    assert all(any(o.advice_from for o in c.expected.outcomes) for c in merges)
    roles = {c.request.professional_role for c in cases}
    for role in ("speech and language therapist", "occupational therapist", "physiotherapist",
                 "educational psychologist", "paediatrician", "school nurse", "social worker",
                 "teacher of the deaf"):
        assert role in roles, f"no case written by a {role}"


def test_preparing_for_adulthood_only_from_year_9() -> None:
    for path in CASE_FILES:
        case = _load(path)
        for outcome in case.expected.outcomes:
            if outcome.pfa_area is not None:
                age = case.request.child.age
                assert age is not None and age >= 13, f"{path.name}: PfA outcome for age {age}"
