"""Agreement metrics where the positive class is the defect: a verdict of false."""

from collections.abc import Iterable


def defect_metrics(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float]:
    """(label, predicted) verdict pairs -> accuracy, defect precision/recall/F1 and counts.

    A reviewer cares most that a defect (verdict false) is caught, so false is the positive class.
    """
    tp = fp = fn = tn = 0
    for label, predicted in pairs:
        if not label and not predicted:
            tp += 1
        elif label and not predicted:
            fp += 1
        elif not label and predicted:
            fn += 1
        else:
            tn += 1
    total = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": float(total),
        "accuracy": (tp + tn) / total if total else 0.0,
        "defect_precision": precision,
        "defect_recall": recall,
        "defect_f1": f1,
        "tp": float(tp),
        "fp": float(fp),
        "fn": float(fn),
        "tn": float(tn),
    }
