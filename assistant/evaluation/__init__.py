"""The evaluation suite: do validators, retrieval and drafts agree with labelled exemplars?"""

from . import _drafting_suite, _retrieval_suite, _validators_suite  # noqa: F401  (register suites)
from . import _plans_suite  # noqa: F401  (register the plans suite)
from ._compare import Delta, compare, load_metrics
from ._model import RunResult, SampleResult, SuiteResult
from ._registry import SUITES, suite
from ._run import run_eval

__all__ = ["SUITES", "Delta", "RunResult", "SampleResult", "SuiteResult", "compare", "load_metrics",
           "run_eval", "suite"]
