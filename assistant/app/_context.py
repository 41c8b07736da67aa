"""What every handler shares: the settings, one index per process, and the drafting engine."""

import atexit
import logging
import shutil
import tempfile
import threading
from pathlib import Path
from collections.abc import Callable
from typing import Any

from ..errors import AssistError
from ..models import AdviceRequest, Draft, SearchHit
from ..settings import Settings

Drafter = Callable[..., Draft]
log = logging.getLogger("ehcp_assist.app")


class SharedIndex:
    """One index for all sessions, filled in the background on first run (corpus/ took 17 s
    on two cores in benchmarks/bench_app.py, 702 sections); searched one query at a time."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._index: Any = None
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._error: AssistError | None = None

    def _open(self) -> Any:
        if self._index is None:
            from ..retrieval import open_index

            self._index = open_index(self._settings)
        return self._index

    def _fail(self, err: Exception) -> None:
        self._error = err if isinstance(err, AssistError) else AssistError(
            f"The guidance index could not be opened ({err}); run 'ehcp-assist corpus "
            "rebuild' and restart the app.")
        self._ready.set()

    def open(self) -> None:
        """Open the store now, in the caller's thread (imports chromadb before any request)."""
        try:
            with self._lock:
                self._open()
        except Exception as err:  # noqa: BLE001 - a broken store must not stop the chat
            self._fail(err)

    def warm_up(self) -> None:
        """Fill the index with corpus/ on first run; sessions can draft meanwhile."""
        if self._ready.is_set():
            return
        try:
            from ..library import open_ready_index

            with self._lock:
                self._index = open_ready_index(self._settings)
        except Exception as err:  # noqa: BLE001 - a broken store must not stop the chat
            self._fail(err)
        finally:
            self._ready.set()

    def start(self) -> None:
        threading.Thread(target=self.warm_up, name="index-warm-up", daemon=True).start()

    @property
    def is_ready(self) -> bool:
        return self._ready.is_set() and self._error is None

    @property
    def failed(self) -> bool:
        return self._error is not None

    def wait(self, timeout: float | None) -> None:
        """Block until the index is usable; AssistError if it is not (yet)."""
        if not self._ready.wait(timeout):
            raise AssistError("The guidance index is still being built (first run only, about a "
                              "minute); try again shortly.")
        if self._error is not None:
            raise self._error

    def search(self, query: str, k: int = 5, **kwargs: Any) -> list[SearchHit]:
        """Hits, or AssistError: a draft then goes out without citations instead of failing."""
        self.wait(0)
        with self._lock:
            try:
                hits: list[SearchHit] = self._open().search(query, k=k, **kwargs)
            except AssistError:
                raise
            except Exception as err:
                log.exception("search failed")
                raise AssistError(f"The guidance index could not be searched ({err}); run "
                                  "'ehcp-assist corpus rebuild' and restart the app.") from err
            return hits

    def has_code(self) -> bool:
        self.wait(0)
        with self._lock:
            return bool(self._open().has_code())


class _NoIndex:
    """Stands in while the first-run index fills: drafts go out without citations."""

    def search(self, query: str, k: int = 5, **kwargs: Any) -> list[SearchHit]:
        return []


NO_INDEX = _NoIndex()


class AppContext:
    """Built once at start-up from Settings; handlers take it instead of reading the environment."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = SharedIndex(settings)
        self.downloads = Path(tempfile.mkdtemp(prefix="ehcp-assist-downloads-"))
        """DOCX/Markdown files offered to the page; removed when the app stops."""
        atexit.register(shutil.rmtree, self.downloads, ignore_errors=True)

    def preload(self) -> None:
        """Import the engine, exports and store in this thread, before any request or the index
        warm-up thread can race to import them (a half-imported module fails oddly)."""
        import importlib

        for name in ("drafting", "export", "checking", "plans", "validators", "corpus",
                     "retrieval"):
            importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.{name}")
        self.index.open()

    @property
    def engine(self) -> str:
        return self.settings.engine

    @property
    def model(self) -> str | None:
        return self.settings.llm_model if self.settings.engine == "llm" else None

    def _drafter(self) -> Drafter:
        from .. import drafting

        if self.settings.engine == "llm":
            llm = getattr(drafting, "draft_llm", None)
            if llm is None:
                raise AssistError("The LLM engine is not available in this version; restart "
                                  "with EHCP_ASSIST_ENGINE=offline.")
            return llm  # type: ignore[no-any-return]
        return drafting.draft_offline

    def _usable(self) -> Any:
        """The index once filled; meanwhile none (no citations yet). A broken store is passed on
        to the offline engine, which reports it as a finding (PLN107)."""
        if self.index.is_ready or (self.index.failed and self.settings.engine == "offline"):
            return self.index
        return NO_INDEX

    def draft(self, request: AdviceRequest) -> Draft:
        return self._drafter()(request, self.settings, index=self._usable())

    def section_e(self, request: AdviceRequest) -> Draft:
        """Always the offline merge: it only rearranges what the advice says, on any engine."""
        from ..drafting import draft_section_e

        return draft_section_e(request, self.settings, index=self._usable())


__all__ = ["AppContext", "SharedIndex"]
