"""The rule inventory beside the scenarios that prove each rule, and each of its consequences and
permissions: for the report and ``vaccinnet-bdd rules``."""

from __future__ import annotations

from dataclasses import dataclass, field

from vaccinnet_bdd.manual.rules import Consequence, Permission, Rule, known_tags, split_tag

from .features import IndexedScenario
from .records import FAILED, NOT_EXECUTABLE, PASSED, SKIPPED, ScenarioResult

PROVEN, FAILING, NO_SCENARIO, NOT_TESTABLE = "bewezen", "gefaald", "geen scenario", "niet toetsbaar"
NOT_RUN, PARTLY = "niet uitgevoerd", "deels bewezen"
CONSEQUENCE, PERMISSION = "gevolg", "toelating"

Proofs = list[tuple[IndexedScenario, ScenarioResult | None]]


def _status(scenarios: Proofs) -> str:
    if not scenarios:
        return NO_SCENARIO
    statuses = {result.status if result else "not_run" for _, result in scenarios}
    if FAILED in statuses:
        return FAILING
    if not statuses - {"not_run", SKIPPED, NOT_EXECUTABLE}:
        return NOT_RUN
    return PROVEN if statuses == {PASSED} else PARTLY


@dataclass
class PartView:
    """A consequence or a permission of a rule, with the scenarios tagged with it."""

    part: Consequence | Permission
    tag: str
    scenarios: Proofs = field(default_factory=list)

    @property
    def kind(self) -> str:
        return CONSEQUENCE if isinstance(self.part, Consequence) else PERMISSION

    @property
    def where(self) -> str:
        """Where a consequence shows, or whom a permission lets through."""
        return self.part.waar if isinstance(self.part, Consequence) else self.part.wie

    @property
    def status(self) -> str:
        if not self.scenarios and self.part.waarom:
            return NOT_TESTABLE
        return _status(self.scenarios)


@dataclass
class RuleView:
    rule: Rule
    scenarios: Proofs  # every scenario of the rule, those of its consequences and permissions included
    parts: list[PartView] = field(default_factory=list)

    @property
    def grouped(self) -> list[tuple[IndexedScenario, int]]:
        """Each scenario once (an outline by its first example), with how many examples it has."""
        groups: dict[tuple[str, int], list[IndexedScenario]] = {}
        for scenario, _ in self.scenarios:
            groups.setdefault((scenario.feature.file, scenario.line), []).append(scenario)
        return [(found[0], len(found)) for found in groups.values()]

    @property
    def status(self) -> str:
        return NOT_TESTABLE if not self.rule.toetsbaar else _status(self.scenarios)

    @property
    def gaps(self) -> list[PartView]:
        """The consequences and permissions that no scenario proves and that do not say why."""
        return [part for part in self.parts if part.status == NO_SCENARIO]


def rules_with_scenarios(
    rules: dict[str, Rule], existing: tuple[IndexedScenario, ...], results: list[ScenarioResult] | None = None
) -> list[RuleView]:
    """Every rule of the inventory, in its order, with the scenarios tagged with it (or with one of
    its consequences or permissions) and their results."""
    by_key = {result.key: result for result in results or []}
    views = {
        id: RuleView(rule, [], [PartView(part, rule.part_tag(part)) for part in rule.parts])
        for id, rule in rules.items()
    }
    for scenario in existing:
        proof = (scenario, by_key.get(scenario.key))
        for id in sorted({found[0] for tag in scenario.tags if (found := split_tag(tag)) and found[0] in views}):
            views[id].scenarios.append(proof)
        for part in (p for view in views.values() for p in view.parts if p.tag in scenario.tags):
            part.scenarios.append(proof)
    return list(views.values())


def unknown_rule_tags(rules: dict[str, Rule], existing: tuple[IndexedScenario, ...]) -> dict[str, list[str]]:
    """Rule tags of scenarios that the inventory does not know (a rule, or a consequence or
    permission of a rule): tag -> where (file:line)."""
    known = known_tags(rules)
    unknown: dict[str, list[str]] = {}
    for scenario in existing:
        for tag in scenario.tags:
            if split_tag(tag) and tag not in known:
                unknown.setdefault(tag, []).append(f"{scenario.feature.file}:{scenario.line}")
    return unknown
