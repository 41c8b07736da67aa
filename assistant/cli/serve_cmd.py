"""`ehcp-assist serve`: the Gradio app on this computer (clinician chat, Section E, checker)."""

import click

from ..settings import build_settings
from ._group import cli


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the app on this computer.")
@click.option("--port", type=click.IntRange(1, 65535), default=7860, show_default=True,
              help="Port to listen on.")
def serve(host: str, port: int) -> None:
    """Run the app in a browser: chat, Section E, plan checker, Code search.

    Example: ehcp-assist serve --port 7860, then open http://127.0.0.1:7860

    The clinician chat's API name is /chat, the Section E drafter's /section_e and the plan
    checker's /check. Nothing is sent anywhere on the offline engine (the default).
    """
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(f"Listening on {host}: other computers that can reach it can open the app "
                    "and see what is typed into it; use --host 127.0.0.1 unless you mean this.",
                    err=True, fg="yellow")
    from ..app import serve  # gradio is slow to import: only when the app is asked for

    serve(build_settings(), host=host, port=port)
