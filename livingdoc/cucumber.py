"""Cucumber Messages (NDJSON) of a run, for the official Cucumber tools (the HTML formatter, ...).

The Gherkin documents and pickles come from the official Gherkin parser; each recorded scenario is
matched to its pickle by feature file, name and step texts, and its steps carry their results and
their screenshots as attachments.
"""

from __future__ import annotations

import base64
import json
import platform
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

from cucumber_messages import Envelope, message_converter
from gherkin.stream.gherkin_events import GherkinEvents
from gherkin.stream.source_events import Event

STATUS = {"passed": "PASSED", "failed": "FAILED", "skipped": "SKIPPED"}


def _timestamp(seconds: float) -> dict[str, int]:
    return {"seconds": int(seconds), "nanos": int((seconds % 1) * 1e9)}


def _duration(seconds: float) -> dict[str, int]:
    return _timestamp(max(seconds, 0.0))


def envelopes(
    features_dir: Path, report_dir: Path, records: list[dict[str, Any]], started: float
) -> Iterator[dict[str, Any]]:
    """Every message of the run, in the order the Cucumber tools expect."""
    yield {
        "meta": {
            "protocolVersion": "27.0.0",
            "implementation": {"name": "vaccinnet-bdd"},
            "runtime": {"name": platform.python_implementation(), "version": platform.python_version()},
            "os": {"name": platform.system()},
            "cpu": {"name": platform.machine()},
        }
    }
    events = GherkinEvents(GherkinEvents.Options(print_source=True, print_ast=True, print_pickles=True))
    pickles: list[dict[str, Any]] = []
    wanted = {r["feature_file"] for r in records}
    for path in sorted(features_dir.rglob("*.feature")):
        relative = path.relative_to(features_dir).as_posix()
        if relative not in wanted:
            continue
        event: Event = {
            "source": {
                "uri": f"{features_dir.name}/{relative}",
                "data": path.read_text(encoding="utf-8"),
                "mediaType": "text/x.cucumber.gherkin+plain",
            }
        }
        for message in events.enum(event):
            envelope: dict[str, Any] = dict(message)
            if "pickle" in envelope:
                pickles.append(dict(envelope["pickle"]))
            yield envelope
    ids = (f"run-{n}" for n in count())
    run_id = next(ids)
    yield {"testRunStarted": {"id": run_id, "timestamp": _timestamp(started)}}
    clock = started
    unmatched = list(pickles)
    for record in records:
        pickle = _pickle_of(record, unmatched, features_dir.name)
        if pickle is None:
            continue
        unmatched.remove(pickle)
        case_id, started_id = next(ids), next(ids)
        steps = [
            (next(ids), pickle_step, step) for pickle_step, step in zip(pickle["steps"], record["steps"], strict=True)
        ]
        yield {
            "testCase": {
                "id": case_id,
                "pickleId": pickle["id"],
                "testRunStartedId": run_id,
                "testSteps": [
                    {"id": step_id, "pickleStepId": p["id"], "stepDefinitionIds": [], "stepMatchArgumentsLists": []}
                    for step_id, p, _ in steps
                ],
            }
        }
        yield {
            "testCaseStarted": {"id": started_id, "testCaseId": case_id, "attempt": 0, "timestamp": _timestamp(clock)}
        }
        for step_id, _, step in steps:
            yield {
                "testStepStarted": {
                    "testCaseStartedId": started_id,
                    "testStepId": step_id,
                    "timestamp": _timestamp(clock),
                }
            }
            clock += step.get("duration", 0.0)
            if step.get("screenshot"):
                picture = (report_dir / step["screenshot"]).read_bytes()
                yield {
                    "attachment": {
                        "testCaseStartedId": started_id,
                        "testStepId": step_id,
                        "body": base64.b64encode(picture).decode("ascii"),
                        "contentEncoding": "BASE64",
                        "mediaType": "image/jpeg",
                        "fileName": Path(step["screenshot"]).name,
                    }
                }
            result: dict[str, Any] = {
                "status": STATUS[step["status"]],
                "duration": _duration(step.get("duration", 0.0)),
            }
            if step.get("error"):
                result["message"] = step["error"]
            yield {
                "testStepFinished": {
                    "testCaseStartedId": started_id,
                    "testStepId": step_id,
                    "testStepResult": result,
                    "timestamp": _timestamp(clock),
                }
            }
        yield {
            "testCaseFinished": {
                "testCaseStartedId": started_id,
                "willBeRetried": False,
                "timestamp": _timestamp(clock),
            }
        }
    success = all(r["status"] != "failed" for r in records)
    yield {"testRunFinished": {"testRunStartedId": run_id, "success": success, "timestamp": _timestamp(clock)}}


def _pickle_of(record: dict[str, Any], pickles: list[dict[str, Any]], base: str) -> dict[str, Any] | None:
    uri = f"{base}/{record['feature_file']}"
    texts = [s["text"] for s in record["steps"]]
    for pickle in pickles:
        if (
            pickle["uri"] == uri
            and pickle["name"] == record["scenario"]
            and [s["text"] for s in pickle["steps"]] == texts
        ):
            return pickle
    return None


def write_ndjson(features_dir: Path, report_dir: Path, records: list[dict[str, Any]], started: float) -> Path:
    """Write ``cucumber.ndjson``; every line is checked against the Cucumber Messages schema first."""
    path = report_dir / "cucumber.ndjson"
    with path.open("w", encoding="utf-8") as out:
        for envelope in envelopes(features_dir, report_dir, records, started):
            message_converter.from_dict(envelope, Envelope)  # raises on a message the schema refuses
            out.write(json.dumps(envelope, ensure_ascii=False) + "\n")
    return path
