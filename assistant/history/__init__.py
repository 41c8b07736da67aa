"""A log of every draft run in SQLite (WAL, named migrations), with no personal text by default.

    from assistant.history import record_draft, list_runs
    run_id = record_draft(settings, request, draft)
"""

from ._migrations import MIGRATIONS, migrate
from ._store import DraftRun, connect, db_path, get_run, input_hash, list_runs, record_draft

__all__ = [
    "MIGRATIONS",
    "DraftRun",
    "connect",
    "db_path",
    "get_run",
    "input_hash",
    "list_runs",
    "migrate",
    "record_draft",
]
