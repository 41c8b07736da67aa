"""What the page prints: Code hits carry the OGL line, user text never becomes markup."""

from assistant.app._render import check_html, esc, gaps, search_markdown
from assistant.checking import build_report
from assistant.models import OGL_ATTRIBUTION, SearchHit, Statement
from assistant.plans import CheckInput

CODE_HIT = SearchHit(ref="9.66", source="SEND Code of Practice 2015", title="Outcomes",
                     score=0.5, text="An outcome is the benefit or difference made.",
                     attribution=OGL_ATTRIBUTION)
GUIDE_HIT = SearchHit(ref="what-smart-asks", source="Writing SMART outcomes", title="SMART",
                      score=0.4, text="Each letter is a question.",
                      attribution="ehcp-assist project, licensed CC BY 4.0")


def test_code_text_is_shown_with_the_ogl_attribution() -> None:
    shown = search_markdown("outcomes", [CODE_HIT, GUIDE_HIT], has_code=True)
    assert "Code 9.66" in shown and OGL_ATTRIBUTION in shown
    assert "not in the store" not in shown


def test_guidance_alone_has_its_own_credit_and_the_missing_code_hint() -> None:
    shown = search_markdown("outcomes", [GUIDE_HIT], has_code=False)
    assert OGL_ATTRIBUTION not in shown
    assert "CC BY 4.0" in shown
    assert "ehcp-assist corpus add" in shown


def test_user_text_cannot_make_links_html_or_table_cells() -> None:
    shown = esc("<img src=x onerror=alert(1)> [click](javascript:alert(1)) a | b")
    assert "<img" not in shown and "&lt;img" in shown
    assert "\\[click\\]" in shown and "\\|" in shown


def test_gaps_are_shortened_and_bold_on_screen() -> None:
    shown = gaps("Sam will read [how will we know? e.g. how often — ask the author].")
    assert shown == "Sam will read **\\[how will we know?\\]**."


def test_check_table_colours_rows_and_escapes_the_statement() -> None:
    statements = [
        Statement(id="p1", kind="provision",
                  text="<b>Sam</b> will have access to speech therapy as required."),
        Statement(id="p2", kind="provision",
                  text="A speech and language therapist will see Sam 1:1 for 30 minutes once "
                       "a week."),
    ]
    shown = check_html(build_report(CheckInput(statements=statements)))
    assert "<b>Sam</b>" not in shown and "&lt;b&gt;Sam&lt;/b&gt;" in shown
    assert shown.count("ehcp-fail") == 1 and shown.count("ehcp-pass") == 1
    assert "PRV003" in shown and "Fix:" in shown


def test_plan_rows_say_where_they_are_and_plan_findings_follow() -> None:
    from assistant.plans import parse_markdown_plan

    plan = parse_markdown_plan("Name: Sam\n\n## Section E: Outcomes\n\n- By July 2027, Sam will "
                               "read 40 common words aloud without help.\n")
    shown = check_html(build_report(CheckInput(statements=[], plan=plan)))
    assert "Section E · line 5" in shown
    assert "Plan-level findings" in shown and "PLN001" in shown
