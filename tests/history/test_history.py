"""The draft log: migrations once, WAL, nothing personal by default, and two writers at once."""

import json
import multiprocessing
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.history import connect, db_path, get_run, list_runs, record_draft
from assistant.models import AdviceRequest, Child, Draft, DraftMeta
from assistant.settings import Settings

REQUEST = AdviceRequest(child=Child(name="Nell Harrow", age=10, year_group="Year 5"),
                        notes="Nell reads 30 words a minute. Her sister Maisie helps at home.",
                        outcomes_sought=["Nell wants to read comics with Maisie"])


def _draft(engine: str = "llm", **meta: object) -> Draft:
    return Draft(child=REQUEST.child, meta=DraftMeta(engine=engine, model="stub-model",
                                                     prompt_id="draft_advice",
                                                     prompt_sha256="a" * 64, elapsed_ms=12.5,
                                                     **meta))  # type: ignore[arg-type]


def test_migrations_are_named_and_applied_once(settings: Settings) -> None:
    for _ in range(3):
        connect(settings).close()
    db = sqlite3.connect(db_path(settings))
    names = [row[0] for row in db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == ["m001_drafts", "m002_llm_details"]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_run_is_recorded_without_personal_text(settings: Settings) -> None:
    run_id = record_draft(settings, REQUEST, _draft(model_calls=2, repair_rounds=1))
    run = get_run(settings, run_id)
    assert (run.engine, run.model, run.model_calls, run.repair_rounds) == ("llm", "stub-model", 2, 1)
    assert run.prompt_sha256 == "a" * 64 and len(run.input_sha256) == 64
    assert run.input_text is None
    stored = b"".join(p.read_bytes() for p in db_path(settings).parent.glob("history.db*"))
    for secret in (b"Nell", b"Harrow", b"Maisie"):
        assert secret not in stored


def test_the_same_case_hashes_the_same_and_opt_in_keeps_it_pseudonymised(
        settings: Settings) -> None:
    first = get_run(settings, record_draft(settings, REQUEST, _draft()))
    kept = get_run(settings, record_draft(settings, REQUEST, _draft(), keep_input=True))
    assert first.input_sha256 == kept.input_sha256
    assert kept.input_text and "30 words a minute" in kept.input_text
    assert "Nell" not in kept.input_text and "Maisie" not in kept.input_text


def _write_many(home: str, count: int) -> None:
    settings = Settings(home=Path(home))
    for _ in range(count):
        record_draft(settings, REQUEST, _draft())


def test_two_processes_writing_at_once_lose_nothing(settings: Settings) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(settings.home), 25))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(list_runs(settings, limit=1000)) == 50


def _open_at_once(home: str, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    connect(Settings(home=Path(home))).close()


def test_processes_opening_a_new_history_in_the_same_instant_all_succeed(tmp_path: Path) -> None:
    """The first open switches the new file to WAL; SQLite refuses that at once, without waiting,
    while another process opens it (seen as 'database is locked' in CI)."""
    context = multiprocessing.get_context("fork")
    for trial in range(30):
        barrier = context.Barrier(6)
        workers = [context.Process(target=_open_at_once, args=(str(tmp_path / str(trial)), barrier))
                   for _ in range(6)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert [w.exitcode for w in workers] == [0] * 6, f"trial {trial}"


def test_history_cli_lists_and_shows(settings: Settings) -> None:
    run_id = record_draft(settings, REQUEST, _draft(engine="offline", requested_engine="llm",
                                                    fallback_reason="The endpoint failed."))
    runner = CliRunner()
    listed = runner.invoke(cli, ["history", "list", "--format", "json"])
    assert listed.exit_code == 0, listed.stderr
    runs = json.loads(listed.stdout)["runs"]
    assert runs[0]["id"] == run_id and runs[0]["fallback_reason"] == "The endpoint failed."
    text = runner.invoke(cli, ["history", "list"])
    assert "offline (fallback from llm)" in text.stdout
    shown = runner.invoke(cli, ["history", "show", str(run_id), "--format", "json"])
    assert json.loads(shown.stdout)["prompt_id"] == "draft_advice"
    assert "prompt_sha256" in runner.invoke(cli, ["history", "show", str(run_id)]).stdout
    missing = runner.invoke(cli, ["history", "show", "999"])
    assert missing.exit_code == 2 and "history list" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_an_empty_history_says_how_to_fill_it() -> None:
    result = CliRunner().invoke(cli, ["history", "list"])
    assert result.exit_code == 0 and "No draft runs yet" in result.stdout
