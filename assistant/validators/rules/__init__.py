"""The rule table: a new rule is one module here and one import line below."""

# fmt: off
# isort: skip_file
from . import pln001_outcome_without_provision  # noqa: F401
from . import pln002_provision_without_outcome  # noqa: F401
from . import pln003_no_section_e  # noqa: F401
