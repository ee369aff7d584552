"""``vaccinnet-bdd trace FILE``: open a Playwright trace in the Chromium the suite uses, offline.

``playwright show-trace FILE`` opens its viewer in a browser build of Playwright's own, which is not
downloaded here. Given a host and a port, the same command serves the viewer over HTTP instead; this
command reads the address it prints and opens it in the suite's Chromium (``vaccinnet_bdd.harness.chromium``) as
an app window. ``--print-url`` only prints the address (it serves until Ctrl+C), for a machine
without a display or another browser.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

LISTENING = re.compile(r"Listening on (http://\S+)")
START_TIMEOUT = 60.0  # seconds for the viewer to start serving
# Playwright's CLI also hands the address to xdg-open, the desktop's default browser; an xdg-open
# that does nothing, first on its PATH, keeps it to the one window this command opens.
NO_DEFAULT_BROWSER = "#!/bin/sh\nexit 0\n"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("trace", help="open a Playwright trace (trace.zip) in the suite's Chromium, offline")
    parser.add_argument("file", type=Path, help="the trace, e.g. reports/test-results/<test>/trace.zip")
    parser.add_argument(
        "--print-url", action="store_true", help="only print the viewer's address; it serves until Ctrl+C"
    )
    parser.add_argument("--chromium", default=None, help="the Chromium to open it in (also $VACCINNET_BDD_CHROMIUM)")
    return parser


def _read_lines(stream: Iterator[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _address(server: subprocess.Popen[str]) -> str:
    """The address the viewer prints once it serves; every line it prints goes on being read."""
    assert server.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read_lines, args=(server.stdout, lines), daemon=True).start()
    said: list[str] = []
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            raise RuntimeError(f"de trace-viewer start niet binnen {START_TIMEOUT:.0f} s") from None
        if line is None:
            raise RuntimeError("de trace-viewer stopte meteen:\n" + "".join(said).strip())
        said.append(line)
        if found := LISTENING.search(line):
            return found.group(1)


def _stop(server: subprocess.Popen[str]) -> None:
    """Stop the viewer: Playwright's CLI and the Node process it starts, one process group."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@contextmanager
def viewer(trace: Path) -> Iterator[str]:
    """Playwright's trace viewer serving ``trace`` on a free local port, as long as the block runs."""
    with tempfile.TemporaryDirectory(prefix="trace-viewer-") as shim:
        opener = Path(shim, "xdg-open")
        opener.write_text(NO_DEFAULT_BROWSER)
        opener.chmod(0o755)
        command = [sys.executable, "-m", "playwright", "show-trace", "--host", "127.0.0.1", "--port", "0"]
        server = subprocess.Popen(
            [*command, str(trace)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PATH": shim + os.pathsep + os.environ.get("PATH", "")},
            start_new_session=True,  # its own process group, so that _stop ends the Node server too
        )
        try:
            yield _address(server)
        finally:
            _stop(server)


def chromium_executable(override: str | None) -> str | None:
    """The suite's Chromium, headed (Playwright's own when it is installed)."""
    from vaccinnet_bdd.harness.chromium import resolve_chromium

    found = resolve_chromium(override, headed=True)
    if found == "":
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            return playwright.chromium.executable_path
    return found


def open_in_chromium(url: str, chromium: str) -> None:
    """The viewer in a window of its own (a fresh context of a Chromium launched as the suite
    launches it); returns when the person closes the window."""
    from playwright.sync_api import Error, sync_playwright

    from vaccinnet_bdd.harness.chromium import launch

    with sync_playwright() as playwright:
        browser = launch(playwright.chromium, executable_path=chromium, headless=False)
        window = browser.new_context(no_viewport=True).new_page()
        window.goto(url)
        window.wait_for_event("close", timeout=0)
        with suppress(Error):  # closing the window may have ended the browser already
            browser.close()


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)  # so that the viewer is stopped on the way out


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.chromium import NO_BROWSER

    trace: Path = args.file.resolve()
    if not trace.is_file():
        print(f"Geen trace op {args.file}: geef het pad van een trace.zip (bv. onder reports/test-results/).")
        return 1
    chromium = None if args.print_url else chromium_executable(args.chromium)
    if not args.print_url and chromium is None:
        print(f"{NO_BROWSER}\nOf open de trace zelf in een browser: vaccinnet-bdd trace --print-url {args.file}")
        return 1
    if not args.print_url and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print(f"Geen scherm om Chromium op te tonen: vaccinnet-bdd trace --print-url {args.file} geeft het adres.")
        return 1
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    with viewer(trace) as url:
        if chromium is None:
            print(url, flush=True)
            print("De trace-viewer draait; Ctrl+C stopt hem.", file=sys.stderr, flush=True)
            with suppress(KeyboardInterrupt):
                signal.pause()
            return 0
        print(f"Trace-viewer geopend in Chromium ({url}); sluit het venster om te stoppen.", flush=True)
        open_in_chromium(url, chromium)
    return 0
