"""reports/cucumber.ndjson: valid Cucumber Messages that the official Cucumber HTML formatter renders."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd.feature import get_features

from livingdoc.cucumber import envelopes, write_ndjson

ROOT = Path(__file__).resolve().parent.parent
FORMATTER = ROOT / ".cache" / "cucumber" / "node_modules" / "@cucumber" / "html-formatter"
FEATURE = "csam/aanmelden.feature"


def _records(report_dir: Path, picture: bytes) -> list[dict[str, Any]]:
    """Records as the plugin writes them, for every scenario of one feature; the last one fails."""
    (feature,) = get_features([str(ROOT / "features" / FEATURE)])
    records = []
    for template in feature.scenarios.values():
        contexts = [c for examples in template.examples for c in examples.as_contexts()] or [{}]
        for context in contexts:
            scenario = template.render(context)
            steps = [
                {"keyword": s.keyword, "text": s.name, "status": "passed", "duration": 0.1, "screenshot": "s/1.jpeg"}
                for s in scenario.steps
            ]
            records.append({"feature_file": FEATURE, "scenario": scenario.name, "steps": steps, "status": "passed"})
    records[-1]["status"] = records[-1]["steps"][-1]["status"] = "failed"
    records[-1]["steps"][-1]["error"] = "AssertionError: de sleutelkeuze bleef weg"
    (report_dir / "s").mkdir(parents=True)
    (report_dir / "s" / "1.jpeg").write_bytes(picture)
    return records


def test_every_scenario_becomes_a_test_case_with_its_steps_and_screenshots(tmp_path: Path) -> None:
    records = _records(tmp_path, b"\xff\xd8\xff\xd9")
    messages = list(envelopes(ROOT / "features", tmp_path, records, time.time()))
    kinds = [next(iter(m)) for m in messages]
    assert kinds[0] == "meta" and kinds[-1] == "testRunFinished"
    assert kinds.count("pickle") == kinds.count("testCase") == len(records)
    steps = sum(len(r["steps"]) for r in records)
    assert kinds.count("testStepFinished") == kinds.count("attachment") == steps
    statuses = [m["testStepFinished"]["testStepResult"]["status"] for m in messages if "testStepFinished" in m]
    assert statuses.count("FAILED") == 1
    assert messages[-1]["testRunFinished"]["success"] is False


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js for the Cucumber HTML formatter")
def test_the_official_html_formatter_renders_the_ndjson(tmp_path: Path, page: Page) -> None:
    assert FORMATTER.is_dir(), "scripts/setup installs @cucumber/html-formatter into .cache/cucumber"
    page.set_content("<p>schermafdruk</p>")
    records = _records(tmp_path, page.screenshot(type="jpeg"))
    ndjson = write_ndjson(ROOT / "features", tmp_path, records, time.time())
    assert all(json.loads(line) for line in ndjson.read_text().splitlines())
    html = tmp_path / "cucumber.html"
    subprocess.run(
        ["node", str(ROOT / "livingdoc" / "cucumber_html.mjs"), str(FORMATTER), str(ndjson), str(html)], check=True
    )
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(html.as_uri())
    expect(page.get_by_text("CSAM biedt de digitale sleutels aan, per groep").first).to_be_visible()
    expect(page.get_by_text(f"({len(records) - 1} / {len(records)}) passed")).to_be_visible()
    expect(page.get_by_text("AssertionError: de sleutelkeuze bleef weg").first).to_be_attached()
    assert errors == []
