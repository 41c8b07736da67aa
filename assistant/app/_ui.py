"""The Gradio page: four tabs, per-session state, and errors shown as one sentence in the page.

gradio is imported here (and in _serve), never above the app layer.
"""

import html
import logging
from pathlib import Path
from typing import Any

import gradio as gr

from ..errors import AssistError
from ..models import StatementContext
from ._chat import chat_turn
from ._context import AppContext
from ._intake import ChatCase
from ._render import check_headline, check_html, citations_panel, engine_line, esc
from ._tools import check_text, check_upload, read_age, search, section_e

log = logging.getLogger("ehcp_assist.app")

TITLE = "EHCP advice drafting assistant"
PRIVACY = (
    "**Private by design.** This assistant runs on this computer; nothing you type or upload is "
    "sent anywhere{remote}. Do not paste a child's details without the family's consent, and "
    "use only what the advice needs. Drafts are a starting point: a professional must check, "
    "edit and sign them."
)
CHAT_PLACEHOLDER = (
    "Name: Sam\nAge: 8\nOutcomes sought:\n- I want to play football with my friends at break\n"
    "Aspirations:\n- Sam wants to be a footballer\nNotes:\nSam has a language disorder ...")
SHOWN_CHARS = 4_000
ADVICE_SLOTS = 4
CSS = """
.ehcp-check {border-collapse: collapse; width: 100%; font-size: 0.95em}
.ehcp-check th, .ehcp-check td {border: 1px solid #d0d7de; padding: 6px 8px; vertical-align: top;
  text-align: left}
.ehcp-check ul {margin: 0; padding-left: 1.1em}
.ehcp-check tr.ehcp-fail td {background: #fdecea; color: #1f2328}
.ehcp-check tr.ehcp-pass td {background: #e6f4ea; color: #1f2328}
.ehcp-verdict {display: inline-block; margin: 2px 4px 2px 0; padding: 0 6px; border-radius: 8px;
  font-size: 0.85em; white-space: nowrap}
.ehcp-verdict.ok {background: #cdebd5; color: #0b5d1e}
.ehcp-verdict.bad {background: #f7c9c4; color: #8a1c12}
.ehcp-error {color: #8a1c12; font-weight: 600}
#ehcp-privacy {border-left: 4px solid #005eb8; padding: 4px 12px; background: #f0f4f5}
"""


def _theme() -> Any:
    """System fonts only: the page must not wait on a font server it cannot reach offline."""
    return gr.themes.Default(
        primary_hue="blue", secondary_hue="slate", neutral_hue="slate",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Consolas", "monospace"])


def _problem(err: Exception) -> str:
    """The sentence a user sees: theirs to fix, or ours (logged, no traceback on the page)."""
    if isinstance(err, AssistError):
        return str(err)
    log.exception("unexpected error in the app")
    return "Something went wrong on our side; the details are in the server log. Try again."


def _shown(text: str) -> str:
    """The user's message as they typed it, escaped, line breaks kept, long pastes shortened."""
    cut = text[:SHOWN_CHARS]
    lines = [esc(line) for line in cut.splitlines()]
    more = len(text) - len(cut)
    return "  \n".join(lines) + (f"  \n*… and {more:,} more characters*" if more else "")


def _chat(ctx: AppContext) -> Any:
    def respond(message: str, session: dict[str, Any],
                progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        session = dict(session or {})
        case = session.get("case") or ChatCase()
        history = list(session.get("history") or [])
        history.append({"role": "user", "content": _shown(message or "") or "*(empty)*"})
        try:
            turn = chat_turn(ctx, message or "", case,
                             lambda fraction, what: progress(fraction, desc=what),
                             previous=session.get("base"))
        except Exception as err:  # noqa: BLE001 - every failure becomes a sentence on the page
            history.append({"role": "assistant",
                            "content": f"⚠ {esc(_problem(err))}"})
            session["history"] = history
            return history, message, gr.update(), gr.update(), session
        history.append({"role": "assistant", "content": turn.reply})
        session.update(case=turn.case, history=history, base=turn.base)
        if turn.cleared:
            return history, "", citations_panel(None), None, session
        if turn.draft is None:
            return history, "", gr.update(), gr.update(), session
        return history, "", citations_panel(turn.draft), turn.files, session

    def new_case(session: dict[str, Any]) -> tuple[Any, ...]:
        return [], "", citations_panel(None), None, {"case": ChatCase(), "history": []}

    with gr.Row():
        with gr.Column(scale=5):
            chatbot = gr.Chatbot(label="Draft advice", height=640, buttons=["copy"],
                                 feedback_options=None, placeholder=(
                                     "Paste your notes, the family's outcomes sought and the "
                                     "child's aspirations below. I will draft outcomes-focused "
                                     "advice and ask about anything missing."))
            message = gr.Textbox(label="Your notes, or an answer (Shift+Enter sends)", lines=6, max_lines=20,
                                 placeholder=CHAT_PLACEHOLDER, elem_id="chat-input")
            with gr.Row():
                send = gr.Button("Send", variant="primary", elem_id="chat-send")
                reset = gr.Button("New case", variant="secondary")
        with gr.Column(scale=2, min_width=320):
            gr.Markdown(
                "**How to answer:** `Frequency for P1: twice a week`, `Who for P2: the class "
                "teacher`, `Measure for O1: in 4 out of 5 lessons`, `By when for O1: July "
                "2028`. Correct a detail with `Name: Sam` or `Age: 8`; add notes with "
                "`Notes: …`.")
            files = gr.File(label="Download the current draft (DOCX, Markdown)",
                            file_count="multiple", interactive=False, elem_id="chat-files")
            with gr.Accordion("Sources cited", open=True):
                citations = gr.Markdown(citations_panel(None), elem_id="chat-citations")
    session = gr.State({"case": ChatCase(), "history": []})
    outputs = [chatbot, message, citations, files, session]
    send.click(respond, [message, session], outputs, api_name="chat")
    message.submit(respond, [message, session], outputs, api_visibility="private")
    reset.click(new_case, [session], outputs, api_visibility="private")
    return chatbot


def _section_e(ctx: AppContext) -> None:
    def run(name: str, age: str | float | None, year_group: str, assessment_date: str,
            outcomes: str, aspirations: str, role1: str, text1: str, role2: str, text2: str,
            role3: str, text3: str, role4: str, text4: str,
            progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        advice = [role1, text1, role2, text2, role3, text3, role4, text4]
        pairs = [(advice[i] or "", advice[i + 1] or "") for i in range(0, len(advice), 2)]
        try:
            progress(0.2, desc="Merging the advice into Section E")
            result = section_e(ctx, name, age, year_group, assessment_date, outcomes,
                               aspirations, pairs)
        except Exception as err:  # noqa: BLE001
            return f"⚠ {esc(_problem(err))}", "", None
        return html.escape(result.markdown, quote=False), result.markdown, result.files

    gr.Markdown("For SEN case officers: the family's outcomes sought and the advice received, "
                "merged into first-draft Section E outcomes with their provision (by the "
                "offline rules, on any engine: the merge only rearranges what the advice says).")
    with gr.Row():
        with gr.Column():
            name = gr.Textbox(label="Child's name")
            with gr.Row():
                age = gr.Textbox(label="Age (years)", placeholder="e.g. 9")
                year_group = gr.Textbox(label="Year group", placeholder="Year 4")
                when = gr.Textbox(label="Assessment date", placeholder="YYYY-MM-DD")
            outcomes = gr.Textbox(label="Outcomes sought (one per line)", lines=4)
            aspirations = gr.Textbox(label="Aspirations (one per line)", lines=3)
        with gr.Column():
            advice: list[gr.Textbox] = []
            for slot in range(ADVICE_SLOTS):
                block = gr.Group() if slot < 2 else gr.Accordion(f"Advice {slot + 1}", open=False)
                with block:
                    advice.append(gr.Textbox(label=f"Advice {slot + 1}: professional role",
                                             placeholder="speech and language therapist"))
                    advice.append(gr.Textbox(label=f"Advice {slot + 1}: text", lines=5))
    go = gr.Button("Draft Section E", variant="primary")
    shown = gr.Markdown(label="Section E", buttons=["copy"], elem_id="section-e-output")
    with gr.Accordion("Markdown to copy", open=False):
        source = gr.Textbox(show_label=False, lines=10, buttons=["copy"], interactive=False)
    files = gr.File(label="Download Section E (DOCX, Markdown)", file_count="multiple",
                    interactive=False)
    go.click(run, [name, age, year_group, when, outcomes, aspirations, *advice],
             [shown, source, files], api_name="section_e")


def _check() -> None:
    def run(text: str, how: str, upload: str | None, name: str, age: str | float | None,
            year_group: str,
            progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        try:
            progress(0.3, desc="Checking each statement")
            whole_age = read_age(age)
            context = StatementContext(name=name or None, age=whole_age,
                                       year_group=year_group or None)
            report = (check_upload(upload, context) if upload
                      else check_text(text or "", how, context))
        except Exception as err:  # noqa: BLE001
            return f"⚠ {esc(_problem(err))}", "", None
        what = f"{esc(Path(upload).name)}: " if upload else ""  # esc() would eat the space
        return (what + check_headline(report), check_html(report),
                report.model_dump(mode="json"))

    gr.Markdown("Paste a plan (with its Section E and F headings) or statements one per line, "
                "or upload a Markdown, Word or JSONL file. Each statement gets SMART verdicts "
                "and, where it falls short, a fix.")
    with gr.Row():
        with gr.Column(scale=3):
            text = gr.Textbox(label="Plan or statements", lines=10, max_lines=30,
                              elem_id="check-text")
            how = gr.Radio([("Work it out", "auto"), ("Each line is an outcome", "outcome"),
                            ("Each line is provision", "provision")], value="auto",
                           label="Lines without plan headings")
        with gr.Column(scale=2):
            upload = gr.File(label="…or upload a plan (.md, .txt, .docx, .jsonl)",
                             file_types=[".md", ".markdown", ".txt", ".docx", ".jsonl"],
                             type="filepath", elem_id="check-upload")
            with gr.Accordion("About the child (optional)", open=False):
                name = gr.Textbox(label="Name")
                age = gr.Textbox(label="Age (years)", placeholder="e.g. 9")
                year_group = gr.Textbox(label="Year group")
    go = gr.Button("Check", variant="primary", elem_id="check-go")
    headline = gr.Markdown(elem_id="check-headline")
    table = gr.HTML(elem_id="check-table")
    with gr.Accordion("Report as JSON", open=False):
        report = gr.JSON(show_label=False)
    go.click(run, [text, how, upload, name, age, year_group], [headline, table, report],
             api_name="check")


def _search(ctx: AppContext) -> None:
    def run(query: str, k: float, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        try:
            if not ctx.index.is_ready:
                progress(0.1, desc="Building the guidance index (first run only)")
            return search(ctx, query or "", int(k))
        except Exception as err:  # noqa: BLE001
            return f"⚠ {esc(_problem(err))}"

    gr.Markdown("Search the SEND Code of Practice (once added) and the shipped guidance notes; "
                "each passage shows its paragraph number so you can cite it.")
    with gr.Row():
        query = gr.Textbox(label="Search", placeholder="outcomes must be SMART", scale=4,
                           elem_id="search-query")
        k = gr.Slider(1, 10, value=5, step=1, label="Passages", scale=1)
    go = gr.Button("Search", variant="primary")
    hits = gr.Markdown(elem_id="search-hits")
    go.click(run, [query, k], hits, api_name="search")
    query.submit(run, [query, k], hits, api_visibility="private")


def build_app(ctx: AppContext) -> gr.Blocks:
    """The whole page; every session gets its own gr.State, so no one sees another's draft."""
    remote = "" if ctx.engine == "offline" else (
        ", except the pseudonymised drafting request to the model endpoint you configured")
    # drafts name a child: gradio's copies go after an hour, and all of them at restart
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(900, 3600)) as app:
        with gr.Row(equal_height=True):
            gr.Markdown(f"# {TITLE}")
            gr.Markdown(engine_line(ctx.engine, ctx.model), elem_id="engine")
        gr.Markdown(PRIVACY.format(remote=remote), elem_id="ehcp-privacy")
        with gr.Tabs():
            with gr.Tab("Clinician chat", id="chat"):
                _chat(ctx)
            with gr.Tab("Section E", id="section-e"):
                _section_e(ctx)
            with gr.Tab("Check a plan", id="check"):
                _check()
            with gr.Tab("Search the Code", id="search"):
                _search(ctx)
    return app


def launch_options() -> dict[str, Any]:
    """What launch() needs besides host and port: offline theme, no telemetry, no run history."""
    return {"theme": _theme(), "css": CSS, "footer_links": ["api"], "run_history": False,
            "enable_monitoring": False, "mcp_server": False, "ssr_mode": False,
            "show_error": False, "max_file_size": "10mb"}


__all__ = ["build_app", "launch_options"]
