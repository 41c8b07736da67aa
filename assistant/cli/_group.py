"""The `ehcp-assist` group: maps AssistError to one red sentence and its exit code."""

from typing import Any

import click

from ..errors import AssistError


class Cli(click.Group):
    """A click group that prints AssistError as one sentence, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistError as err:
            click.secho(str(err), err=True, fg="red")
            ctx.exit(err.exit_code)  # 2 bad input, 1 failed run


@click.group(cls=Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ehcp-assist")
def cli() -> None:
    """Draft and check outcomes-focused EHC plan advice, offline by default.

    Checks outcomes and provision against SMART rules drawn from the SEND Code of
    Practice 2015 (9.64-9.69), searches the Code with paragraph citations, and drafts
    the golden thread from a professional's notes.
    """
