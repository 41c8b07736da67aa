"""`ehcp-assist history list|show`: what each draft run did, with no personal text."""

from pathlib import Path

import click

from ..settings import build_settings
from ._group import cli
from ._output import echo_json


@cli.group()
def history() -> None:
    """The log of draft runs kept in EHCP_ASSIST_HOME/history.db.

    Example: ehcp-assist history list --limit 5
    """


@history.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="json: {\"runs\": [...]}; text: one line per run, newest first.")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def list_cmd(limit: int, fmt: str, home: Path | None) -> None:
    """List recent draft runs, newest first: id, time, engine, model, counts, fallback."""
    from ..history import list_runs

    runs = list_runs(build_settings(home=home), limit)
    if fmt == "json":
        echo_json({"runs": [run.model_dump(mode="json", exclude_none=False,
                                           exclude={"meta", "input_text"}) for run in runs]})
        return
    if not runs:
        click.echo("No draft runs yet; run 'ehcp-assist draft --input CASE.json' first.")
    for run in runs:
        engine = run.engine + (f" (fallback from {run.requested_engine})"
                               if run.fallback_reason else "")
        calls = f", {run.model_calls} model call(s)" if run.model_calls is not None else ""
        click.echo(f"{run.id:>4}  {run.created_at}  {engine}  {run.model or '-'}  "
                   f"{run.outcomes} outcomes, {run.questions} questions, {run.findings} findings"
                   f"{calls}  {run.elapsed_ms:.0f} ms")


@history.command("show")
@click.argument("run_id", metavar="ID", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--home", type=click.Path(path_type=Path), help="Data directory (EHCP_ASSIST_HOME).")
def show_cmd(run_id: int, fmt: str, home: Path | None) -> None:
    """Show one run: prompt id and hash, timings, counts, metadata (and the pseudonymised input
    when it was kept with --keep-input)."""
    from ..history import get_run

    run = get_run(build_settings(home=home), run_id)
    if fmt == "json":
        echo_json(run)
        return
    for key, value in run.model_dump(exclude={"meta", "input_text"}).items():
        click.echo(f"{key:>16}: {value if value is not None else '-'}")
    for key, value in (run.meta or {}).items():
        if key not in type(run).model_fields:
            click.echo(f"{key:>16}: {value}")
    if run.input_text:
        click.echo(f"{'input (pseudonymised)':>16}: {run.input_text}")
