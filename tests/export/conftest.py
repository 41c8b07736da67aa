"""A hand-built draft with every feature an export must show: gaps, findings, Code citations."""

import pytest

from assistant.models import (
    AboutMe,
    Child,
    Citation,
    Draft,
    DraftMeta,
    DraftOutcome,
    Finding,
    Need,
    ProvisionItem,
    Question,
    UnusedNote,
)

ASPIRATION = "I want a big group of mates and to go to the youth club on Fridays"
SOUGHT = "I want people to play with at break"


def make_draft(**changes: object) -> Draft:
    draft = Draft(
        child=Child(name="Idris Mensah", age=11, year_group="Year 6"),
        aspirations=[ASPIRATION],
        about_me=[AboutMe(text="Idris knows a great deal about trains and buses."),
                  AboutMe(text="Idris said: \"I just want people to play with at break.\"")],
        needs=[
            Need(id="N1", area="communication_and_interaction",
                 text="Idris finds it hard to join a group and take turns in conversation."),
            Need(id="N2", area="social_emotional_mental_health",
                 text="When frustrated Idris shouts | swears,\nand cannot yet name how he feels."),
        ],
        notes_not_used=[UnusedNote(text="Idris moves to secondary school next September.")],
        outcomes=[
            DraftOutcome(
                id="O1", outcome_sought=SOUGHT, aspiration=ASPIRATION, need_ids=["N1"],
                text="By July 2028, Idris will join a game with a group of pupils at break time "
                     "on 3 out of 5 days.",
                provision=[
                    ProvisionItem(id="P1", text="A social communication group run by a teaching "
                                  "assistant, 3 times a week for 20 minutes, "
                                  "with up to 3 other pupils.",
                                  who="teaching assistant", what="social communication group",
                                  frequency="3 times a week", duration="20 minutes",
                                  group_size="up to 3 other pupils"),
                    ProvisionItem(id="P2", text="The speech and language therapist will train "
                                  "staff once a term, for [how long? ask the author].",
                                  who="speech and language therapist", frequency="once a term",
                                  missing=["duration"]),
                ],
            ),
            DraftOutcome(
                id="O2", outcome_sought="I want to stop getting in trouble when I get cross",
                aspiration=None, need_ids=["N2"],
                text="By July 2028, Idris will name his feeling using a feelings scale and "
                     "choose a calm-down strategy, [how often? ask the author].",
                provision=[
                    ProvisionItem(id="P3", text="A 1:1 session with the learning mentor "
                                  "[how often? ask the author] for 15 minutes.",
                                  who="learning mentor", duration="15 minutes", group_size="1:1",
                                  missing=["frequency"]),
                ],
                advice_from=["educational psychologist"],
            ),
        ],
        questions=[
            Question(about="P2.duration", text="How long will each termly training visit last?"),
            Question(about="P3.frequency", text="How often will Idris meet the learning mentor?"),
            Question(about="O2.criterion", text="How often should Idris use his feelings scale?"),
            Question(about="P2.duration", text="How long will each termly training visit last?"),
        ],
        findings=[
            Finding(rule="PRV001", dimension="quantified", severity="error",
                    message="'[how often? ask the author]' leaves the frequency open.",
                    fix="Say how often, e.g. 'once a week'.",
                    source="SEND Code of Practice 2015, 9.69"),
        ],
        citations=[
            Citation(ref="9.66", source="SEND Code of Practice 2015",
                     title="Outcomes: specific, measurable, time bound"),
            Citation(ref="golden-thread", source="Developing outcomes guidance",
                     title="The golden thread"),
        ],
        meta=DraftMeta(engine="offline", elapsed_ms=12.5),
    )
    return draft.model_copy(update=changes)


@pytest.fixture
def draft() -> Draft:
    return make_draft()
