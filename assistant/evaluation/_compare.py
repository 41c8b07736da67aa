"""`eval compare OLD NEW`: per-metric deltas, and which of them count as regressions."""

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ..errors import BadInput

# Metrics where a smaller number is better.
_LOWER_IS_BETTER = ("errors", "invented", "false_alarms", "unanswered", "missing")
# Timings depend on the machine: reported, never a regression.
_INFORMATIONAL = ("latency", "_ms", "elapsed", "_s.")
ABSOLUTE_TOLERANCE = 0.005


class Delta(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    metric: str
    old: float | None
    new: float | None
    delta: float | None
    regressed: bool
    informational: bool


def load_metrics(path: Path) -> dict[str, float]:
    """Flat 'suite.metric' -> value from a results.json (or a folder holding one)."""
    file = path / "results.json" if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        suites = data["suites"]
    except FileNotFoundError as err:
        raise BadInput(f"{file} does not exist; pass a results.json or the --out folder of a run.") from err
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        raise BadInput(f"{file} is not an eval results file (no 'suites'); rerun 'ehcp-assist eval'.") from err
    return {
        f"{suite}.{name}": float(value)
        for suite, body in suites.items()
        for name, value in body.get("metrics", {}).items()
    }


def _is_lower_better(metric: str) -> bool:
    return any(word in metric.rsplit(".", 1)[-1] for word in _LOWER_IS_BETTER)


def _is_informational(metric: str) -> bool:
    return any(word in metric for word in _INFORMATIONAL)


def compare(old: dict[str, float], new: dict[str, float]) -> list[Delta]:
    """Every metric of OLD must still exist in NEW and be no worse beyond the tolerance."""
    deltas = []
    for metric in sorted(set(old) | set(new)):
        before, after = old.get(metric), new.get(metric)
        informational = _is_informational(metric)
        if before is None or after is None:
            deltas.append(Delta(metric=metric, old=before, new=after, delta=None,
                                regressed=after is None and not informational,
                                informational=informational))
            continue
        change = after - before
        worse = change > ABSOLUTE_TOLERANCE if _is_lower_better(metric) else change < -ABSOLUTE_TOLERANCE
        deltas.append(Delta(metric=metric, old=before, new=after, delta=round(change, 4),
                            regressed=worse and not informational, informational=informational))
    return deltas
