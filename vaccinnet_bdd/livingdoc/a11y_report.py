"""The accessibility scans of a run, per manual section and per page, against the baseline.

Material for the report (each section gets the violations found on its scenarios' screens), for a
summary page in Dutch (``toegankelijkheid.html``: per portal and page what was checked, when, with
which axe version, and what it found: material for an accessibility statement), and for the run's
verdict (a violation outside the baseline fails the run; an entry that no longer occurs can go).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from vaccinnet_bdd.manual.outline import TAG_PREFIX

from .a11y import Known
from .features import IndexedScenario
from .records import ScenarioResult


@dataclass
class Violation:
    """One rule broken on one page: with its elements, on how many screens, in which sections."""

    regel: str
    adres: str
    impact: str
    wcag: list[str]
    hulp: str
    elementen: list[str] = field(default_factory=list)  # "rol 'naam'"
    beeld: str | None = None  # a screenshot with the elements outlined
    screens: int = 0
    sections: set[str] = field(default_factory=set)
    known: str | None = None  # the baseline's reason, when it accepts this violation


@dataclass
class Scans:
    pages: dict[str, set[str]]  # address -> the axe versions it was scanned with
    violations: list[Violation]
    removable: list[Known]  # baseline entries that no longer occur

    @property
    def new(self) -> list[Violation]:
        return [v for v in self.violations if v.known is None]

    def in_section(self, number: str) -> list[Violation]:
        return [v for v in self.violations if number in v.sections]


def scans(results: list[ScenarioResult], existing: tuple[IndexedScenario, ...], baseline: list[Known]) -> Scans:
    tags = {scenario.key: scenario.tags for scenario in existing}
    pages: dict[str, set[str]] = {}
    found: dict[tuple[str, str], Violation] = {}
    seen: set[tuple[str, str, str]] = set()  # (rule, address, screen): a screen counts once
    for result in results:
        sections = {t.removeprefix(TAG_PREFIX) for t in tags.get(result.key, ()) if t.startswith(TAG_PREFIX)}
        for step in result.steps:
            scan = step.a11y
            if not scan:
                continue
            address = scan["adres"]
            pages.setdefault(address, set()).add(scan["axe"])
            for v in scan["schendingen"]:
                key = (v["regel"], address)
                violation = found.setdefault(
                    key, Violation(v["regel"], address, v["impact"], v["wcag"], v["hulp"], beeld=v.get("beeld"))
                )
                violation.elementen = sorted(
                    {*violation.elementen, *(f"{e['rol']} '{e['naam']}'" for e in v["elementen"])}
                )
                violation.sections |= sections
                if (v["regel"], address, step.screenshot or "") not in seen:
                    seen.add((v["regel"], address, step.screenshot or ""))
                    violation.screens += 1
    for violation in found.values():
        violation.known = next((k.reden for k in baseline if k.covers(violation.regel, violation.adres)), None)
    removable = [k for k in baseline if not any(k.covers(v.regel, v.adres) for v in found.values())]
    return Scans(pages, sorted(found.values(), key=lambda v: (v.adres, v.regel)), removable)


def as_rows(violations: list[Violation]) -> str:
    """A table of violations, for the report's sections and the summary page."""
    if not violations:
        return "<p>Geen schendingen van WCAG 2.1 A of AA gevonden.</p>"
    rows = []
    for v in violations:
        picture = f'<a href="{html.escape(v.beeld)}">omlijnd</a>' if v.beeld else ""
        known = html.escape(v.known) if v.known else "<strong>nieuw: niet in de baseline</strong>"
        rows.append(
            f"<tr><td>{html.escape(v.regel)}</td><td>{html.escape(v.impact)}</td><td>{', '.join(v.wcag)}</td>"
            f"<td>{html.escape(v.adres)}</td><td>{html.escape('; '.join(v.elementen))}</td><td>{v.screens}</td>"
            f"<td>{picture}</td><td>{known}</td></tr>"
        )
    head = "<tr><th>Regel</th><th>Impact</th><th>WCAG</th><th>Pagina</th><th>Elementen</th><th>Schermen</th>"
    return f"<table>{head}<th>Beeld</th><th>Baseline</th></tr>{''.join(rows)}</table>"


def summary_page(found: Scans, when: str) -> str:
    """``toegankelijkheid.html``: per portal and page what was checked, when, with which axe version."""
    portals: dict[str, list[str]] = {}
    for address in sorted(found.pages):
        portals.setdefault(address.strip("/").split("/")[0] or "start", []).append(address)
    parts = []
    for portal, addresses in portals.items():
        items = "".join(
            f"<li><code>{html.escape(a)}</code>: axe {', '.join(sorted(found.pages[a]))}, "
            f"{sum(v.adres == a for v in found.violations)} schendingen</li>"
            for a in addresses
        )
        parts.append(f"<h2>{html.escape(portal)}</h2><ul>{items}</ul>")
    removable = "".join(
        f"<li>{html.escape(k.regel)} op {html.escape(k.adres)}: {html.escape(k.reden)}</li>" for k in found.removable
    )
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Toegankelijkheid</title>'
        "<style>body{font-family:Arial,sans-serif;max-width:80rem;margin:auto;padding:1rem 2rem}"
        "td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:left}</style></head><body>"
        f"<h1>Toegankelijkheid van de portalen</h1><p>Gecontroleerd op {html.escape(when)} met axe-core tegen "
        f"WCAG 2.0 en 2.1, niveaus A en AA: {len(found.pages)} pagina's, elk scherm dat een scenario toonde. "
        f"{len(found.violations)} schendingen, waarvan {len(found.new)} niet in de baseline.</p>"
        f"{as_rows(found.violations)}<h2>Per portaal en pagina</h2>{''.join(parts)}"
        + (f"<h2>Kan uit de baseline</h2><ul>{removable}</ul>" if removable else "")
        + "</body></html>"
    )
