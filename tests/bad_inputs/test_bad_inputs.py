"""Every kind of bad input in cases.py, run as a user meets it: `ehcp-assist` in a subprocess, or
the functions behind the app's handlers. Refused means exit 2 and one sentence naming the fix."""

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.app import AppContext
from assistant.errors import BadInput
from assistant.settings import Settings

from .cases import APP_CASES, CLI_CASES, ROOT, AppCase, CliCase, Ran

EXE = Path(sys.executable).parent / "ehcp-assist"
TIMEOUT_S = 300
WORKERS = 2
"""Cases run two at a time, each in its own folder and data directory: ~60 process starts."""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("EHCP_ASSIST_") and k != "OPENAI_API_KEY"}
    env.update(EHCP_ASSIST_HOME=str(home), GRADIO_ANALYTICS_ENABLED="False",
               ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    return env


def _can_mount() -> bool:
    """Root ignores file modes, so as root (CI) a read-only bind mount in a private mount
    namespace stands in for a folder the user cannot write to."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


def run(args: list[str], home: Path, read_only: Path | None = None) -> Ran:
    """`ehcp-assist ARGS` with this data directory; read_only: a folder it may not write to."""
    argv = [str(EXE), *args]
    if read_only is not None:
        if _can_mount():
            script = ('mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && '
                      'exec "$@"')
            argv = ["unshare", "-m", "sh", "-c", script, "sh", str(read_only), *argv]
        else:
            read_only.chmod(0o555)
    try:
        done = subprocess.run(argv, env=_env(home), cwd=ROOT, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    finally:
        if read_only is not None:
            read_only.chmod(0o755)
    return Ran(done.returncode, done.stdout, done.stderr)


def _home_for(case: CliCase, tmp: Path, indexed: Path) -> tuple[Path, Path | None]:
    """(EHCP_ASSIST_HOME, the folder to make read-only or None)."""
    if case.home == "file":
        (tmp / "home-file").write_text("not a folder\n", encoding="utf-8")
        return tmp / "home-file", None
    if case.home == "read-only":
        (tmp / "locked").mkdir()
        return tmp / "locked", tmp / "locked"
    if case.index:
        return Path(shutil.copytree(indexed, tmp / "home")), None
    return tmp / "home", None  # never opened: check, eval compare and refused drafts


@dataclass(frozen=True)
class Outcome:
    ran: Ran
    read_only: Path | None


def _cli_case(item: pytest.Item) -> CliCase | None:
    callspec = getattr(item, "callspec", None)
    case = callspec.params.get("case") if callspec is not None else None
    return case if isinstance(case, CliCase) else None


@pytest.fixture(scope="module")
def outcomes(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
             _shipped_corpus_home: Path) -> dict[str, Outcome]:
    """Run every selected CLI case up front, two at a time; each test then judges its own."""
    selected = [case for item in request.session.items if (case := _cli_case(item))]

    def one(case: CliCase) -> tuple[str, Outcome]:
        tmp = tmp_path_factory.mktemp(case.kind)
        home, read_only = _home_for(case, tmp, _shipped_corpus_home)
        return case.kind, Outcome(run(case.build(tmp), home, read_only), read_only)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return dict(pool.map(one, selected))


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> AppContext:
    """As tests/app/test_chat_logic.py: the index is never started, drafts come uncited."""
    return AppContext(Settings(home=tmp_path_factory.mktemp("app-home")))


def assert_refused(ran: Ran, words: tuple[str, ...]) -> None:
    assert ran.code == 2, f"exit {ran.code}: {ran.stderr[-2000:]}"
    assert "Traceback" not in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1, ran.stderr
    for word in words:
        assert word in ran.stderr, ran.stderr


@pytest.mark.parametrize("case", APP_CASES, ids=lambda c: c.kind)
def test_app_handler(case: AppCase, ctx: AppContext, tmp_path: Path) -> None:
    if case.refused:
        with pytest.raises(BadInput) as caught:
            case.call(ctx, tmp_path)
        sentence = str(caught.value)
        assert "\n" not in sentence.strip()
        for word in case.refused:
            assert word in sentence, sentence
        return
    result = case.call(ctx, tmp_path)
    assert case.shows is not None, "an accepted case must say what the user sees"
    case.shows(result)


@pytest.mark.parametrize("case", CLI_CASES, ids=lambda c: c.kind)
def test_cli(case: CliCase, outcomes: dict[str, Outcome]) -> None:
    ran = outcomes[case.kind].ran
    if case.refused:
        assert_refused(ran, case.refused)
    else:
        assert ran.code == 0, f"exit {ran.code}: {ran.stderr[-2000:]}"
        assert "Traceback" not in ran.stderr
    if case.shows is not None:
        case.shows(ran)
    read_only = outcomes[case.kind].read_only
    if read_only is not None:
        assert not any(read_only.iterdir()), "nothing was written to the read-only folder"


def test_the_corpus_covers_every_kind_the_issue_lists() -> None:
    """At least 30 distinct kinds, across every command and the app."""
    kinds = [c.kind for c in [*CLI_CASES, *APP_CASES]]
    assert len(kinds) >= 30
    for where in ("check-", "draft-", "search-", "corpus-add-", "eval-compare-", "app-"):
        assert any(k.startswith(where) for k in kinds), where
