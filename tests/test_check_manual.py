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

from livingdoc.drift import check, load_allowlist, manual_labels, table
from livingdoc.drift_pages import rendered_pages
from mock_portals import texts

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT.parent / "shared" / "manual" / "handleiding-vaccinnet-ehealth-toegangsbeheer-riziv-organisatie-v1.2.txt"
SMALL = """# Handleiding (proef)

2.4.1.2 Verwijderen van gebruikers

Kies links onderaan 'Gebruiker(s) verwijderen' en klik op **Uitvoeren**.
Het menu "Functionaliteiten" staat rechts. Daarna klik je op ‘Alles wissen’.
"""


@pytest.fixture(scope="module")
def page_text(browser: Browser) -> Iterator[Callable[[str], str]]:
    with rendered_pages(browser) as text:
        yield text


def _findings(manual: Path, page_text: Callable[[str], str]) -> dict[str, tuple[bool, bool]]:
    found = check(manual, page_text, ROOT / "features", {})
    assert all(f.section == "2.4.1.2" for f in found)
    return {f.label: (f.on_page, f.in_scenario) for f in found}


def _markdown(tmp: Path) -> Path:
    path = tmp / "handleiding.md"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _word(tmp: Path) -> Path:
    document = Document()
    document.add_paragraph("2.4.1.2 Verwijderen van gebruikers")
    paragraph = document.add_paragraph("Kies links onderaan 'Gebruiker(s) verwijderen' en klik op ")
    paragraph.add_run("Uitvoeren").bold = True
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
    kind: str, tmp_path: Path, page_text: Callable[[str], str], pdf_maker: Callable[[Path], Path]
) -> None:
    manual = {"markdown": _markdown, "word": _word, "pdf": pdf_maker}[kind](tmp_path)
    assert _findings(manual, page_text) == {
        "Gebruiker(s) verwijderen": (True, True),  # on the page, and a scenario uses it
        "Uitvoeren": (True, True),
        "Functionaliteiten": (True, False),  # on the page, but no scenario of §2.4.1.2 uses it
        "Alles wissen": (False, False),  # in the manual, on no page
    }


def test_a_missing_label_names_its_section(tmp_path: Path, page_text: Callable[[str], str]) -> None:
    report = table(check(_markdown(tmp_path), page_text, ROOT / "features", {}))
    assert "MISSING in §2.4.1.2: 'Alles wissen'" in report
    allowed = table(check(_markdown(tmp_path), page_text, ROOT / "features", {"Alles wissen": "proef"}))
    assert "0 missing" in allowed


def test_a_button_renamed_in_the_mock_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, browser: Browser
) -> None:
    # The mock's texts live in its catalogue: rename the button there.
    locale = tmp_path / "locale"
    shutil.copytree(texts.LOCALE_DIR, locale)
    dutch = locale / "nl" / "LC_MESSAGES" / "messages.po"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace('"Uitvoeren"', '"Toepassen"'), encoding="utf-8")
    monkeypatch.setattr(texts, "LOCALE_DIR", locale)
    with rendered_pages(browser) as renamed:
        report = table(check(_markdown(tmp_path), renamed, ROOT / "features", {}))
    assert "MISSING in §2.4.1.2: 'Uitvoeren'" in report


@pytest.mark.skipif(not MANUAL.exists(), reason="the manual lies in ../shared/manual/ beside the project")
def test_manual_v12_has_no_unexplained_miss(tmp_path: Path) -> None:
    labels = manual_labels(MANUAL)
    assert {"2.2", "2.3", "2.4.1.1", "2.4.1.2", "2.4.2"} <= set(labels)
    assert "Profiel bevestigen" in labels["2.4.2"] and "Uitvoeren" in labels["2.4.1.2"]
    assert all(reason for reason in load_allowlist().values())
    result = subprocess.run(
        [sys.executable, "-m", "vaccinnet_bdd", "check-manual", str(MANUAL), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
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
    assert "MISSING in §2.4.1.2: 'Alles wissen'" in result.stdout
