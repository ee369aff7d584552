"""Records each scenario while it runs: every step's result, duration and the screen after it
(photographed as vaccinnet_bdd.harness.screens says: only screens new to this process).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any, cast

import pytest

from vaccinnet_bdd.harness.collect import features_dir
from vaccinnet_bdd.harness.internals import example_of
from vaccinnet_bdd.harness.outcome import reason_of
from vaccinnet_bdd.harness.retry import is_retry
from vaccinnet_bdd.harness.screens import Screens
from vaccinnet_bdd.harness.stage import CAST, SCENE, UNDONE

from .a11y import Scanner, wanted
from .records import FAILED, NOT_EXECUTABLE, PASSED, ScenarioResult, StepResult

PARTS = ".parts"
RUN = ".run.json"  # when the run started and its seed, for vaccinnet-bdd merge-reports
SCREENSHOTS = "screenshots"


def _current_page(request: pytest.FixtureRequest) -> tuple[Any, str | None]:
    """The page the acting person is looking at, and their name (vaccinnet_bdd.harness.people); a
    project's own step that takes pytest-playwright's ``page`` shows that one."""
    if "people" in request.fixturenames:
        people = request.getfixturevalue("people")
        if people.shown is not None or "page" not in request.fixturenames:
            return people.shown, people.acting
    if "page" in request.fixturenames:
        return request.getfixturevalue("page"), None
    return None, None  # a scenario that never opened a browser


class Recorder:
    """Each scenario's steps, with a picture after each (``photograph``), and each distinct screen's
    scan under --a11y; a run without a report (``photograph`` False) records only for the scans."""

    def __init__(self, report_dir: Path, config: pytest.Config, photograph: bool = True) -> None:
        self.report_dir = report_dir
        self.config = config
        self.worker = getattr(config, "workerinput", {}).get("workerid", "main")
        self.features = features_dir(config)
        self.results: dict[str, ScenarioResult] = {}
        self.started = time.time()
        self._clock: dict[str, float] = {}  # nodeid -> when the scenario, or its current step, started
        (report_dir / PARTS).mkdir(parents=True, exist_ok=True)
        self.screens = Screens(report_dir, SCREENSHOTS, photograph)
        self.scanner = Scanner(report_dir, SCREENSHOTS, outline=photograph) if wanted(config) else None

    # --- in the process that runs the scenario -----------------------------------------------------

    @pytest.hookimpl
    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
        node = request.node
        traced = is_retry(node) or self.config.getoption("--tracing") != "off"
        result = ScenarioResult(
            nodeid=node.nodeid,
            feature_file=Path(feature.filename).resolve().relative_to(self.features).as_posix(),
            line=scenario.line_number,
            example=example_of(node),
            steps=[StepResult(s.keyword.strip(), s.name) for s in scenario.steps],
            trace=str(Path(request.getfixturevalue("output_path"), "trace.zip")) if traced else None,
        )
        if is_retry(node):
            self.results[node.nodeid].retry = result
        else:
            self.results[node.nodeid] = result
        self._clock[node.nodeid] = time.perf_counter()

    def attempt(self, item: pytest.Item) -> ScenarioResult | None:
        """The record of the attempt that runs now: the scenario's, or its retry's."""
        result = self.results.get(item.nodeid)
        return result.retry if result is not None and is_retry(item) else result

    @pytest.hookimpl
    def pytest_bdd_before_step_call(self, request: pytest.FixtureRequest) -> None:
        self._clock[request.node.nodeid + "/step"] = time.perf_counter()

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request: pytest.FixtureRequest) -> None:
        self._step_done(request, PASSED, None)

    @pytest.hookimpl
    def pytest_bdd_step_error(self, request: pytest.FixtureRequest, exception: Exception) -> None:
        notes = "".join(f"\n{note}" for note in getattr(exception, "__notes__", []))
        self._step_done(request, FAILED, f"{type(exception).__name__}: {exception}{notes}")

    def _step_done(self, request: pytest.FixtureRequest, status: str, error: str | None) -> None:
        nodeid = request.node.nodeid
        result = self.attempt(request.node)
        assert result is not None
        step = next(s for s in result.steps if s.status == "skipped")
        step.status, step.error = status, error
        step.duration = time.perf_counter() - self._clock.pop(nodeid + "/step", time.perf_counter())
        page, step.browser = _current_page(request)
        scene = request.node.stash.get(SCENE, None)
        if scene is not None and scene.notes:
            step.note = "; ".join(scene.notes)
            scene.notes.clear()
        step.screenshot = self.screens.after_step(page)
        if self.scanner is not None:
            try:
                step.a11y = self.scanner.scan(page, step.screenshot)
            except Exception as error:  # a page that closed or crashed under the scan: said in the report
                step.a11y = {"adres": "?", "axe": "?", "schendingen": [], "fout": str(error)[:200]}

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report: pytest.TestReport = yield
        result = self.attempt(item)
        if result is None:
            return report
        if report.when == "teardown":  # what the undo on a target put back, or left behind
            undone = (cast(dict[str, list[str]], v) for n, v in report.user_properties if n == UNDONE)
            result.changed = next(undone, None)
        if report.when != "call" and report.passed:
            return report
        if report.when == "teardown":  # after the steps, such as an undo on a target that failed
            crash = getattr(report.longrepr, "reprcrash", None)
            said = crash.message if crash is not None else str(report.longrepr)[-2000:]
            result.status, result.error = FAILED, "\n".join(filter(None, [result.error, said]))
            return report
        result.status = report.outcome
        if (reason := reason_of(report)) is not None:
            result.status, result.reason = NOT_EXECUTABLE, reason
        result.cast = next((cast(dict[str, str], v) for n, v in report.user_properties if n == CAST), None)
        result.duration = time.perf_counter() - self._clock.pop(report.nodeid, time.perf_counter())
        if report.failed and not any(s.status == FAILED for s in result.steps):
            result.error = str(report.longrepr)[-2000:]
        return report

    @pytest.hookimpl
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        attempts = [*self.results.values(), *(r.retry for r in self.results.values() if r.retry)]
        for result in attempts:
            trace = Path(result.trace or "")
            result.trace = os.path.relpath(trace, self.report_dir) if result.trace and trace.exists() else None
        part = self.report_dir / PARTS / f"{self.worker}.json"
        part.write_text(json.dumps([r.to_json() for r in self.results.values()]), encoding="utf-8")

    # --- in the controller ------------------------------------------------------------------------

    def merged(self) -> list[ScenarioResult]:
        """What every process of the run recorded (the workers of -n, or this one)."""
        merged = []
        for part in sorted((self.report_dir / PARTS).glob("*.json")):
            merged += [ScenarioResult.from_json(data) for data in json.loads(part.read_text(encoding="utf-8"))]
        return merged
