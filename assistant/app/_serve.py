"""Start the page on this computer: telemetry off before gradio loads, loopback by default."""

import os

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
    from ._ui import build_app, launch_options

    ctx = AppContext(settings)
    ctx.index.start()
    app = build_app(ctx)
    app.queue(default_concurrency_limit=4)
    app.launch(server_name=host, server_port=port, inbrowser=False, share=False,
               **launch_options())


__all__ = ["OFFLINE_ENV", "serve"]
