"""The rule inventory beside the scenarios that prove each rule: for the report and ``vaccinnet-bdd rules``."""

from __future__ import annotations

from dataclasses import dataclass

from vaccinnet_bdd.manual.rules import TAG_PREFIX, Rule

from .features import IndexedScenario
from .records import FAILED, NOT_EXECUTABLE, PASSED, SKIPPED, ScenarioResult

PROVEN, FAILING, NO_SCENARIO, NOT_TESTABLE = "bewezen", "gefaald", "geen scenario", "niet toetsbaar"
NOT_RUN, PARTLY = "niet uitgevoerd", "deels bewezen"


@dataclass
class RuleView:
    rule: Rule
    scenarios: list[tuple[IndexedScenario, ScenarioResult | None]]

    @property
    def grouped(self) -> list[tuple[IndexedScenario, int]]:
        """Each scenario once (an outline by its first example), with how many examples it has."""
        groups: dict[tuple[str, int], list[IndexedScenario]] = {}
        for scenario, _ in self.scenarios:
            groups.setdefault((scenario.feature.file, scenario.line), []).append(scenario)
        return [(found[0], len(found)) for found in groups.values()]

    @property
    def status(self) -> str:
        if not self.rule.toetsbaar:
            return NOT_TESTABLE
        if not self.scenarios:
            return NO_SCENARIO
        statuses = {result.status if result else "not_run" for _, result in self.scenarios}
        if FAILED in statuses:
            return FAILING
        if not statuses - {"not_run", SKIPPED, NOT_EXECUTABLE}:
            return NOT_RUN
        return PROVEN if statuses == {PASSED} else PARTLY


def rules_with_scenarios(
    rules: dict[str, Rule], existing: tuple[IndexedScenario, ...], results: list[ScenarioResult] | None = None
) -> list[RuleView]:
    """Every rule of the inventory, in its order, with the scenarios tagged with it and their results."""
    by_key = {result.key: result for result in results or []}
    views = {id: RuleView(rule, []) for id, rule in rules.items()}
    for scenario in existing:
        for tag in scenario.tags:
            if tag.startswith(TAG_PREFIX) and tag.removeprefix(TAG_PREFIX) in views:
                views[tag.removeprefix(TAG_PREFIX)].scenarios.append((scenario, by_key.get(scenario.key)))
    return list(views.values())


def unknown_rule_tags(rules: dict[str, Rule], existing: tuple[IndexedScenario, ...]) -> dict[str, list[str]]:
    """Rule tags of scenarios that the inventory does not know: tag -> where (file:line)."""
    unknown: dict[str, list[str]] = {}
    for scenario in existing:
        for tag in scenario.tags:
            if tag.startswith(TAG_PREFIX) and tag.removeprefix(TAG_PREFIX) not in rules:
                unknown.setdefault(tag, []).append(f"{scenario.feature.file}:{scenario.line}")
    return unknown
