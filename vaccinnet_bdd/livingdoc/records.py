"""What a run records of each scenario: one record type for the plugin, the report and Cucumber Messages.

Statuses are codes ("passed", "failed", "skipped"); the report shows them in Dutch. A record names
its scenario by feature file, the line of the scenario and, for an outline, the values of its
example row: the feature index (``vaccinnet_bdd.livingdoc.features``) gives the rest (titles, tags, descriptions).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"
NOT_EXECUTABLE = "not_executable"  # a scenario the stage cannot play (its reason in ``reason``)


@dataclass
class StepResult:
    keyword: str  # as written: Gegeven, Als, Dan, En, Maar
    text: str
    status: str = SKIPPED
    duration: float = 0.0
    error: str | None = None
    screenshot: str | None = None  # relative to the report folder
    browser: str | None = None  # whose browser the step ran in (a person's name)
    a11y: dict[str, Any] | None = None  # the accessibility scan of the screen after it (--a11y)
    note: str | None = None  # what the stage says of the step (which digital key a login used)


@dataclass
class ScenarioResult:
    nodeid: str
    feature_file: str  # relative to the features folder
    line: int  # of the scenario (of the outline, for an example row)
    example: dict[str, str] | None  # the values of an outline's example row
    steps: list[StepResult] = field(default_factory=list)
    status: str = SKIPPED
    duration: float = 0.0
    error: str | None = None  # a failure outside the steps (a fixture, the set-up)
    trace: str | None = None  # the Playwright trace of a failure, relative to the report folder
    retry: ScenarioResult | None = None  # a failed scenario's second attempt, traced (never its verdict)
    reason: str | None = None  # why the scenario was not executable on the target
    cast: dict[str, str] | None = None  # on a target: each part of the scenario -> who played it
    changed: dict[str, list[str]] | None = None  # on a target: what it changed, put back ("hersteld") or not

    @property
    def key(self) -> tuple[str, int, tuple[tuple[str, str], ...]]:
        """What identifies the scenario in the feature index."""
        return self.feature_file, self.line, tuple(sorted((self.example or {}).items()))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScenarioResult:
        steps = [StepResult(**step) for step in data.get("steps", [])]
        retry = cls.from_json(data["retry"]) if data.get("retry") else None
        return cls(**{**data, "steps": steps, "retry": retry})
