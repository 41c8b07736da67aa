"""The bridge from a checked statement's context to a `SchoolContext`."""

from datetime import date
from functools import lru_cache

from assistant.models import StatementContext

from ._context import SchoolContext


def school_context_of(context: StatementContext) -> SchoolContext:
    """Check files carry name, age, year group and assessment date; we need the last three."""
    return _school_context(context.age, context.year_group, context.assessment_date)


@lru_cache(maxsize=1024)
def _school_context(age: int | None, year_group: str | None,
                    assessment_date: date | None) -> SchoolContext:
    """One frozen context per distinct triple: every time rule asks for it."""
    return SchoolContext(age=age, year_group=year_group, assessment_date=assessment_date)
