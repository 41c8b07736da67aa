"""Over every evals/cases/*.json: the golden thread holds and nothing is invented."""

import json
from pathlib import Path

import pytest

from assistant.drafting import check_faithfulness, draft_offline, draft_section_e
from assistant.models import AdviceRequest, Draft
from assistant.settings import Settings

CASES = sorted((Path(__file__).resolve().parents[2] / "evals" / "cases").glob("*.json"))


def _request(path: Path) -> AdviceRequest:
    return AdviceRequest.model_validate(json.loads(path.read_text(encoding="utf-8"))["request"])


def _draft(path: Path, settings: Settings) -> tuple[AdviceRequest, Draft]:
    request = _request(path)
    engine = draft_section_e if request.advice else draft_offline
    return request, engine(request, settings, index=_NoIndex())


class _NoIndex:
    """Citations are tested against a real index elsewhere; here they are not the point."""

    def search(self, query: str, k: int = 5) -> list[object]:
        return []


def test_there_are_cases_to_draft() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_golden_thread_holds(path: Path, settings: Settings) -> None:
    request, draft = _draft(path, settings)
    served = {o.outcome_sought for o in draft.outcomes}
    assert set(request.outcomes_sought) <= served, "an outcome sought has no outcome"
    question_about = {q.about for q in draft.questions}
    for outcome in draft.outcomes:
        assert outcome.provision, f"{outcome.id} has no provision"
        assert outcome.verdicts["time_bound"], outcome.text
        assert outcome.verdicts["outcome_not_provision"], outcome.text
        assert outcome.verdicts["measurable"] or (
            "[" in outcome.text and outcome.id in question_about), outcome.text
        for item in outcome.provision:
            for slot in item.missing:
                assert "[" in item.text and item.id in question_about, (item.id, slot)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_nothing_is_invented(path: Path, settings: Settings) -> None:
    request, draft = _draft(path, settings)
    assert check_faithfulness(draft, request) == []
    assert not [f for f in draft.findings if f.rule == "PLN101"]


@pytest.mark.parametrize("path", [p for p in CASES if not _request(p).advice],
                         ids=lambda p: p.stem)
def test_needs_point_at_their_words_in_the_notes(path: Path, settings: Settings) -> None:
    request, draft = _draft(path, settings)
    assert draft.needs, "every case's notes describe at least one need"
    for need in draft.needs:
        assert need.evidence is not None
        assert request.notes[need.evidence.start:need.evidence.end] == need.text


@pytest.mark.parametrize("path", [p for p in CASES if _request(p).advice], ids=lambda p: p.stem)
def test_section_e_keeps_who_advised(path: Path, settings: Settings) -> None:
    request, draft = _draft(path, settings)
    roles = {a.professional_role for a in request.advice} | {request.professional_role}
    assert all(o.advice_from and set(o.advice_from) <= roles for o in draft.outcomes)
    assert len({r for o in draft.outcomes for r in o.advice_from}) >= 2
