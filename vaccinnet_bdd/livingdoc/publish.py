"""What the controller writes when the run ends: the report, the step catalogue beside it, Cucumber
Messages and, when the official formatters are installed, the Cucumber HTML report and Cucumber JSON."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Self

from vaccinnet_bdd.harness.provided import Looking, Provided
from vaccinnet_bdd.livingdoc.catalogue import as_html, entries
from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual import reader as manual_text
from vaccinnet_bdd.manual import rules as inventory

from .a11y import Known
from .a11y_report import scans, summary_page
from .cucumber import write_ndjson
from .features import index
from .records import ScenarioResult
from .report import write_report
from .rules_view import rules_with_scenarios

# Where scripts/setup installs the official formatter, in the project (the run's root folder).
FORMATTER = Path(".cache", "cucumber", "node_modules", "@cucumber", "html-formatter")


def publish(
    report_dir: Path,
    features: Path,
    results: list[ScenarioResult],
    *,
    started: float,
    seed: int | None,
    when: str,
    manual: str | None,
    formatter: CucumberHtml | None,
    library: dict[str, str],
    json_formatter: CucumberHtml | None = None,
    setting: list[str] | None = None,
    looking: Callable[[Provided], Looking] | None = None,
    a11y: list[Known] | None = None,
    environment: str | None = None,
) -> Path:
    """The report; ``formatter`` is the Cucumber HTML formatter started with the run (None when
    Node.js or the formatter is not installed); ``library`` is the step library of the run (its
    modules; ``setting`` the packages and modules the project's setting names); the manual's labels
    are looked up on the pages ``looking`` shows (where the run played), and the report names the
    ``environment`` it ran on; ``json_formatter`` writes Cucumber JSON (``cucumber_json.CucumberJson``)."""
    existing = index(features)
    ndjson = write_ndjson(report_dir, features, existing, results, started)
    started_formatters = [f for f in (formatter, json_formatter) if f is not None]
    for each in started_formatters:
        each.render(ndjson)  # Node.js works while this goes on
    (report_dir / "stappen.html").write_text(as_html(entries(library)), encoding="utf-8")
    sections, findings, known = None, None, outline.BUILT_IN
    if manual:
        known = manual_text.outline_of(Path(manual)) or outline.BUILT_IN
        from .drift import ALLOWLIST, check, load_allowlist
        from .drift_pages import rendered_pages

        sections = manual_text.read(Path(manual), known)
        assert looking is not None, "the drift check needs to know who looks at the pages"
        with rendered_pages(setting or list(library), looking) as pages:
            findings = check(Path(manual), pages, features, load_allowlist(features / ALLOWLIST))
    rules = rules_with_scenarios(inventory.load(features), existing, results)
    found = scans(results, existing, a11y) if a11y is not None else None
    if found is not None:
        (report_dir / "toegankelijkheid.html").write_text(summary_page(found, when), encoding="utf-8")
    report = write_report(
        report_dir,
        existing,
        results,
        seed=seed,
        when=when,
        manual=sections,
        findings=findings,
        rules=rules,
        known=known,
        a11y=found,
        environment=environment,
    )
    for each in started_formatters:
        each.wait()
    return report


class CucumberHtml:
    """The official Cucumber HTML formatter (Node.js), started before it has anything to render.

    Loading Node.js and the formatter takes about 0.2 s; started when the run starts, that happens
    while the scenarios run instead of after them. ``render`` then hands it the run's messages.
    """

    script, package = "cucumber_html.mjs", FORMATTER  # a formatter of Cucumber Messages, and where it is

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process

    @classmethod
    def start(cls, output: Path, root: Path) -> Self | None:
        """None when Node.js or the formatter is not installed (the report has no such file then)."""
        node = shutil.which("node")
        formatter = root / cls.package
        if node is None or not formatter.is_dir():
            return None
        script = Path(__file__).with_name(cls.script)
        return cls(subprocess.Popen([node, str(script), str(formatter), "-", str(output)], stdin=subprocess.PIPE))

    def messages(self, ndjson: Path) -> bytes:
        """What the formatter reads: the run's messages as they are."""
        return ndjson.read_bytes()

    def render(self, ndjson: Path) -> None:
        assert self.process.stdin is not None
        with self.process.stdin:
            self.process.stdin.write(self.messages(ndjson))

    def wait(self) -> None:
        if self.process.wait(timeout=120):
            raise subprocess.CalledProcessError(self.process.returncode, self.process.args)

    def cancel(self) -> None:
        """A run without anything to render (no scenario ran): the formatter is stopped at once; it
        writes its file only once messages arrive, so it leaves none."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=120)
        if self.process.stdin is not None:
            self.process.stdin.close()
