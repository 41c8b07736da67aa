"""Every draft run in SQLite under Settings.home: what ran, how long, how much it found.

Nothing personal by default: the input is kept as the sha256 of its pseudonymised form, so two
runs on the same case can be matched without storing the case. keep_input stores that
pseudonymised text too, and only when the user asks.
"""

import hashlib
import json
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.errors import AssistError, BadInput
from assistant.models import AdviceRequest, Draft
from assistant.privacy import pseudonymise
from assistant.settings import Settings

from ._migrations import migrate

DB_NAME = "history.db"
_COLUMNS = ("id", "created_at", "engine", "requested_engine", "model", "prompt_id",
            "prompt_sha256", "elapsed_ms", "model_calls", "repair_rounds", "outcomes",
            "questions", "findings", "fallback_reason", "input_sha256")


class DraftRun(BaseModel):
    """One row of `ehcp-assist history list --format json`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    created_at: str
    engine: str
    requested_engine: str | None = None
    model: str | None = None
    prompt_id: str | None = None
    prompt_sha256: str | None = None
    elapsed_ms: float
    model_calls: int | None = None
    repair_rounds: int | None = None
    outcomes: int
    questions: int
    findings: int
    fallback_reason: str | None = None
    input_sha256: str
    meta: dict[str, Any] | None = None
    input_text: str | None = None
    """The pseudonymised input, only when the user opted in."""


def db_path(settings: Settings) -> Path:
    return settings.home / DB_NAME


WAL_ATTEMPTS = 100
"""Switching a new database to WAL needs it to itself, and SQLite reports 'database is locked' at
once (busy_timeout does not apply) when a second process opens it in the same instant."""


def _use_wal(db: sqlite3.Connection) -> None:
    """WAL mode, waiting out another process that is switching the same new database."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.02 * (attempt + 1))


def connect(settings: Settings) -> sqlite3.Connection:
    """The history database in WAL mode, migrated; waits rather than fails when busy."""
    path = db_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
        db.execute("PRAGMA busy_timeout=30000")
        _use_wal(db)
        migrate(db)
    except (OSError, sqlite3.Error) as err:
        raise AssistError(f"Cannot open the history database at {path} ({err}); check that "
                          "EHCP_ASSIST_HOME is writable.") from err
    return db


def input_hash(request: AdviceRequest) -> tuple[str, str]:
    """sha256 of the pseudonymised input, and that input as text."""
    safe, _ = pseudonymise(request)
    text = safe.model_dump_json()
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text


def record_draft(settings: Settings, request: AdviceRequest, draft: Draft, *,
                 keep_input: bool = False) -> int:
    """Store one run; returns its id."""
    digest, text = input_hash(request)
    meta = draft.meta.model_dump()
    row = {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "engine": draft.meta.engine, "requested_engine": meta.get("requested_engine"),
        "model": draft.meta.model, "prompt_id": draft.meta.prompt_id,
        "prompt_sha256": draft.meta.prompt_sha256, "elapsed_ms": draft.meta.elapsed_ms,
        "model_calls": meta.get("model_calls"), "repair_rounds": meta.get("repair_rounds"),
        "outcomes": len(draft.outcomes), "questions": len(draft.questions),
        "findings": len(draft.findings), "fallback_reason": meta.get("fallback_reason"),
        "input_sha256": digest, "meta_json": json.dumps(meta, default=str),
        "input_text": text if keep_input else None,
    }
    db = connect(settings)
    try:
        with db:
            cursor = db.execute(
                f"INSERT INTO drafts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()))
        return int(cursor.lastrowid or 0)
    except sqlite3.Error as err:
        raise AssistError(f"Could not record the draft in {db_path(settings)} ({err}); check "
                          "that EHCP_ASSIST_HOME is writable.") from err
    finally:
        db.close()


def _run(row: sqlite3.Row, full: bool) -> DraftRun:
    data = {key: row[key] for key in _COLUMNS}
    if full:
        data["meta"] = json.loads(row["meta_json"]) if row["meta_json"] else None
        data["input_text"] = row["input_text"]
    return DraftRun(**data)


def list_runs(settings: Settings, limit: int = 20) -> list[DraftRun]:
    """The newest runs first."""
    if not db_path(settings).exists():
        return []
    db = connect(settings)
    db.row_factory = sqlite3.Row
    try:
        rows = db.execute("SELECT * FROM drafts ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    finally:
        db.close()
    return [_run(row, full=False) for row in rows]


def get_run(settings: Settings, run_id: int) -> DraftRun:
    db = connect(settings)
    db.row_factory = sqlite3.Row
    try:
        row = db.execute("SELECT * FROM drafts WHERE id = ?", (run_id,)).fetchone()
    finally:
        db.close()
    if row is None:
        raise BadInput(f"No draft run with id {run_id}; 'ehcp-assist history list' shows the ids.")
    return _run(row, full=True)
