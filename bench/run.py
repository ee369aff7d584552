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
from pathlib import Path

import httpx2 as httpx

from mock_portals.domain.demo import populate_at_scale
from mock_portals.store import Store
from testbed.chromium import resolve_chromium
from testbed.server import EmbeddedMock

from .raw import SCENARIOS

PROJECT = Path(__file__).resolve().parent.parent
# Run first and last, unmeasured: the first test pays for starting the browser and the mock, the
# last one for stopping them.
WARM_UP = "features/csam/aanmelden.feature::test_csam_biedt_de_digitale_sleutels_aan_per_groep"
COOL_DOWN = "features/csam/aanmelden.feature::test_een_nieuw_browservenster_vraagt_opnieuw_een_digitale_sleutel"
XDIST_WORKER = "exec(eval(sys.stdin.readline()))"


def _serve(store: Store) -> tuple[str, EmbeddedMock]:
    """The same in-process server as the harness starts."""
    mock = EmbeddedMock(store)
    return mock.url, mock


def raw_timings(repeats: int, out: Callable[[str], None]) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    store = Store()
    url, server = _serve(store)
    httpx.get(url + "/").raise_for_status()
    server_ready = time.perf_counter() - start
    executable = resolve_chromium() or None
    with sync_playwright() as playwright:
        start = time.perf_counter()
        browser = playwright.chromium.launch(executable_path=executable)
        browser_ready = time.perf_counter() - start
        out(f"ready: server {server_ready:.2f} s, browser {browser_ready:.2f} s (target: together under 2 s)")
        timings: dict[str, list[float]] = {name: [] for name, _, _ in SCENARIOS}
        SCENARIOS[0][1](browser, store, url)  # warm-up
        for _ in range(repeats):
            for name, scenario, _ in SCENARIOS:
                start = time.perf_counter()
                scenario(browser, store, url)
                timings[name].append(time.perf_counter() - start)
        browser.close()
    server.stop()
    return timings


def harness_timings(repeats: int, extra: list[str]) -> dict[str, list[float]]:
    """Per-scenario time (set-up, steps and tear-down, as JUnit reports it) through pytest-bdd."""
    timings: dict[str, list[float]] = {name: [] for name, _, _ in SCENARIOS}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(repeats):
            junit = Path(tmp, f"junit-{n}.xml")
            ids = [WARM_UP, *(nodeid for _, _, nodeid in SCENARIOS), COOL_DOWN]
            command = [sys.executable, "-m", "pytest", *ids, "-p", "no:xdist", "-q", "--junitxml", str(junit)]
            command += ["--report-dir", str(Path(tmp, "reports")), *extra]
            subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)
            cases = {c.get("name"): float(c.get("time", "0")) for c in ET.parse(junit).iter("testcase")}
            for name, _, nodeid in SCENARIOS:
                timings[name].append(cases[nodeid.split("::")[-1]])
    return timings


def _pss(pid: int) -> int:
    """Proportional set size in bytes: shared pages (Chromium's processes share many) counted once."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


class MemorySampler(threading.Thread):
    """Peak memory (PSS) of each xdist worker with everything it started (mock, driver, browser)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.25):
            parents, rss, workers = {}, {}, []
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    cmdline = (entry / "cmdline").read_bytes()
                    pid = int(entry.name)
                    parents[pid], rss[pid] = int(fields[1]), _pss(pid)
                except OSError:
                    continue
                if XDIST_WORKER.encode() in cmdline:
                    workers.append(pid)
            for worker in workers:
                total = sum(size for pid, size in rss.items() if self._descends(pid, worker, parents))
                self.peaks[worker] = max(self.peaks.get(worker, 0), total)

    @staticmethod
    def _descends(pid: int, ancestor: int, parents: dict[int, int]) -> bool:
        while pid > 1:
            if pid == ancestor:
                return True
            pid = parents.get(pid, 0)
        return False


def suite_wall_time(workers: int) -> tuple[float, int]:
    sampler = MemorySampler()
    sampler.start()
    start = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "features", "-q", "--no-report", "-n", str(workers)]
    command += ["--report-dir", tempfile.mkdtemp(prefix="bench-")]
    subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    return wall, max(sampler.peaks.values(), default=0)


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


def main(repeats: int = 5, suite: bool = True) -> None:
    lines: list[str] = []

    def out(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    machine = f"{os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}"
    out(f"vaccinnet-bdd bench on {platform.node()}: {machine}")
    raw = raw_timings(repeats, out)
    for label, extra in (
        ("harness as configured", []),
        ("harness, --no-report --tracing off", ["--no-report", "--tracing", "off"]),
    ):
        harness = harness_timings(repeats, extra)
        out(f"per scenario, median of {repeats} ({label}):")
        for name, _, _ in SCENARIOS:
            r, h = statistics.median(raw[name]), statistics.median(harness[name])
            out(f"  {name:32} raw {r:.2f} s  harness {h:.2f} s  ratio {h / r:.2f} (target at most 1.3)")
    if suite:
        one, mem_one = suite_wall_time(1)
        two, mem_two = suite_wall_time(2)
        out(f"whole suite (--no-report): -n 1 {one:.1f} s, -n 2 {two:.1f} s, ratio {two / one:.2f} (target 0.65)")
        peaks = f"-n 1 {mem_one / 2**20:.0f} MiB, -n 2 {mem_two / 2**20:.0f} MiB"
        out(f"peak memory per worker (with its mock and browser): {peaks} (target under 1024 MiB)")
    mock_scale(out)
    report = PROJECT / "reports" / "bench.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
