"""``vaccinnet-bdd check-manual FILE``: does every UI label the manual quotes still exist?

For each section of the manual, the labels it quotes ('...', "...", curly quotes) or sets in bold
are looked up on the rendered pages of the mock that the section is about, and in the scenarios
tagged with that section. Where the manual names the kind of control ("de knop 'Uitvoeren'", "het
veld 'X'", "het keuzevakje", "de link", "het tabblad"), a page of the section must have a control of
that role with exactly that name; text elsewhere on the page (a heading with the same words) does
not count. A label that is missing fails the check, unless ``vaccinnet_bdd.livingdoc/manual-allowlist.toml``
names it with a reason.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual import reader as manual

from .features import index

ALLOWLIST = "manual-allowlist.toml"  # in the project's feature folder: labels no page shows, each with its reason


class Pages(Protocol):
    def text(self, section: str) -> str: ...

    def has_control(self, section: str, roles: tuple[str, ...], name: str | None) -> bool: ...

    def unvisited(self, section: str) -> list[str]: ...


@dataclass
class Finding:
    section: str
    label: str
    on_page: bool
    in_scenario: bool
    allowed: str | None  # the reason from the allow-list, if the label is allowed to be missing
    control: str | None = None  # "knop", "veld", ...: the kind of control the manual names it as
    unchecked: str | None = None  # not on the pages seen, but pages of the section were not visited: why

    @property
    def missing(self) -> bool:
        return not self.on_page and self.allowed is None and self.unchecked is None


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def scenario_text(features: Path) -> dict[str, str]:
    """Section number -> the text of every scenario tagged with it (with its feature's description)."""
    texts: dict[str, str] = {}
    for scenario in index(features):
        words = [scenario.feature.description, scenario.title, *(s["text"] for s in scenario.pickle["steps"])]
        text = _normal(" ".join(words))
        for tag in scenario.tags:
            section = outline.BY_TAG.get(tag)
            if section is not None:
                texts[section.number] = texts.get(section.number, "") + " " + text
    return texts


def check(path: Path, pages: Pages, features: Path, allowlist: dict[str, str]) -> list[Finding]:
    """Every label and named control of the manual, section by section, with where it was found."""
    scenarios = scenario_text(features)
    findings = []
    for number, section in manual.read(path).items():
        shown = _normal(pages.text(number))
        used = scenarios.get(number, "")
        unvisited = "; ".join(pages.unvisited(number)) or None
        for label in section.labels:
            needle = _normal(label)
            on_page = needle in shown
            findings.append(
                Finding(
                    number, label, on_page, needle in used, allowlist.get(label), None, None if on_page else unvisited
                )
            )
        for control in section.controls:
            label = control.name or control.word
            on_page = pages.has_control(number, control.roles, control.name)
            in_scenario = control.name is None or _normal(control.name) in used
            unchecked = None if on_page else unvisited
            findings.append(Finding(number, label, on_page, in_scenario, allowlist.get(label), control.word, unchecked))
    return findings


def load_allowlist(path: Path) -> dict[str, str]:
    """The allow-list's labels and reasons; none when the project has no allow-list."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {entry["label"]: entry["reason"] for entry in data.get("allowed", [])}


def table(findings: list[Finding]) -> str:
    rows = [f"{'sectie':8} {'pagina':7} {'scenario':8}  schermtekst"]
    for f in findings:
        page = "ja" if f.on_page else ("toegest." if f.allowed else ("?" if f.unchecked else "NEE"))
        label = f"{f.control} '{f.label}'" if f.control else f.label
        rows.append(f"{f.section:8} {page:7} {'ja' if f.in_scenario else 'nee':8}  {label}")
    missing = [f for f in findings if f.missing]
    rows.append(f"{len(findings)} schermteksten, {len(missing)} niet op de pagina's van hun sectie")
    unchecked = {f.section: f.unchecked for f in findings if f.unchecked and not f.allowed}
    for section, why in unchecked.items():
        rows.append(f"NIET NAGEKEKEN in §{section} (?): niet elke pagina werd bezocht: {why}")
    for f in missing:
        what = f"geen {f.control} '{f.label}'" if f.control else f"'{f.label}'"
        rows.append(f"ONTBREEKT in §{f.section}: {what}")
    return "\n".join(rows)


def as_json(findings: list[Finding]) -> str:
    return json.dumps([asdict(f) | {"missing": f.missing} for f in findings], ensure_ascii=False, indent=1)


def run(
    path: Path,
    features: Path,
    *,
    library: list[str],
    output_json: bool = False,
    allowlist: Path | None = None,
    target: str | Path | None = None,
    base_url: str | None = None,
) -> int:
    """The command: render the pages of every section (of the mock, or of a target) as the step
    ``library`` says, compare, print; 1 when a label is missing."""
    from vaccinnet_bdd.harness.where import onlookers

    from .drift_pages import rendered_pages

    with rendered_pages(library, lambda given: onlookers(given, library, target, base_url)) as pages:
        findings = check(path, pages, features, load_allowlist(allowlist or features / ALLOWLIST))
    print(as_json(findings) if output_json else table(findings))
    return 1 if any(f.missing for f in findings) else 0
