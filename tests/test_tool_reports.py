"""Results in the team's own tools: Cucumber JSON for Xray and Zephyr Scale (reports/cucumber.json, by
Cucumber's JSON formatter, valid against Cucumber's schemas) and Allure results (--alluredir)."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import scratch_project, suite_addopts
from vaccinnet_bdd.harness.retry import FAILED_AGAIN
from vaccinnet_bdd.livingdoc.allure_results import TRACE
from vaccinnet_bdd.livingdoc.cucumber import write_ndjson
from vaccinnet_bdd.livingdoc.cucumber_json import CONVERTER, WIDTH, CucumberJson
from vaccinnet_bdd.livingdoc.features import index
from vaccinnet_bdd.livingdoc.records import ScenarioResult, StepResult

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = ROOT / ".cache" / "cucumber-js" / "node_modules" / "@cucumber" / "cucumber-json-converter"
KEYS = """# language: nl
@handleiding-2.3 @TEST_VAC-12
Functionaliteit: Sleutels van testgevallen
  @TestCaseKey=VAC-T7
  Scenario: Een scenario met de sleutels van Xray en Zephyr Scale
    Als iemand het Beheer der Toegangsbeheerders opent
"""


def _results(features: Path, report_dir: Path) -> dict[tuple[str, int], ScenarioResult]:
    """Every scenario of ``features`` as the plugin records it, by its pickle's file and line: a
    screenshot after each step but the first; every third fails at its second step (the steps after
    it do not run)."""
    (report_dir / "screenshots").mkdir(parents=True)
    Image.new("RGB", (1280, 800), "white").save(report_dir / "screenshots" / "1.jpeg", quality=90)
    results = {}
    for n, scenario in enumerate(index(features)):
        steps = [
            StepResult(s["type"], s["text"], "passed", 0.25, None, "screenshots/1.jpeg" if i else None)
            for i, s in enumerate(scenario.pickle["steps"])
        ]
        result = ScenarioResult("x", scenario.feature.file, scenario.line, dict(scenario.example) or None, steps)
        result.status = "passed"
        if n % 3 == 1 and len(steps) > 1:
            result.status, steps[1].status, steps[1].error = "failed", "failed", "AssertionError: anders"
            for step in steps[2:]:
                step.status, step.screenshot = "skipped", None
        results[scenario.pickle["uri"], scenario.pickle["location"]["line"]] = result
    return results


def test_cucumber_json_has_every_scenario_with_its_steps_a_screenshot_and_the_keys_of_its_tags(
    tmp_path: Path,
) -> None:
    assert (ROOT / CONVERTER).is_dir(), "scripts/setup installs @cucumber/cucumber into .cache/cucumber-js"
    features = tmp_path / "features"
    shutil.copytree(ROOT / "features", features)
    (features / "sleutels.feature").write_text(KEYS, encoding="utf-8")
    report = tmp_path / "rapport"
    results = _results(features, report)
    ndjson = write_ndjson(report, features, index(features), list(results.values()), time.time())
    formatter = CucumberJson.start(report / "cucumber.json", ROOT)
    assert formatter is not None
    formatter.render(ndjson)
    formatter.wait()
    written = json.loads((report / "cucumber.json").read_text(encoding="utf-8"))
    scenarios = {(feature["uri"], element["line"]): element for feature in written for element in feature["elements"]}
    assert scenarios.keys() == results.keys() and len(scenarios) == len(index(ROOT / "features")) + 1  # and the keys
    for where, result in results.items():
        steps = scenarios[where]["steps"]
        assert [s["result"]["status"] for s in steps] == [s.status for s in result.steps]
        assert all(s["result"]["duration"] == 250_000_000 for s in steps if s["result"]["status"] != "skipped")
        pictures = [e for s in steps for e in s.get("embeddings", [])]  # one per scenario that showed a screen
        assert len(pictures) == (1 if any(s.screenshot for s in result.steps) else 0)
        if pictures:
            embedded, shown = pictures[0], next(s for s in reversed(steps) if s["result"]["status"] != "skipped")
            assert shown["embeddings"] == [embedded] and embedded["mime_type"] == "image/jpeg"
    assert Image.open(io.BytesIO(base64.b64decode(embedded["data"]))).size == (WIDTH, WIDTH * 800 // 1280)
    (keyed,) = [e for e in scenarios.values() if e["name"].startswith("Een scenario met de sleutels")]
    assert {"@TEST_VAC-12", "@TestCaseKey=VAC-T7", "@handleiding-2.3"} == {tag["name"] for tag in keyed["tags"]}
    valid = subprocess.run(
        ["node", str(ROOT / "tests" / "cucumber_json_valid.mjs"), str(VALIDATOR), str(report / "cucumber.json")],
        capture_output=True,
        text=True,
    )
    assert valid.returncode == 0, valid.stderr[-3000:]
    with_screens = sum(1 for result in results.values() if any(step.screenshot for step in result.steps))
    assert json.loads(valid.stdout) == {
        "implementation": "cucumber-js",
        "features": len(written),
        "embeddings": with_screens,
    }
    assert (report / "cucumber.json").stat().st_size < 6 * 1024 * 1024


PASSING = """# language: nl
@handleiding-2.4.1.2
Functionaliteit: Gebruikers verwijderen, in Allure
  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"

  @wijzigt @regel-R34
  Scenario: Een verwijderde gebruiker verdwijnt uit de lijst
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Ann Claes" verwijdert
    Dan staat "Ann Claes" niet meer in de gebruikerslijst

  Scenario: Een gebruiker die niet verwijderd werd, verdwijnt toch
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    Dan staat "Ann Claes" niet meer in de gebruikerslijst
"""


def _shown(folder: Path) -> dict[str, dict[str, Any]]:
    """What Allure shows of each scenario: of the results of one test (its historyId), the latest."""
    shown: dict[str, dict[str, Any]] = {}
    for path in folder.glob("*-result.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        known = shown.get(result["historyId"])
        if known is None or result["start"] > known["start"]:
            shown[result["historyId"]] = result
    return {result["name"]: result for result in shown.values()}


def test_allure_results_follow_the_manual_with_a_screen_per_step_and_a_failures_trace(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch_project(pytester, monkeypatch, {"allure.feature": PASSING}, addopts=suite_addopts())
    run = ("features", "-p", "no:xdist", "--report-dir=rapport", "--alluredir=allure", "--step-timeout=1")
    result = pytester.runpytest_subprocess(*run)  # a failing step waits 1 s, not 5
    result.assert_outcomes(passed=1, failed=1)
    folder = pytester.path / "allure"
    shown = _shown(folder)
    passed, failed = (
        shown["Een verwijderde gebruiker verdwijnt uit de lijst"],
        shown.pop("Een gebruiker die niet verwijderd werd, verdwijnt toch"),
    )
    assert len(shown) == 1 and passed["status"] == "passed"
    labels = {(label["name"], label["value"]) for label in passed["labels"]}
    assert {
        ("epic", "Handleiding Vaccinnet eHealth toegangsbeheer RIZIV organisatie v1.2"),
        ("feature", "2.4.1 Beheren van gebruikers"),
        ("story", "2.4.1.2 Verwijderen van gebruikers"),
        ("regel", "R34"),
    } <= labels
    steps = passed["steps"]
    assert [s["name"] for s in steps][2:] == [
        'Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent',
        'En zij "Ann Claes" verwijdert',
        'Dan staat "Ann Claes" niet meer in de gebruikerslijst',
    ]
    for step in steps[2:]:  # the Gegeven steps arrange the mock: no screen yet
        (picture,) = step["attachments"]
        assert picture["type"] == "image/jpg" and (folder / picture["source"]).stat().st_size > 1000
    # the failure: the first attempt's verdict and steps, the second attempt's trace
    assert failed["status"] == "failed" and FAILED_AGAIN in failed["statusDetails"]["message"]
    assert [s["status"] for s in failed["steps"]][2:] == ["passed", "failed"]
    (trace,) = [a for a in failed["attachments"] if a["type"] == TRACE]
    assert (folder / trace["source"]).read_bytes()[:2] == b"PK"  # a zip: Playwright's trace
