"""`ehcp-assist eval`: run the evaluation suites; `eval compare OLD NEW` gates regressions."""

from pathlib import Path

import click

from ..settings import build_settings
from ._group import cli
from ._progress import progress_bar, stderr


@cli.group(name="eval", invoke_without_command=True)
@click.option("--suite", "suites", multiple=True, help="Suite to run (repeatable); all when omitted.")
@click.option("--engine", type=click.Choice(["offline", "llm"]), default=None,
              help="Drafting engine for the drafting suite (default: EHCP_ASSIST_ENGINE or offline).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder for results.json, report.html and report.md.")
@click.pass_context
def eval_group(ctx: click.Context, suites: tuple[str, ...], engine: str | None,
               out_dir: Path | None) -> None:
    """Measure validators, retrieval and drafts against the labelled sets.

    Example: ehcp-assist eval --suite validators --out eval-out
    Writes DIR/results.json (run id, commit, engine, dataset hashes, metrics per suite and
    samples), DIR/report.html and DIR/report.md, and prints the headline metrics.
    """
    if ctx.invoked_subcommand is not None:
        return
    if out_dir is None:
        raise click.UsageError("Missing option '--out': the folder for results.json and the report.")
    from ..evaluation import run_eval

    settings = build_settings(engine=engine)
    with progress_bar() as report:
        run = run_eval(settings, list(suites) or None, out_dir, report)
    for name, suite in run.suites.items():
        click.echo(f"{name}" + (f"  ({suite.errors} samples failed with an error)" if suite.errors else ""))
        for key in suite.headline:
            click.echo(f"  {key:<48} {suite.metrics[key]:.3f}")
    click.echo(f"Report: {out_dir / 'report.html'}  ({run.elapsed_s:.1f} s)")


@eval_group.command(name="compare")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
def compare_cmd(old: Path, new: Path) -> None:
    """Show per-metric deltas; exit 1 when any metric regressed beyond its tolerance.

    OLD and NEW are results.json files or the --out folders that hold them.
    Example: ehcp-assist eval compare evals/baseline.json eval-out
    """
    from ..evaluation import compare, load_metrics

    deltas = compare(load_metrics(old), load_metrics(new))
    regressed = [d for d in deltas if d.regressed]
    for d in deltas:
        if d.delta not in (None, 0.0) or d.regressed:
            mark = "REGRESSED" if d.regressed else ("info" if d.informational else "ok")
            click.echo(f"{mark:9} {d.metric}: {d.old} -> {d.new}")
    click.echo(f"{len(deltas)} metrics compared, {len(regressed)} regressed.")
    if regressed:
        stderr.print(f"[red]{len(regressed)} metric(s) regressed beyond tolerance; first: {regressed[0].metric}.[/red]")
        raise SystemExit(1)
