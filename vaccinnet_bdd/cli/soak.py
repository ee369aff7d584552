"""``vaccinnet-bdd soak``: the whole suite, several times, each time in another random order.

Each run is ``pytest -n 2`` with pytest-randomly (its seed printed, so a failing order can be run
again with ``-p randomly --randomly-seed=SEED``), without report; the failures of every run are
listed at the end and in ``reports/soak.txt``. A suite that only passes in one order, or now and
then, shows here.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from vaccinnet_bdd.project import project_root

PASSES_ON = True  # options it does not know go to pytest


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("soak", help="run the whole suite N times in random order; report the failures")
    parser.add_argument("--runs", type=int, default=20, help="how many runs (default 20)")
    parser.add_argument("--seed", type=int, default=None, help="the first order's seed (default: random)")
    parser.add_argument("--report-dir", type=Path, default=None, help="where soak.txt goes (default reports/)")
    return parser


def _run(seed: int, extra: list[str], folder: Path) -> tuple[int, list[str], float]:
    """One run of the suite in the order of ``seed``: how many tests, which failed, how long it took."""
    junit = folder / f"junit-{seed}.xml"
    command = [sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "randomly", f"--randomly-seed={seed}"]
    command += ["--no-report", f"--report-dir={folder / 'reports'}", "--junitxml", str(junit), *extra]
    start = time.perf_counter()
    subprocess.run(command, cwd=project_root(), capture_output=True, text=True)
    took = time.perf_counter() - start
    cases = list(ET.parse(junit).iter("testcase")) if junit.exists() else []
    failed = [
        f"{case.get('classname', '')}::{case.get('name', '')}"
        for case in cases
        if case.find("failure") is not None or case.find("error") is not None
    ]
    return len(cases), failed, took


def main(args: argparse.Namespace, extra: list[str]) -> int:
    first = args.seed if args.seed is not None else random.randrange(10**9)
    lines: list[str] = []

    def out(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    out(f"vaccinnet-bdd soak: {args.runs} runs van de hele suite, elk in een andere willekeurige volgorde")
    failures: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        for n in range(args.runs):
            seed = first + n
            count, failed, took = _run(seed, extra, Path(tmp))
            failures.update(failed)
            out(f"run {n + 1}/{args.runs} (volgorde-seed {seed}): {count} tests, {len(failed)} gefaald, {took:.0f} s")
            for test in failed:
                out(f"    gefaald: {test}")
    bad_runs = sum(1 for line in lines if line.startswith("run ") and " 0 gefaald" not in line)
    out(f"samen: {args.runs} runs, {bad_runs} met een fout, {sum(failures.values())} fouten")
    for test, times in failures.most_common():
        out(f"    {times}x {test}")
    report = (args.report_dir or project_root() / "reports") / "soak.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failures else 0
