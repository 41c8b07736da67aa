"""Errors a user sees as one sentence. Any other exception is a bug and keeps its traceback."""


class AssistError(Exception):
    """An error the user sees as one sentence that names the fix."""

    exit_code = 1


class BadInput(AssistError):
    """The user's input cannot be used as given (exit code 2)."""

    exit_code = 2


class CorpusError(AssistError):
    """The corpus store is missing, locked or inconsistent."""


class BackendError(AssistError):
    """The model endpoint failed, or replied with nothing we can use."""


__all__ = ["AssistError", "BadInput", "BackendError", "CorpusError"]
