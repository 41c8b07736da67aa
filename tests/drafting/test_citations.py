"""Citations come from a real local index and stay beside the wording, never inside it."""

from datetime import date
from pathlib import Path

import pytest

from assistant.corpus import load_document
from assistant.drafting import draft_offline
from assistant.models import AdviceRequest, Child
from assistant.retrieval import Index, open_index
from assistant.settings import Settings

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
GUIDANCE = SEEDS / "003_3889f37e75c76941.txt"


@pytest.fixture
def seeded_index(settings: Settings) -> Index:
    index = open_index(settings)
    index.ensure_files([GUIDANCE], load_document)
    return index


def test_citations_come_from_the_index_and_stay_out_of_the_wording(
        settings: Settings, seeded_index: Index) -> None:
    request = AdviceRequest(
        child=Child(name="Leo", age=15, year_group="Year 10"), assessment_date=date(2026, 9, 1),
        aspirations=["To work in a garage"], outcomes_sought=["I want to get a job"],
        notes="Leo finds it hard to follow spoken instructions with more than two steps.")
    draft = draft_offline(request, settings, index=seeded_index)
    assert draft.citations, "the seeded guidance should answer at least one query"
    sources = {c.source for c in draft.citations}
    assert len(sources) == 1 and all(c.ref for c in draft.citations)
    wording = " ".join([o.text for o in draft.outcomes] + [n.text for n in draft.needs])
    assert not any(c.source in wording or c.title in wording for c in draft.citations)
    assert "PLN107" not in {f.rule for f in draft.findings}


def test_an_unopenable_store_gives_no_citations_and_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the data directory should be")
    request = AdviceRequest(child=Child(name="Leo", age=15, year_group="Year 10"),
                            outcomes_sought=["I want to get a job"], notes="Leo likes cars.")
    draft = draft_offline(request, Settings(home=blocker))
    assert draft.citations == []
    assert "PLN107" in {f.rule for f in draft.findings}
