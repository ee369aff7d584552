"""The living-documentation report: coverage per manual section, in Dutch, honest about partial
runs, with the manual's own text beside its proof; fresh on every run, in one folder."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from vaccinnet_bdd.livingdoc.drift import Finding
from vaccinnet_bdd.livingdoc.features import IndexedScenario, index
from vaccinnet_bdd.livingdoc.records import ScenarioResult, StepResult
from vaccinnet_bdd.livingdoc.report import sections_with_results, write_report
from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.reader import read

ROOT = Path(__file__).resolve().parent.parent
EXISTING = index(ROOT / "features")


def _result(scenario: IndexedScenario, status: str = "passed", **step: object) -> ScenarioResult:
    steps = [StepResult(s["type"], s["text"], status, 0.25) for s in scenario.pickle["steps"]]
    for name, value in step.items():
        setattr(steps[-1], name, value)
    example = dict(scenario.example) or None
    return ScenarioResult(f"x::{scenario.anchor}", scenario.feature.file, scenario.line, example, steps, status, 1.5)


def _tagged(section: str) -> list[IndexedScenario]:
    return [s for s in EXISTING if f"handleiding-{section}" in s.tags]


def _statuses(results: list[ScenarioResult]) -> dict[str, str]:
    return {view.section.number: view.status for view in sections_with_results(EXISTING, results)}


def test_the_outline_has_every_numbered_section_of_the_manual() -> None:
    numbers = [s.number for s in outline.SECTIONS]
    assert numbers[:4] == ["1", "1.1", "1.2", "1.3"] and "2.4.1.2" in numbers and numbers[-1] == "3.1.1"
    assert (outline.VERSION, outline.DATE) == ("1.2", "5/05/2026")
    assert outline.unknown_section_tags({"handleiding-2.4.2", "handleiding-9.9", "aanname"}) == {"handleiding-9.9"}


def test_a_partial_run_tells_not_run_from_not_covered() -> None:
    deleting = _tagged("2.4.1.2")
    statuses = _statuses([_result(s) for s in deleting])
    assert statuses["2.4.1.2"] == "geverifieerd"
    assert statuses["2.4.1.1"] == "niet uitgevoerd"  # its scenarios exist, this run did not select them
    assert statuses["1.1"] == "niet gedekt"  # no scenario proves it
    assert statuses["2.4.1"] == "deels geverifieerd"
    half = _statuses([_result(s) for s in deleting[:2]])
    assert half["2.4.1.2"] == "deels uitgevoerd"
    failing = _statuses([_result(deleting[0], "failed"), *(_result(s) for s in deleting[1:])])
    assert failing["2.4.1.2"] == failing["2.4.1"] == failing["2.4"] == failing["2"] == "gefaald"


def test_a_section_the_target_cannot_play_is_said_so_apart_from_not_run() -> None:
    """On a target: a section whose every scenario was not executable there is not "niet uitgevoerd"."""
    deleting, adding = _tagged("2.4.1.2"), _tagged("2.4.1.1")
    results = [_result(s, "not_executable") for s in deleting] + [_result(s) for s in adding]
    statuses = _statuses(results)
    assert statuses["2.4.1.2"] == "niet uitvoerbaar op dit doel"
    assert statuses["2.4.1"] == "deels geverifieerd"
    alone = _statuses([_result(s, "not_executable") for s in deleting])
    assert alone["2.4.1.1"] == "niet uitgevoerd" and alone["2.4.1"] == "niet uitgevoerd"  # mixed: not run


def test_a_chapter_is_verified_when_all_its_sections_are() -> None:
    everything = _statuses([_result(s) for s in EXISTING])
    assert everything["2.4"] == everything["2"] == "geverifieerd"
    assert (everything["1.1"], everything["1.2"], everything["1"]) == (
        "niet gedekt",
        "geverifieerd",
        "deels geverifieerd",
    )


def test_the_report_is_in_dutch_and_counts_what_ran_against_what_exists(tmp_path: Path) -> None:
    results = [_result(s) for s in _tagged("2.4.1.2")]
    html = write_report(tmp_path, EXISTING, results, seed=7, when="28/11/2026").read_text(encoding="utf-8")
    assert "Handleiding v1.2: 1 van 15 secties geverifieerd op 28/11/2026, seed 7" in html
    assert f"{len(results)} van {len(EXISTING)} scenario's uitgevoerd, 0 gefaald" in html
    for english in ("verified", "not covered", "passed</span>", "sections"):
        assert english not in html
    assert "niet uitgevoerd" in html and "niet gedekt" in html and "geslaagd" in html


def test_scenarios_are_grouped_by_feature_with_titles_that_tell_examples_apart(tmp_path: Path) -> None:
    keys = [s for s in EXISTING if s.feature.file == "csam/aanmelden.feature"]
    html = write_report(tmp_path, EXISTING, [_result(s) for s in keys], seed=1, when="vandaag").read_text()
    section = html[html.index('id="sectie-2.4.2"') : html.index('id="sectie-3"')]
    assert "<h3>Aanmelden via CSAM met een digitale sleutel</h3>" in section
    assert "De portalen krijgen de identiteit van wie zich aanmeldt van CSAM." in section
    assert "Vaccinnet (sleutel: eID)" in section and "Vaccinnet (sleutel: itsme)" in section


def test_an_assumption_is_marked_with_its_reason(tmp_path: Path) -> None:
    (assumed,) = [s for s in EXISTING if "Uitvoeren" in s.title and "aanname" in s.tags]
    assert assumed.assumption == 'Aanname D7: de handleiding zegt niet wat "Uitvoeren" zonder selectie doet.'
    html = write_report(tmp_path, EXISTING, [_result(assumed)], seed=1, when="vandaag").read_text()
    assert 'class="badge aanname"' in html and "zonder selectie doet." in html


def test_a_failing_step_shows_its_error_screenshot_and_trace(tmp_path: Path) -> None:
    (scenario, *_) = _tagged("2.2")
    failing = _result(
        scenario, "failed", error="AssertionError: Locator expected to have text 'X'", screenshot="s/1.jpeg"
    )
    failing.trace = "test-results/x/trace.zip"
    html = write_report(tmp_path, EXISTING, [failing], seed=1, when="vandaag").read_text()
    assert "AssertionError: Locator expected to have text &#39;X&#39;" in html
    assert 'src="s/1.jpeg"' in html and 'href="test-results/x/trace.zip"' in html
    assert "vaccinnet-bdd trace test-results/x/trace.zip" in html
    assert f'<details id="{scenario.anchor}" open>' in html


SMALL_MANUAL = """2.4.1.2 Verwijderen van gebruikers

Selecteer links onderaan 'Gebruiker(s) verwijderen'.
Klik op de knop 'Uitvoeren'. Zoek daarna het menu 'Functionaliteiten'.
Wis alles met 'Alles wissen'.
"""


def test_with_the_manual_each_section_shows_its_own_text_with_its_labels_marked(tmp_path: Path) -> None:
    manual = tmp_path / "handleiding.md"
    manual.write_text(SMALL_MANUAL, encoding="utf-8")
    findings = [
        Finding("2.4.1.2", "Gebruiker(s) verwijderen", True, True, None),
        Finding("2.4.1.2", "Uitvoeren", True, True, None, "knop"),
        Finding("2.4.1.2", "Functionaliteiten", True, False, None),
        Finding("2.4.1.2", "Alles wissen", False, False, None),
    ]
    results = [_result(s) for s in _tagged("2.4.1.2")]
    html = write_report(
        tmp_path, EXISTING, results, seed=1, when="vandaag", manual=read(manual), findings=findings
    ).read_text(encoding="utf-8")
    section = html[html.index('id="sectie-2.4.1.2"') : html.index('id="sectie-2.4.2"')]
    assert 'aria-label="Tekst van de handleiding, sectie 2.4.1.2"' in section
    assert '<p>Selecteer links onderaan \'<mark class="gebruikt"' in section  # rendered: a paragraph
    assert (
        '<mark class="ongebruikt" title="op de pagina, maar in geen scenario van deze sectie">Functionaliteiten'
        in section
    )
    assert '<mark class="ontbreekt" title="staat op geen pagina van deze sectie">Alles wissen</mark>' in section
    assert "1 niet gevonden op de pagina&#39;s van hun sectie" in html or "1 niet gevonden op de pagina's" in html
    assert "Tekst van de handleiding, sectie 2.4.1.1" not in html  # a section the manual copy lacks


def test_screenshots_open_full_size_and_steps_have_anchors(tmp_path: Path, page: Page) -> None:
    page.set_content("<h1 style='font-size:80px'>Scherm</h1>")
    (tmp_path / "s").mkdir()
    page.screenshot(path=str(tmp_path / "s" / "1.png"))
    (scenario, *_) = _tagged("2.4.1.2")
    report = write_report(tmp_path, EXISTING, [_result(scenario, screenshot="s/1.png")], seed=1, when="vandaag")
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(report.as_uri() + f"#{scenario.anchor}-stap-1")
    expect(page.locator(f"#{scenario.anchor}")).to_have_attribute("open", "")  # a link to a step opens it
    page.get_by_role("button", name="Scherm na de stap op ware grootte").click()
    big = page.get_by_role("dialog", name="Schermafdruk op ware grootte")
    expect(big).to_be_visible()
    page.keyboard.press("Escape")
    expect(big).to_be_hidden()
    anchor = page.locator(f"#{scenario.anchor}-stap-1").get_by_role("link", name="Link naar deze stap")
    expect(anchor).to_have_attribute("href", f"#{scenario.anchor}-stap-1")
    assert errors == []
