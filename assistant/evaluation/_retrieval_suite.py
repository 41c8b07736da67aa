"""Does retrieval find the paragraph a reviewer would cite? BM25, dense and hybrid side by side."""

from ..errors import AssistError
from ..retrieval import evaluate, load_questions
from ..settings import Settings
from ._datasets import DATASETS, relative_name, sha256_of
from ._eval_index import CODE_PDF, open_eval_index
from ._model import Progress, SampleResult, SuiteResult
from ._registry import suite

QUESTIONS = DATASETS / "retrieval.jsonl"
MODES = ("bm25", "dense", "hybrid")


@suite("retrieval")
def run_retrieval(settings: Settings, progress: Progress) -> SuiteResult:
    datasets = {relative_name(QUESTIONS): sha256_of(QUESTIONS)}
    if not CODE_PDF.exists():
        error = f"The Code of Practice PDF is not at {CODE_PDF}; the retrieval questions cite it."
        return SuiteResult(metrics={}, samples=[SampleResult(id="index", error=error)], errors=1,
                           datasets=datasets)
    try:
        index = open_eval_index(settings, progress)
    except AssistError as err:
        return SuiteResult(metrics={}, samples=[SampleResult(id="index", error=str(err))], errors=1,
                           datasets=datasets)
    questions = load_questions(QUESTIONS)
    metrics: dict[str, float] = {}
    samples: list[SampleResult] = []
    three_way = []
    misses = []
    for split in ("test", "train"):
        progress(f"retrieval ({split})", 0, 1)
        result = evaluate(index, questions, split=split, modes=MODES)
        progress(f"retrieval ({split})", 1, 1)
        for mode, scores in result["metrics"].items():  # type: ignore[union-attr]
            for name, value in scores.items():
                metrics[f"{split}.{mode}.{name}"] = value
            three_way.append({"split": split, "mode": mode, "questions": result["n"], **scores})
        for sample in result["samples"]:  # type: ignore[union-attr]
            samples.append(SampleResult(id=str(sample["id"]), data={"split": split, **sample}))
            hybrid = sample["hybrid"]
            if split == "test" and hybrid["recall@5"] < 1.0:
                misses.append({"id": sample["id"], "query": sample["query"],
                               "expected": ", ".join(sample["relevant"]),
                               "hybrid top 5": ", ".join(hybrid["top5"]),
                               "recall@5": hybrid["recall@5"]})
    return SuiteResult(
        metrics=metrics,
        samples=samples,
        tables={"three_way": three_way, "test_misses": misses},
        headline=[f"test.{mode}.{name}" for mode in MODES for name in ("recall@5", "mrr@5", "ndcg@10")],
        datasets=datasets,
    )
