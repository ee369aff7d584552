"""On a target, no report carries an account's secret.

The page objects type secrets so that a failure never holds them (``steps.pages.common.fill_secret``).
This is the second line, for whatever else may repeat one (a page read back into an explanation, a
line a step printed): on a target, every value of the accounts' secret environment variables becomes
``MASK`` in each test report (its failure and its captured output) before any reporter sees it (the
terminal, JUnit XML, the report, Cucumber Messages), and in a failed step's error before the report
records it.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

import pytest

from .stage import stage_of

MASK = "••••"
_VALUES = pytest.StashKey[tuple[str, ...]]()


def masked(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``MASK``."""
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


def secrets_of(config: pytest.Config) -> tuple[str, ...]:
    """The values no report may show on this run's stage (on a target, the accounts' secrets), longest
    first (so that a secret inside another is not left half)."""
    if _VALUES not in config.stash:
        config.stash[_VALUES] = stage_of(config).secrets()
    return config.stash[_VALUES]


def hide(report: pytest.TestReport, secrets: tuple[str, ...]) -> None:
    """The report without any of ``secrets``: a failure that held one becomes its text, masked."""
    if isinstance(report.longrepr, tuple):  # a skip: where, and why
        where, line, reason = report.longrepr
        report.longrepr = (where, line, masked(reason, secrets))
    elif report.longrepr is not None:
        text = str(report.longrepr)
        if any(secret in text for secret in secrets):
            report.longrepr = masked(text, secrets)
    report.sections = [(title, masked(content, secrets)) for title, content in report.sections]


@pytest.hookimpl(wrapper=True, trylast=True)  # the innermost wrapper: before the report's recorder reads it
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    secrets = secrets_of(item.config)
    if secrets:
        hide(report, secrets)
    return report


# Registered before harness.explain (vaccinnet_bdd.plugin): among the tryfirst implementations, pluggy
# calls the one registered last first. So this runs after the explanation is written, before the report
# records the error.
@pytest.hookimpl(tryfirst=True)
def pytest_bdd_step_error(request: pytest.FixtureRequest, exception: Exception) -> None:
    secrets = secrets_of(request.config)
    if secrets:
        exception.args = tuple(masked(a, secrets) if isinstance(a, str) else a for a in exception.args)
        if hasattr(exception, "__notes__"):
            exception.__notes__ = [masked(note, secrets) for note in exception.__notes__]
