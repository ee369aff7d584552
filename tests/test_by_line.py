"""Running the scenario at a line of a feature file: ``pytest FILE:LINE`` (README, "Een scenario schrijven")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
FEATURE = "features/uman/gebruikers_toevoegen.feature"


def _collected(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", *args, "--collect-only", "-q", f"--report-dir={tmp_path}"]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def _line_of(text: str) -> int:
    lines = (PROJECT / FEATURE).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("Scenario: Een gebruiker toevoegen met Vaccinnet", ["test_een_gebruiker_toevoegen_met_vaccinnet"]),
        ('Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent', None),  # first step of a scenario
        ("Abstract Scenario: Een persoon met een BIS-nummer", ["[20]", "[40]"]),
        ("| 40   |", ["[40]"]),
    ],
)
def test_a_line_runs_its_scenario_or_its_example_row(tmp_path: Path, at: str, expected: list[str] | None) -> None:
    line = _line_of(at)
    result = _collected(tmp_path, f"{FEATURE}:{line}")
    assert result.returncode == 0, result.stdout + result.stderr
    tests = [t for t in result.stdout.splitlines() if "::" in t]
    if expected is None:  # the line of a step: the one scenario around it
        assert len(tests) == 1
    else:
        assert len(tests) == len(expected) and all(e in t for e, t in zip(expected, tests, strict=True)), tests


def test_a_line_in_no_scenario_says_so_in_one_line(tmp_path: Path) -> None:
    result = _collected(tmp_path, f"{FEATURE}:3")
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert result.stderr.strip() == f"ERROR: regel 3 van {FEATURE} hoort bij geen scenario"


def test_two_lines_of_two_files_run_both(tmp_path: Path) -> None:
    other = "features/uman/gebruikers_verwijderen.feature"
    line = next(n for n, text in enumerate((PROJECT / other).read_text().splitlines(), 1) if "Scenario:" in text)
    result = _collected(tmp_path, f"{FEATURE}:{_line_of('| 20   |')}", f"{other}:{line}")
    tests = [t for t in result.stdout.splitlines() if "::" in t]
    assert len(tests) == 2 and "[20]" in tests[0] and other in tests[1], tests


def test_a_file_given_without_a_line_keeps_all_its_scenarios(tmp_path: Path) -> None:
    other = "features/uman/gebruikers_verwijderen.feature"
    everything = len([t for t in _collected(tmp_path, other).stdout.splitlines() if "::" in t])
    result = _collected(tmp_path, f"{FEATURE}:{_line_of('| 20   |')}", other)
    tests = [t for t in result.stdout.splitlines() if "::" in t]
    assert len(tests) == 1 + everything, tests
