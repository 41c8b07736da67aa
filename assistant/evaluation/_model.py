"""The harness's data model, after inspect_ai: samples -> solver -> scores -> metrics."""

from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field

Progress = Callable[[str, int, int], None]
"""(suite name, samples done, samples in all): the CLI draws it, lower layers only report it."""


class SampleResult(BaseModel):
    """One sample's outcome; an error belongs to the sample, never to the run."""

    model_config = ConfigDict(extra="forbid")

    id: str
    data: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class SuiteResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metrics: dict[str, float]
    """Flat 'split.dimension.metric' keys, so runs compare key by key."""
    samples: list[SampleResult] = Field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    """Row tables for the report (per verdict, per rule, misclassified …)."""
    headline: list[str] = Field(default_factory=list)
    """The metric keys a quality lead reads first, in order."""
    errors: int = 0
    datasets: dict[str, str] = Field(default_factory=dict)
    """Dataset file -> sha256, so a changed dataset explains a changed metric."""


class RunResult(BaseModel):
    """DIR/results.json."""

    model_config = ConfigDict(extra="forbid")

    run_id: str
    created_at: str
    git_commit: str | None
    engine: str
    model: str | None = None
    prompt_hashes: dict[str, str] = Field(default_factory=dict)
    dataset_hashes: dict[str, str] = Field(default_factory=dict)
    elapsed_s: float = 0.0
    suites: dict[str, SuiteResult]
