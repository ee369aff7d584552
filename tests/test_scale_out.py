"""Beyond one machine: shards that together run the whole suite once, and a remote browser."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import playwright
import pytest

from vaccinnet_bdd.harness.chromium import resolve_chromium
from vaccinnet_bdd.harness.scale_out import parse_shard, shard_of

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


def test_shard_assignment_is_stable_and_checked() -> None:
    assert shard_of("features/x.feature::test_y", 4) == shard_of("features/x.feature::test_y", 4)
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "a/b", "3"):
        with pytest.raises(pytest.UsageError):
            parse_shard(bad)


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
    assert "5 passed" in result.stdout
