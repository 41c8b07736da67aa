"""What a professional notices in an offline draft: their own words, honest gaps, no guesses."""

import time
from datetime import date

import pytest

from assistant.drafting import check_faithfulness, draft_offline, draft_section_e, score_completeness
from assistant.errors import BadInput
from assistant.models import AdviceRequest, AdviceText, Child
from assistant.settings import Settings

NOTES = (
    "Maya is a lively girl who loves horses and is good at drawing. Maya said: \"I want to "
    "play with the other girls.\"\n\n"
    "Maya finds it hard to join in with games at break and often stands alone by the fence. "
    "When she is upset she hides under the table and cannot say what is wrong. "
    "A realistic target is for Maya to join a game with two classmates on 4 out of 5 break times.\n\n"
    "Recommendations:\n"
    "- A friendship group led by a teaching assistant, twice a week for 20 minutes, in a group of "
    "up to 4 pupils.\n"
    "- A daily 10-minute check-in with her key adult to name how she feels.\n"
)


class _NoIndex:
    def search(self, query: str, k: int = 5) -> list[object]:
        return []


def _request(**changes: object) -> AdviceRequest:
    base = dict(child=Child(name="Maya Patel", age=8, year_group="Year 3"),
                professional_role="educational psychologist",
                assessment_date=date(2026, 10, 1),
                aspirations=["To have a best friend"],
                outcomes_sought=["I want to have friends to play with"], notes=NOTES)
    base.update(changes)
    return AdviceRequest(**base)  # type: ignore[arg-type]


def _draft(request: AdviceRequest, settings: Settings):  # type: ignore[no-untyped-def]
    return draft_offline(request, settings, index=_NoIndex())


def test_target_in_the_notes_becomes_the_measurable_outcome(settings: Settings) -> None:
    draft = _draft(_request(), settings)
    outcome = draft.outcomes[0]
    assert outcome.text.startswith("By the end of Key Stage 2, Maya will join a game")
    assert "4 out of 5 break times" in outcome.text
    assert outcome.outcome_sought == "I want to have friends to play with"
    assert outcome.aspiration == "To have a best friend"
    group = next(p for p in outcome.provision if "friendship group" in p.text)
    assert (group.who, group.frequency, group.duration) == ("a teaching assistant",
                                                            "twice a week", "20 minutes")
    assert group.group_size is not None and "up to 4 pupils" in group.group_size
    assert group.missing == []


def test_removing_the_number_from_the_notes_leaves_a_placeholder(settings: Settings) -> None:
    mutated = NOTES.replace(" on 4 out of 5 break times", "")
    draft = _draft(_request(notes=mutated), settings)
    outcome = draft.outcomes[0]
    assert "4" not in outcome.text and "[how will we know" in outcome.text
    assert any(q.about == outcome.id for q in draft.questions)
    assert check_faithfulness(draft, _request(notes=mutated)) == []


def test_removing_the_frequency_turns_the_slot_into_a_question(settings: Settings) -> None:
    mutated = NOTES.replace("twice a week ", "")
    draft = _draft(_request(notes=mutated), settings)
    group = next(p for o in draft.outcomes for p in o.provision if "friendship group" in p.text)
    assert group.frequency is None and "frequency" in group.missing
    assert "[how often? ask the author]" in group.text
    assert any(q.about == group.id and "How often" in q.text for q in draft.questions)


def test_invented_values_are_reported_as_pln101(settings: Settings) -> None:
    request = _request()
    draft = _draft(request, settings)
    outcome = draft.outcomes[0]
    forged = outcome.model_copy(update={"text": outcome.text.replace(
        "4 out of 5", "9 out of 11") + " Dr Okafor will review it weekly with her autism team."})
    bad = draft.model_copy(update={"outcomes": [forged]})
    messages = " ".join(f.message for f in check_faithfulness(bad, request))
    for value in ("9", "11", "Okafor", "weekly", "autism"):
        assert f"'{value}'" in messages
    assert {f.rule for f in check_faithfulness(bad, request)} == {"PLN101"}


def test_needs_keep_the_notes_words_and_offsets(settings: Settings) -> None:
    request = _request()
    draft = _draft(request, settings)
    areas = {n.area for n in draft.needs}
    assert {"social_emotional_mental_health"} <= areas
    for need in draft.needs:
        assert need.evidence and request.notes[need.evidence.start:need.evidence.end] == need.text
    assert any("loves horses" in a.text for a in draft.about_me)


def test_missing_name_is_a_placeholder_and_a_question(settings: Settings) -> None:
    draft = _draft(_request(child=Child(age=8, year_group="Year 3")), settings)
    assert all("[name]" in o.text for o in draft.outcomes)
    assert any(q.about == "child" for q in draft.questions)


def test_empty_notes_say_what_could_not_be_done(settings: Settings) -> None:
    draft = _draft(_request(notes=""), settings)
    assert draft.needs == [] and "PLN105" in {f.rule for f in draft.findings}
    outcome = draft.outcomes[0]
    assert "[how will we know" in outcome.text and outcome.provision[0].missing


def test_nothing_to_draft_from_is_bad_input(settings: Settings) -> None:
    with pytest.raises(BadInput, match="outcomes sought"):
        _draft(_request(notes="", outcomes_sought=[]), settings)


def test_no_outcomes_sought_drafts_from_the_notes_with_a_finding(settings: Settings) -> None:
    draft = _draft(_request(outcomes_sought=[]), settings)
    assert draft.outcomes and "PLN106" in {f.rule for f in draft.findings}
    assert all(o.outcome_sought is None for o in draft.outcomes)


def test_age_that_does_not_fit_the_year_group_is_a_finding(settings: Settings) -> None:
    draft = _draft(_request(child=Child(name="Maya", age=12, year_group="Year 3")), settings)
    assert "PLN103" in {f.rule for f in draft.findings}


def test_notes_in_another_language_are_flagged(settings: Settings) -> None:
    welsh = ("Mae Maya yn ferch fywiog sy'n caru ceffylau. Mae hi'n cael trafferth ymuno â "
             "gemau amser chwarae ac yn aml yn sefyll ar ei phen ei hun.")
    draft = _draft(_request(notes=welsh), settings)
    assert draft.needs == []
    assert any("do not look like English" in f.message for f in draft.findings)


def test_year_9_sets_preparing_for_adulthood(settings: Settings) -> None:
    request = _request(child=Child(name="Maya", age=14, year_group="Year 9"),
                       outcomes_sought=["I want to get a job with horses"])
    draft = _draft(request, settings)
    assert draft.outcomes[0].pfa_area == "employment"
    assert "PLN102" not in {f.rule for f in draft.findings}
    drawing = _draft(_request(child=Child(name="Maya", age=14, year_group="Year 9"),
                              aspirations=[], outcomes_sought=["To draw horses"],
                              notes="Maya finds it hard to hold a pencil."), settings)
    assert drawing.outcomes[0].pfa_area is None
    assert "PLN102" in {f.rule for f in drawing.findings}
    primary = _draft(_request(outcomes_sought=["To draw horses"], aspirations=[]), settings)
    assert primary.outcomes[0].pfa_area is None and "PLN102" not in {
        f.rule for f in primary.findings}


def test_service_wording_in_the_outcome_sought_is_not_copied_into_the_outcome(
        settings: Settings) -> None:
    draft = _draft(_request(outcomes_sought=["To have speech therapy every week"]), settings)
    outcome = draft.outcomes[0]
    assert "therapy" not in outcome.text.split("[")[0]
    assert outcome.verdicts["outcome_not_provision"]


def test_completeness_names_what_the_advice_lacks(settings: Settings) -> None:
    full = _draft(_request(), settings)
    bare = _draft(_request(notes="Maya finds reading hard."), settings)
    assert score_completeness(full, _request()).score > score_completeness(
        bare, _request(notes="Maya finds reading hard.")).score
    assert any(q.about == "advice" and "how often" in q.text for q in bare.questions)


def test_large_notes_still_draft(settings: Settings) -> None:
    big = (NOTES.split("Recommendations:")[0] + "\n") * 300
    request = _request(notes=big[:100_000])
    started = time.perf_counter()
    draft = _draft(request, settings)
    print(f"100 kB notes drafted in {time.perf_counter() - started:.2f} s")
    assert draft.outcomes and check_faithfulness(draft, request) == []


def test_section_e_merges_overlapping_advice(settings: Settings) -> None:
    salt = "A realistic target is for Maya to join a game with two classmates on 4 out of 5 break times."
    ep = salt + " A friendship group led by a teaching assistant, twice a week for 20 minutes."
    request = _request(notes="", advice=[AdviceText(professional_role="SALT", text=salt),
                                         AdviceText(professional_role="EP", text=ep)])
    draft = draft_section_e(request, settings, index=_NoIndex())
    joined = [o for o in draft.outcomes if "join a game" in o.text]
    assert len(joined) == 1 and joined[0].advice_from == ["SALT", "EP"]
    assert {o.outcome_sought for o in draft.outcomes} == {"I want to have friends to play with"}


def test_section_e_without_advice_is_bad_input(settings: Settings) -> None:
    with pytest.raises(BadInput, match="advice"):
        draft_section_e(_request(notes=""), settings, index=_NoIndex())


def test_a_blank_outcome_sought_is_kept_and_asked_about(settings: Settings) -> None:
    draft = _draft(_request(outcomes_sought=["   ", "I want to have friends to play with"]),
                   settings)
    blank = next(o for o in draft.outcomes if o.outcome_sought == "   ")
    assert "will [what will Maya be able to do?" in blank.text
    assert any(q.about == blank.id and "blank" in q.text for q in draft.questions)


def test_end_point_comes_from_the_notes_only_when_it_is_ahead(settings: Settings) -> None:
    ahead = _draft(_request(notes=NOTES + "\nOutcomes to be reviewed in July 2028.\n"), settings)
    assert ahead.outcomes[0].text.startswith("By July 2028, Maya will")
    past = _draft(_request(notes=NOTES + "\nOutcomes were last reviewed in March 2025.\n"),
                  settings)
    assert past.outcomes[0].text.startswith("By the end of Key Stage 2, Maya will")
    assert past.outcomes[0].verdicts["time_bound"]


def test_section_e_shares_one_end_point_and_splits_listed_recommendations(
        settings: Settings) -> None:
    summary = "Case officer summary. Outcomes are to be reviewed in July 2028."
    ot = ("Maya cannot yet do up buttons. Recommend: a dressing programme 1:1 with a teaching "
          "assistant each day at home time; occupational therapist review once a term.")
    request = _request(notes=summary, professional_role="SEN case officer",
                       outcomes_sought=["To dress herself"],
                       advice=[AdviceText(professional_role="occupational therapist", text=ot)])
    draft = draft_section_e(request, settings, index=_NoIndex())
    assert all(o.text.startswith("By July 2028,") for o in draft.outcomes)
    items = [p for o in draft.outcomes for p in o.provision]
    dressing = next(p for p in items if p.text.startswith("A dressing programme"))
    assert (dressing.group_size, dressing.frequency) == ("1:1", "each day")
    assert any(p.text.startswith("Occupational therapist review once a term") for p in items)


def test_a_sentence_the_engine_cannot_place_is_listed_not_dropped() -> None:
    """Every sentence of the notes ends up somewhere the author sees it."""
    odd = "The family moved house in the summer holidays."
    notes = f"{odd} {NOTES}"
    draft = draft_offline(_request(notes=notes), Settings(), index=_NoIndex())
    shown = ([n.text for n in draft.needs] + [a.text for a in draft.about_me]
             + [n.text for n in draft.notes_not_used])
    assert odd in shown
    unused = next(n for n in draft.notes_not_used if n.text == odd)
    assert unused.evidence and notes[unused.evidence.start:unused.evidence.end] == odd
    assert "When she is upset she hides under the table and cannot say what is wrong." in [
        n.text for n in draft.needs]
    assert not any("join a game with two classmates" in n.text for n in draft.notes_not_used), \
        "a target the outcome used is not reported as unused"
