"""`vaccinnet-bdd trace FILE`: a Playwright trace opens offline, in the viewer Playwright's CLI serves."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Proeftrace van vaccinnet-bdd trace"


@pytest.fixture
def trace(browser: Browser, tmp_path: Path) -> Path:
    """A real trace: Playwright's tracing while a button on a small page is clicked."""
    context = browser.new_context()
    context.tracing.start(screenshots=True, snapshots=True, title=TITLE)
    page = context.new_page()
    page.set_content("<h1>Proef</h1><button onclick=\"this.textContent='Geklikt'\">Klik mij</button>")
    page.get_by_role("button", name="Klik mij").click()
    path = tmp_path / "trace.zip"
    context.tracing.stop(path=path)
    context.close()
    return path


@pytest.fixture
def served(trace: Path) -> Iterator[subprocess.Popen[str]]:
    """`vaccinnet-bdd trace --print-url` serving the trace, stopped (with its viewer) afterwards."""
    command = [sys.executable, "-m", "vaccinnet_bdd", "trace", "--print-url", str(trace)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        yield process
        process.terminate()  # the command stops the viewer it started on its way out
        assert process.wait(timeout=20) == 0


def test_the_trace_opens_in_the_viewer_without_any_download(served: subprocess.Popen[str], page: Page) -> None:
    assert served.stdout is not None
    url = served.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    page.goto(url)
    expect(page).to_have_title("Playwright Trace Viewer")
    expect(page.get_by_text(TITLE)).to_be_visible()
    expect(page.get_by_text('get_by_role("button", name="Klik mij")').first).to_be_visible()


def test_a_missing_trace_is_said_in_dutch(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "vaccinnet_bdd", "trace", str(tmp_path / "geen.zip")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.startswith("Geen trace op ")
