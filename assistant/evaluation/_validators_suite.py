"""Do the validators agree with reviewers' labels? Per verdict, per rule, per split."""

from collections import defaultdict
from pathlib import Path
from typing import Any

from ..models import VERDICTS_BY_KIND, Statement
from ..settings import Settings
from ..validators import RULES, check_statement
from ._datasets import DATASETS, SHARED_DEV, read_jsonl, relative_name, sha256_of
from ._metrics import defect_metrics
from ._model import Progress, SampleResult, SuiteResult
from ._registry import suite


def is_untuned(split: str) -> bool:
    """Holdout splits: their texts never appear in a report, so that nobody tunes a rule on them."""
    return split.startswith("holdout")


def _splits() -> dict[str, list[Path]]:
    """tune (every statements-tune*.jsonl) and dev may be tuned on; each statements-holdout*.jsonl
    is an honest measure of its own (holdout-b onwards are later batches written blind to the
    rules, each split at random with one of tune-c onwards): 'statements-holdout-b' -> holdout_b."""
    holdouts = {p.stem.removeprefix("statements-").replace("-", "_"): [p]
                for p in sorted(DATASETS.glob("statements-holdout*.jsonl"), key=lambda p: p.stem)}
    found = {**holdouts, "tune": sorted(DATASETS.glob("statements-tune*.jsonl")),
             "dev": [SHARED_DEV]}
    return {name: [p for p in paths if p.exists()] for name, paths in found.items()
            if any(p.exists() for p in paths)}


@suite("validators")
def run_validators(settings: Settings, progress: Progress) -> SuiteResult:
    splits = _splits()
    rows = [(split, row) for split, paths in splits.items() for path in paths for row in read_jsonl(path)]
    pairs: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    rule_hits: dict[str, dict[str, int]] = defaultdict(lambda: {"fires": 0, "agrees": 0})
    samples: list[SampleResult] = []
    misclassified: list[dict[str, Any]] = []
    for done, (split, row) in enumerate(rows, start=1):
        progress("validators", done, len(rows))
        sample_id = str(row.get("id", f"{split}-{done}"))
        try:
            checked = check_statement(Statement.model_validate(row))
        except Exception as err:  # an error belongs to the sample, never to the run
            samples.append(SampleResult(id=sample_id, error=f"{type(err).__name__}: {err}"))
            continue
        labels: dict[str, bool | None] = row.get("labels", {})
        wrong = []
        for verdict in VERDICTS_BY_KIND[checked.kind]:
            label = labels.get(verdict)
            if label is None or verdict not in checked.verdicts:
                continue
            predicted = checked.verdicts[verdict]
            for key in (split, "all"):
                pairs[(key, verdict)].append((label, predicted))
            if predicted != label:
                wrong.append(verdict)
        for finding in checked.findings:
            if finding.severity != "error":
                continue
            hit = rule_hits[finding.rule]
            hit["fires"] += 1
            hit["agrees"] += labels.get(finding.dimension) is False
        samples.append(SampleResult(id=sample_id, data={"split": split, "wrong": wrong}))
        if wrong and not is_untuned(split):  # holdout texts stay unseen, so they stay untuned
            misclassified.append({
                "id": sample_id, "split": split, "kind": checked.kind, "text": checked.text,
                "wrong": ", ".join(f"{v} (said {checked.verdicts[v]}, label {labels[v]})" for v in wrong),
                "rules": ", ".join(sorted({f.rule for f in checked.findings})),
            })
    metrics: dict[str, float] = {}
    verdict_rows = []
    for (split, verdict), verdict_pairs in sorted(pairs.items()):
        scores = defect_metrics(verdict_pairs)
        for name in ("accuracy", "defect_precision", "defect_recall", "defect_f1"):
            metrics[f"{split}.{verdict}.{name}"] = round(scores[name], 4)
        verdict_rows.append({"split": split, "verdict": verdict, **scores})
    rule_rows = [
        {"rule": rule_id, "dimension": RULES[rule_id].dimension if rule_id in RULES else "",
         "fires": hit["fires"], "agrees_with_label": hit["agrees"],
         "precision": round(hit["agrees"] / hit["fires"], 4) if hit["fires"] else 1.0}
        for rule_id, hit in sorted(rule_hits.items())
    ]
    errors = sum(s.error is not None for s in samples)
    metrics["errors"] = float(errors)
    mains = [split for split in splits if is_untuned(split)] or ["all"]
    headline = [f"{main}.{verdict}.{name}" for main in mains for kind in VERDICTS_BY_KIND.values()
                for verdict in kind for name in ("accuracy", "defect_recall")
                if f"{main}.{verdict}.{name}" in metrics]
    return SuiteResult(
        metrics=metrics,
        samples=samples,
        tables={"verdicts": verdict_rows, "rules": rule_rows, "misclassified": misclassified},
        headline=headline,
        errors=errors,
        datasets={relative_name(p): sha256_of(p) for paths in splits.values() for p in paths},
    )
