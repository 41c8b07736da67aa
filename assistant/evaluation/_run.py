"""Run suites, record provenance, write results.json and the reports."""

import hashlib
import subprocess
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from ..errors import BadInput
from ..paths import PROJECT_ROOT, PROMPTS_DIR
from ..settings import Settings
from ._model import Progress, RunResult, SuiteResult
from ._registry import SUITES
from ._report import write_reports


def _git_commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True,
                              text=True, timeout=5, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _prompt_hashes() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(PROMPTS_DIR.glob("*.md"))}


def run_eval(settings: Settings, suites: list[str] | None, out_dir: Path,
             progress: Progress = lambda *_: None) -> RunResult:
    """Run the named suites (all when None) and write DIR/results.json, report.html, report.md."""
    names = suites or sorted(SUITES)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise BadInput(f"Unknown eval suite {unknown[0]!r}; choose from {', '.join(sorted(SUITES))}.")
    started = time.perf_counter()
    results: dict[str, SuiteResult] = {}
    for name in names:
        results[name] = SUITES[name](settings, progress)
    run = RunResult(
        run_id=uuid.uuid4().hex[:12],
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        git_commit=_git_commit(),
        engine=settings.engine,
        model=settings.llm_model if settings.engine == "llm" else None,
        prompt_hashes=_prompt_hashes(),
        dataset_hashes={k: v for r in results.values() for k, v in r.datasets.items()},
        elapsed_s=round(time.perf_counter() - started, 2),
        suites=results,
    )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "results.json").write_text(run.model_dump_json(indent=2), encoding="utf-8")
        write_reports(run, out_dir)
    except OSError as err:
        raise BadInput(f"Cannot write the eval results to {out_dir}: {err.strerror}; pass another --out.") from err
    return run
