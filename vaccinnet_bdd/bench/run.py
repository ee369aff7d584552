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
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx

from mock_portals.practice import populate_at_scale
from mock_portals.store import Store
from vaccinnet_bdd.harness.chromium import installed_versions, launch, resolve_chromium
from vaccinnet_bdd.harness.server import EmbeddedMock
from vaccinnet_bdd.project import project_root

from .raw import SCENARIOS

# Run first and last, unmeasured: the first test pays for starting the browser and the mock, the
# last one for stopping them.
WARM_UP = "features/csam/aanmelden.feature::test_csam_biedt_de_digitale_sleutels_aan_per_groep"
COOL_DOWN = "features/csam/aanmelden.feature::test_een_nieuw_browservenster_vraagt_opnieuw_een_digitale_sleutel"
TARGET_SCENARIO = 1.0  # harness / raw, per scenario
TARGET_SUITE = 0.75  # wall time per scenario of the whole suite on -n 2, against the raw median
TARGET_COLD = 3.0  # seconds, one scenario from the command line
# CPU seconds per scenario of the whole suite (-n 2, default configuration) before the speed work,
# measured with ProcessTree on this machine: the target is a third less.
CPU_BEFORE = ("commit 50dc0b6", 1.29)


def _serve(store: Store) -> tuple[str, EmbeddedMock]:
    """The same in-process server as the harness starts."""
    mock = EmbeddedMock(store)
    return mock.url, mock


# The harness's configurations, each timed against the same raw scripts.
CONFIGURATIONS: tuple[tuple[str, list[str]], ...] = (
    ("default configuration: report with screenshots, a trace for every failure", []),
    ("--no-report", ["--no-report"]),
)


def scenario_timings(
    repeats: int, out: Callable[[str], None]
) -> tuple[dict[str, list[float]], dict[str, dict[str, list[float]]]]:
    """The raw scripts and the harness, a round of each in turn, ``repeats`` times.

    Taken in turn, a slow spell of a shared machine weighs on both sides of a ratio alike.
    """
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    store = Store()
    url, server = _serve(store)
    httpx.get(url + "/").raise_for_status()
    server_ready = time.perf_counter() - start
    raw: dict[str, list[float]] = {name: [] for name, _, _ in SCENARIOS}
    harness: dict[str, dict[str, list[float]]] = {
        label: {name: [] for name, _, _ in SCENARIOS} for label, _ in CONFIGURATIONS
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, sync_playwright() as playwright:
        start = time.perf_counter()
        browser = launch(playwright.chromium)
        browser_ready = time.perf_counter() - start
        out(f"ready: server {server_ready:.2f} s, browser {browser_ready:.2f} s (target: together under 2 s)")
        SCENARIOS[0][1](browser, store, url)  # warm-up
        for n in range(repeats):
            for name, scenario, _ in SCENARIOS:
                start = time.perf_counter()
                scenario(browser, store, url)
                raw[name].append(time.perf_counter() - start)
            for (label, extra), folder in zip(CONFIGURATIONS, ("default", "no-report"), strict=True):
                for name, seconds in harness_round(Path(tmp, f"{folder}-{n}"), extra).items():
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


def _pss(pid: int) -> int:
    """Proportional set size in bytes: shared pages (Chromium's processes share many) counted once."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


class ProcessTree(threading.Thread):
    """CPU time and memory of a process and everything it starts, read from /proc every 0.2 s.

    CPU: the last user + system time seen of every process in the tree, summed. (The rusage of the
    child alone misses Chromium's renderers, which their zygote never hands back to the tree.) A
    process that ends between two readings loses at most its last 0.2 s. Memory: the peak PSS of
    each xdist worker (or of the one pytest process) with its mock, driver and browser.
    """

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.cpu: dict[int, float] = {}
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(0.2)

    def sample(self) -> None:
        parents, cpu, workers = {}, {}, []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                # An xdist worker is a Python child of the controller (its title changes as it runs).
                is_worker = int(fields[1]) == self.root and "python" in os.readlink(entry / "exe")
            except OSError:
                continue
            pid = int(entry.name)
            parents[pid], cpu[pid] = int(fields[1]), (int(fields[11]) + int(fields[12])) / self.TICK
            if is_worker:
                workers.append(pid)
        tree = [pid for pid in cpu if self._descends(pid, self.root, parents)]
        for pid in tree:
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu[pid])
        for worker in workers or [self.root]:
            try:
                total = sum(_pss(pid) for pid in tree if self._descends(pid, worker, parents))
            except OSError:
                continue
            self.peaks[worker] = max(self.peaks.get(worker, 0), total)

    @staticmethod
    def _descends(pid: int, ancestor: int, parents: dict[int, int]) -> bool:
        while pid > 1:
            if pid == ancestor:
                return True
            pid = parents.get(pid, 0)
        return False


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
    cookies = {"uman_session": store.auth.open_session("uman", manager.insz).sid}
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
    raw_median = statistics.median(t for times in raw.values() for t in times)
    for label, _ in CONFIGURATIONS:
        out(f"per scenario, median of {repeats}, raw and harness in turn ({label}):")
        for name, _, _ in SCENARIOS:
            r, h = statistics.median(raw[name]), statistics.median(harness[label][name])
            out(f"  {name:32} raw {r:.2f} s  harness {h:.2f} s  ratio {h / r:.2f} (target at most {TARGET_SCENARIO})")
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
    mock_scale(out)
    report = project_root() / "reports" / "bench.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
