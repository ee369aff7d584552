"""``vaccinnet-bdd check-features``: a dry run of feature files against the step library, no browser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _check(*files: Path | str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vaccinnet_bdd", "check-features", *map(str, files)]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def _feature(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "proef.feature"
    path.write_text("# language: nl\n@handleiding-2.4.1.2\nFunctionaliteit: Proef\n" + body, encoding="utf-8")
    return path


def test_every_step_of_the_suite_exists() -> None:
    result = _check()
    assert result.returncode == 0, result.stdout[-3000:]
    assert result.stdout.strip().endswith("feature-bestanden nagekeken: elke stap bestaat.")


def test_a_misspelt_step_is_named_with_its_line_and_nearest_steps(tmp_path: Path) -> None:
    path = _feature(
        tmp_path,
        "  Scenario: S\n"
        '    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"\n'
        '    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent\n'
        '    En zij "Ann Claes" verwijderd\n',
    )
    result = _check(path)
    assert result.returncode == 1
    assert f'{path}:7: geen stap gevonden voor: Als zij "Ann Claes" verwijderd' in result.stdout
    assert 'Als zij "Ann Claes, Bert Wouters" verwijdert' in result.stdout
    assert result.stdout.strip().endswith("1 problemen. Alle stappen: vaccinnet-bdd steps")


def test_a_step_of_another_kind_is_not_found_and_an_outline_is_checked_per_example(tmp_path: Path) -> None:
    path = _feature(
        tmp_path,
        "  Abstract Scenario: S\n"
        '    Gegeven "Tom Weber" heeft een BIS-nummer met maand + <plus>\n'
        '    Gegeven staat "Ann Claes" niet meer in de gebruikerslijst\n'
        "    Voorbeelden:\n      | plus |\n      | 20   |\n      | 40   |\n",
    )
    result = _check(path)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if "geen stap gevonden" in line]
    assert problems == [f'{path}:6: geen stap gevonden voor: Gegeven staat "Ann Claes" niet meer in de gebruikerslijst']


def test_a_file_that_is_not_gherkin_is_named_with_its_line(tmp_path: Path) -> None:
    path = _feature(tmp_path, "  Scenario: S\n    Gegeven iets\n  Dit is geen Gherkin\n")
    result = _check(path)
    assert result.returncode == 1
    assert f"{path}:6: geen geldige Gherkin:" in result.stdout


def test_a_file_that_does_not_exist_stops_the_check(tmp_path: Path) -> None:
    result = _check(tmp_path / "bestaat-niet.feature")
    assert result.returncode == 2
    assert "Geen feature-bestand:" in result.stdout
