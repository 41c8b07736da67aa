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
    not_results = (f"{file} is not an eval results file ({{why}}); pass the results.json that "
                   "'ehcp-assist eval --out DIR' wrote, or rerun it.")
    try:
        raw = file.read_bytes()
        if not raw.strip():
            raise BadInput(not_results.format(why="it is empty"))
        data = json.loads(raw.decode("utf-8-sig"))
    except FileNotFoundError as err:
        raise BadInput(f"{file} does not exist; pass a results.json or the --out folder of a run.") from err
    except OSError as err:
        raise BadInput(f"Cannot read {file}: {err.strerror}; pass a results.json or the --out "
                       "folder of a run.") from err
    except UnicodeDecodeError as err:
        raise BadInput(not_results.format(why="not UTF-8 text")) from err
    except json.JSONDecodeError as err:
        raise BadInput(not_results.format(why=f"not JSON: {err.msg} at line {err.lineno}")) from err
    except RecursionError as err:
        raise BadInput(not_results.format(why="nested too deeply")) from err
    suites = data.get("suites") if isinstance(data, dict) else None
    if not isinstance(suites, dict):
        raise BadInput(not_results.format(why="no 'suites' object"))
    metrics: dict[str, float] = {}
    for suite, body in suites.items():
        values = body.get("metrics", {}) if isinstance(body, dict) else None
        if not isinstance(values, dict):
            raise BadInput(not_results.format(why=f"suite '{suite}' has no 'metrics' object"))
        for name, value in values.items():
            if value is None:
                continue  # undefined for this run (no samples): compared as missing
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise BadInput(not_results.format(
                    why=f"metric '{suite}.{name}' is {json.dumps(value)[:40]}, not a number"))
            metrics[f"{suite}.{name}"] = float(value)
    return metrics


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
