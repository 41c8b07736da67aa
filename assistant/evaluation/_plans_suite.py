"""Does the plan checker catch the defects a reviewer labelled in whole plans, and rank them alike?

Each plan in evals/plans/ has a sidecar `<plan stem>.labels.json`; see evals/README.md
("Exemplar plans") for the format and for how the plan score is computed.
"""

import json
from itertools import combinations
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import BadInput
from ..models import VERDICTS_BY_KIND, CheckedStatement, Finding
from ..paths import EVALS_DIR
from ..plans import read_plan
from ..settings import Settings
from ..validators import RULES, check_plan
from ._datasets import relative_name, sha256_of
from ._model import Progress, SampleResult, SuiteResult
from ._registry import suite

PLANS_DIR = EVALS_DIR / "plans"
PLAN_SUFFIXES = (".md", ".docx")
PLAN_ERROR_WEIGHT = 0.1
"""Score lost for each plan-level (PLN) error finding: a broken golden thread."""
PLAN_WARNING_WEIGHT = 0.05
HEADLINE = ["defect_recall", "false_alarms_per_plan", "ranking_pairs_correct", "good_above_poor"]


class DefectLabel(BaseModel):
    """A labelled defect: a verdict a reviewer marks false, a plan rule, or a verdict left open."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    match: str = Field(min_length=1)
    """A substring that picks out exactly one statement of the plan."""
    verdict: str | None = None
    plan_rule: str | None = None
    """A PLN rule id or function name, e.g. 'outcome_without_provision'."""
    unsure: str | None = None
    """A verdict the reviewer could not decide: false there is neither a catch nor a false alarm."""

    @model_validator(mode="after")
    def _one_kind(self) -> "DefectLabel":
        if sum(value is not None for value in (self.verdict, self.plan_rule, self.unsure)) != 1:
            raise ValueError("give exactly one of 'verdict', 'plan_rule' or 'unsure'")
        return self


class PlanLabels(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    quality: Literal["good", "poor"]
    rank: int = Field(ge=1)
    """1 is the best plan; the ranking check compares every pair of ranks."""
    defects: list[DefectLabel] = Field(default_factory=list)


def labels_path(plan_path: Path) -> Path:
    return plan_path.with_name(f"{plan_path.stem}.labels.json")


def read_labels(path: Path) -> PlanLabels:
    try:
        return PlanLabels.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as err:
        raise BadInput(f"{path.name} is missing; write the plan's labels beside it.") from err
    except (json.JSONDecodeError, ValidationError) as err:
        raise BadInput(f"{path.name} is not a valid labels file ({err}); fix it by the "
                       "format in evals/README.md.") from err


def plan_rule_id(name: str) -> str:
    """'outcome_without_provision' or 'PLN001' -> 'PLN001'."""
    for rule_id, entry in RULES.items():
        if entry.kind == "plan" and name in (rule_id, entry.name):
            return rule_id
    known = ", ".join(sorted(entry.name for entry in RULES.values() if entry.kind == "plan"))
    raise BadInput(f"Unknown plan rule {name!r} in the labels; use one of {known}.")


def _statement_for(match: str, checked: list[CheckedStatement]) -> CheckedStatement:
    found = [item for item in checked if match in item.text]
    if len(found) != 1:
        where = "no statement" if not found else f"{len(found)} statements"
        raise BadInput(f"Label match {match!r} picks {where} of the plan; make it a substring "
                       "of exactly one statement.")
    return found[0]


def plan_score(checked: list[CheckedStatement], plan_findings: list[Finding]) -> float:
    """Share of verdicts passed, less a fixed weight per plan-level finding, floored at 0."""
    verdicts = [ok for item in checked for ok in item.verdicts.values()]
    passed = sum(verdicts) / len(verdicts) if verdicts else 0.0
    penalty = sum(PLAN_ERROR_WEIGHT if f.severity == "error" else PLAN_WARNING_WEIGHT
                  for f in plan_findings if f.severity in ("error", "warning"))
    return round(max(0.0, passed - penalty), 4)


def score_plan(plan_path: Path, labels: PlanLabels) -> dict[str, Any]:
    """Check one plan and set its verdicts against the reviewer's labels."""
    plan = read_plan(plan_path)
    checked, plan_findings = check_plan(plan)
    by_id = {item.id: item for item in checked}
    labelled: set[tuple[str, str]] = set()
    unsure: set[tuple[str, str]] = set()
    plan_labels: list[tuple[str, str, str]] = []  # (statement id, rule id, text)
    for defect in labels.defects:
        item = _statement_for(defect.match, checked)
        if defect.plan_rule is not None:
            plan_labels.append((item.id, plan_rule_id(defect.plan_rule), item.text))
            continue
        verdict = defect.verdict or defect.unsure or ""
        if verdict not in VERDICTS_BY_KIND[item.kind]:
            raise BadInput(f"Label {defect.match!r}: {verdict!r} is not a {item.kind} verdict; "
                           f"use one of {', '.join(VERDICTS_BY_KIND[item.kind])}.")
        (labelled if defect.verdict else unsure).add((item.id, verdict))
    missed: list[dict[str, Any]] = []
    alarms: list[dict[str, Any]] = []
    caught = 0
    for statement_id, verdict in sorted(labelled):
        if by_id[statement_id].verdicts.get(verdict) is False:
            caught += 1
        else:
            missed.append({"text": by_id[statement_id].text, "verdict": verdict})
    for item in checked:
        for verdict, ok in item.verdicts.items():
            if ok or (item.id, verdict) in labelled or (item.id, verdict) in unsure:
                continue
            rules = sorted({f.rule for f in item.findings
                            if f.dimension == verdict and f.severity == "error"})
            alarms.append({"text": item.text, "verdict": verdict, "rule": ", ".join(rules)})
    pln = [f for f in plan_findings if f.severity in ("error", "warning")]
    for statement_id, rule_id, text in plan_labels:
        if any(f.rule == rule_id and statement_id in getattr(f, "statement_ids", ()) for f in pln):
            caught += 1
        else:
            missed.append({"text": text, "verdict": f"plan: {RULES[rule_id].name}"})
    for finding in pln:
        ids = getattr(finding, "statement_ids", ())
        if not any(f_rule == finding.rule and sid in ids for sid, f_rule, _ in plan_labels):
            alarms.append({"text": finding.message, "verdict": finding.dimension,
                           "rule": finding.rule})
    return {
        "quality": labels.quality, "rank": labels.rank, "statements": len(checked),
        "defects": len(labelled) + len(plan_labels), "caught": caught,
        "false_alarms": len(alarms), "score": plan_score(checked, plan_findings),
        "missed": missed, "alarms": alarms,
    }


def plan_files(plans_dir: Path) -> list[Path]:
    return sorted(p for p in plans_dir.iterdir() if p.suffix.lower() in PLAN_SUFFIXES
                  and p.name.lower() != "readme.md") if plans_dir.is_dir() else []


def _ranking(scored: list[dict[str, Any]]) -> tuple[float, float]:
    """(share of better/worse pairs the scores order alike, 1.0 if every good beats every poor)."""
    pairs = [(a, b) if a["rank"] < b["rank"] else (b, a)
             for a, b in combinations(scored, 2) if a["rank"] != b["rank"]]
    right = sum(better["score"] > worse["score"] for better, worse in pairs)
    ordered = right / len(pairs) if pairs else 0.0
    good = [s["score"] for s in scored if s["quality"] == "good"]
    poor = [s["score"] for s in scored if s["quality"] == "poor"]
    above = float(bool(good) and bool(poor) and min(good) > max(poor))
    return round(ordered, 4), above


def score_plans(plans_dir: Path, progress: Progress = lambda *_: None) -> SuiteResult:
    """The suite over one folder of plans, so tests can point it at their own."""
    files = plan_files(plans_dir)
    samples: list[SampleResult] = []
    scored: list[dict[str, Any]] = []
    per_plan, missed_rows, alarm_rows = [], [], []
    for done, path in enumerate(files, start=1):
        progress("plans", done, len(files))
        try:
            labels = read_labels(labels_path(path))
            if labels.id != path.stem:
                raise BadInput(f"{labels_path(path).name} says id {labels.id!r}; make it "
                               f"{path.stem!r}, the plan's file name.")
            data = score_plan(path, labels)
        except Exception as err:  # an error belongs to the sample, never to the run
            samples.append(SampleResult(id=path.stem, error=f"{type(err).__name__}: {err}"))
            continue
        missed, alarms = data.pop("missed"), data.pop("alarms")
        samples.append(SampleResult(id=labels.id,
                                    data={**data, "missed": missed, "alarms": alarms}))
        scored.append(data)
        per_plan.append({"id": labels.id, **{k: data[k] for k in (
            "quality", "rank", "statements", "defects", "caught", "false_alarms", "score")}})
        missed_rows += [{"plan": labels.id, **row} for row in missed]
        alarm_rows += [{"plan": labels.id, **row} for row in alarms]
    defects = sum(s["defects"] for s in scored)
    ordered, above = _ranking(scored)
    errors = sum(s.error is not None for s in samples)
    metrics = {
        "defect_recall": round(sum(s["caught"] for s in scored) / defects, 4) if defects else 0.0,
        "false_alarms_per_plan": round(sum(s["false_alarms"] for s in scored) / len(scored), 4)
        if scored else 0.0,
        "ranking_pairs_correct": ordered,
        "good_above_poor": above,
        "plans": float(len(scored)),
        "errors": float(errors),
    }
    hashed = [p for p in sorted(plans_dir.rglob("*")) if p.is_file()] if plans_dir.is_dir() else []
    return SuiteResult(
        metrics=metrics,
        samples=samples,
        tables={"plans": per_plan, "missed_defects": missed_rows, "false_alarms": alarm_rows},
        headline=HEADLINE,
        errors=errors,
        datasets={relative_name(p): sha256_of(p) for p in hashed},
    )


@suite("plans")
def run_plans(settings: Settings, progress: Progress) -> SuiteResult:
    return score_plans(PLANS_DIR, progress)
