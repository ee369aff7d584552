"""A run on a target (``--target=FILE``), scenario by scenario: what may run there, the personas
it claims before its first step, and what the terminal says at the end.

Before a scenario's first step it claims every persona it will need, in one order every worker
follows (by name): those its steps name and those its checks use (the local manager who looks a
member up in UMAN). A claim in the order of the steps could deadlock two workers, each holding
the persona the other waits for.
"""

from __future__ import annotations

from typing import Any

import pytest

from .on_target import CHANGES, NOT_ON_TARGET, OnTarget, not_on_target, target_of


class TargetRun:
    """The plugin of a run on a target (registered only then)."""

    def __init__(self, name: str) -> None:
        self.name = name

    @pytest.hookimpl(trylast=True)  # after the report's recorder has started its record of the scenario
    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
        if request.node.get_closest_marker(CHANGES) and not request.config.getoption("--allow-changes"):
            not_on_target(f"het scenario wijzigt het doel (@{CHANGES}); --allow-changes laat het toe")
        world = request.getfixturevalue("world")  # its end releases the claims, after the undo
        on_target: OnTarget = world.target
        texts = [step.name for step in scenario.steps]
        tables = [step.datatable.raw() for step in scenario.steps if step.datatable]
        texts += [f'"{cell}"' for table in tables for row in table for cell in row]
        on_target.claim_all(on_target.needs(texts, world.code))

    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        if report.skipped and NOT_ON_TARGET in str(report.longrepr):
            return NOT_ON_TARGET, "n", NOT_ON_TARGET.upper()
        return None

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        reasons: dict[str, int] = {}
        for report in terminalreporter.stats.get(NOT_ON_TARGET, []):
            reason = str(report.longrepr[2]).split(f"{NOT_ON_TARGET}: ", 1)[-1]
            reasons[reason] = reasons.get(reason, 0) + 1
        passed = [r for r in terminalreporter.stats.get("passed", []) if r.when == "call"]
        changed = len([r for r in passed if CHANGES in r.keywords])
        terminalreporter.section(f"doel {self.name}")
        terminalreporter.line(f"{len(passed)} scenario's liepen op het doel; gewijzigd en weer hersteld: {changed}")
        terminalreporter.line(f"{sum(reasons.values())} scenario's waren {NOT_ON_TARGET}:")
        for reason, count in sorted(reasons.items(), key=lambda item: -item[1]):
            terminalreporter.line(f"  {count} x {reason}")


def pytest_configure(config: pytest.Config) -> None:
    target = target_of(config)
    if target is not None:
        config.pluginmanager.register(TargetRun(target.naam), "vaccinnet-bdd-target-run")
