"""The bridge from a checked statement's context to a `SchoolContext`."""

from assistant.models import StatementContext

from ._context import SchoolContext


def school_context_of(context: StatementContext) -> SchoolContext:
    """Check files carry name, age, year group and assessment date; we need the last three."""
    return SchoolContext(age=context.age, year_group=context.year_group,
                         assessment_date=context.assessment_date)
