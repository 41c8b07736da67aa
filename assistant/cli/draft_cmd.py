"""`ehcp-assist draft --input CASE.json`: the golden thread drafted from a professional's notes."""

import functools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from ..errors import AssistError, BadInput
from ..models import AdviceRequest, Draft
from ..settings import Settings, build_settings
from ._group import cli
from ._output import write_output
from ._progress import progress_bar

MAX_BYTES = 5_000_000
MAX_NOTES_CHARS = 200_000
"""As in the app's chat: a long referral is ~20,000 characters, and the engine takes about a
minute over notes of several MB."""
_NOT_JSON = {b"PK\x03\x04": "a Word document (or another zip file)", b"%PDF": "a PDF"}
CASE_KEYS = ", ".join(AdviceRequest.model_fields)
EXAMPLE = "see examples/case.json"

# pydantic error types -> what the author should write instead
_TYPE_WORDS = {
    "string_type": "must be text in quotes",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be a list, e.g. [\"…\", \"…\"]",
    "date_type": "must be a date written YYYY-MM-DD",
    "date_parsing": "must be a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "must be a date written YYYY-MM-DD",
    "model_type": "must be an object, e.g. {\"name\": …}",
    "missing": "is required",
}


def _where(loc: tuple[int | str, ...]) -> str:
    """('advice', 0, 'text') -> 'advice[0].text', as the author reads their file."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


def _explain(name: str, err: ValidationError) -> BadInput:
    """The first problem as one sentence; unknown keys are named together (CASE.json is strict)."""
    errors = err.errors()
    unknown = [_where(e["loc"]) for e in errors if e["type"] == "extra_forbidden"]
    if unknown:
        keys = ", ".join(f"'{k}'" for k in unknown)
        return BadInput(f"{name}: unknown key {keys}; CASE.json accepts {CASE_KEYS} "
                        f"({EXAMPLE}).")
    first = errors[0]
    where = _where(first["loc"])
    if where.endswith("age") and first["type"] in ("greater_than_equal", "less_than_equal"):
        what = "must be between 0 and 25"
    elif first["type"] in _TYPE_WORDS:
        what = _TYPE_WORDS[first["type"]]
    else:
        what = str(first["msg"]).rstrip(".")
        what = what[0].lower() + what[1:] if what else "is not valid"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return BadInput(f"{name}: {where}: {what}{more}; correct it and run again ({EXAMPLE}).")


def read_case(path: Path) -> AdviceRequest:
    """CASE.json -> AdviceRequest; every way it can be unusable is one sentence naming the fix."""
    name = path.name
    if not path.exists():
        raise BadInput(f"{path} does not exist; pass --input with the path of a CASE.json file "
                       f"({EXAMPLE}).")
    if not path.is_file():
        raise BadInput(f"{path} is a folder; pass --input with the path of a CASE.json file.")
    if path.stat().st_size > MAX_BYTES:
        raise BadInput(f"{name} is larger than {MAX_BYTES // 1_000_000} MB; a case is notes and "
                       "outcomes sought, so trim it and run again.")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise BadInput(f"Cannot read {path}: {err.strerror}; check the path and its "
                       "permissions.") from err
    for magic, what in _NOT_JSON.items():
        if raw.startswith(magic):
            raise BadInput(f"{name} is {what}, not a CASE.json; put the notes and outcomes "
                           f"sought in a JSON file ({EXAMPLE}).")
    try:
        text = raw.decode("utf-8-sig")  # Windows editors add a byte-order mark
    except UnicodeDecodeError as err:
        raise BadInput(f"{name} is not UTF-8 text (byte {err.start}); save it as UTF-8 and run "
                       "again.") from err
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise BadInput(f"{name}, line {err.lineno} column {err.colno}: not valid JSON "
                       f"({err.msg}); fix it there (a missing comma or quote is common).") from err
    except RecursionError as err:  # json gives up past ~1,000 levels of [ or {
        raise BadInput(f"{name} is nested too deeply to be a CASE.json; it is one object "
                       f"with {CASE_KEYS} ({EXAMPLE}).") from err
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), "a single value")
        raise BadInput(f"{name} holds {kind}; CASE.json must be one JSON object with "
                       f"{CASE_KEYS} ({EXAMPLE}).")
    try:
        request = AdviceRequest.model_validate(data)
    except ValidationError as err:
        raise _explain(name, err) from err
    length = len(request.notes) + sum(len(advice.text) for advice in request.advice)
    if length > MAX_NOTES_CHARS:
        raise BadInput(f"{name}: the notes and advice are {length:,} characters, over "
                       f"{MAX_NOTES_CHARS:,}; give the assessment summary and recommendations "
                       "only, and run again.")
    return request


def _drafter(settings: Settings, section: str | None, fallback: bool = True
             ) -> Callable[..., Draft]:
    """The engine the settings name; the LLM engine is resolved only when asked for."""
    from .. import drafting

    if settings.engine == "llm":
        if section:
            raise BadInput("Section E is drafted by the offline engine; drop --engine llm.")
        return functools.partial(drafting.draft_with_llm, fallback=fallback)
    return drafting.draft_section_e if section else drafting.draft_offline


def _citation_index(settings: Settings) -> Any:
    """The index with the shipped guidance in it, so a fresh install still cites; None if the
    store cannot be opened (the draft then says it has no citations)."""
    from ..library import open_ready_index

    try:
        with progress_bar() as report:
            return open_ready_index(settings, report)
    except (AssistError, OSError):
        return None


def _record(settings: Settings, request: AdviceRequest, draft: Draft, keep_input: bool) -> None:
    """Every run goes in the history log; a log that cannot be written does not lose the draft."""
    from ..history import record_draft

    try:
        record_draft(settings, request, draft, keep_input=keep_input)
    except AssistError as err:
        click.echo(f"Warning: {err}", err=True)


def _render(draft: Draft, fmt: str, section: str | None) -> bytes:
    from .. import export

    if fmt == "json":
        return export.to_json(draft).encode("utf-8")
    if fmt == "markdown":
        text = export.section_e_markdown(draft) if section else export.to_markdown(draft)
        return text.encode("utf-8")
    return export.section_e_docx(draft) if section else export.to_docx(draft)


def _counts(draft: Draft, elapsed: float) -> str:
    outcomes = len(draft.outcomes)
    provision = sum(len(o.provision) for o in draft.outcomes)

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return (f"Drafted {n(outcomes, 'outcome')}, {n(provision, 'provision item')}, "
            f"{n(len(draft.questions), 'question')}, {n(len(draft.findings), 'finding')} "
            f"in {elapsed:.2f} s ({draft.meta.engine} engine)")


@cli.command("draft")
@click.option("--input", "input_path", required=True, type=click.Path(path_type=Path),
              metavar="CASE.json", help="The case: child, notes, aspirations, outcomes sought.")
@click.option("--format", "fmt", type=click.Choice(["json", "markdown", "docx"]), default="json",
              show_default=True, help="json: the contract; markdown: to edit; docx: to sign.")
@click.option("--out", type=click.Path(path_type=Path), help="Write here instead of stdout "
              "(required for docx).")
@click.option("--engine", type=click.Choice(["offline", "llm"]),
              help="Drafting engine (EHCP_ASSIST_ENGINE); offline needs no network.")
@click.option("--section", type=click.Choice(["E"]),
              help="E: a case officer's Section E merged from the case's 'advice' list.")
@click.option("--no-fallback", is_flag=True, help="With --engine llm: exit 1 when the model "
              "endpoint fails, instead of drafting with the offline engine.")
@click.option("--keep-input", is_flag=True, help="Also keep the pseudonymised case in the "
              "history log (by default only its hash is kept).")
def draft(input_path: Path, fmt: str, out: Path | None, engine: str | None,
          section: str | None, no_fallback: bool, keep_input: bool) -> None:
    """Draft outcomes-focused advice: needs, SMART outcomes, quantified provision, questions.

    CASE.json is {"child": {"name", "age", "year_group"}, "professional_role",
    "assessment_date", "aspirations": [...], "outcomes_sought": [...], "notes",
    "advice": [{"professional_role", "text"}]}.

    Example: ehcp-assist draft --input examples/case.json --format markdown

    --format json prints the draft contract (child, needs, outcomes with provision, questions,
    findings, citations, meta). --format markdown prints a document to edit: about me, needs
    by area, the golden-thread table, questions for the author, findings and citations.
    --format docx writes the same as a Word document and needs --out. Missing facts are
    [placeholders] with a question each; nothing is guessed. Text formats report counts and
    time on stderr.
    """
    if fmt == "docx" and out is None:
        raise BadInput("DOCX is binary; pass --out draft.docx")
    request = read_case(input_path)
    try:
        settings = build_settings(engine=engine)
    except ValidationError as err:
        field = str(err.errors()[0]["loc"][0]).upper()
        raise BadInput(f"EHCP_ASSIST_{field} is not valid ({err.errors()[0]['msg']}); fix the "
                       "variable, or pass the flag of the same name.") from err
    run = _drafter(settings, section, fallback=not no_fallback)
    index = _citation_index(settings)
    started = time.perf_counter()
    result = run(request, settings, index=index)
    _record(settings, request, result, keep_input)
    fallback_reason = getattr(result.meta, "fallback_reason", None)
    if fallback_reason:
        click.echo(f"Warning: {fallback_reason} Drafted with the offline engine instead.", err=True)
    payload = _render(result, fmt, section)
    elapsed = time.perf_counter() - started
    if out is not None:
        write_output(out, payload)
    else:
        click.echo(payload, nl=False)  # bytes go to the binary stream, as written
    if fmt != "json":
        where = f"; wrote {out}" if out is not None else ""
        click.echo(_counts(result, elapsed) + where, err=True)
