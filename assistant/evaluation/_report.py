"""The human reports: HTML a quality lead opens in a browser, Markdown for pull requests."""

import html
from pathlib import Path
from typing import Any

from ._model import RunResult, SuiteResult

_BAR_COLUMNS = ("accuracy", "defect_recall", "defect_precision", "precision", "recall@5", "mrr@5",
                "ndcg@10", "score", "coverage", "pass_rate")
_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2933;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #e4e7eb;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem;width:100%}
th,td{border:1px solid #d9e2ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:inline-block;height:.7rem;background:#2f80ed;border-radius:2px;margin-right:.4rem;vertical-align:middle}
.bar.low{background:#e12d39}.meta{color:#52606d;font-size:.9rem}.err{color:#e12d39;font-weight:600}
"""


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 1000 and value != int(value) else f"{value:.0f}"
    return str(value)


def _cell(column: str, value: Any) -> str:
    if isinstance(value, (int, float)) and column in _BAR_COLUMNS and 0 <= value <= 1:
        css = "bar low" if value < 0.9 else "bar"
        return f'<td class="num"><span class="{css}" style="width:{value * 120:.0f}px"></span>{value:.3f}</td>'
    if isinstance(value, (int, float)):
        return f'<td class="num">{_fmt(value)}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def _html_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "<p class='meta'>Nothing to show.</p>"
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell(c, row.get(c, "")) for c in columns) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _md_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "_Nothing to show._\n"
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = (_fmt(row.get(c, "")).replace("|", "\\|").replace("\n", " ") for c in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _all_metrics(suite: SuiteResult) -> list[dict[str, Any]]:
    return [{"metric": name, "value": value} for name, value in sorted(suite.metrics.items())]


def headline_rows(suite: SuiteResult) -> list[dict[str, Any]]:
    return [{"metric": key, "value": suite.metrics[key]} for key in suite.headline if key in suite.metrics]


def render_html(run: RunResult) -> str:
    parts = [f"<!doctype html><html lang='en'><meta charset='utf-8'><title>ehcp-assist eval {run.run_id}</title>",
             f"<style>{_CSS}</style><body><h1>Evaluation report</h1>",
             f"<p class='meta'>Run {run.run_id} · {run.created_at} · commit {run.git_commit or 'unknown'} · "
             f"engine {html.escape(run.engine)}{' · model ' + html.escape(run.model) if run.model else ''} · "
             f"{run.elapsed_s:.1f} s</p>"]
    for name, suite in run.suites.items():
        parts.append(f"<h2>{html.escape(name)}</h2>")
        if suite.errors:
            parts.append(f"<p class='err'>{suite.errors} sample(s) failed with an error; they are not in the metrics.</p>")
        parts.append(f"<h3>Headline</h3>{_html_table(headline_rows(suite))}")
        for table_name, rows in suite.tables.items():
            parts.append(f"<h3>{html.escape(table_name.replace('_', ' ').capitalize())}</h3>{_html_table(rows)}")
        parts.append(f"<details><summary>All metrics ({len(suite.metrics)})</summary>{_html_table(_all_metrics(suite))}</details>")
    parts.append("</body></html>")
    return "".join(parts)


def render_markdown(run: RunResult) -> str:
    lines = [f"# Evaluation report {run.run_id}", "",
             f"{run.created_at} · commit `{run.git_commit or 'unknown'}` · engine {run.engine} · {run.elapsed_s:.1f} s", ""]
    for name, suite in run.suites.items():
        lines += [f"## {name}", ""]
        if suite.errors:
            lines += [f"**{suite.errors} sample(s) failed with an error.**", ""]
        lines += ["### Headline", "", _md_table(headline_rows(suite))]
        for table_name, rows in suite.tables.items():
            lines += [f"### {table_name.replace('_', ' ').capitalize()}", "", _md_table(rows)]
    return "\n".join(lines)


def write_reports(run: RunResult, out_dir: Path) -> None:
    (out_dir / "report.html").write_text(render_html(run), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(run), encoding="utf-8")
