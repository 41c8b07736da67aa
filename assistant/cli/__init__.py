"""The `ehcp-assist` command line. Each command lives in its own module and registers on `cli`."""

from ._group import cli

from . import eval_cmd  # noqa: E402,F401
from . import check_cmd  # noqa: E402,F401
from . import draft_cmd  # noqa: E402,F401
from . import search_cmd  # noqa: E402,F401
from . import corpus_cmd  # noqa: E402,F401
from . import serve_cmd  # noqa: E402,F401
from . import history_cmd  # noqa: E402,F401


__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="ehcp-assist")
