"""Allure results (``--alluredir=DIR``): what the suite adds to allure-pytest-bdd's own.

allure-pytest-bdd (of allure-python) writes each scenario with its Dutch steps, their status and
parameters, and every tag as a label. To that this plugin adds:

- the manual as epic, the section a scenario proves (``@handleiding-2.4.1.2``) as story and its parent
  section as feature, so Allure's "Behaviors" follow the manual's outline;
- each rule it proves (``@regel-R30``) as a label ``regel``;
- the screen after each step (the report's own picture) as the step's attachment;
- for a failed scenario, the Playwright trace of its second attempt: the result Allure shows is the
  first attempt's, which counts, with the trace attached (``application/vnd.allure.playwright-trace``,
  which Allure opens in Playwright's trace viewer) and what the second attempt did. allure-pytest-bdd
  writes each attempt as a result of its own; Allure shows the latest of a scenario's results, which
  would make a failure that passes the second time green. So the second attempt's result is written
  as the first attempt's, with the trace (``report_result``, allure-python-commons' plugin hook).

Registered by the living documentation's plugin after allure-pytest-bdd's listener and before the
recorder, so that for each step the recorder takes its picture, this plugin attaches it, and then
allure-pytest-bdd closes the step (pluggy calls the hooks of the plugin registered last first).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import allure
import allure_commons
import pytest
from allure_commons.model2 import Attachment, Status, StatusDetails

from vaccinnet_bdd.harness.retry import FAILED_AGAIN, PASSED_AGAIN, is_retry
from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual import rules as inventory

from .recorder import Recorder
from .records import FAILED, PASSED

TRACE = "application/vnd.allure.playwright-trace"
RESULTS = "allure-results"  # in the report folder, where the CI templates (examples/ci/) put them
# allure-python's API, typed here (the package has no type hints).
_label: Callable[[str, str], None] = allure.dynamic.label
_attach_file: Callable[..., None] = allure.attach.file


def wanted(config: pytest.Config) -> bool:
    """Whether this run writes Allure results (allure-pytest-bdd's ``--alluredir``)."""
    return bool(getattr(config.option, "allure_report_dir", None))


def labels(tags: set[str], known: outline.Outline) -> list[tuple[str, str]]:
    """The Allure labels of a scenario with ``tags``: epic, feature and story from the manual, the rules."""
    found = [("epic", f"{known.title} v{known.version}")]
    sections = {s.number: s for s in known.sections}
    for tag in sorted(tags):
        section = known.by_tag.get(tag)
        if section is None:
            continue
        parent = sections.get(section.number.rpartition(".")[0], section)
        found += [("feature", f"{parent.number} {parent.title}"), ("story", f"{section.number} {section.title}")]
    return found + [("regel", rule) for rule in inventory.rule_ids(set(tags))]


class AllureSteps:
    """The suite's part of the Allure results; ``recorder`` has each step's picture."""

    def __init__(self, recorder: Recorder | None, known: outline.Outline) -> None:
        self.recorder = recorder
        self.known = known
        self.item: pytest.Item | None = None  # the scenario that runs now
        self.first: dict[str, Any] = {}  # nodeid -> the Allure result of a failed first attempt

    @pytest.hookimpl(trylast=True)  # after allure-pytest-bdd has opened the scenario's result
    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
        self.item = request.node
        for name, value in labels(set(feature.tags) | set(scenario.tags), self.known):
            _label(name, value)

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request: pytest.FixtureRequest) -> None:
        self._attach_screen(request.node)

    @pytest.hookimpl
    def pytest_bdd_step_error(self, request: pytest.FixtureRequest) -> None:
        self._attach_screen(request.node)

    def _attach_screen(self, item: pytest.Item) -> None:
        attempt = self.recorder.attempt(item) if self.recorder is not None else None
        done = [step for step in attempt.steps if step.status in (PASSED, FAILED)] if attempt else []
        if self.recorder is not None and done and done[-1].screenshot and not is_retry(item):
            picture = self.recorder.report_dir / done[-1].screenshot
            _attach_file(str(picture), name="scherm na de stap", attachment_type=allure.attachment_type.JPG)

    @allure_commons.hookimpl(tryfirst=True)  # before allure's file logger writes the result
    def report_result(self, result: Any) -> None:
        item = self.item
        if item is None:
            return
        if not is_retry(item):
            if result.status in (Status.FAILED, Status.BROKEN):
                self.first[item.nodeid] = result
            return
        first = self.first.pop(item.nodeid, None)
        if first is None:
            return
        said = PASSED_AGAIN if result.status == Status.PASSED else FAILED_AGAIN
        attempt = self.recorder.attempt(item) if self.recorder is not None else None
        trace = Path(attempt.trace) if attempt is not None and attempt.trace else None
        result.status, result.steps = first.status, first.steps
        details = first.statusDetails or StatusDetails()
        result.statusDetails = StatusDetails(message=f"{details.message or ''}\n\n{said}".strip(), trace=details.trace)
        result.attachments = list(first.attachments)
        if trace is not None and trace.is_file():
            name = f"{uuid.uuid4()}-attachment.zip"
            allure_commons.plugin_manager.hook.report_attached_file(source=str(trace), file_name=name)
            result.attachments.append(Attachment(name="trace van de tweede poging", source=name, type=TRACE))
