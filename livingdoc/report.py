"""Write reports/index.html: the manual's sections in order, each with the scenarios that prove it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import outline
from .drift import Finding


@dataclass
class SectionResult:
    section: outline.Section
    scenarios: list[dict[str, Any]] = field(default_factory=list)
    subsections: list[SectionResult] = field(default_factory=list)

    @property
    def status(self) -> str:
        """Verified when every scenario passed, failed when one did not, not covered without any.

        A chapter without scenarios of its own (such as "2 Instructies") is verified when all its
        subsections are, and partly covered when only some of them are.
        """
        if not self.scenarios and self.subsections:
            statuses = {s.status for s in self.subsections}
            if statuses == {"verified"}:
                return "verified"
            if "failed" in statuses:
                return "failed"
            return "not covered" if statuses == {"not covered"} else "partly covered"
        if not self.scenarios:
            return "not covered"
        return "verified" if all(s["status"] == "passed" for s in self.scenarios) else "failed"


def sections_with_results(records: list[dict[str, Any]]) -> list[SectionResult]:
    results = [SectionResult(section) for section in outline.SECTIONS]
    by_tag = {r.section.tag: r for r in results}
    for result in results:
        parent = result.section.number.rpartition(".")[0]
        while parent and outline.TAG_PREFIX + parent not in by_tag:
            parent = parent.rpartition(".")[0]  # 3.1.1 belongs to chapter 3: the manual has no 3.1
        if parent:
            by_tag[outline.TAG_PREFIX + parent].subsections.append(result)
    for record in sorted(records, key=lambda r: (r["feature_file"], r["nodeid"])):
        for tag in record["tags"]:
            if tag in by_tag:
                by_tag[tag].scenarios.append(record)
    return results


def write_report(
    report_dir: Path,
    records: list[dict[str, Any]],
    *,
    seed: int | None,
    when: str,
    labels: list[Finding] | None = None,
) -> Path:
    """The report; with ``labels`` (from check-manual), each section also lists its UI labels."""
    results = sections_with_results(records)
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
    )
    html = env.get_template("report.html").render(
        outline=outline,
        results=results,
        verified=sum(r.status == "verified" for r in results),
        records=records,
        failed=[r for r in records if r["status"] == "failed"],
        seed=seed,
        when=when,
        labels={r.section.number: [f for f in labels or [] if f.section == r.section.number] for r in results},
        labels_checked=labels is not None,
        labels_missing=sum(f.missing for f in labels or []),
    )
    path = report_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
