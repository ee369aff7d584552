"""Accessibility per manual section: axe-core on every screen, a baseline, and a run that fails on a new violation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

from vaccinnet_bdd.livingdoc.a11y import BASELINE, Scanner, criteria, load_baseline

from .conftest import scratch_project, suite_addopts

ROOT = Path(__file__).resolve().parent.parent
LABEL = '<label for="nieuw-insz">'


def test_axe_tags_become_wcag_criteria() -> None:
    assert criteria(["wcag2a", "wcag143", "wcag1411", "cat.color"]) == ["1.4.3", "1.4.11"]


def test_a_screen_that_differs_only_in_what_is_typed_shares_its_scan_and_a_changed_document_is_scanned(
    page: Page, tmp_path: Path
) -> None:
    page.set_content(
        '<html lang="nl"><head><title>Proef</title></head><body><main>'
        "<label>Naam <input></label><button>Zoeken</button></main></body></html>"
    )
    scanner = Scanner(tmp_path, "a11y", outline=False)
    first = scanner.scan(page, "beeld-1")
    assert first is not None and first["schendingen"] == []
    page.get_by_label("Naam").fill("Jan")  # another picture, the same document
    assert scanner.scan(page, "beeld-2") is first
    page.evaluate("document.querySelector('button').textContent = ''")  # a button without a name
    changed = scanner.scan(page, "beeld-3")
    assert changed is not None and [v["regel"] for v in changed["schendingen"]] == ["button-name"]


def test_the_mock_needs_no_baseline_and_an_entry_without_a_reason_stops(tmp_path: Path) -> None:
    assert (ROOT / "features" / BASELINE).is_file() and load_baseline(ROOT / "features" / BASELINE) == []
    assert load_baseline(tmp_path / "geen.toml") == []  # a project without a baseline has none
    (tmp_path / "b.toml").write_text('[[bekend]]\nregel = "label"\n')
    with pytest.raises(ValueError, match="bekende schending 1 heeft geen 'regel' of geen 'reden'"):
        load_baseline(tmp_path / "b.toml")


def _project_with_an_unlabelled_field(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """This project's features, with a copy of the mock whose field for a new user's INSZ lost its label."""
    feature = (ROOT / "features" / "uman" / "gebruikers_toevoegen.feature").read_text()
    scratch_project(pytester, monkeypatch, {"toevoegen.feature": feature}, addopts=suite_addopts())
    shutil.copytree(ROOT / "mock_portals", pytester.path / "mock_portals", ignore=shutil.ignore_patterns("__pycache__"))
    template = pytester.path / "mock_portals" / "templates" / "uman" / "users.html"
    assert LABEL in template.read_text()
    template.write_text(template.read_text().replace(LABEL, '<label for="elders">'))


def test_a_new_violation_is_reported_under_its_section_and_fails_the_run_and_a_baseline_entry_accepts_it(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_with_an_unlabelled_field(pytester, monkeypatch)
    selected = ["features", "-p", "no:xdist", "-k", "toont_de_organisatie_de_hoedanigheid", "--a11y"]
    failing = pytester.runpytest_subprocess(*selected)
    failing.assert_outcomes(passed=1)  # the scenario passes; the run fails on accessibility
    assert failing.ret == 1
    failing.stdout.fnmatch_lines(["*NIEUW label (critical, WCAG 4.1.2) op /uman/*/gebruikers*"])
    page = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    section = page[page.index('id="sectie-2.4.1.1"') : page.index("</section>", page.index('id="sectie-2.4.1.1"'))]
    assert "<td>label</td><td>critical</td>" in section and "nieuw: niet in de baseline" in section
    assert 'href="screenshots/a11y-' in section  # the element outlined
    summary = (pytester.path / "reports" / "toegankelijkheid.html").read_text(encoding="utf-8")
    assert "Toegankelijkheid van de portalen" in summary and "WCAG 2.0 en 2.1, niveaus A en AA" in summary
    quick = pytester.runpytest_subprocess(*selected, "--no-report")  # as a CI job trimming its run would
    assert quick.ret == 1
    quick.stdout.fnmatch_lines(["Toegankelijkheid: 1 pagina's gecontroleerd*", "*NIEUW label (critical*"])
    assert (
        not (pytester.path / "reports" / ".parts").exists() and not (pytester.path / "reports" / "index.html").exists()
    )
    left_out = pytester.runpytest_subprocess(*selected, "--no-a11y")
    assert left_out.ret == 0 and not (pytester.path / "reports" / "toegankelijkheid.html").exists()
    baseline = pytester.path / "bekend.toml"
    baseline.write_text('[[bekend]]\nregel = "label"\nadres = "/uman/"\nreden = "proef"\n', encoding="utf-8")
    accepted = pytester.runpytest_subprocess(*selected, f"--a11y-baseline={baseline}")
    assert accepted.ret == 0, accepted.stdout.str()[-2000:]
    assert "NIEUW" not in accepted.stdout.str()


def test_a_scan_that_saw_no_page_fails_and_says_so(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run with --a11y whose scenarios showed no screen (here: only Gegeven steps) cannot pass."""
    feature = """# language: nl
@handleiding-2.1
Functionaliteit: Enkel toestand
  @regel-R12
  Scenario: Niemand opent een pagina
    Gegeven "Ann Claes" heeft geen rechten in een organisatie
"""
    scratch_project(pytester, monkeypatch, {"enkel.feature": feature}, addopts=suite_addopts())
    for extra in ([], ["--no-report"]):
        run = pytester.runpytest_subprocess("features", "-p", "no:xdist", "--a11y", *extra)
        run.assert_outcomes(passed=1)
        assert run.ret == 1
        run.stdout.fnmatch_lines(["Toegankelijkheid: --a11y, maar geen enkele pagina werd gecontroleerd*"])
