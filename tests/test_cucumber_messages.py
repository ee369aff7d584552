"""reports/cucumber.ndjson: valid Cucumber Messages that the official Cucumber HTML formatter renders,
with screenshots that stay files of their own (the stream refers to them)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from cucumber_messages import Envelope, message_converter
from playwright.sync_api import Page, expect

from vaccinnet_bdd.livingdoc.cucumber import envelopes, write_ndjson
from vaccinnet_bdd.livingdoc.features import index
from vaccinnet_bdd.livingdoc.publish import FORMATTER, CucumberHtml
from vaccinnet_bdd.livingdoc.records import ScenarioResult, StepResult

ROOT = Path(__file__).resolve().parent.parent
FEATURE = "csam/aanmelden.feature"


def _results(report_dir: Path, picture: bytes) -> list[ScenarioResult]:
    """Results as the plugin records them, for every scenario of one feature; the last one fails."""
    results = []
    for scenario in index(ROOT / "features"):
        if scenario.feature.file != FEATURE:
            continue
        steps = [
            StepResult(s["type"], s["text"], "passed", 0.1, None, "screenshots/1.jpeg")
            for s in scenario.pickle["steps"]
        ]
        results.append(ScenarioResult("x", FEATURE, scenario.line, dict(scenario.example) or None, steps, "passed"))
    results[-1].status = results[-1].steps[-1].status = "failed"
    results[-1].steps[-1].error = "AssertionError: de sleutelkeuze bleef weg"
    (report_dir / "screenshots").mkdir(parents=True)
    (report_dir / "screenshots" / "1.jpeg").write_bytes(picture)
    return results


def test_every_scenario_becomes_a_test_case_with_its_steps_and_screenshots(tmp_path: Path) -> None:
    results = _results(tmp_path, b"\xff\xd8\xff\xd9")
    messages = list(envelopes(ROOT / "features", index(ROOT / "features"), results, time.time()))
    kinds = [next(iter(m)) for m in messages]
    assert kinds[0] == "meta" and kinds[-1] == "testRunFinished"
    assert kinds.count("pickle") == kinds.count("testCase") == len(results) == 13
    steps = sum(len(r.steps) for r in results)
    assert kinds.count("testStepFinished") == kinds.count("attachment") == steps
    attachment = next(m["attachment"] for m in messages if "attachment" in m)
    assert (attachment["url"], attachment["body"]) == ("screenshots/1.jpeg", "")  # the file, not its bytes
    statuses = [m["testStepFinished"]["testStepResult"]["status"] for m in messages if "testStepFinished" in m]
    assert statuses.count("FAILED") == 1
    assert messages[-1]["testRunFinished"]["success"] is False


def test_every_message_of_a_run_of_every_scenario_follows_the_cucumber_messages_schema() -> None:
    """Every scenario of features/ (outlines, tables, doc strings), passed, failed with a retry, or
    skipped after a failure, with and without screenshots."""
    results = []
    for n, scenario in enumerate(index(ROOT / "features")):
        steps = [
            StepResult(s["type"], s["text"], "passed", 0.1, None, "screenshots/1.jpeg")
            for s in scenario.pickle["steps"]
        ]
        result = ScenarioResult(
            "x", scenario.feature.file, scenario.line, dict(scenario.example) or None, steps, "passed"
        )
        if n % 3 == 1:  # fails at its first step and is retried; the other steps do not run
            result.status, steps[0].status, steps[0].error = "failed", "failed", "AssertionError: anders"
            for step in steps[1:]:
                step.status, step.screenshot = "skipped", None
            result.retry = ScenarioResult("x", result.feature_file, result.line, result.example, [], "passed")
        results.append(result)
    messages = list(envelopes(ROOT / "features", index(ROOT / "features"), results, time.time()))
    assert sum(1 for m in messages if "testCase" in m) == len(results) > 100
    for message in messages:
        message_converter.from_dict(message, Envelope)  # raises on a message the schema refuses


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js for the Cucumber HTML formatter")
def test_the_official_html_formatter_renders_the_ndjson_with_its_screenshots(tmp_path: Path, page: Page) -> None:
    assert (ROOT / FORMATTER).is_dir(), "scripts/setup installs @cucumber/html-formatter into .cache/cucumber"
    page.set_content("<p>schermafdruk</p>")
    results = _results(tmp_path, page.screenshot(type="jpeg"))
    ndjson = write_ndjson(tmp_path, ROOT / "features", index(ROOT / "features"), results, time.time())
    assert all(json.loads(line) for line in ndjson.read_text().splitlines())
    html = tmp_path / "cucumber.html"
    formatter = CucumberHtml.start(html, ROOT)
    assert formatter is not None
    formatter.render(ndjson)
    formatter.wait()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(html.as_uri())
    expect(page.get_by_text("CSAM biedt de digitale sleutels aan, per groep").first).to_be_visible()
    expect(page.get_by_text(f"({len(results) - 1} / {len(results)}) passed")).to_be_visible()
    page.get_by_text("Een nieuw browservenster vraagt opnieuw een digitale sleutel").first.click()
    expect(page.get_by_text("AssertionError: de sleutelkeuze bleef weg").first).to_be_attached()
    screenshot = page.locator('img[src="screenshots/1.jpeg"]').first
    expect(screenshot).to_be_attached()
    assert errors == []


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js for the Cucumber HTML formatter")
def test_a_formatter_started_for_a_run_that_renders_nothing_stops_without_a_file(tmp_path: Path) -> None:
    formatter = CucumberHtml.start(tmp_path / "cucumber.html", ROOT)
    assert formatter is not None
    formatter.cancel()
    assert formatter.process.returncode is not None  # it has stopped
    assert not (tmp_path / "cucumber.html").exists()
