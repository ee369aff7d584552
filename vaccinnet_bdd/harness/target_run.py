"""A run on a target (``--target=FILE``), scenario by scenario: what may run there, the personas
it claims before its first step, and what the terminal says at the end.

Before a scenario's first step it claims every persona it will need, in one order every worker
follows (by name): those its steps name and those its checks use (the local manager who looks a
member up in UMAN). A claim in the order of the steps could deadlock two workers, each holding
the persona the other waits for. The count of changes comes from what happened: a scenario
changed the target when an undo found a change to put back, and restored it when every undo
worked, passed or failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import pytest

from .on_target import CHANGES, NOT_ON_TARGET, OnTarget, not_on_target, target_of

UNDONE = "doel"  # the user property of a scenario's teardown report: what its undo put back and left behind


@dataclass
class Tally:
    """What happened on the target, per scenario, as the reports say it."""

    ran: int = 0  # scenarios whose steps ran (passed or failed)
    failed: int = 0
    restored: int = 0  # changed the target and put everything back
    left: dict[str, list[str]] = field(default_factory=dict)  # scenario -> what it left behind
    reasons: dict[str, int] = field(default_factory=dict)  # why scenarios were not executable

    def add(self, report: pytest.TestReport) -> None:
        if report.skipped and NOT_ON_TARGET in str(report.longrepr):
            reason = str(report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr)
            reason = reason.split(f"{NOT_ON_TARGET}: ", 1)[-1]
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
        elif report.when == "call" and not report.skipped:
            self.ran += 1
            self.failed += report.failed
        undone = [cast(dict[str, list[str]], v) for n, v in report.user_properties if n == UNDONE]
        for value in undone if report.when == "teardown" else []:
            if value["achtergelaten"]:
                self.left[report.nodeid] = list(value["achtergelaten"])
            elif value["hersteld"]:
                self.restored += 1

    def lines(self) -> list[str]:
        """The closing section's lines, under its title "doel <name>"."""
        lines = [
            f"{self.ran} scenario's liepen op het doel ({self.failed} gefaald); gewijzigd en weer hersteld:"
            f" {self.restored}; gewijzigd en niet hersteld: {len(self.left)}"
        ]
        for nodeid, left in sorted(self.left.items()):
            lines += [f"  blijft achter op het doel na {nodeid}:", *(f"    {what}" for what in left)]
        lines.append(f"{sum(self.reasons.values())} scenario's waren {NOT_ON_TARGET}:")
        lines += [f"  {n} x {reason}" for reason, n in sorted(self.reasons.items(), key=lambda item: -item[1])]
        return lines


class TargetRun:
    """The plugin of a run on a target (registered only then)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tally = Tally()

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

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.tally.add(report)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.section(f"doel {self.name}")
        for line in self.tally.lines():
            terminalreporter.line(line)


def pytest_configure(config: pytest.Config) -> None:
    target = target_of(config)
    if target is not None:
        config.pluginmanager.register(TargetRun(target.naam), "vaccinnet-bdd-target-run")
