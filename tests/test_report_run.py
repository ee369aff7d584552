"""The report as a run writes it: an unknown section tag stops it, the workers merged, the previous
report replaced, traces kept, one file per screen."""

from __future__ import annotations

import json

import pytest

from .conftest import scratch_project

# --- as a run writes it ------------------------------------------------------------------------------


def _project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tag: str) -> None:
    """A project of two scenarios; the feature file is collected by the project's own plugin."""
    steps = """
from pytest_bdd import then, when

@when("iets gebeurt")
def _(): pass

@then("klopt het")
def _(): pass
"""
    feature = (
        f"# language: nl\n@{tag}\nFunctionaliteit: Proef\n"
        "  Scenario: Eerste\n    Als iets gebeurt\n    Dan klopt het\n"
        "  Scenario: Tweede\n    Als iets gebeurt\n    Dan klopt het\n"
    )
    scratch_project(pytester, monkeypatch, {"x.feature": feature}, conftest=steps)


def test_an_unknown_section_tag_fails_the_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(pytester, monkeypatch, "handleiding-9.9")
    result = pytester.runpytest_subprocess()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*versie 1.2 van de handleiding niet heeft: @handleiding-9.9*"])


def test_the_report_merges_the_workers_of_a_parallel_run_into_one_folder(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch, "handleiding-2.4.2")
    result = pytester.runpytest_subprocess("-n", "2", "--report-dir", "verslag")
    result.assert_outcomes(passed=2)
    folder = pytester.path / "verslag"
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "Eerste" in html and "Tweede" in html and "2 van 2 scenario's uitgevoerd" in html
    assert sorted(p.name for p in (folder / ".parts").iterdir()) == ["gw0.json", "gw1.json", "main.json"]
    assert 'tests="2"' in (folder / "junit.xml").read_text()
    assert (folder / "stappen.html").exists() and (folder / "cucumber.ndjson").exists()
    assert not (pytester.path / "reports").exists()


def test_a_run_replaces_the_previous_report_and_a_quick_run_leaves_none(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch, "handleiding-2.4.2")
    stale = pytester.path / "reports" / "screenshots" / "oud.jpeg"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"oud")
    (pytester.path / "reports" / "eigen-notities.txt").write_text("blijft")
    pytester.runpytest_subprocess().assert_outcomes(passed=2)
    assert (pytester.path / "reports" / "index.html").exists() and not stale.exists()
    pytester.runpytest_subprocess("--no-report").assert_outcomes(passed=2)
    left = sorted(p.name for p in (pytester.path / "reports").iterdir())
    assert left == ["eigen-notities.txt", "junit.xml"]  # no stale report; what it did not write stays


def test_a_failure_keeps_its_trace_in_the_report_folder(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch, "handleiding-2.4.2")
    pytester.makeconftest(
        """
from pytest_bdd import then, when

@when("iets gebeurt")
def _(page):
    page.goto("about:blank")

@then("klopt het")
def _():
    raise AssertionError("klopt niet")
"""
    )
    pytester.runpytest_subprocess("--report-dir", "verslag", "--tracing", "retain-on-failure").assert_outcomes(failed=2)
    traces = list((pytester.path / "verslag" / "test-results").rglob("trace.zip"))
    assert len(traces) == 2
    assert "trace.zip" in (pytester.path / "verslag" / "index.html").read_text()


def test_one_screen_is_one_file(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Screens that look the same (in several steps and scenarios) are stored once, and the Cucumber
    Messages refer to the files instead of holding the pictures again."""
    _project(pytester, monkeypatch, "handleiding-2.4.2")
    pytester.makeconftest(
        """
from pytest_bdd import then, when

@when("iets gebeurt")
def _(page):
    page.goto("data:text/html,<h1>Hetzelfde scherm</h1>")

@then("klopt het")
def _(page):
    page.goto("data:text/html,<h1>Hetzelfde scherm</h1><!-- anders in de DOM, gelijk op het scherm -->")
"""
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=2)
    shots = list((pytester.path / "reports" / "screenshots").iterdir())
    assert len(shots) == 1  # four steps, one picture
    ndjson = (pytester.path / "reports" / "cucumber.ndjson").read_text()
    assert ndjson.count('"url": "screenshots/') == 4 and "/9j/" not in ndjson  # no base64 JPEG


def test_a_screen_shown_before_is_not_photographed_again(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same screen in a later scenario shares the picture without a new screenshot, also when a
    hidden field (a form's token) differs; a typed value is a new screen, and so is every showing of
    a page whose document does not describe all it shows (a canvas)."""
    feature = (
        "# language: nl\n@handleiding-2.4.2\nFunctionaliteit: Proef\n"
        "  Scenario: Eerste\n    Als het formulier met token 1 opent\n"
        "  Scenario: Tweede\n    Als het formulier met token 2 opent\n"
        "  Scenario: Derde\n    Als het formulier met token 3 opent\n    En iemand Ann typt\n"
        "  Scenario: Vierde\n    Als het tekenvlak opent\n    En het tekenvlak opent\n"
    )
    steps = """
import json
from pathlib import Path
from pytest_bdd import parsers, when
import vaccinnet_bdd.harness.screens

taken = vaccinnet_bdd.harness.screens.capture
def counting(page):
    with Path("opnames.txt").open("a") as log:
        log.write(page.url + "\\n")
    return taken(page)
vaccinnet_bdd.harness.screens.capture = counting

@when(parsers.parse("het formulier met token {token} opent"))
def _(page, token):
    form = f'<h1>Formulier</h1><input type="hidden" name="csrf" value="{token}"><label>Naam <input></label>'
    page.route("http://formulier.test/", lambda route: route.fulfill(body=form, content_type="text/html"))
    page.goto("http://formulier.test/")

@when("iemand Ann typt")
def _(page):
    page.get_by_label("Naam").fill("Ann")

@when("het tekenvlak opent")
def _(page):
    canvas = '<h1>Tekenvlak</h1><canvas width="50" height="50"></canvas>'
    page.route("http://tekenvlak.test/", lambda route: route.fulfill(body=canvas, content_type="text/html"))
    page.goto("http://tekenvlak.test/")
"""
    scratch_project(pytester, monkeypatch, {"x.feature": feature}, conftest=steps)
    pytester.runpytest_subprocess("-p", "no:randomly").assert_outcomes(passed=4)
    taken = (pytester.path / "opnames.txt").read_text().splitlines()
    assert taken == ["http://formulier.test/"] * 2 + ["http://tekenvlak.test/"] * 2  # the form, with "Ann"; twice
    ndjson = (pytester.path / "reports" / "cucumber.ndjson").read_text()
    pictures = [json.loads(line)["attachment"]["url"] for line in ndjson.splitlines() if '"attachment"' in line]
    assert len(pictures) == 6 and pictures[0] == pictures[1] == pictures[2] != pictures[3]
