"""What the terminal says at the end of a run on a target: how many scenarios ran and failed, which
changed the target and put everything back, what was left behind and after which scenario, who
played whom, and how many could not run there, per reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import pytest

from .outcome import NOT_EXECUTABLE, reason_of
from .stage import CAST, UNDONE

if TYPE_CHECKING:
    from .target_env import Environment


@dataclass
class Tally:
    """What happened on the target, per scenario, as the reports say it."""

    ran: int = 0  # scenarios whose steps ran (passed or failed)
    failed: int = 0
    restored: int = 0  # changed the target and put everything back
    left: dict[str, list[str]] = field(default_factory=dict)  # scenario -> what it left behind
    reasons: Counter[str] = field(default_factory=Counter)  # why scenarios were not executable
    played: dict[str, Counter[str]] = field(default_factory=dict)  # part -> who played it, how often

    def add(self, report: pytest.TestReport) -> None:
        reason = reason_of(report)
        if reason is not None:
            self.reasons[reason] += 1
        elif report.when == "call" and not report.skipped:
            self.ran += 1
            self.failed += report.failed
        for name, value in report.user_properties if report.when == "call" else ():
            for part, who in cast(dict[str, str], value).items() if name == CAST else ():
                self.played.setdefault(part, Counter())[who] += 1
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
        if self.played:
            lines.append("wie speelde wie:")
            for part, who in sorted(self.played.items()):
                lines.append(f"  {part}: " + ", ".join(f"{name} ({n})" for name, n in who.most_common()))
        if self.reasons:
            lines.append(f"{sum(self.reasons.values())} scenario's waren {NOT_EXECUTABLE}:")
            lines += [f"  {n} x {reason}" for reason, n in self.reasons.most_common()]
        return lines


class TargetRun:
    """The plugin of a run on a target (registered only then)."""

    def __init__(self, stage: Environment) -> None:
        self.name = stage.environment
        self.tally = Tally()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.tally.add(report)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.section(f"doel {self.name}")
        for line in self.tally.lines():
            terminalreporter.line(line)
