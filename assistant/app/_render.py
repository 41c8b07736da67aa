"""Drafts, reports and search hits as Markdown/HTML for the page; every user word is escaped.

User text (notes, names, pasted plans) is shown as text, never run: HTML is escaped and the
Markdown characters that could build links, images or tables are backslash-escaped.
"""

import html
import re

from ..export import UNUSED_HEADING, UNUSED_INTRO
from ..models import OGL_ATTRIBUTION, CheckReport, Draft, Finding, SearchHit

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!>])")
_ESCAPED_GAP = re.compile(r"\\\[((?:(?!\\\]).)*)\\\]")
_GAP_TAIL = re.compile(r"\s*(?:e\\\.g\\\.|e\.g\.)[^—]*|\s*(?:—\s*)?ask the author\s*$")
_QUESTION_GAP = re.compile(r"\[[^\[\]]*\]")
_CODE_REF = re.compile(r"^\d+\.\d+")
SEVERITY_MARK = {"error": "✗", "warning": "!", "info": "i"}


def esc(text: str) -> str:
    """Plain text safe inside Markdown: no HTML, no links, no table breaks, one line."""
    flat = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def _short_gap(match: re.Match[str]) -> str:
    """'[how often? ask the author]' reads as '[how often?]' on screen; the files keep it all."""
    inner = _GAP_TAIL.sub("", match.group(1)).strip() or match.group(1)
    return f"**\\[{inner}\\]**"


def gaps(text: str) -> str:
    """Escaped text with each [gap] short and in bold, so the author sees what is left to fill."""
    return _ESCAPED_GAP.sub(_short_gap, esc(text))


def engine_line(engine: str, model: str | None) -> str:
    if engine == "offline":
        return "Engine: **offline rules** (no model, no network)"
    return f"Engine: **{esc(engine)}**, model **{esc(model or 'not set')}**"


def _child_line(draft: Draft) -> str:
    child = draft.child
    parts = [f"age {child.age}" if child.age is not None else "",
             esc(child.year_group) if child.year_group else ""]
    return ", ".join(p for p in parts if p)


def _finding_lines(findings: list[Finding]) -> list[str]:
    return [f"- {SEVERITY_MARK.get(f.severity, '')} **{esc(f.rule)}** ({esc(f.severity)}): "
            f"{esc(f.message)}  \n  *Fix:* {esc(f.fix)}" for f in findings]


def _answer_hint(about: str, text: str) -> str:
    """The reply that would fill this question's gap, in the chat's answer syntax."""
    lowered = re.sub(r"[\"“][^\"”]*[\"”]", "", text).lower()  # not words inside a quotation
    if "P" in about:
        for words, slot in (("how often", "Frequency"), ("how long", "How long"),
                            ("1:1 or in a group", "Group size"), ("group size", "Group size"),
                            ("who will deliver", "Who"),
                            ("what will be provided", "What"), ("what exactly", "What")):
            if words in lowered:
                return f" — reply `{slot} for {about}: …`"
    if about.startswith("O") and "P" not in about:
        for words, slot in (("how will we know", "Measure"), ("add how often", "Measure"),
                            ("by when", "By when")):
            if words in lowered:
                return f" — reply `{slot} for {about}: …`"
    if about == "child":
        return " — reply `Name: …`"
    return ""


def draft_reply(draft: Draft, still_needed: list[str], notes: list[str]) -> str:
    """The chat's answer: the golden-thread table, questions with how to answer, findings."""
    name = esc(draft.child.name or "[name]")
    lines = [f"### Draft advice for {name}" + (f" ({_child_line(draft)})" if _child_line(draft)
                                                else "")]
    if still_needed:
        lines.append("**Still needed:** " + "; ".join(esc(s) for s in still_needed) + ".")
    lines += [f"\n> {esc(note)}" for note in notes]
    lines += ["", "| Outcome sought and aspiration | Outcome | Provision |",
              "| --- | --- | --- |"]
    for outcome in draft.outcomes:
        thread = []
        if outcome.outcome_sought:
            thread.append(f"“{esc(outcome.outcome_sought)}”")
        if outcome.aspiration:
            thread.append(f"Aspiration: {esc(outcome.aspiration)}")
        provision = "<br>".join(f"**{esc(p.id)}** {gaps(p.text)}" for p in outcome.provision)
        lines.append(f"| {'<br>'.join(thread) or '—'} | **{esc(outcome.id)}** "
                     f"{gaps(outcome.text)} | {provision or '—'} |")
    if not draft.outcomes:
        lines.append("| — | No outcomes yet: add the family's outcomes sought. | — |")
    own = [q for q in draft.questions if q.about != "advice"]
    general = [q for q in draft.questions if q.about == "advice"]
    if own:
        lines += ["", "#### Questions for you"]
        for number, question in enumerate(own, 1):
            about = f"**{esc(question.about)}** " if question.about[:1] in "OP" else ""
            asked = _QUESTION_GAP.sub("[…]", question.text)  # the gap is in the table already
            lines.append(f"{number}. {about}{esc(asked)}"
                         f"{_answer_hint(question.about, question.text)}")
    if general:
        lines += ["", "#### Your advice could also say (add with `Notes: …`)"]
        lines += [f"- {esc(q.text)}" for q in general]
    if draft.findings:
        lines += ["", "#### Findings to fix"] + _finding_lines(draft.findings)
    if draft.notes_not_used:
        lines += ["", f"#### {UNUSED_HEADING}", UNUSED_INTRO]
        lines += [f"- {esc(n.text)}" for n in draft.notes_not_used]
    lines += ["", "*Answer a gap like* `Frequency for P1: twice a week`*, correct a detail like* "
              "`Name: Sam`*, add more with* `Notes: …`*, or type* `new case`*. A professional must "
              "check, edit and sign the advice.*"]
    return "\n".join(lines)


def ask_reply(still_needed: list[str], notes: list[str]) -> str:
    """What the chat says before it has enough to draft."""
    lines = [f"> {esc(note)}" for note in notes]
    lines += ["To draft the advice I still need:"] + [f"- {esc(item)}" for item in still_needed]
    lines += ["", "Paste them under headings, for example:", "",
              "```text", "Name: Sam", "Age: 8", "Year group: Year 3",
              "Outcomes sought:", "- I want to play football with my friends at break",
              "Aspirations:", "- Sam wants to be a footballer",
              "Notes:", "Sam has a language disorder ...",
              "Recommendations:", "- A language group run by a teaching assistant ...", "```"]
    return "\n".join(lines)


def citations_panel(draft: Draft | None) -> str:
    if draft is None or not draft.citations:
        return "*Sources appear here once a draft cites the Code or guidance.*"
    lines = [(f"- **Code {esc(c.ref)}** {esc(c.title)}" if _CODE_REF.match(c.ref)
              else f"- **{esc(c.title)}**") + f"  \n  <small>{esc(c.source)}</small>"
             for c in draft.citations]
    if any("code of practice" in c.source.lower() for c in draft.citations):
        lines += ["", f"<small>{esc(OGL_ATTRIBUTION)}</small>"]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return html.escape(text, quote=True)


def check_html(report: CheckReport) -> str:
    """A table of statements, green for pass and red for fail, each finding with its fix."""
    plan = report.summary.get("plan")
    where = {str(i.get("id")): i for i in plan.get("items", []) if isinstance(i, dict)} \
        if isinstance(plan, dict) else {}
    rows = []
    for item in report.statements:
        place = where.get(item.id, {})
        located = " · ".join(str(v) for v in (
            f"Section {place['section']}" if place.get("section") else None, place.get("area"),
            f"line {place['line']}" if place.get("line") else None) if v)
        passed = all(item.verdicts.values()) if item.verdicts else True
        verdicts = " ".join(
            f"<span class='ehcp-verdict {'ok' if ok else 'bad'}'>{'✓' if ok else '✗'} "
            f"{_cell(name.replace('_', ' '))}</span>" for name, ok in item.verdicts.items())
        found = "".join(
            f"<li><b>{_cell(f.rule)}</b> ({_cell(f.severity)}): {_cell(f.message)}"
            f"<br><i>Fix:</i> {_cell(f.fix)}</li>" for f in item.findings)
        rows.append(
            f"<tr class='{'ehcp-pass' if passed else 'ehcp-fail'}'>"
            f"<td>{_cell(item.id)}<br><small>{_cell(item.kind)}</small>"
            f"{'<br><small>' + _cell(located) + '</small>' if located else ''}</td>"
            f"<td>{_cell(item.text)}</td><td><b>{'Pass' if passed else 'Fail'}</b><br>{verdicts}"
            f"</td><td><ul>{found or '<li>No findings.</li>'}</ul></td></tr>")
    table = ("<table class='ehcp-check'><thead><tr><th>Id</th><th>Statement</th><th>Verdict</th>"
             "<th>Findings and fixes</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    plan_findings = plan.get("findings", []) if isinstance(plan, dict) else []
    extra = ""
    if plan_findings:
        extra = "<h4>Plan-level findings</h4><ul>" + "".join(
            f"<li><b>{_cell(str(f.get('rule')))}</b>: {_cell(str(f.get('message')))}"
            f"<br><i>Fix:</i> {_cell(str(f.get('fix')))}</li>" for f in plan_findings) + "</ul>"
    errors = report.summary.get("input_errors")
    if isinstance(errors, list) and errors:
        extra += "<h4>Lines that could not be read</h4><ul>" + "".join(
            f"<li>{_cell(str(e))}</li>" for e in errors) + "</ul>"
    return table + extra


def check_headline(report: CheckReport) -> str:
    failed = sum(1 for s in report.statements if not all(s.verdicts.values()))
    total = len(report.statements)
    return (f"**{total} statement{'s' if total != 1 else ''} checked: {total - failed} pass, "
            f"{failed} fail.** Red rows need work; each finding says how to fix it.")


def search_markdown(query: str, hits: list[SearchHit], has_code: bool) -> str:
    lines = [] if has_code else [
        "> The SEND Code of Practice is not in the store yet, so only the shipped guidance "
        "notes are searched. Add it with `ehcp-assist corpus add PATH-TO-CODE.pdf` "
        "(or `ehcp-assist corpus fetch`).", ""]
    if not hits:
        return "\n".join(lines + [f"No passages found for “{esc(query)}”."])
    for hit in hits:
        snippet = hit.text if len(hit.text) <= 600 else hit.text[:600].rsplit(" ", 1)[0] + " …"
        head = (f"**Code {esc(hit.ref)}** · {esc(hit.title)}" if _CODE_REF.match(hit.ref)
                else f"**{esc(hit.title)}** · <small>{esc(hit.ref)}</small>")
        credit = f" · {esc(hit.attribution)}" if hit.attribution and \
            hit.attribution != OGL_ATTRIBUTION else ""
        lines += [f"{head}  ", f"<small>{esc(hit.source)}{credit}</small>",
                  "", esc(snippet), ""]
    if any(h.attribution == OGL_ATTRIBUTION for h in hits):
        lines.append(f"<small>{esc(OGL_ATTRIBUTION)}</small>")
    return "\n".join(lines)


__all__ = ["ask_reply", "check_headline", "check_html", "citations_panel", "draft_reply",
           "engine_line", "esc", "gaps", "search_markdown"]
