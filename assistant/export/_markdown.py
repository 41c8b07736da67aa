"""Markdown a person can read and edit, and `ehcp-assist check` can read back."""

from ..models import OGL_ATTRIBUTION, Draft, DraftOutcome
from ._labels import (
    UNUSED_HEADING,
    UNUSED_INTRO,
    area_name,
    child_line,
    has_code_citation,
    needs_by_area,
    needs_for,
    one_line as flat_line,
    outcomes_by_area,
    provision_line,
    question_texts,
    sign_off,
    thread_lead,
    title,
)

THREAD_INTRO = "Each row is one strand of the golden thread: aspiration, need, outcome, provision."
THREAD_HEADER = ("Aspiration and outcome sought", "Need", "Outcome", "Provision")


def no_markup(text: str) -> str:
    """Notes may hold '<script>' or other HTML; a Markdown viewer must show it, never run it."""
    return text.replace("<", "&lt;")


def one_line(text: str) -> str:
    return no_markup(flat_line(text))


def cell(text: str) -> str:
    """One table cell: a pipe would split the row and a newline would end it."""
    return (no_markup(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n")
            .replace("\n", "<br>").strip())


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _thread_row(outcome: DraftOutcome, draft: Draft) -> str:
    first = [f"{label}: {text}" for label, text in thread_lead(outcome)]
    needs = [f"{area_name(n.area)}: {n.text}" for n in needs_for(outcome, draft.needs)]
    provision = [f"- {cell(provision_line(p))}" for p in outcome.provision]
    return _row([
        "<br>".join(cell(x) for x in first),
        "<br>".join(cell(x) for x in needs) or "[which need? ask the author]",
        cell(outcome.text),
        "<br>".join(provision) or "[what provision? ask the author]",
    ])


def _about_me(draft: Draft) -> list[str]:
    lines = ["## About me", ""]
    if draft.aspirations:
        lines += ["### Aspirations", "", *[f"- {one_line(a)}" for a in draft.aspirations], ""]
    if draft.about_me:
        lines += ["### Strengths and what I say", ""]
        lines += [f"- {one_line(a.text)}" for a in draft.about_me] + [""]
    if not draft.aspirations and not draft.about_me:
        lines += ["[aspirations and strengths? ask the author]", ""]
    return lines


def _needs(draft: Draft) -> list[str]:
    lines = ["## Needs", ""]
    for area, needs in needs_by_area(draft.needs):
        lines += [f"### {area_name(area)}", "", *[f"- {one_line(n.text)}" for n in needs], ""]
    if not draft.needs:
        lines += ["No needs were found in the notes; [what are the needs? ask the author]", ""]
    if draft.notes_not_used:
        lines += [f"### {UNUSED_HEADING}", "", UNUSED_INTRO, ""]
        lines += [f"- {one_line(n.text)}" for n in draft.notes_not_used] + [""]
    return lines


def _thread(draft: Draft) -> list[str]:
    lines = ["## Outcomes and provision", "", THREAD_INTRO, ""]
    if not draft.outcomes:
        return lines + ["No outcomes were drafted; [which outcomes are sought? ask the author]", ""]
    lines += [_row(list(THREAD_HEADER)), _row(["---"] * len(THREAD_HEADER))]
    lines += [_thread_row(outcome, draft) for outcome in draft.outcomes]
    return lines + [""]


def _tail(draft: Draft) -> list[str]:
    """Questions, findings, citations and the sign-off: the same in both layouts."""
    lines: list[str] = []
    if draft.questions:
        lines += ["## Questions for the author", ""]
        lines += [f"{n}. {one_line(q)}" for n, q in enumerate(question_texts(draft), start=1)] + [""]
    if draft.findings:
        lines += ["## Findings", ""]
        lines += [f"- **{f.rule}** ({f.severity}): {one_line(f.message)} Fix: {one_line(f.fix)}"
                  for f in draft.findings]
        lines += [""]
    if draft.citations:
        lines += ["## Citations", ""]
        lines += [f"- {c.ref}: {one_line(c.title)} ({c.source})" for c in draft.citations] + [""]
        if has_code_citation(draft.citations):
            lines += [f"_{OGL_ATTRIBUTION}_", ""]
    return lines + ["---", "", f"_{sign_off(draft)}_", ""]


def _heading(draft: Draft, what: str) -> list[str]:
    lines = [f"# {one_line(title(draft, what))}", ""]
    about = child_line(draft)
    return lines + ([one_line(about), ""] if about else [])


def to_markdown(draft: Draft) -> str:
    """The clinician's advice: about me, needs, the golden-thread table, then what to fix."""
    lines = _heading(draft, "Draft advice")
    lines += _about_me(draft) + _needs(draft) + _thread(draft) + _tail(draft)
    return "\n".join(lines)


SECTION_E_HEADER = ("Outcome", "Provision", "Outcome sought", "From the advice of")


def _section_e_row(outcome: DraftOutcome) -> str:
    provision = [f"- {cell(provision_line(p))}" for p in outcome.provision]
    return _row([
        cell(outcome.text),
        "<br>".join(provision) or "[what provision? ask the author]",
        cell(f"“{outcome.outcome_sought}”") if outcome.outcome_sought else "",
        cell(", ".join(outcome.advice_from)) or "[whose advice? ask the author]",
    ])


def section_e_markdown(draft: Draft) -> str:
    """The case officer's Section E: outcomes grouped by area, each naming whose advice it uses."""
    lines = _heading(draft, "Draft Section E outcomes")
    lines += _about_me(draft) + _needs(draft)
    lines += ["## Section E: Outcomes", ""]
    for area, outcomes in outcomes_by_area(draft):
        lines += [f"### {area_name(area)}", "", _row(list(SECTION_E_HEADER)),
                  _row(["---"] * len(SECTION_E_HEADER))]
        lines += [_section_e_row(outcome) for outcome in outcomes] + [""]
    if not draft.outcomes:
        lines += ["No outcomes were drafted; [which outcomes are sought? ask the author]", ""]
    return "\n".join(lines + _tail(draft))
