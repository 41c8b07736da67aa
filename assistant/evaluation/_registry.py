"""Suites register by name; `ehcp-assist eval --suite NAME` picks from this table."""

from typing import Callable

from ..settings import Settings
from ._model import Progress, SuiteResult

SuiteFn = Callable[[Settings, Progress], SuiteResult]
SUITES: dict[str, SuiteFn] = {}


def suite(name: str) -> Callable[[SuiteFn], SuiteFn]:
    def register(fn: SuiteFn) -> SuiteFn:
        if name in SUITES:
            raise ValueError(f"eval suite {name!r} registered twice")
        SUITES[name] = fn
        return fn

    return register
