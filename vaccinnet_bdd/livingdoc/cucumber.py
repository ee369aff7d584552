"""Cucumber Messages (NDJSON) of a run, for the official Cucumber tools (the HTML formatter, ...).

The Gherkin documents and pickles come from the official Gherkin parser; each recorded scenario is
matched to its pickle through the feature index, and its steps carry their results. A screenshot
is an attachment whose ``url`` names its file beside the report (the HTML formatter shows it from
there), so the stream does not hold the pictures a second time.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

from gherkin.stream.gherkin_events import GherkinEvents
from gherkin.stream.source_events import Event

from .features import IndexedScenario
from .records import ScenarioResult, StepResult

STATUS = {"passed": "PASSED", "failed": "FAILED", "skipped": "SKIPPED", "not_executable": "SKIPPED"}
Message = dict[str, Any]


def _time(seconds: float) -> dict[str, int]:
    seconds = max(seconds, 0.0)
    return {"seconds": int(seconds), "nanos": int((seconds % 1) * 1e9)}


def _meta() -> Message:
    return {
        "meta": {
            "protocolVersion": "27.0.0",
            "implementation": {"name": "vaccinnet-bdd"},
            "runtime": {"name": platform.python_implementation(), "version": platform.python_version()},
            "os": {"name": platform.system()},
            "cpu": {"name": platform.machine()},
        }
    }


def _documents(features_dir: Path, files: set[str]) -> Iterator[Message]:
    """Source, Gherkin document and pickles of every feature file that has a recorded scenario."""
    events = GherkinEvents(GherkinEvents.Options(print_source=True, print_ast=True, print_pickles=True))
    for relative in sorted(files):
        event: Event = {
            "source": {
                "uri": f"{features_dir.name}/{relative}",
                "data": (features_dir / relative).read_text(encoding="utf-8"),
                "mediaType": "text/x.cucumber.gherkin+plain",
            }
        }
        for message in events.enum(event):
            yield dict(message)


class _Run:
    """The messages of the recorded scenarios, with ids and a clock that advances by their durations."""

    def __init__(self, started: float) -> None:
        self.ids = (f"run-{n}" for n in count())
        self.id = next(self.ids)
        self.clock = started

    def case(self, pickle: Message, result: ScenarioResult) -> Iterator[Message]:
        case_id, started_id = next(self.ids), next(self.ids)
        steps = [(next(self.ids), p, s) for p, s in zip(pickle["steps"], result.steps, strict=True)]
        yield {
            "testCase": {
                "id": case_id,
                "pickleId": pickle["id"],
                "testRunStartedId": self.id,
                "testSteps": [
                    {"id": step_id, "pickleStepId": p["id"], "stepDefinitionIds": [], "stepMatchArgumentsLists": []}
                    for step_id, p, _ in steps
                ],
            }
        }
        yield {
            "testCaseStarted": {"id": started_id, "testCaseId": case_id, "attempt": 0, "timestamp": _time(self.clock)}
        }
        for step_id, _, step in steps:
            yield from self.step(started_id, step_id, step, _retried(result) if step.status == "failed" else None)
        finished = {"testCaseStartedId": started_id, "willBeRetried": False, "timestamp": _time(self.clock)}
        yield {"testCaseFinished": finished}

    def step(self, started_id: str, step_id: str, step: StepResult, note: str | None = None) -> Iterator[Message]:
        ids = {"testCaseStartedId": started_id, "testStepId": step_id}
        yield {"testStepStarted": {**ids, "timestamp": _time(self.clock)}}
        self.clock += step.duration
        if step.screenshot:
            picture = {"body": "", "contentEncoding": "IDENTITY", "mediaType": "image/jpeg", "url": step.screenshot}
            yield {"attachment": {**ids, **picture, "fileName": Path(step.screenshot).name}}
        if note:
            yield {"attachment": {**ids, "body": note, "contentEncoding": "IDENTITY", "mediaType": "text/plain"}}
        result: Message = {"status": STATUS[step.status], "duration": _time(step.duration)}
        if step.error:
            result["message"] = step.error
        yield {"testStepFinished": {**ids, "testStepResult": result, "timestamp": _time(self.clock)}}


def _retried(result: ScenarioResult) -> str | None:
    """What the traced second attempt of a failed scenario found (Cucumber gets the first attempt only,
    so a retry that passes never turns the scenario green there)."""
    again = result.retry
    if again is None:
        return None
    said = "slaagde: de fout komt en gaat" if again.status == "passed" else "faalde opnieuw"
    return f"Herhaling met trace {said}." + (f" Trace: {again.trace}" if again.trace else "")


def envelopes(
    features_dir: Path, existing: tuple[IndexedScenario, ...], results: list[ScenarioResult], started: float
) -> Iterator[Message]:
    """Every message of the run, in the order the Cucumber tools expect."""
    yield _meta()
    by_key = {s.key: s for s in existing}
    recorded = [(by_key[r.key], r) for r in results if r.key in by_key]
    pickles = {}  # the stream's own pickles (their ids are the stream's), by file and line
    for message in _documents(features_dir, {scenario.feature.file for scenario, _ in recorded}):
        if "pickle" in message:
            pickle = message["pickle"]
            pickles[(pickle["uri"], pickle["location"]["line"])] = pickle
        yield message
    run = _Run(started)
    yield {"testRunStarted": {"id": run.id, "timestamp": _time(started)}}
    for scenario, result in recorded:
        yield from run.case(pickles[(scenario.pickle["uri"], scenario.pickle["location"]["line"])], result)
    success = all(r.status != "failed" for r in results)
    yield {"testRunFinished": {"testRunStartedId": run.id, "success": success, "timestamp": _time(run.clock)}}


def write_ndjson(
    report_dir: Path,
    features_dir: Path,
    existing: tuple[IndexedScenario, ...],
    results: list[ScenarioResult],
    started: float,
) -> Path:
    """Write ``cucumber.ndjson``. That every kind of message follows the Cucumber Messages schema is
    checked in tests/test_cucumber_messages.py, over every scenario of features/ (checking each
    message of each run took a quarter of a second at the end of the suite)."""
    path = report_dir / "cucumber.ndjson"
    with path.open("w", encoding="utf-8") as out:
        for envelope in envelopes(features_dir, existing, results, started):
            out.write(json.dumps(envelope, ensure_ascii=False) + "\n")
    return path
