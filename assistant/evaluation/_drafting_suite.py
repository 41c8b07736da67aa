"""Are drafts faithful, SMART and close to what an expert wrote? Over evals/cases/."""

import json
import re
import statistics
import time
from typing import Any

from ..drafting import draft_offline, draft_section_e, score_completeness
from ..models import AdviceRequest, Draft
from ..settings import Settings
from ._datasets import DATASETS, relative_name, sha256_of
from ._eval_index import open_eval_index
from ._model import Progress, SampleResult, SuiteResult
from ._registry import suite


CASES = DATASETS.parent / "cases"
PLACEHOLDER = re.compile(r"\[[^\]]+\]")
WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset("the a an and or to of in on at by for with will be is his her their they she he "
                 "i my me it as from this that who which when".split())


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(PLACEHOLDER.sub(" ", text.lower())) if w not in STOP}


def _similarity(drafted: list[str], expected: list[str]) -> float:
    """Mean, over expected outcomes, of the best word-overlap F1 with any drafted outcome."""
    if not expected:
        return 1.0
    scores = []
    for want in map(_words, expected):
        best = 0.0
        for got in map(_words, drafted):
            common = len(want & got)
            if common:
                p, r = common / len(got), common / len(want)
                best = max(best, 2 * p * r / (p + r))
        scores.append(best)
    return sum(scores) / len(scores)


def _passes_smart(outcome: Any, questions_about: set[str]) -> bool:
    verdicts = outcome.verdicts
    measurable = verdicts.get("measurable", False) or (
        bool(PLACEHOLDER.search(outcome.text)) and outcome.id in questions_about)
    return bool(verdicts.get("time_bound")) and bool(verdicts.get("outcome_not_provision")) and measurable


def score_case(request: AdviceRequest, expected: dict[str, Any], draft: Draft) -> dict[str, float]:
    outcomes = draft.outcomes
    served = {o.outcome_sought for o in outcomes}
    questions_about = {q.about for q in draft.questions}
    placeholders = sum(len(PLACEHOLDER.findall(o.text)) + sum(len(PLACEHOLDER.findall(p.text)) for p in o.provision)
                       for o in outcomes)
    linked = [o for o in outcomes if o.provision and o.need_ids and (o.aspiration or o.id in questions_about)]
    want_freq = [p["frequency"].lower() for p in expected.get("provision", []) if p.get("frequency")]
    got_freq = " | ".join((p.frequency or "").lower() for o in outcomes for p in o.provision)
    return {
        "outcomes_sought_covered": (sum(s in served for s in request.outcomes_sought) / len(request.outcomes_sought)
                                    if request.outcomes_sought else 1.0),
        "golden_thread_complete": len(linked) / len(outcomes) if outcomes else 0.0,
        "invented_values": float(sum(f.rule == "PLN101" for f in draft.findings)),
        "smart_pass_rate": (sum(_passes_smart(o, questions_about) for o in outcomes) / len(outcomes)
                            if outcomes else 0.0),
        "placeholders": float(placeholders),
        "questions": float(len(draft.questions)),
        "completeness": score_completeness(draft, request).score,
        "similarity_to_expected": _similarity([o.text for o in outcomes],
                                              [o["text"] for o in expected.get("outcomes", [])]),
        "frequency_recall": (sum(f in got_freq for f in want_freq) / len(want_freq)) if want_freq else 1.0,
        "citations": float(len(draft.citations)),
    }


@suite("drafting")
def run_drafting(settings: Settings, progress: Progress) -> SuiteResult:
    paths = sorted(CASES.glob("*.json"))
    index = open_eval_index(settings, progress)
    samples: list[SampleResult] = []
    per_case: list[dict[str, Any]] = []
    latencies: list[float] = []
    for done, path in enumerate(paths, start=1):
        progress("drafting", done, len(paths))
        try:
            case = json.loads(path.read_text(encoding="utf-8"))
            request = AdviceRequest.model_validate(case["request"])
            started = time.perf_counter()
            engine = draft_section_e if request.advice else draft_offline
            draft = engine(request, settings, index=index)
            latencies.append((time.perf_counter() - started) * 1000)
            scores = score_case(request, case.get("expected", {}), draft)
        except Exception as err:  # an error belongs to the sample, never to the run
            samples.append(SampleResult(id=path.stem, error=f"{type(err).__name__}: {err}"))
            continue
        samples.append(SampleResult(id=path.stem, data=scores))
        per_case.append({"case": path.stem, "outcomes": len(draft.outcomes),
                         "provision": sum(len(o.provision) for o in draft.outcomes), **scores})
    metrics: dict[str, float] = {}
    if per_case:
        for key in per_case[0]:
            if key not in ("case", "outcomes", "provision"):
                values = [row[key] for row in per_case]
                metrics[key] = round(sum(values) if key == "invented_values" else statistics.mean(values), 4)
    if latencies:
        metrics["latency_p50_ms"] = round(statistics.median(latencies), 1)
        metrics["latency_p95_ms"] = round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 1)
    errors = sum(s.error is not None for s in samples)
    metrics["errors"] = float(errors)
    return SuiteResult(
        metrics=metrics,
        samples=samples,
        tables={"per_case": per_case},
        headline=[k for k in ("outcomes_sought_covered", "golden_thread_complete", "invented_values",
                              "smart_pass_rate", "completeness", "similarity_to_expected",
                              "frequency_recall", "latency_p50_ms") if k in metrics],
        errors=errors,
        datasets={relative_name(p): sha256_of(p) for p in paths},
    )
