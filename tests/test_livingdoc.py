"""The living-documentation report: coverage per manual section, failing steps, parallel runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from livingdoc import outline
from livingdoc.report import sections_with_results, write_report

ROOT = Path(__file__).resolve().parent.parent


def _record(tags: list[str], status: str = "passed", **step: Any) -> dict[str, Any]:
    return {
        "nodeid": f"steps/test_x.py::test_{len(tags)}_{status}",
        "feature": "Een functionaliteit",
        "feature_file": "x.feature",
        "scenario": f"Een scenario dat {status} is",
        "tags": tags,
        "status": status,
        "duration": 1.25,
        "trace": None,
        "steps": [{"keyword": "Als", "text": "iemand iets doet", "status": status, "duration": 0.5, **step}],
    }


def test_the_outline_has_every_numbered_section_of_the_manual() -> None:
    numbers = [s.number for s in outline.SECTIONS]
    assert numbers[:4] == ["1", "1.1", "1.2", "1.3"] and "2.4.1.2" in numbers and numbers[-1] == "3.1.1"
    assert (outline.VERSION, outline.DATE) == ("1.2", "5/05/2026")
    assert outline.unknown_section_tags({"handleiding-2.4.2", "handleiding-9.9", "aanname"}) == {"handleiding-9.9"}


def test_a_section_without_a_scenario_shows_as_not_covered(tmp_path: Path) -> None:
    results = {r.section.number: r.status for r in sections_with_results([_record(["handleiding-2.4.2"])])}
    assert results["2.4.2"] == "verified" and results["2.2"] == "not covered"
    assert results["2.4"] == "partly covered" and results["1"] == "not covered"
    html = write_report(tmp_path, [_record(["handleiding-2.4.2"])], seed=7, when="28/11/2026").read_text()
    assert "Handleiding v1.2: 1 of 15 sections verified on 28/11/2026, seed 7" in html
    section = html[html.index('id="sectie-2.2"') :]
    assert "not covered" in section[:600] and "Geen scenario bewijst deze sectie." in section[:800]


def test_a_chapter_is_verified_when_all_its_sections_are() -> None:
    records = [_record([f"handleiding-{n}"]) for n in ("2.4.1", "2.4.1.1", "2.4.1.2", "2.4.2")]
    assert {r.section.number: r.status for r in sections_with_results(records)}["2.4"] == "verified"


def test_a_failing_step_shows_its_error_screenshot_and_trace(tmp_path: Path) -> None:
    failing = _record(
        ["handleiding-2.2"], "failed", error="AssertionError: Locator expected to have text 'X'", screenshot="s/01.jpeg"
    )
    failing["trace"] = "test-results/x/trace.zip"
    html = write_report(tmp_path, [failing, _record(["handleiding-2.2"])], seed=1, when="vandaag").read_text()
    assert "AssertionError: Locator expected to have text &#39;X&#39;" in html
    assert 'src="s/01.jpeg"' in html and 'href="test-results/x/trace.zip"' in html
    assert "<details open>" in html
    assert {r.section.number: r.status for r in sections_with_results([failing])}["2.2"] == "failed"


def _project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tag: str) -> None:
    """A project of two scenarios; the feature file is collected by the project's own plugin."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(
        """
from pytest_bdd import then, when

@when("iets gebeurt")
def _(): pass

@then("klopt het")
def _(): pass
"""
    )
    pytester.makeini("[pytest]\nbdd_features_base_dir = features\n")
    (pytester.path / "features").mkdir()
    (pytester.path / "features" / "x.feature").write_text(
        f"# language: nl\n@{tag}\nFunctionaliteit: Proef\n"
        "  Scenario: Eerste\n    Als iets gebeurt\n    Dan klopt het\n"
        "  Scenario: Tweede\n    Als iets gebeurt\n    Dan klopt het\n",
        encoding="utf-8",
    )


def test_an_unknown_section_tag_fails_the_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(pytester, monkeypatch, "handleiding-9.9")
    result = pytester.runpytest_subprocess()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*version 1.2 does not have: @handleiding-9.9*"])


def test_the_report_merges_the_workers_of_a_parallel_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch, "handleiding-2.4.2")
    result = pytester.runpytest_subprocess("-n", "2", "--junitxml", "reports/junit.xml")
    result.assert_outcomes(passed=2)
    html = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "Eerste" in html and "Tweede" in html
    assert "2 scenario&#39;s, 0 gefaald" in html or "2 scenario's, 0 gefaald" in html
    assert sorted(p.name for p in (pytester.path / "reports" / ".parts").iterdir()) == [
        "gw0.json",
        "gw1.json",
        "main.json",
    ]
    assert 'tests="2"' in (pytester.path / "reports" / "junit.xml").read_text()


def test_the_report_lists_the_manual_labels_of_each_section(tmp_path: Path) -> None:
    from livingdoc.drift import Finding

    labels = [
        Finding("2.4.1.2", "Uitvoeren", True, True, None),
        Finding("2.4.1.2", "Alles wissen", False, False, None),
        Finding("2.4.2", "GUARD POST TEST", False, False, "voorbeeld uit de schermafdrukken"),
    ]
    html = write_report(tmp_path, [_record(["handleiding-2.4.2"])], seed=1, when="vandaag", labels=labels).read_text()
    assert "1 niet gevonden op hun pagina" in html
    section = html[html.index('id="sectie-2.4.1.2"') : html.index('id="sectie-2.4.2"')]
    assert "Alles wissen" in section and "<strong>ontbreekt</strong>" in section
    assert "toegestaan: voorbeeld uit de schermafdrukken" in html[html.index('id="sectie-2.4.2"') :]


def test_the_report_opens_in_chromium_without_console_errors(tmp_path: Path, page: Page) -> None:
    failing = _record(["handleiding-2.2"], "failed", error="AssertionError: weg")
    report = write_report(tmp_path, [failing, _record(["handleiding-2.4.2"])], seed=1, when="vandaag")
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(report.as_uri())
    expect(page.get_by_role("heading", level=1)).to_contain_text("Handleiding v1.2: 1 of 15 sections verified")
    expect(page.get_by_text("AssertionError: weg")).to_be_visible()
    assert errors == []
