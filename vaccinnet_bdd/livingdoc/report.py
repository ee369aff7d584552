"""Write ``index.html``: the manual's sections in order, each with its own text (from the user's copy
of the manual, when given) beside the scenarios that prove it, grouped by feature, in Dutch.

What ran is read against what exists: a section whose scenarios exist but were not selected is
"niet uitgevoerd", not "niet gedekt", and the header counts what ran against what exists.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.reader import Section as ManualSection

from .a11y_report import Scans, as_rows
from .drift import Finding
from .features import Feature, IndexedScenario
from .manual_html import marked, rendered
from .records import FAILED, NOT_EXECUTABLE, PASSED, SKIPPED, ScenarioResult
from .rules_view import NO_SCENARIO, PROVEN, RuleView

NOT_RUN = "not_run"
# Statuses in the report's language.
SCENARIO_WORDS = {
    PASSED: "geslaagd",
    FAILED: "gefaald",
    SKIPPED: "overgeslagen",
    NOT_RUN: "niet uitgevoerd",
    NOT_EXECUTABLE: "niet uitvoerbaar op dit doel",
}
VERIFIED, FAILING, NOT_COVERED, NOT_SELECTED = "geverifieerd", "gefaald", "niet gedekt", "niet uitgevoerd"
PARTLY_RUN, PARTLY_VERIFIED = "deels uitgevoerd", "deels geverifieerd"
UNPLAYABLE = SCENARIO_WORDS[NOT_EXECUTABLE]  # every scenario of the section: the target cannot play it
GONE = "niet meer in deze versie van de handleiding"


@dataclass
class ScenarioView:
    scenario: IndexedScenario
    result: ScenarioResult | None  # None: it exists, but this run did not select it

    @property
    def status(self) -> str:
        return self.result.status if self.result else NOT_RUN

    @property
    def word(self) -> str:
        return SCENARIO_WORDS[self.status]


@dataclass
class FeatureGroup:
    feature: Feature
    scenarios: list[ScenarioView]


@dataclass
class SectionView:
    section: outline.Section
    scenarios: list[ScenarioView] = field(default_factory=list)
    subsections: list[SectionView] = field(default_factory=list)
    manual: ManualSection | None = None
    findings: list[Finding] = field(default_factory=list)
    gone: bool = False  # the manual no longer has this section; scenarios are still tagged with it

    @property
    def features(self) -> list[FeatureGroup]:
        groups: dict[str, FeatureGroup] = {}
        for view in self.scenarios:
            feature = view.scenario.feature
            groups.setdefault(feature.file, FeatureGroup(feature, [])).scenarios.append(view)
        return list(groups.values())

    @property
    def ran(self) -> int:
        """How many of the section's own scenarios ran (passed or failed) in this run."""
        return sum(view.status in (PASSED, FAILED) for view in self.scenarios)

    @property
    def own_status(self) -> str | None:
        """From the section's own scenarios; None when it has none."""
        if not self.scenarios:
            return None
        statuses = {view.status for view in self.scenarios}
        if FAILED in statuses:
            return FAILING
        ran = statuses - {NOT_RUN, SKIPPED, NOT_EXECUTABLE}
        if not ran:
            return UNPLAYABLE if statuses == {NOT_EXECUTABLE} else NOT_SELECTED
        return PARTLY_RUN if statuses - {PASSED} else VERIFIED

    @property
    def status(self) -> str:
        """Verified when every scenario of the section and of its subsections ran and passed."""
        if self.gone:
            return GONE
        statuses = [s for s in [self.own_status, *(sub.status for sub in self.subsections)] if s is not None]
        if len(set(statuses)) <= 1:
            return statuses[0] if statuses else NOT_COVERED
        if FAILING in statuses:
            return FAILING
        if set(statuses) <= {NOT_COVERED, NOT_SELECTED, UNPLAYABLE}:
            return NOT_SELECTED if NOT_SELECTED in statuses else UNPLAYABLE
        return PARTLY_VERIFIED

    def marked_text(self) -> Markup:
        """The manual's text of the section, rendered, its quoted labels marked as used by a scenario or not."""
        if self.manual is None or not "".join(self.manual.lines).strip():
            return Markup("")
        marks = {f.label: f for f in self.findings}
        text = marked(rendered(self.manual.lines), list(marks), lambda escaped, label: _mark(escaped, marks[label]))
        return Markup(text)


def _mark(escaped: str, finding: Finding) -> str:
    if finding.missing:
        kind, title = "ontbreekt", "staat op geen pagina van deze sectie"
    elif not finding.on_page:
        kind, title = "toegestaan", f"staat op geen pagina; toegestaan: {html.escape(finding.allowed or '')}"
    elif finding.in_scenario:
        kind, title = "gebruikt", "gebruikt in een scenario van deze sectie"
    else:
        kind, title = "ongebruikt", "op de pagina, maar in geen scenario van deze sectie"
    return f'<mark class="{kind}" title="{title}">{escaped}</mark>'


def sections_with_results(
    existing: tuple[IndexedScenario, ...],
    results: list[ScenarioResult],
    manual: dict[str, ManualSection] | None = None,
    findings: list[Finding] | None = None,
    known: outline.Outline = outline.BUILT_IN,
) -> list[SectionView]:
    """Every section of the outline ``known`` with the scenarios tagged with it, and what became of
    them; after them, each section the outline no longer has but a scenario is still tagged with."""
    by_key = {result.key: result for result in results}
    views = [
        SectionView(
            s,
            manual=(manual or {}).get(s.number),
            findings=[f for f in findings or [] if f.section == s.number],
        )
        for s in known.sections
    ]
    tagged = {tag for scenario in existing for tag in scenario.tags if tag.startswith(outline.TAG_PREFIX)}
    for tag in sorted(known.unknown_section_tags(tagged)):
        number = tag.removeprefix(outline.TAG_PREFIX)
        title = outline.BY_TAG[tag].title if tag in outline.BY_TAG else "?"  # as v1.2 called it
        views.append(SectionView(outline.Section(number, title), gone=True))
    by_tag = {view.section.tag: view for view in views}
    for view in views:
        if view.gone:
            continue
        parent = view.section.number.rpartition(".")[0]
        while parent and outline.TAG_PREFIX + parent not in by_tag:
            parent = parent.rpartition(".")[0]  # 3.1.1 belongs to chapter 3: the manual has no 3.1
        if parent:
            by_tag[outline.TAG_PREFIX + parent].subsections.append(view)
    for scenario in existing:
        for tag in scenario.tags:
            if tag in by_tag:
                by_tag[tag].scenarios.append(ScenarioView(scenario, by_key.get(scenario.key)))
    return views


def write_report(
    report_dir: Path,
    existing: tuple[IndexedScenario, ...],
    results: list[ScenarioResult],
    *,
    seed: int | None,
    when: str,
    manual: dict[str, ManualSection] | None = None,
    findings: list[Finding] | None = None,
    rules: list[RuleView] | None = None,
    known: outline.Outline = outline.BUILT_IN,
    a11y: Scans | None = None,
    environment: str | None = None,
) -> Path:
    """The report; with the manual (and its findings from check-manual), each section shows its text;
    with the rule inventory, each rule its scenarios; run on a target, it names the ``environment``."""
    sections = sections_with_results(existing, results, manual, findings, known)
    ran = [r for r in results if r.status not in (SKIPPED, NOT_EXECUTABLE)]
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
    )
    page = env.get_template("report.html").render(
        outline=known,
        sections=sections,
        verified=sum(view.status == VERIFIED for view in sections),
        gone=[view for view in sections if view.gone],
        existing=len(existing),
        ran=len(ran),
        failed=sum(r.status == FAILED for r in results),
        not_executable=sum(r.status == NOT_EXECUTABLE for r in results),
        seed=seed,
        environment=environment,
        when=when,
        with_manual=manual is not None,
        missing=sum(f.missing for f in findings or []),
        rules=rules or [],
        a11y=a11y,
        a11y_rows=as_rows,
        proven=sum(view.status == PROVEN for view in rules or []),
        testable=sum(view.rule.toetsbaar for view in rules or []),
        no_scenario=sum(view.status == NO_SCENARIO for view in rules or []),
    )
    path = report_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
