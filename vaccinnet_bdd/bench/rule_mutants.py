"""Rule mutants judged by the manual suite: does the Gherkin alone catch a portal that breaks a rule?

``rule_mutants.toml`` lists small breaks of the mock's rules, each with the rule of the inventory
(``features/regels.toml``) it breaks. Each is applied, one at a time, to one scratch copy of the
project, and the manual suite alone (``features/``, no unit tests) runs on it with ``-x``: first the
scenarios tagged with the mutant's rule, and only when those all pass, the whole suite. A mutant is
caught when a scenario fails. The scratch copy goes first on ``sys.path`` (``python -m pytest`` from
its folder), so it is imported instead of the checkout.

Written here rather than with mutmut: mutmut's mutants are operator swaps throughout the code
(thousands), each needing a run of the manual suite in a browser (a minute); the question here is
whether each rule the inventory promises is guarded, so the breaks are written per rule.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MUTANTS = Path(__file__).with_name("rule_mutants.toml")
# What a scratch copy leaves out: environments, caches, reports.
LEFT_OUT = (".git", ".venv", ".cache", "reports", "mutants", "__pycache__", "*.egg-info", ".*_cache", "test-results")
CAUGHT, SURVIVED, BROKEN = "gevangen", "overleefd", "kapot"


@dataclass(frozen=True)
class Mutant:
    rule: str
    file: str
    find: str
    replace: str
    what: str


@dataclass(frozen=True)
class Verdict:
    mutant: Mutant
    outcome: str  # CAUGHT, SURVIVED or BROKEN (the suite could not run: the mutant broke the code)
    by: str  # the scenario that failed, or what pytest said
    seconds: float


def load(path: Path = MUTANTS) -> list[Mutant]:
    return [Mutant(**entry) for entry in tomllib.loads(path.read_text(encoding="utf-8"))["mutant"]]


def applies(mutant: Mutant, root: Path) -> str | None:
    """Why the mutant no longer applies to the code under ``root`` (None: it does)."""
    path = root / mutant.file
    if not path.is_file():
        return f"{mutant.file} bestaat niet"
    found = path.read_text(encoding="utf-8").count(mutant.find)
    return None if found == 1 else f"de te vervangen tekst staat {found} keer in {mutant.file}"


def _pytest(scratch: Path, *selection: str) -> tuple[str, str]:
    """SURVIVED, CAUGHT (with the scenario that failed) or BROKEN (with pytest's last line)."""
    command = [sys.executable, "-m", "pytest", "features", *selection, "-x", "-q", "-n", "2", "--no-report"]
    command += ["--no-retry", "-p", "no:randomly", "-p", "no:cacheprovider", "--timeout", "60"]
    run = subprocess.run(command, cwd=scratch, capture_output=True, text=True, timeout=900)
    failed = [line.split(" ")[1] for line in run.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    if failed:  # under xdist, -x stops the run as interrupted: the failed scenario says it was caught
        return CAUGHT, failed[0]
    last = (run.stdout.strip().splitlines() or [run.stderr.strip() or "(geen uitvoer)"])[-1]
    return (SURVIVED, "") if run.returncode == 0 else (BROKEN, last)


def judge(mutant: Mutant, scratch: Path) -> Verdict:
    """Apply ``mutant`` to the scratch copy, run the manual suite on it, and put the file back."""
    path = scratch / mutant.file
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace(mutant.find, mutant.replace, 1), encoding="utf-8")
    started = time.perf_counter()
    try:
        outcome, said = _pytest(scratch, "-m", f"regel-{mutant.rule}")
        if outcome == SURVIVED:  # the rule's own scenarios pass: the whole suite judges
            outcome, said = _pytest(scratch)
    finally:
        path.write_text(original, encoding="utf-8")
    return Verdict(mutant, outcome, said, time.perf_counter() - started)


class NotClean(Exception):
    """The manual suite fails on the scratch copy without any mutant: no verdict would mean anything."""


def run_all(root: Path, mutants: list[Mutant]) -> Iterator[Verdict]:
    """Each mutant's verdict, after a control run: the suite passes on the copy without a mutant."""
    with tempfile.TemporaryDirectory(prefix="regelmutanten-") as folder:
        scratch = Path(folder, "project")
        shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(*LEFT_OUT), symlinks=True)
        outcome, said = _pytest(scratch)
        if outcome != SURVIVED:
            raise NotClean(f"de suite faalt al zonder mutant ({said}): eerst dat herstellen")
        for mutant in mutants:
            yield judge(mutant, scratch)


def table(verdicts: list[Verdict]) -> str:
    lines = [f"{'regel':6} {'uitkomst':10} {'tijd':>6}  wat  (gevangen door)"]
    for v in verdicts:
        by = f"  ({v.by})" if v.by else ""
        lines.append(f"{v.mutant.rule:6} {v.outcome:10} {v.seconds:5.0f}s  {v.mutant.what}{by}")
    caught = sum(v.outcome == CAUGHT for v in verdicts)
    lines.append(f"gevangen: {caught} van {len(verdicts)}")
    return "\n".join(lines)
