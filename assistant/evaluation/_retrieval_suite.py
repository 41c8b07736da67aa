"""Does retrieval find the paragraph a reviewer would cite? BM25, dense and hybrid side by side."""

from ..errors import AssistError
from pathlib import Path

from ..retrieval import RetrievalQuestion, evaluate, load_questions, question_files
from ..settings import Settings
from ._datasets import DATASETS, relative_name, sha256_of
from ._eval_index import CODE_PDF, open_eval_index
from ._model import Progress, SampleResult, SuiteResult
from ._registry import suite

MODES = ("bm25", "dense", "hybrid")
HELD_OUT = ("test", "test_b")
"""Scored and reported, never tuned on: 'test_b' was written blind to the failures on 'test'."""


def groups(files: list[Path]) -> list[tuple[str, list[RetrievalQuestion]]]:
    """Held-out splits, then the train questions of each file on its own.

    'train' stays retrieval.jsonl's train split (the metric the baseline has always tracked);
    retrieval-train-b.jsonl is 'train_b', and so on; `run_retrieval` pools them as 'train_all'.
    """
    by_file = [(path, load_questions(path)) for path in files]
    everything = [q for _, questions in by_file for q in questions]
    result = [(split, [q for q in everything if q.split == split]) for split in HELD_OUT]
    for path, questions in by_file:
        name = "train" if path.name == "retrieval.jsonl" else \
            path.stem.removeprefix("retrieval-").replace("-", "_")
        trained = [q for q in questions if q.split == "train"]
        if trained:
            result.append((name, trained))
    return result


@suite("retrieval")
def run_retrieval(settings: Settings, progress: Progress) -> SuiteResult:
    files = question_files(DATASETS)
    datasets = {relative_name(path): sha256_of(path) for path in files}
    if not CODE_PDF.exists():
        error = f"The Code of Practice PDF is not at {CODE_PDF}; the retrieval questions cite it."
        return SuiteResult(metrics={}, samples=[SampleResult(id="index", error=error)], errors=1,
                           datasets=datasets)
    try:
        index = open_eval_index(settings, progress)
    except AssistError as err:
        return SuiteResult(metrics={}, samples=[SampleResult(id="index", error=str(err))], errors=1,
                           datasets=datasets)
    load_questions(files)  # an id used twice across files fails here, naming both files
    metrics: dict[str, float] = {}
    samples: list[SampleResult] = []
    three_way: list[dict[str, object]] = []
    misses = []
    pooled = {m: {"recall@5": 0.0, "mrr@5": 0.0, "ndcg@10": 0.0} for m in MODES}
    trained = 0
    for split, questions in groups(files):
        progress(f"retrieval ({split})", 0, 1)
        result = evaluate(index, questions, modes=MODES)
        progress(f"retrieval ({split})", 1, 1)
        for mode, scores in result["metrics"].items():  # type: ignore[union-attr]
            for name, value in scores.items():
                metrics[f"{split}.{mode}.{name}"] = value
            three_way.append({"split": split, "mode": mode, "questions": result["n"], **scores})
            if split not in HELD_OUT:
                for name, value in scores.items():
                    pooled[mode][name] += value * result["n"]  # type: ignore[operator]
        if split not in HELD_OUT:
            trained += result["n"]  # type: ignore[assignment,operator]
        for sample in result["samples"]:  # type: ignore[union-attr]
            samples.append(SampleResult(id=str(sample["id"]), data={"split": split, **sample}))
            hybrid = sample["hybrid"]
            if split in HELD_OUT and hybrid["recall@5"] < 1.0:
                misses.append({"split": split, "id": sample["id"], "query": sample["query"],
                               "expected": ", ".join(sample["relevant"]),
                               "hybrid top 5": ", ".join(hybrid["top5"]),
                               "recall@5": hybrid["recall@5"]})
    for mode, sums in pooled.items():
        scores = {name: round(total / trained, 4) if trained else 0.0 for name, total in sums.items()}
        metrics.update({f"train_all.{mode}.{name}": value for name, value in scores.items()})
        three_way.append({"split": "train_all", "mode": mode, "questions": trained, **scores})
    return SuiteResult(
        metrics=metrics,
        samples=samples,
        tables={"three_way": three_way, "test_misses": misses},
        headline=[f"{split}.{mode}.{name}" for split in HELD_OUT for mode in MODES
                  for name in ("recall@5", "mrr@5", "ndcg@10")],
        datasets=datasets,
    )
