"""``vaccinnet-bdd check-manual FILE``: does every UI label the manual quotes still exist?

For each section of the manual, the labels it quotes ('...', "...", curly quotes) or sets in bold
are looked up on the rendered pages of the mock that the section is about (Playwright against a
running mock), and in the scenarios tagged with that section. A label that no page shows fails the
check, unless ``livingdoc/manual-allowlist.toml`` names it with a reason.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from steps.harness.tags import feature_tags_of_text

from . import outline

PROJECT = Path(__file__).resolve().parent.parent
ALLOWLIST = Path(__file__).with_name("manual-allowlist.toml")

_TAGS = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$")
_QUOTED = (
    re.compile(r"‘([^’\n]{2,90}?)’"),
    re.compile(r"“([^”\n]{2,90}?)”"),
    re.compile(r"(?<![\w\"])\"([^\"\n]{2,90}?)\"(?![\w])"),
    re.compile(r"(?<![\w'])'([^'\n]{2,90}?)'(?![\w])"),
)
_BOLD = re.compile(r"\*\*([^*\n]{2,90}?)\*\*")
_TITLES = {s.number: s.title.lower() for s in outline.SECTIONS}


def clean(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().strip("*'\"‘’“”").strip().rstrip(":").strip())


def section_of(line: str) -> str | None:
    """The outline section a heading line opens (the title must match, so tables are not taken)."""
    match = _HEADING.match(line)
    if match and match.group(1) in _TITLES:
        title = match.group(2).split("\t")[0].lower()
        if title.startswith(_TITLES[match.group(1)][:20]):
            return match.group(1)
    return None


def labels_in_line(line: str, bold: list[str] | None = None) -> list[str]:
    line = _TAGS.sub(" ", line)
    found = [m for pattern in _QUOTED for m in pattern.findall(line)]
    found += [m for m in _BOLD.findall(line) if not any(q in m for q in "'\"‘’“”")]
    found += bold or []
    return [label for label in map(clean, found) if len(label) >= 2]


def _lines_of(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each line of the manual with its bold runs (Word only; Markdown marks bold in the text)."""
    if path.suffix == ".docx":
        from docx import Document

        for paragraph in Document(str(path)).paragraphs:
            yield paragraph.text, [run.text for run in paragraph.runs if run.bold and run.text.strip()]
    elif path.suffix == ".pdf":
        from pypdf import PdfReader

        for page in PdfReader(str(path)).pages:
            for line in page.extract_text().splitlines():
                yield line, []
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield line, []


def manual_labels(path: Path) -> dict[str, list[str]]:
    """Section number -> the labels it quotes, in order of first appearance."""
    labels: dict[str, list[str]] = {}
    section = None
    for line, bold in _lines_of(path):
        opened = section_of(line)
        if opened:
            section = opened
            continue
        if section:
            for label in labels_in_line(line, bold):
                if label not in labels.setdefault(section, []):
                    labels[section].append(label)
    return labels


@dataclass
class Finding:
    section: str
    label: str
    on_page: bool
    in_scenario: bool
    allowed: str | None  # the reason from the allow-list, if the label is allowed to be missing

    @property
    def missing(self) -> bool:
        return not self.on_page and self.allowed is None


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def scenario_text(features: Path) -> dict[str, str]:
    """Section number -> the text of every feature file that has a scenario tagged with it."""
    texts: dict[str, str] = {}
    for path in sorted(features.rglob("*.feature")):
        text = path.read_text(encoding="utf-8")
        for tag in feature_tags_of_text(text):
            section = outline.BY_TAG.get(tag)
            if section is not None:
                texts[section.number] = texts.get(section.number, "") + _normal(text)
    return texts


def check(manual: Path, page_text: Callable[[str], str], features: Path, allowlist: dict[str, str]) -> list[Finding]:
    """Every label of the manual, section by section, with where it was found."""
    scenarios = scenario_text(features)
    findings = []
    for section, labels in manual_labels(manual).items():
        shown = _normal(page_text(section))
        for label in labels:
            needle = _normal(label)
            findings.append(
                Finding(section, label, needle in shown, needle in scenarios.get(section, ""), allowlist.get(label))
            )
    return findings


def load_allowlist(path: Path = ALLOWLIST) -> dict[str, str]:
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {entry["label"]: entry["reason"] for entry in data.get("allowed", [])}


def table(findings: list[Finding]) -> str:
    rows = [f"{'section':8} {'page':5} {'scenario':8}  label"]
    for f in findings:
        page = "yes" if f.on_page else ("allow" if f.allowed else "NO")
        rows.append(f"{f.section:8} {page:5} {'yes' if f.in_scenario else 'no':8}  {f.label}")
    missing = [f for f in findings if f.missing]
    rows.append(f"{len(findings)} labels, {len(missing)} missing on the pages of their section")
    rows += [f"MISSING in §{f.section}: '{f.label}'" for f in missing]
    return "\n".join(rows)


def as_json(findings: list[Finding]) -> str:
    return json.dumps([asdict(f) | {"missing": f.missing} for f in findings], ensure_ascii=False, indent=1)


def run(manual: Path, *, output_json: bool = False, allowlist: Path = ALLOWLIST) -> int:
    """The command: render the pages of every section, compare, print; 1 when a label is missing."""
    from .drift_pages import rendered_pages

    with rendered_pages() as page_text:
        findings = check(manual, page_text, PROJECT / "features", load_allowlist(allowlist))
    print(as_json(findings) if output_json else table(findings))
    return 1 if any(f.missing for f in findings) else 0


def summary(findings: list[Finding]) -> dict[str, Any]:
    return {"labels": len(findings), "missing": [asdict(f) for f in findings if f.missing]}
