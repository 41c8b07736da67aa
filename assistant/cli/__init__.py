"""The `ehcp-assist` command line. Each command lives in its own module and registers on `cli`."""

from ._group import cli


__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="ehcp-assist")
