"""The Markdown draft is what a clinician edits: every strand and every gap must show."""

import re
from pathlib import Path

from assistant.export import section_e_markdown, to_markdown
from assistant.models import Citation, Draft, OGL_ATTRIBUTION
from assistant.plans import read_plan

from conftest import ASPIRATION, SOUGHT, make_draft

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _table_rows(markdown: str, header_start: str) -> list[list[str]]:
    """The rows of the pipe table whose header starts with header_start, split into cells."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {header_start}"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in UNESCAPED_PIPE.split(line.strip())[1:-1]])
    return rows


def _section(markdown: str, heading: str) -> str:
    """The text under a '## heading' up to the next '## '."""
    body = markdown.split(f"## {heading}\n", 1)[1]
    return body.split("\n## ", 1)[0]


def test_title_about_me_and_needs_in_plain_words(draft: Draft) -> None:
    markdown = to_markdown(draft)
    assert markdown.startswith("# Draft advice for Idris Mensah\n")
    about = _section(markdown, "About me")
    assert ASPIRATION in about and "trains and buses" in about
    needs = _section(markdown, "Needs")
    assert "### Communication and interaction" in needs
    assert "### Social, emotional and mental health" in needs
    assert "communication_and_interaction" not in markdown
    unplaced = needs.split("### Notes not placed in this draft", 1)[1]
    assert "- Idris moves to secondary school next September." in unplaced


def test_thread_table_has_one_row_per_outcome_with_quantified_provision(draft: Draft) -> None:
    rows = _table_rows(to_markdown(draft), "Aspiration")
    header, _rule, *body = rows
    assert header == ["Aspiration and outcome sought", "Need", "Outcome", "Provision"]
    assert len(body) == len(draft.outcomes)
    assert all(len(row) == 4 for row in body), "a pipe or newline in a cell broke the table"
    first, second = body
    assert f"Outcome sought: “{SOUGHT}”" in first[0]
    assert "Communication and interaction" in first[1]
    assert first[2] == draft.outcomes[0].text
    for slot in ("Who: teaching assistant", "How often: 3 times a week", "How long: 20 minutes",
                 "Group size: up to 3 other pupils"):
        assert slot in first[3]
    assert "not yet given: how long" in first[3]
    assert "[which aspiration? ask the author]" in second[0]
    assert "shouts \\| swears,<br>and cannot" in second[1]


def test_questions_are_numbered_in_order_each_once(draft: Draft) -> None:
    questions = _section(to_markdown(draft), "Questions for the author")
    numbered = re.findall(r"^(\d+)\. (.+)$", questions, re.M)
    assert numbered == [("1", "How long will each termly training visit last?"),
                        ("2", "How often will Idris meet the learning mentor?"),
                        ("3", "How often should Idris use his feelings scale?")]


def test_findings_show_rule_message_and_fix(draft: Draft) -> None:
    findings = _section(to_markdown(draft), "Findings")
    finding = draft.findings[0]
    assert f"**{finding.rule}**" in findings
    assert finding.message in findings and finding.fix in findings


def test_ogl_attribution_only_when_the_code_is_cited(draft: Draft) -> None:
    markdown = to_markdown(draft)
    cited = "- 9.66: Outcomes: specific, measurable, time bound (SEND Code of Practice 2015)"
    assert cited in markdown
    assert OGL_ATTRIBUTION in markdown
    guidance_only = make_draft(citations=[Citation(ref="golden-thread", source="Local guidance",
                                                   title="The golden thread")])
    assert OGL_ATTRIBUTION not in to_markdown(guidance_only)


def test_footer_names_the_engine_and_asks_for_a_signature(draft: Draft) -> None:
    last = to_markdown(draft).rstrip().splitlines()[-1]
    assert last == ("_Draft produced by ehcp-assist (offline engine); "
                    "a professional must check, edit and sign it._")
    llm = make_draft(meta=draft.meta.model_copy(update={"engine": "llm", "model": "gpt-test"}))
    assert "(llm engine, model gpt-test)" in to_markdown(llm)


def test_an_empty_draft_still_renders_and_asks(draft: Draft) -> None:
    empty = make_draft(needs=[], outcomes=[], questions=[], findings=[], citations=[],
                       aspirations=[], about_me=[])
    markdown = to_markdown(empty)
    assert "[which outcomes are sought? ask the author]" in markdown
    assert "[aspirations and strengths? ask the author]" in markdown
    assert "## Findings" not in markdown and "| Aspiration" not in markdown


def test_section_e_groups_outcomes_by_area_with_their_advice_sources(draft: Draft) -> None:
    markdown = section_e_markdown(draft)
    section = _section(markdown, "Section E: Outcomes")
    communication = section.index("### Communication and interaction")
    semh = section.index("### Social, emotional and mental health")
    assert communication < section.index(draft.outcomes[0].text) < semh
    assert semh < section.index(draft.outcomes[1].text)
    rows = _table_rows(section[semh:], "Outcome")
    assert rows[0] == ["Outcome", "Provision", "Outcome sought", "From the advice of"]
    assert rows[2][3] == "educational psychologist"
    first_area_rows = _table_rows(section, "Outcome")
    assert first_area_rows[2][3] == "[whose advice? ask the author]"


def test_exported_markdown_can_be_checked_as_a_plan(draft: Draft, tmp_path: Path) -> None:
    # The plan reader splits on every pipe, escaped or not, so this draft's needs carry none.
    needs = [n.model_copy(update={"text": n.text.replace("|", "and")}) for n in draft.needs]
    draft = draft.model_copy(update={"needs": needs})
    exports = (("advice.md", to_markdown(draft)), ("section-e.md", section_e_markdown(draft)))
    for name, text in exports:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        plan = read_plan(path)
        read = [item.statement.text for item in plan.outcomes]
        for outcome in draft.outcomes:
            assert any(outcome.text in text for text in read), f"{name}: {outcome.text!r} not read"
        provision = [item.statement.text for item in plan.provision]
        assert any("social communication group" in text for text in provision), name


def test_markdown_renders_as_a_table_in_a_viewer(draft: Draft) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(to_markdown(draft))
    table = html[html.index("<table>"):html.index("</table>")]
    body = table.split("<tbody>")[1]
    rows = body.split("<tr>")[1:]
    assert len(rows) == len(draft.outcomes)
    assert all(row.count("<td>") == 4 for row in rows)
    assert "shouts | swears,<br>and cannot" in rows[1], "the escaped pipe shows as a pipe"


def test_a_missing_name_is_asked_for_not_invented(draft: Draft) -> None:
    nameless = make_draft(child=draft.child.model_copy(update={"name": None}))
    assert to_markdown(nameless).startswith("# Draft advice for [name? ask the author]\n")


def test_html_in_the_notes_is_shown_not_run() -> None:
    need = "Idris wrote <script>alert(1)</script> on the <b>board</b>."
    draft = make_draft()
    draft = draft.model_copy(update={"needs": [draft.needs[0].model_copy(update={"text": need})]})
    markdown = to_markdown(draft)
    assert "<script" not in markdown and "<b>" not in markdown
    assert "&lt;script>alert(1)&lt;/script> on the &lt;b>board&lt;/b>" in markdown
