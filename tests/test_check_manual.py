"""vaccinnet-bdd check-manual: labels of a manual against the rendered pages, in every input format."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import Browser, Page

from mock_portals import texts
from vaccinnet_bdd.harness.mock import mock_onlookers
from vaccinnet_bdd.livingdoc.drift import ALLOWLIST, check, load_allowlist, table
from vaccinnet_bdd.livingdoc.drift_pages import RenderedPages, rendered_pages
from vaccinnet_bdd.manual import reader as manual

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT.parent / "shared" / "manual" / "handleiding-vaccinnet-ehealth-toegangsbeheer-riziv-organisatie-v1.2.txt"
SMALL = """# Handleiding (proef)

2.4.1.2 Verwijderen van gebruikers

Kies links onderaan 'Gebruiker(s) verwijderen' en klik op **Uitvoeren**.
Vink het keuzevakje voor de naam aan.
Het menu "Functionaliteiten" staat rechts. Daarna klik je op ‘Alles wissen’.
"""


@pytest.fixture(scope="module")
def pages(browser: Browser) -> Iterator[RenderedPages]:
    with rendered_pages(["steps"], mock_onlookers, browser) as rendered:
        yield rendered


def _findings(path: Path, pages: RenderedPages) -> dict[str, tuple[bool, bool]]:
    found = check(path, pages, ROOT / "features", {})
    assert all(f.section == "2.4.1.2" for f in found)
    return {f"{f.control} {f.label}" if f.control else f.label: (f.on_page, f.in_scenario) for f in found}


def _markdown(tmp: Path) -> Path:
    path = tmp / "handleiding.md"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _word(tmp: Path) -> Path:
    document = Document()
    document.add_paragraph("2.4.1.2 Verwijderen van gebruikers")
    paragraph = document.add_paragraph("Kies links onderaan 'Gebruiker(s) verwijderen' en klik op ")
    paragraph.add_run("Uitvoeren").bold = True
    document.add_paragraph("Vink het keuzevakje voor de naam aan.")
    document.add_paragraph('Het menu "Functionaliteiten" staat rechts. Daarna klik je op ‘Alles wissen’.')
    path = tmp / "handleiding.docx"
    document.save(str(path))
    return path


@pytest.fixture
def pdf_maker(page: Page) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        # A PDF's text layer has no bold: its labels are the quoted ones.
        text = SMALL.replace("**Uitvoeren**", "'Uitvoeren'")
        lines = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        page.set_content(f"<html lang='nl'><body>{lines}</body></html>")
        path = tmp / "handleiding.pdf"
        page.pdf(path=str(path))
        return path

    return make


@pytest.mark.parametrize("kind", ["markdown", "word", "pdf"])
def test_every_format_gives_the_same_findings(
    kind: str, tmp_path: Path, pages: RenderedPages, pdf_maker: Callable[[Path], Path]
) -> None:
    path = {"markdown": _markdown, "word": _word, "pdf": pdf_maker}[kind](tmp_path)
    assert _findings(path, pages) == {
        "Gebruiker(s) verwijderen": (True, True),  # on the page, and a scenario uses it
        "Uitvoeren": (True, True),
        "Functionaliteiten": (True, False),  # on the page, but no scenario of §2.4.1.2 uses it
        "Alles wissen": (False, False),  # in the manual, on no page
        "keuzevakje keuzevakje": (True, True),  # the page has a checkbox
    }


def test_a_missing_label_names_its_section(tmp_path: Path, pages: RenderedPages) -> None:
    report = table(check(_markdown(tmp_path), pages, ROOT / "features", {}))
    assert "ONTBREEKT in §2.4.1.2: 'Alles wissen'" in report
    allowed = table(check(_markdown(tmp_path), pages, ROOT / "features", {"Alles wissen": "proef"}))
    assert "0 niet op de pagina's" in allowed


def test_the_manual_names_the_kind_of_control() -> None:
    found = manual.controls_in_line(
        "Klik op de knop 'Uitvoeren', vul het veld ‘E-mailadres’ in en vink het keuzevakje aan."
    )
    assert [(c.word, c.roles, c.name) for c in found] == [
        ("knop", ("button", "link"), "Uitvoeren"),
        ("veld", ("textbox", "combobox", "spinbutton"), "E-mailadres"),
        ("keuzevakje", ("checkbox",), None),
    ]


def test_a_control_must_have_its_role_and_exactly_its_name(tmp_path: Path, pages: RenderedPages) -> None:
    """§2.3's 'Toegangsbeheerders aanstellen' is a step title (a heading) and a button: only the button counts."""
    path = tmp_path / "handleiding.md"
    path.write_text(
        "2.3 Instellen van aanvullende toegangsbeheerders\n\n"
        "Klik op de knop 'Toegangsbeheerders aanstellen', dan op de knop 'TOEGANGSBEHEERDERS AANSTELLEN'.\n"
        "Open het tabblad 'Toegangsbeheerders aanstellen'.\n",
        encoding="utf-8",
    )
    found = {(f.control, f.label): f.on_page for f in check(path, pages, ROOT / "features", {}) if f.control}
    assert found == {
        ("knop", "Toegangsbeheerders aanstellen"): True,  # the link that opens the appointment
        ("knop", "TOEGANGSBEHEERDERS AANSTELLEN"): True,  # the grey bar of the step is a button
        ("tabblad", "Toegangsbeheerders aanstellen"): False,  # there is no such tab
    }


def test_a_button_renamed_in_the_mock_is_reported_though_its_words_stand_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, browser: Browser
) -> None:
    # The mock's texts live in its catalogue: rename the button there.
    locale = tmp_path / "locale"
    shutil.copytree(texts.LOCALE_DIR, locale)
    dutch = locale / "nl" / "LC_MESSAGES" / "messages.po"
    po = dutch.read_text(encoding="utf-8")
    button = 'msgid "btb.appoint_managers"\nmsgstr "Toegangsbeheerders aanstellen"'
    assert button in po
    dutch.write_text(po.replace(button, button.replace("aanstellen", "benoemen")), encoding="utf-8")
    monkeypatch.setattr(texts, "LOCALE_DIR", locale)
    path = tmp_path / "handleiding.md"
    path.write_text(
        "2.3 Instellen van aanvullende toegangsbeheerders\n\nKlik op de knop 'Toegangsbeheerders aanstellen'.\n"
    )
    with rendered_pages(["steps"], mock_onlookers, browser) as renamed:
        findings = check(path, renamed, ROOT / "features", {})
        assert "toegangsbeheerders aanstellen" in renamed.text("2.3").lower()  # the words stand elsewhere
    assert "ONTBREEKT in §2.3: geen knop 'Toegangsbeheerders aanstellen'" in table(findings)


@pytest.mark.skipif(not MANUAL.exists(), reason="the manual lies in ../shared/manual/ beside the project")
def test_manual_v12_has_no_unexplained_miss(tmp_path: Path) -> None:
    sections = manual.read(MANUAL)
    assert {"2.2", "2.3", "2.4.1.1", "2.4.1.2", "2.4.2"} <= set(sections)
    assert "Profiel bevestigen" in sections["2.4.2"].labels and "Uitvoeren" in sections["2.4.1.2"].labels
    assert [c.name for c in sections["2.4.1.2"].controls] == [None, "Uitvoeren"]
    allowed = load_allowlist(ROOT / "features" / ALLOWLIST)
    assert allowed and all(reason for reason in allowed.values())
    result = subprocess.run(
        [sys.executable, "-m", "vaccinnet_bdd", "check-manual", str(MANUAL), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.stdout.startswith("["), result.stderr[-3000:]
    findings = json.loads(result.stdout)
    assert result.returncode == 0, [f for f in findings if f["missing"]]
    assert len(findings) > 80


def test_a_label_added_to_the_manual_fails_the_command(tmp_path: Path) -> None:
    manual = tmp_path / "handleiding.txt"
    manual.write_text(SMALL, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "vaccinnet_bdd", "check-manual", str(manual)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "ONTBREEKT in §2.4.1.2: 'Alles wissen'" in result.stdout
