"""What the controller writes when the run ends: the report, the step catalogue beside it, Cucumber
Messages and, when the official formatter is installed, the Cucumber HTML report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from steps.harness.catalogue import as_html, entries

from . import manual as manual_text
from .cucumber import write_ndjson
from .features import index
from .records import ScenarioResult
from .report import write_report

PROJECT = Path(__file__).resolve().parent.parent
FORMATTER = PROJECT / ".cache" / "cucumber" / "node_modules" / "@cucumber" / "html-formatter"


def publish(
    report_dir: Path,
    features: Path,
    results: list[ScenarioResult],
    *,
    started: float,
    seed: int | None,
    when: str,
    manual: str | None,
) -> Path:
    existing = index(features)
    ndjson = write_ndjson(report_dir, features, existing, results, started)
    formatter = cucumber_html(ndjson, report_dir / "cucumber.html")  # Node.js works while this goes on
    (report_dir / "stappen.html").write_text(as_html(entries()), encoding="utf-8")
    sections, findings = None, None
    if manual:
        from .drift import check, load_allowlist
        from .drift_pages import rendered_pages

        sections = manual_text.read(Path(manual))
        with rendered_pages() as pages:
            findings = check(Path(manual), pages, features, load_allowlist())
    report = write_report(report_dir, existing, results, seed=seed, when=when, manual=sections, findings=findings)
    if formatter is not None and formatter.wait(timeout=120):
        raise subprocess.CalledProcessError(formatter.returncode, formatter.args)
    return report


def cucumber_html(ndjson: Path, html: Path) -> subprocess.Popen[bytes] | None:
    """Starts the official Cucumber HTML formatter on ``ndjson``, when Node.js and it are installed."""
    node = shutil.which("node")
    if node is None or not FORMATTER.is_dir():
        return None
    script = Path(__file__).with_name("cucumber_html.mjs")
    return subprocess.Popen([node, str(script), str(FORMATTER), str(ndjson), str(html)])
