"""Start the page on this computer: telemetry off before gradio loads, loopback by default."""

import os
import shutil
import signal
import sys
import traceback

from ..settings import Settings

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "GRADIO_SSR_MODE": "False",
    "HF_HUB_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
}


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Run the app until interrupted; gradio is imported only now, after telemetry is off."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value
    from ._context import AppContext

    signal.signal(signal.SIGTERM, _interrupt)  # a service manager or a test: as Ctrl+C
    ctx = AppContext(settings)
    # uploads and gradio's copies of drafts live in that folder too, and go with it
    os.environ["GRADIO_TEMP_DIR"] = str(ctx.downloads / "gradio")
    from ._ui import build_app, launch_options

    ctx.preload()
    ctx.index.start()
    app = build_app(ctx)
    app.queue(default_concurrency_limit=4)
    code = 0
    try:
        app.launch(server_name=host, server_port=port, inbrowser=False, share=False,
                   **launch_options())
    except OSError as err:  # the port is taken, or the address is not this computer's
        why = "the port is in use" if "empty port" in str(err) else str(err)
        print(f"Cannot listen on {host}:{port}: {why}; pass another --port, or stop the "
              "program using it.", file=sys.stderr)
        code = 1
    except BaseException:  # noqa: BLE001 - a bug: keep its traceback, still remove the files
        traceback.print_exc()
        code = 1
    finally:
        shutil.rmtree(ctx.downloads, ignore_errors=True)  # drafts and uploads name a child
        sys.stdout.flush()
        sys.stderr.flush()
        # the index may still be filling in native code, which aborts at interpreter teardown
        os._exit(code)


__all__ = ["OFFLINE_ENV", "serve"]
