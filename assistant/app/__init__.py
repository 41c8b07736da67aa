"""The Gradio app behind `ehcp-assist serve`: clinician chat, Section E, plan checker, search.

    from assistant.app import serve
    serve(build_settings(), host="127.0.0.1", port=7860)

gradio is imported only when the page is built, so importing this package stays cheap.
"""

from ._answers import Filled, apply_answers
from ._chat import Turn, chat_turn
from ._context import AppContext
from ._intake import Answer, ChatCase, merge, read_message
from ._serve import OFFLINE_ENV, serve

__all__ = [
    "OFFLINE_ENV",
    "Answer",
    "AppContext",
    "ChatCase",
    "Filled",
    "Turn",
    "apply_answers",
    "chat_turn",
    "merge",
    "read_message",
    "serve",
]
