"""A failed scenario runs once more with a trace; the first attempt's verdict stands; a passing
scenario is never traced."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import scratch_project

STEPS = """
from pathlib import Path

from pytest_bdd import given, then


ATTEMPTS = Path("attempts.txt")


@given("een pagina van de oefenomgeving")
def _(page):
    page.goto("/csam/hulp")


@then("klopt de titel")
def _(page):
    assert page.title()


@then("faalt de eerste poging")
def _(page):
    ATTEMPTS.write_text(ATTEMPTS.read_text() + "x" if ATTEMPTS.exists() else "x")
    assert len(ATTEMPTS.read_text()) > 1, "eerste poging"


@then("faalt elke poging")
def _(page):
    ATTEMPTS.write_text(ATTEMPTS.read_text() + "x" if ATTEMPTS.exists() else "x")
    assert False, "elke poging"
"""


def _feature(then: str) -> str:
    return (
        "# language: nl\n@handleiding-2.4.2\nFunctionaliteit: Herhaling\n"
        f"  Scenario: Eén scenario\n    Gegeven een pagina van de oefenomgeving\n    Dan {then}\n"
    )


def _run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, then: str, *args: str) -> pytest.RunResult:
    features = {"x.feature": _feature(then)}
    scratch_project(pytester, monkeypatch, features, conftest=STEPS, addopts="--tracing off -p no:randomly")
    return pytester.runpytest_subprocess(*args)


def _traces(pytester: pytest.Pytester) -> list[Path]:
    return sorted((pytester.path / "reports").rglob("trace*.zip"))


def _attempts(pytester: pytest.Pytester) -> int:
    attempts = pytester.path / "attempts.txt"
    return len(attempts.read_text()) if attempts.exists() else 0


def test_a_steady_failure_is_run_again_with_a_trace_and_stays_failed(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(pytester, monkeypatch, "faalt elke poging")
    result.assert_outcomes(failed=1)
    assert _attempts(pytester) == 2
    result.stdout.fnmatch_lines(["*Herhaling met trace*", "*De herhaling met trace faalde opnieuw.*"])
    [trace] = _traces(pytester)
    html = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "De fout kwam bij de herhaling terug." in html
    assert f'href="{trace.relative_to(pytester.path / "reports").as_posix()}"' in html
    junit = ET.parse(pytester.path / "reports" / "junit.xml")
    properties = {p.get("name"): p.get("value", "") for p in junit.iter("property")}
    assert properties["herhaling"] == "failed"
    assert Path(pytester.path, properties["playwright_trace"]) == trace


def test_a_failure_that_passes_on_its_retry_still_fails_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(pytester, monkeypatch, "faalt de eerste poging")
    result.assert_outcomes(failed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert _attempts(pytester) == 2
    result.stdout.fnmatch_lines(["*De herhaling met trace slaagde: deze fout komt en gaat*"])
    assert len(_traces(pytester)) == 1
    html = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "komt en gaat" in html and "Het scenario blijft gefaald." in html
    ndjson = (pytester.path / "reports" / "cucumber.ndjson").read_text(encoding="utf-8")
    messages = [json.loads(line) for line in ndjson.splitlines()]
    finished = [m["testStepFinished"]["testStepResult"]["status"] for m in messages if "testStepFinished" in m]
    assert finished == ["PASSED", "FAILED"]  # Cucumber gets the first attempt, the one that counts
    notes = [m["attachment"]["body"] for m in messages if m.get("attachment", {}).get("mediaType") == "text/plain"]
    assert notes and notes[0].startswith("Herhaling met trace slaagde")


def test_a_passing_scenario_runs_once_and_leaves_no_trace(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(pytester, monkeypatch, "klopt de titel")
    result.assert_outcomes(passed=1)
    assert _traces(pytester) == []
    assert "Herhaling" not in result.stdout.str()


def test_no_retry_runs_a_failure_once(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _run(pytester, monkeypatch, "faalt elke poging", "--no-retry")
    result.assert_outcomes(failed=1)
    assert _attempts(pytester) == 1 and _traces(pytester) == []


def test_tracing_on_failure_traces_the_first_attempt_instead(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(pytester, monkeypatch, "faalt elke poging", "--tracing", "retain-on-failure")
    result.assert_outcomes(failed=1)
    assert _attempts(pytester) == 1 and len(_traces(pytester)) == 1
