"""A failed scenario runs once more, with a Playwright trace; the first attempt's verdict stands.

Tracing every scenario costs each one time for a trace that a passing scenario throws away. So the
default run traces nothing (``--tracing off``), and a scenario that fails runs a second time in a
new browser context with tracing on: the trace shows the failure being made again. The second
attempt never changes the outcome: the scenario has failed, and the report says whether the retry
failed too (a steady failure) or passed (a failure that comes and goes).

``--no-retry`` switches the second attempt off; ``--tracing on`` or ``retain-on-failure`` traces
the first attempt already, so there is nothing to retry for.

pytest-rerunfailures was the obvious library, but a test that passes on a rerun counts as passed
there, which is what this harness must not do; the protocol below is the few lines it needs.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from .collect import FeatureFile
from .internals import run_phases
from .stage import stage_of

RETRY = pytest.StashKey[bool]()  # on a scenario while its second attempt runs

PASSED_AGAIN = "De herhaling met trace slaagde: deze fout komt en gaat. Het scenario blijft gefaald."
FAILED_AGAIN = "De herhaling met trace faalde opnieuw."


def retries(config: pytest.Config) -> bool:
    """Whether a failed scenario gets a traced second attempt in this run: not on a target, where a
    trace would hold what the accounts typed, and a second attempt would change the target again."""
    return stage_of(config).retries


def is_retry(item: pytest.Item) -> bool:
    return item.stash.get(RETRY, False)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    if not (isinstance(item.parent, FeatureFile) and retries(item.config)):
        return None  # pytest's own protocol
    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    reports = run_phases(item, nextitem)
    if any(r.failed for r in reports if r.when in ("setup", "call")):
        item.stash[RETRY] = True
        item.config.option.tracing = "on"  # pytest-playwright traces the contexts of this attempt
        try:
            again = run_phases(item, nextitem)
        finally:
            item.stash[RETRY] = False
            item.config.option.tracing = "off"
        _tell(reports, again, item)
    for report in reports:
        item.ihook.pytest_runtest_logreport(report=report)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


def _tell(first: Sequence[pytest.TestReport], again: Sequence[pytest.TestReport], item: pytest.Item) -> None:
    """The first attempt's reports, the ones pytest logs, carry what the second attempt found."""
    outcome = "failed" if any(r.failed for r in again) else "passed"
    failed = next(r for r in first if r.failed)
    lines = [PASSED_AGAIN if outcome == "passed" else FAILED_AGAIN]
    traces = [value for r in again for name, value in r.user_properties if name == "playwright_trace"]
    lines += [f"Trace: {trace}  (openen: vaccinnet-bdd trace {trace})" for trace in traces]
    failed.sections.append(("Herhaling met trace", "\n".join(lines)))
    last = first[-1]  # the teardown report: JUnit XML writes the properties of that one
    last.user_properties.append(("herhaling", outcome))
    last.user_properties += [("playwright_trace", trace) for trace in traces]
