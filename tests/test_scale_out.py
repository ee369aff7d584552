"""Beyond one machine: shards that together run the whole suite once, and a remote browser."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import playwright
import pytest

from vaccinnet_bdd.harness.chromium import resolve_chromium
from vaccinnet_bdd.harness.scale_out import DURATIONS, parse_shard

ROOT = Path(__file__).resolve().parent.parent


def _collected(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "features", "--co", "-q", "-p", "no:xdist", "--no-report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_shards_split_the_suite_into_disjoint_parts_that_cover_it() -> None:
    everything = _collected()
    shards = [_collected("--shard", f"{i}/3") for i in (1, 2, 3)]
    joined = [nodeid for shard in shards for nodeid in shard]
    assert sorted(joined) == sorted(everything)
    assert all(shards) and len(set(joined)) == len(everything)


def test_shards_are_balanced_by_the_durations_the_project_keeps(tmp_path: Path) -> None:
    """pytest-split with .test_durations: a test that takes as long as all others is a shard alone."""
    everything = _collected()
    durations = {nodeid: 1.0 for nodeid in everything}
    durations[everything[0]] = float(len(everything))
    (tmp_path / "duren.json").write_text(json.dumps(durations))
    shards = [_collected("--shard", f"{i}/2", "--durations-path", str(tmp_path / "duren.json")) for i in (1, 2)]
    assert [everything[0]] in shards
    assert (ROOT / DURATIONS).is_file(), "the project keeps its durations in .test_durations"
    kept = json.loads((ROOT / DURATIONS).read_text())
    known = len(set(everything) & set(kept)) / len(everything)
    assert known >= 0.9, f"only {known:.0%} of the scenarios have a duration: refresh .test_durations (README)"


def test_a_shard_that_is_not_i_of_n_stops_the_run() -> None:
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "a/b", "3"):
        with pytest.raises(pytest.UsageError, match="--shard verwacht I/N"):
            parse_shard(bad)


SMALL = ["features/ehealth", "features/btb/het_beheer_der_toegangsbeheerders.feature"]


def _run(report: Path, *args: str) -> None:
    command = [sys.executable, "-m", "pytest", *SMALL, "-p", "no:xdist", "-q", f"--report-dir={report}", *args]
    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)


def _seen(report: Path) -> tuple[list[tuple[str, str, list[str]]], list[str], list[tuple[str, str]], int]:
    """The scenarios with their steps' statuses, the report's section lines, the JUnit cases and the
    number of finished test cases in the Cucumber Messages."""
    parts = [r for part in (report / ".parts").glob("*.json") for r in json.loads(part.read_text())]
    scenarios = sorted((r["nodeid"], r["status"], [s["status"] for s in r["steps"]]) for r in parts)
    page = (report / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r'<h2 id="titel-[^"]*">.*?</h2>', page, re.S)
    cases = sorted((c.get("classname", ""), c.get("name", "")) for c in ET.parse(report / "junit.xml").iter("testcase"))
    finished = (report / "cucumber.ndjson").read_text(encoding="utf-8").count('"testCaseFinished"')
    return scenarios, sections, cases, finished


# That shards merged make the report of one run: tests/test_ci_templates.py, with the CI templates' own
# commands (examples/ci/).


def test_a_folder_that_is_no_report_is_refused_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "vaccinnet_bdd", "merge-reports", str(tmp_path), "--out", str(tmp_path / "uit")]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert (
        run.returncode == 2
        and run.stdout.strip() == f"{tmp_path}: geen rapportmap van een run (er ontbreekt .parts/ of .run.json)"
    )


@pytest.fixture
def browser_server(tmp_path: Path) -> Iterator[str]:
    """A Playwright browser server, as a grid offers one, with this machine's Chromium as its own."""
    executable = resolve_chromium() or ""
    env = dict(os.environ)
    if executable:  # give the server a browser directory in which its Chromium is the Debian one
        browsers = json.loads((Path(playwright.__file__).parent / "driver/package/browsers.json").read_text())
        revision = next(b["revision"] for b in browsers["browsers"] if b["name"] == "chromium-headless-shell")
        folder = tmp_path / f"chromium_headless_shell-{revision}" / "chrome-headless-shell-linux64"
        folder.mkdir(parents=True)
        (folder / "chrome-headless-shell").symlink_to(executable)
        env["PLAYWRIGHT_BROWSERS_PATH"] = str(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "playwright", "run-server", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # the Python launcher runs node as a child: stop them together
    )
    assert server.stdout is not None
    line = server.stdout.readline()  # "Listening on ws://127.0.0.1:PORT/"
    try:
        yield line.split()[-1]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
        server.stdout.close()


def test_the_suite_drives_a_remote_browser(browser_server: str, tmp_path: Path) -> None:
    assert browser_server.startswith("ws://127.0.0.1:")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "features/csam/aanmelden.feature",
            "-p",
            "no:xdist",
            "--no-report",
            f"--report-dir={tmp_path}",
            "-q",
            "-k",
            "digitale_sleutels_aan",
            "--connect-browser",
            browser_server,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    assert "1 passed" in result.stdout


def test_the_suite_runs_against_a_mock_started_elsewhere(tmp_path: Path) -> None:
    """`--base-url` to a `vaccinnet-bdd serve`: the Gegeven steps arrange it over its admin API."""
    server = subprocess.Popen(
        [sys.executable, "-m", "vaccinnet_bdd", "serve", "--empty", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    try:
        url = server.stdout.readline().split()[2].rstrip("/")  # printed once it listens
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "features/uman/gebruikers_verwijderen.feature",
                "-p",
                "no:xdist",
                "--no-report",
                f"--report-dir={tmp_path}",
                "-q",
                "--base-url",
                url,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()
    assert result.returncode == 0, result.stdout[-2000:]
    assert "6 passed" in result.stdout
