"""Named migrations, each applied once and recorded, as simonw/llm keeps its log."""

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_drafts(db: sqlite3.Connection) -> None:
    db.execute("""
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            engine TEXT NOT NULL,
            model TEXT,
            prompt_id TEXT,
            prompt_sha256 TEXT,
            elapsed_ms REAL NOT NULL,
            outcomes INTEGER NOT NULL,
            questions INTEGER NOT NULL,
            findings INTEGER NOT NULL,
            input_sha256 TEXT NOT NULL
        )""")


@migration
def m002_llm_details(db: sqlite3.Connection) -> None:
    """What the LLM engine adds: calls, repairs, fallback, and the opt-in pseudonymised input."""
    for column in ("requested_engine TEXT", "model_calls INTEGER", "repair_rounds INTEGER",
                   "fallback_reason TEXT", "meta_json TEXT", "input_text TEXT"):
        db.execute(f"ALTER TABLE drafts ADD COLUMN {column}")


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet applied, in one write transaction; returns their names."""
    db.execute("BEGIN IMMEDIATE")  # two processes starting at once: the second waits, then skips
    try:
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, "
                   "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        applied = []
        for name, fn in MIGRATIONS:
            if name not in done:
                fn(db)
                db.execute("INSERT INTO _migrations (name) VALUES (?)", (name,))
                applied.append(name)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return applied
