"""``vaccinnet-bdd bench``: how fast the harness is against raw Playwright, and the mock at scale.

A benchmark, run by hand or in a scheduled job, not a test: it prints numbers and the targets
beside them, and exits 0 whatever they are.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx

from mock_portals.arrange import OpenSession
from mock_portals.practice import populate_at_scale
from mock_portals.store import Store
from vaccinnet_bdd.harness.chromium import installed_versions, launch, resolve_chromium
from vaccinnet_bdd.harness.screens import Screens
from vaccinnet_bdd.harness.server import EmbeddedMock
from vaccinnet_bdd.project import project_root

from .measure import ProcessTree
from .raw import SCENARIOS

# Run first and last, unmeasured: the first test pays for starting the browser and the mock, the
# last one for stopping them.
WARM_UP = "features/csam/aanmelden.feature::test_csam_biedt_de_digitale_sleutels_aan_per_groep"
COOL_DOWN = "features/csam/aanmelden.feature::test_een_nieuw_browservenster_vraagt_opnieuw_een_digitale_sleutel"
TARGET_SUITE = 0.75  # wall time per scenario of the whole suite on -n 2, against the raw median
TARGET_COLD = 3.0  # seconds, one scenario from the command line
# CPU seconds per scenario of the whole suite (-n 2, default configuration) before the speed work,
# measured with ProcessTree on this machine: the target is a third less.
CPU_BEFORE = ("commit 50dc0b6", 1.29)


def _serve(store: Store) -> tuple[str, EmbeddedMock]:
    """The same in-process server as the harness starts."""
    mock = EmbeddedMock(store)
    return mock.url, mock


# The harness's configurations, each timed against the same raw scripts: its target is set against
# the raw scripts that take the same screenshots (the report's), or none.
WITH_SCREENSHOTS, WITHOUT = "raw scripts with the report's screenshots", "raw scripts without screenshots"
CONFIGURATIONS: tuple[tuple[str, list[str], float, str], ...] = (
    ("default configuration: report with screenshots, a trace for every failure", [], 1.0, WITH_SCREENSHOTS),
    ("--no-report", ["--no-report"], 0.9, WITHOUT),
)


Timings = dict[str, dict[str, list[float]]]  # what was timed -> scenario -> seconds per round


def scenario_timings(repeats: int, out: Callable[[str], None]) -> tuple[Timings, Timings]:
    """The raw scripts (without, then with screenshots) and the harness in each configuration, a
    round of each in turn, ``repeats`` times.

    Taken in turn, a slow spell of a shared machine weighs on both sides of a ratio alike.
    """
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    store = Store()
    url, server = _serve(store)
    httpx.get(url + "/").raise_for_status()
    server_ready = time.perf_counter() - start
    raw: Timings = {kind: {name: [] for name, _, _ in SCENARIOS} for kind in (WITHOUT, WITH_SCREENSHOTS)}
    harness: Timings = {label: {name: [] for name, _, _ in SCENARIOS} for label, *_ in CONFIGURATIONS}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, sync_playwright() as playwright:
        start = time.perf_counter()
        browser = launch(playwright.chromium)
        browser_ready = time.perf_counter() - start
        out(f"ready: server {server_ready:.2f} s, browser {browser_ready:.2f} s (target: together under 2 s)")
        SCENARIOS[0][1](browser, store, url, lambda page: None)  # warm-up
        for n in range(repeats):
            # Like the report in its pytest process: a camera per round, new to every screen.
            cameras = {WITHOUT: lambda page: None, WITH_SCREENSHOTS: Screens(Path(tmp, f"raw-{n}"), "s").after_step}
            for kind, shot in cameras.items():
                for name, scenario, _ in SCENARIOS:
                    start = time.perf_counter()
                    scenario(browser, store, url, shot)
                    raw[kind][name].append(time.perf_counter() - start)
            for label, extra, *_ in CONFIGURATIONS:
                folder = Path(tmp, f"{'no-report' if extra else 'default'}-{n}")
                for name, seconds in harness_round(folder, extra).items():
                    harness[label][name].append(seconds)
        browser.close()
    server.stop()
    return raw, harness


def _env() -> dict[str, str]:
    """The environment of the pytest runs: with bytecode, as scripts/test and scripts/manual run it.

    Without it (PYTHONDONTWRITEBYTECODE set) pytest cannot cache its rewritten modules, and each
    process spends about 2 s rewriting them again: that would measure the shell, not the harness.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def harness_round(folder: Path, extra: list[str]) -> dict[str, float]:
    """Per-scenario time (set-up, steps and tear-down, as JUnit reports it) through pytest-bdd."""
    junit = folder / "junit.xml"
    ids = [WARM_UP, *(nodeid for _, _, nodeid in SCENARIOS), COOL_DOWN]
    command = [sys.executable, "-m", "pytest", *ids, "-p", "no:xdist", "-q", f"--junitxml={junit}"]
    command += [f"--report-dir={folder / 'reports'}", *extra]
    subprocess.run(command, cwd=project_root(), check=True, capture_output=True, env=_env())
    cases = {c.get("name"): float(c.get("time", "0")) for c in ET.parse(junit).iter("testcase")}
    return {name: cases[nodeid.split("::")[-1]] for name, _, nodeid in SCENARIOS}


@dataclass
class SuiteRun:
    wall: float  # seconds
    scenarios: int
    cpu: float  # seconds, every process of the run
    memory: int  # bytes, the peak of the largest worker


def suite(workers: int, project: Path | None = None, extra: tuple[str, ...] = ()) -> SuiteRun:
    """The whole manual suite in the default configuration (report and screenshots on)."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        command = [sys.executable, "-m", "pytest", "features", "-q", "-n", str(workers), f"--report-dir={tmp}", *extra]
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=project or project_root(), stdout=subprocess.DEVNULL, env=_env())
        tree = ProcessTree(process.pid)
        tree.start()
        process.wait()
        wall = time.perf_counter() - start
        tree.done.set()
        tree.join()
        if process.returncode != 0:
            raise SystemExit(f"the suite failed (exit {process.returncode}): no figures from a red run")
        scenarios = sum(1 for _ in ET.parse(Path(tmp, "junit.xml")).iter("testcase"))
    return SuiteRun(wall, scenarios, sum(tree.cpu.values()), max(tree.peaks.values(), default=0))


def cold_single(nodeid: str, repeats: int) -> list[float]:
    """`pytest -k <name>` as someone types it: a new process each time, the report included."""
    name = nodeid.split("::")[-1]
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for _ in range(repeats):
            start = time.perf_counter()
            command = [sys.executable, "-m", "pytest", "-k", name, "-q", f"--report-dir={tmp}"]
            subprocess.run(command, cwd=project_root(), check=True, capture_output=True, env=_env())
            times.append(time.perf_counter() - start)
    return times


def mock_scale(out: Callable[[str], None]) -> None:
    start = time.perf_counter()
    store = Store(seed=3)
    big, manager = populate_at_scale(store, organisations=1000, users=5000)
    seeded = time.perf_counter() - start
    url, server = _serve(store)
    session = OpenSession(portal="uman", insz=manager.insz).apply(store)
    cookies = {session.name: session.value}
    with httpx.Client(base_url=url, cookies=cookies) as client:
        client.get(f"/uman/{big.riziv}/gebruikers").raise_for_status()  # the first request sorts the list once
        times = []
        for page in range(1, 41):
            start = time.perf_counter()
            client.get(f"/uman/{big.riziv}/gebruikers?pagina={page * 5}").raise_for_status()
            times.append(time.perf_counter() - start)
    server.stop()
    out(f"mock scale: seeding 1,000 organisations and 5,000 users {seeded:.2f} s (target under 5 s)")
    out(f"mock scale: users page of 5,000 users, median {statistics.median(times) * 1000:.1f} ms (target under 50 ms)")


def _machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "?",
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, {platform.platform()}, Python {platform.python_version()}"
    )


def main(repeats: int = 5, suite_runs: bool = True) -> None:
    lines: list[str] = []

    def out(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    out(f"vaccinnet-bdd bench on {platform.node()}: {_machine()}")
    executable = resolve_chromium()
    versions = installed_versions(executable or None)
    chromium = f"Chromium {versions['Chromium']} ({executable})" if executable else "Playwright's own Chromium"
    out(f"Playwright {versions['Playwright']}, {chromium}")
    raw, harness = scenario_timings(repeats, out)
    raw_median = statistics.median(t for times in raw[WITHOUT].values() for t in times)
    for label, _, target, against in CONFIGURATIONS:
        out(
            f"per scenario, median of {repeats}, raw and harness in turn ({label}; target at most {target} "
            f"against the {against}):"
        )
        for name, _, _ in SCENARIOS:
            h = statistics.median(harness[label][name])
            ratios = {kind: h / statistics.median(raw[kind][name]) for kind in raw}
            out(
                f"  {name:32} harness {h:.2f} s  ratio {ratios[WITH_SCREENSHOTS]:.2f} with screenshots, "
                f"{ratios[WITHOUT]:.2f} without"
            )
    for kind, times in raw.items():
        out(f"  {kind}: " + ", ".join(f"{name} {statistics.median(times[name]):.2f} s" for name, _, _ in SCENARIOS))
    cold = cold_single(SCENARIOS[2][2], 3)
    out(
        f"one scenario from the command line (pytest -k, a new process, report included): median of 3 "
        f"{statistics.median(cold):.2f} s (target at most {TARGET_COLD:.0f} s)"
    )
    if suite_runs:
        two, one = suite(2), suite(1)
        per = two.wall / two.scenarios
        out(
            f"whole suite, default configuration, -n 2: {two.wall:.1f} s for {two.scenarios} scenarios, "
            f"{per:.2f} s a scenario, {per / raw_median:.2f} x the raw median of {raw_median:.2f} s "
            f"(target at most {TARGET_SUITE})"
        )
        out(f"whole suite, -n 1: {one.wall:.1f} s; -n 2 against -n 1 {two.wall / one.wall:.2f} (target 0.65)")
        before = CPU_BEFORE[1]
        out(
            f"CPU per scenario, every process (pytest, mock, driver, browser): -n 2 {two.cpu / two.scenarios:.2f} s, "
            f"-n 1 {one.cpu / one.scenarios:.2f} s (target at most {before * 2 / 3:.2f} s: two thirds of the "
            f"{before:.2f} s measured at {CPU_BEFORE[0]})"
        )
        peaks = f"-n 2 {two.memory / 2**20:.0f} MiB, -n 1 {one.memory / 2**20:.0f} MiB"
        out(f"peak memory per worker (with its mock, driver and browser): {peaks} (target under 1024 MiB)")
        scanned = suite(2, extra=("--a11y",))
        out(
            f"whole suite with --a11y (axe-core on every distinct screen), -n 2: {scanned.wall:.1f} s, "
            f"{100 * (scanned.wall / two.wall - 1):+.0f} % (scripts/manual leaves it off when over +10 %)"
        )
    mock_scale(out)
    report = project_root() / "reports" / "bench.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
