"""pytest plugin: record every scenario step by step, with a screenshot after each step, and write
the living-documentation report when the run ends.

Under pytest-xdist every worker writes its records to ``<report-dir>/.parts/<worker>.json``; the
controller merges them into ``<report-dir>/index.html`` once all workers are done.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from steps.harness.catalogue import as_html, entries
from steps.harness.collect import features_dir
from steps.harness.tags import feature_tags

from . import outline
from .cucumber import write_ndjson
from .drift import Finding, check, load_allowlist
from .report import write_report

PARTS = ".parts"
CATALOGUE = "stappen.html"  # the step catalogue, beside the report that links to it
# What the screen shows, cheaply: address, document and the values typed or ticked in it.
FINGERPRINT = """() => [location.href, document.documentElement.outerHTML,
    [...document.querySelectorAll("input, select, textarea")].map(e => e.value + e.checked).join("|")].join("#")"""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("living documentation")
    group.addoption("--report-dir", default="reports", help="where the report and its screenshots go")
    group.addoption("--no-report", action="store_true", help="no report and no screenshots: a quick run")
    group.addoption(
        "--manual",
        default=os.environ.get("VACCINNET_BDD_MANUAL"),
        help="the manual (.txt, .md, .docx, .pdf): the report then shows the check-manual result per section",
    )


def pytest_configure(config: pytest.Config) -> None:
    unknown = outline.unknown_section_tags(feature_tags(features_dir(config)))
    if unknown:
        raise pytest.UsageError(
            f"features/ name manual sections that version {outline.VERSION} does not have: "
            + ", ".join(f"@{t}" for t in sorted(unknown))
        )
    if config.getoption("--no-report") or config.getoption("collectonly"):
        return
    recorder = Recorder(Path(config.rootpath, config.getoption("--report-dir")), config)
    config.pluginmanager.register(recorder, "livingdoc-recorder")


def _current_page(request: pytest.FixtureRequest) -> Any:
    """The page a person is looking at: the newest page of the newest browser context.

    Scenarios where several people act (the journey) open a context per person as they start, so
    the newest context is the one that acted last.
    """
    if "browser" not in request.fixturenames:
        return None  # a scenario that never opened a browser
    browser = request.getfixturevalue("browser")
    for context in reversed(browser.contexts):
        if context.pages:
            return context.pages[-1]
    return None


class Recorder:
    def __init__(self, report_dir: Path, config: pytest.Config) -> None:
        self.report_dir = report_dir
        self.config = config
        self.worker = getattr(config, "workerinput", {}).get("workerid", "main")
        self.records: dict[str, dict[str, Any]] = {}
        self.started = time.time()
        if self.worker == "main":  # the controller, or a run without xdist: start afresh
            shutil.rmtree(report_dir / PARTS, ignore_errors=True)
            shutil.rmtree(report_dir / "screenshots", ignore_errors=True)
        (report_dir / PARTS).mkdir(parents=True, exist_ok=True)

    # --- recording, in the process that runs the scenario ---------------------------------------

    @pytest.hookimpl
    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
        self.records[request.node.nodeid] = {
            "nodeid": request.node.nodeid,
            "feature": feature.name,
            "feature_file": feature.rel_filename,
            "scenario": scenario.name,
            "tags": sorted(scenario.tags | feature.tags),
            "steps": [{"keyword": s.keyword.strip(), "text": s.name, "status": "skipped"} for s in scenario.steps],
            "status": "skipped",
            "duration": 0.0,
            "trace": str(Path(request.getfixturevalue("output_path"), "trace.zip")),
            "_started": time.perf_counter(),
            "_step": 0,
        }

    @pytest.hookimpl
    def pytest_bdd_before_step_call(self, request: pytest.FixtureRequest) -> None:
        self.records[request.node.nodeid]["_step_started"] = time.perf_counter()

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request: pytest.FixtureRequest) -> None:
        self._step_done(request, "passed", None)

    @pytest.hookimpl
    def pytest_bdd_step_error(self, request: pytest.FixtureRequest, exception: Exception) -> None:
        self._step_done(request, "failed", f"{type(exception).__name__}: {exception}")

    def _step_done(self, request: pytest.FixtureRequest, status: str, error: str | None) -> None:
        record = self.records[request.node.nodeid]
        index = record["_step"]
        step = record["steps"][index]
        step.update(status=status, duration=time.perf_counter() - record.pop("_step_started", time.perf_counter()))
        if error:
            step["error"] = error
        step["screenshot"] = self._screenshot(request, index)
        record["_step"] = index + 1

    def _screenshot(self, request: pytest.FixtureRequest, index: int) -> str | None:
        """The screen after a step; a step that left the screen as it was shares the earlier picture."""
        record = self.records[request.node.nodeid]
        page = _current_page(request)
        if page is None or page.url == "about:blank":
            return None  # nothing shown yet: the Gegeven steps arrange state without a browser
        try:
            fingerprint = page.evaluate(FINGERPRINT)
            if fingerprint == record.get("_fingerprint"):
                return str(record["_shot"])
            picture = page.screenshot(type="jpeg", quality=60, timeout=5_000)
        except Exception:  # a page that is closing: the report shows the step without a picture
            return None
        name = Path("screenshots", _slug(request.node.nodeid), f"{index + 1:02d}.jpeg")
        (self.report_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (self.report_dir / name).write_bytes(picture)
        record.update(_fingerprint=fingerprint, _shot=name)
        return str(name)

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = self.records.get(report.nodeid)
        if record is None or report.when not in ("setup", "call"):
            return
        if report.when == "setup" and report.passed:
            return
        record["status"] = report.outcome
        record["duration"] = time.perf_counter() - record.pop("_started", time.perf_counter())
        if report.failed and not any(s["status"] == "failed" for s in record["steps"]):
            record["error"] = str(report.longrepr)[-2000:]

    @pytest.hookimpl
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        records = [{k: v for k, v in r.items() if not k.startswith("_")} for r in self.records.values()]
        (self.report_dir / PARTS / f"{self.worker}.json").write_text(json.dumps(records), encoding="utf-8")
        if self.worker != "main":
            return
        merged = []
        for part in sorted((self.report_dir / PARTS).glob("*.json")):
            merged += json.loads(part.read_text(encoding="utf-8"))
        if not merged:
            return
        for record in merged:
            trace = Path(record["trace"])
            record["trace"] = os.path.relpath(trace, self.report_dir) if trace.exists() else None
        write_ndjson(features_dir(self.config), self.report_dir, merged, self.started)
        (self.report_dir / CATALOGUE).write_text(as_html(entries()), encoding="utf-8")
        write_report(
            self.report_dir,
            merged,
            labels=self._manual_labels(),
            seed=self.config.getoption("--seed", default=None),
            when=dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
        )

    def _manual_labels(self) -> list[Finding] | None:
        manual = self.config.getoption("--manual")
        if not manual:
            return None
        from .drift_pages import rendered_pages

        with rendered_pages() as page_text:
            return check(Path(manual), page_text, Path(self.config.rootpath, "features"), load_allowlist())


def _slug(nodeid: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in nodeid.split("::")[-1])[:120]
