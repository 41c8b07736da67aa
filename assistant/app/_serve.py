"""Start the page on this computer: telemetry off before gradio loads, loopback by default."""

import os
import signal
import sys

from ..settings import Settings

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "GRADIO_SSR_MODE": "False",
    "HF_HUB_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
}


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Run the app until interrupted; gradio is imported only now, after telemetry is off."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value
    from ._context import AppContext

    # SIGTERM (a service manager, a test) ends like Ctrl+C, so the download folder is removed
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    ctx = AppContext(settings)
    # uploads and gradio's copies of drafts live in that folder too, and go with it
    os.environ["GRADIO_TEMP_DIR"] = str(ctx.downloads / "gradio")
    from ._ui import build_app, launch_options

    ctx.index.start()
    app = build_app(ctx)
    app.queue(default_concurrency_limit=4)
    app.launch(server_name=host, server_port=port, inbrowser=False, share=False,
               **launch_options())


__all__ = ["OFFLINE_ENV", "serve"]
