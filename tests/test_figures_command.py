"""`vaccinnet-bdd figures` in the suite and as a command: the figure scenarios drawn, reviewed and approved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from vaccinnet_bdd.figures import draw as step

from .conftest import scratch_project, suite_addopts

# --- in the suite, and the command ----------------------------------------------------------------


ROOT = Path(__file__).resolve().parent.parent


def test_a_figure_fails_its_scenario_when_a_marked_element_is_gone_and_is_saved_with_figures_dir(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = (
        "# language: nl\n@figuur @handleiding-2.4.1\nFunctionaliteit: Figuren\n"
        "  Scenario: Goed\n    Als iemand het Beheer der Toegangsbeheerders opent\n"
        '    En ze de stap "TOEGANGEN BEHEREN" openklikt\n'
        '    Dan toont de pagina figuur "2.4.1-1" met deze markeringen:\n'
        "      | nummer | rol  | naam                   |\n      | 1      | knop | Toegangsbeheer eHealth |\n"
        "  Scenario: Verdwenen knop\n    Als iemand het Beheer der Toegangsbeheerders opent\n"
        '    Dan toont de pagina figuur "2.4.1-2" met deze markeringen:\n'
        "      | nummer | rol  | naam                   |\n      |        | knop | Toegangsbeheer eHealth |\n"
        "  Scenario: Verkeerde sectie\n    Als iemand het Beheer der Toegangsbeheerders opent\n"
        '    Dan toont de pagina figuur "2.4.2-1" met deze markeringen:\n'
        "      | nummer | rol   | naam                          |\n"
        "      |        | titel | Beheer der Toegangsbeheerders |\n"
    )
    scratch_project(pytester, monkeypatch, {"figuren.feature": feature}, addopts=suite_addopts())
    result = pytester.runpytest_subprocess(
        "features", "--no-report", "--figures-dir", "figuren", "-p", "no:xdist", "--step-timeout=1"
    )
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(['*get_by_role("button", name="Toegangsbeheer eHealth"*'])
    result.stdout.fnmatch_lines(['*figuur "2.4.2-1" hoort bij §2.4.2, maar het scenario is getagd met*'])
    assert sorted(p.name for p in (pytester.path / "figuren").iterdir()) == ["2.4.1-1.png"]
    saved = step.description_of(pytester.path / "figuren" / "2.4.1-1.png")
    assert saved["scenario"] == "Goed" and saved["marks"] == [
        {"number": "1", "role": "knop", "name": "Toegangsbeheer eHealth"}
    ]
    assert "TOEGANGEN BEHEREN" in saved["text"]


def _figures(folder: Path, seed: int) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vaccinnet_bdd", "figures", "--dir", str(folder), "-k", "verwijderen or toevoegen"]
    return subprocess.run([*command, "--seed", str(seed)], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_command_draws_the_figures_then_finds_them_unchanged_with_another_seed(tmp_path: Path) -> None:
    """A figure's world is the same whatever --seed: generated names, numbers and dates included. So a
    second run, with another seed, finds every figure the first drew unchanged, to the pixel."""
    folder = tmp_path / "figuren"
    first = _figures(folder, seed=1)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "2.4.1.2-1.png    nieuw" in first.stdout
    with Image.open(folder / "2.4.1.2-1.png") as image:
        assert image.size[0] == 1280
    assert "Figuren van de handleiding" in (folder / "index.html").read_text(encoding="utf-8")
    again = _figures(folder, seed=2)
    assert again.returncode == 0, again.stdout + again.stderr
    lines = [line for line in again.stdout.splitlines() if ".png" in line]
    assert len(lines) == 5 and all(line.split()[1] == "ongewijzigd" for line in lines), lines
    assert "Geen figuur veranderde sinds de vorige keer." in again.stdout
    assert "(0,0 %" not in again.stdout  # not within a tolerance: the very same pixels
    assert (folder / "vorige" / "2.4.1.2-1.png").is_file()
