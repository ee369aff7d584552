"""A scenario that cannot run where this run plays: a typed outcome with its reason.

An acceptance environment cannot play every scenario (no screen makes a BIS number, turns the
clock or withdraws an HTB). Such a scenario is skipped with ``NotExecutable``; the reason travels
on its test report as a user property, so the terminal, JUnit, the report and the closing count read
it from there instead of searching the skip's text.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import NoReturn

import pytest

NOT_EXECUTABLE = "niet uitvoerbaar op dit doel"  # how the reports call the outcome
REASON = "niet uitvoerbaar"  # the user property of a report: the reason


class NotExecutable(pytest.skip.Exception):  # type: ignore[misc,name-defined]
    """The scenario cannot run here; ``reason`` says which step needs what."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{NOT_EXECUTABLE}: {reason}")
        self.reason = reason


def not_executable(reason: str) -> NoReturn:
    raise NotExecutable(reason)


def reason_of(report: pytest.TestReport | pytest.CollectReport) -> str | None:
    """Why the scenario of ``report`` could not run here, or None when it could (or was not run)."""
    properties = getattr(report, "user_properties", ())  # a collection report has none
    return next((str(value) for name, value in properties if name == REASON), None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if call.excinfo is not None and isinstance(call.excinfo.value, NotExecutable):
        report.user_properties.append((REASON, call.excinfo.value.reason))
    return report


def pytest_report_teststatus(report: pytest.TestReport | pytest.CollectReport) -> tuple[str, str, str] | None:
    if reason_of(report) is not None:
        return NOT_EXECUTABLE, "n", NOT_EXECUTABLE.upper()
    return None
